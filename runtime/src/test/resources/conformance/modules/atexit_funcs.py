# atexit: registration order, arguments, the decorator form, unregister, an explicit
# _run_exitfuncs, exceptions reported through sys.unraisablehook, and weakref.finalize
# objects still alive at exit. The exit functions print to stdout when the program ends.
import atexit
import sys
import threading
import weakref

base = atexit._ncallbacks()


def hook(args):
    print("unraisable:", args.err_msg, "|", args.exc_type.__name__, args.exc_value,
          "| object:", getattr(args.object, "__name__", repr(args.object)),
          "| tb:", args.exc_traceback is not None)


sys.unraisablehook = hook


def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))


class Named:
    def __init__(self, name):
        self.name = name

    def __call__(self):
        print("callable object", self.name)

    def __eq__(self, other):
        return isinstance(other, Named) and other.name == self.name

    def __hash__(self):
        return hash(self.name)

    def __repr__(self):
        return "Named(%r)" % self.name


# an explicit run first: LIFO, then the list is empty
atexit.register(show, "first")
atexit.register(show, "second", key=1)
print("pending", atexit._ncallbacks() - base)
atexit._run_exitfuncs()
print("after run", atexit._ncallbacks())

# _clear drops everything
atexit.register(show, "cleared")
atexit._clear()
print("after clear", atexit._ncallbacks())
base = 0


@atexit.register
def decorated():
    print("decorated runs last")


print("decorator returns the function:", decorated.__name__)

atexit.register(show, 1, 2, a="x", b="y")


def failing():
    raise ValueError("exit function failed")


atexit.register(failing)


def exiting():
    sys.exit(7)


atexit.register(exiting)

# unregister compares with ==: a different but equal object removes it
atexit.register(Named("kept"))
atexit.register(Named("removed"))
atexit.register(Named("removed"))
atexit.unregister(Named("removed"))
atexit.unregister(print)   # never registered: no error
print("pending", atexit._ncallbacks() - base)

try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)

# the same function twice runs twice
atexit.register(show, "twice")
atexit.register(show, "twice")


# an exit function that unregisters a later one (earlier in registration order)
def victim():
    print("victim must not run")


atexit.register(victim)


def unregisters():
    print("unregistering victim")
    atexit.unregister(victim)


atexit.register(unregisters)


# one registered while the exit functions run is not run
def registers_more():
    print("registering during exit")
    atexit.register(show, "too late")


atexit.register(registers_more)


# finalizers: alive ones marked atexit run at exit (newest first), through atexit
class Res:
    pass


r1, r2, r3 = Res(), Res(), Res()
f1 = weakref.finalize(r1, print, "finalize r1")
f2 = weakref.finalize(r2, print, "finalize r2 (atexit=False)")
f2.atexit = False
f3 = weakref.finalize(r3, print, "finalize r3")
print("finalizers alive:", f1.alive, f2.alive, f3.alive, f2.atexit)
gone = Res()
fg = weakref.finalize(gone, print, "finalize gone (runs now)")
del gone
print("fg alive:", fg.alive)


def late():
    print("late: finalizers still alive:", f1.alive, f3.alive)


atexit.register(late)

# a non-daemon thread is joined before the exit functions run
ready = threading.Event()


def worker():
    ready.wait()
    print("worker finished")


t = threading.Thread(target=worker)
t.start()
print("main body ends")
ready.set()
