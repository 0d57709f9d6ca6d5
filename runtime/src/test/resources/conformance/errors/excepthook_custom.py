# An uncaught exception goes to the sys.excepthook the program installed (here printing to
# stdout, so stderr stays empty); the exit code is still 1, and exit functions run after it.
import atexit
import sys


def hook(exc_type, exc, tb):
    print("hook:", exc_type.__name__, exc, "| traceback line:", tb.tb_lineno if tb else None)
    print("default hook kept:", sys.__excepthook__ is not hook)


sys.excepthook = hook
atexit.register(print, "exit function after the hook")


def fail():
    raise LookupError("not found")


print("start")
fail()
