# The exit functions run after an uncaught exception has been reported, newest first; the
# exit code stays 1 and the last line of stderr is the exception's (no exit function fails).
import atexit


def bye(name):
    print("bye", name)


atexit.register(bye, "first")
atexit.register(bye, "second")
print("raising")
raise LookupError("no such thing")
