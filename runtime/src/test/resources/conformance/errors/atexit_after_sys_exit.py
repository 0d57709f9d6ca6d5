# sys.exit(code) still runs the exit functions; one of them raising does not change the code.
import atexit
import sys


def report(args):
    print("hook:", args.err_msg, type(args.exc_value).__name__, args.exc_value)


sys.unraisablehook = report


@atexit.register
def last():
    print("last exit function")


@atexit.register
def broken():
    return {}["missing"]


@atexit.register
def first():
    print("first exit function")


try:
    sys.exit(4)
finally:
    print("finally runs before the exit functions")
