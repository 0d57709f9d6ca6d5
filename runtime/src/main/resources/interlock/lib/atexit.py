"""Exit functions: register(func, *args, **kwargs) queues a call that the interpreter makes
when the program ends (after the main module has finished or raised, and after the
non-daemon threads have been joined), newest registration first.

An exit function that raises is reported through sys.unraisablehook ("Exception ignored in
atexit callback: ...") and the remaining ones still run. unregister() blanks the entries of
a function in place, so a function unregistered by an earlier exit function does not run;
one registered while the exit functions run does not run either (as in CPython)."""

import sys

__all__ = ["register", "unregister"]

# (func, args, kwargs) entries in registration order; None marks an unregistered entry
_callbacks = []


class UnraisableHookArgs:
    """The argument passed to sys.unraisablehook (a struct sequence in CPython)."""

    def __init__(self, exc_type, exc_value, exc_traceback, err_msg, object):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.err_msg = err_msg
        self.object = object

    def __iter__(self):
        return iter((self.exc_type, self.exc_value, self.exc_traceback, self.err_msg, self.object))

    def __len__(self):
        return 5

    def __getitem__(self, i):
        return tuple(self)[i]


UnraisableHookArgs.__module__ = "sys"


def register(func, *args, **kwargs):
    """Queues func(*args, **kwargs) for the interpreter's exit; returns func (a decorator)."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    """Drops every queued call of func (compared with ==); no error if there is none."""
    for i, entry in enumerate(_callbacks):
        if entry is not None and entry[0] == func:
            _callbacks[i] = None


def _ncallbacks():
    """The number of registrations since the last run or clear; as in CPython, unregistered
    entries still count (unregister blanks them without shrinking the table)."""
    return len(_callbacks)


def _clear():
    """Drops every queued call."""
    _callbacks.clear()


def _report(func, exc):
    tb = exc.__traceback__
    # the traceback starts at the callback's frame, not at this module's loop
    if tb is not None:
        tb = tb.tb_next
        exc = exc.with_traceback(tb)
    hook = getattr(sys, "unraisablehook", None) or sys.__unraisablehook__
    args = UnraisableHookArgs(type(exc), exc, tb, "Exception ignored in atexit callback", func)
    try:
        hook(args)
    except BaseException:
        sys.__unraisablehook__(args)


def _run_exitfuncs():
    """Runs the queued calls, newest first, then forgets them all."""
    i = len(_callbacks) - 1
    while i >= 0:
        if i < len(_callbacks):
            entry = _callbacks[i]
            if entry is not None:
                func, args, kwargs = entry
                try:
                    func(*args, **kwargs)
                except BaseException as exc:
                    _report(func, exc)
        i -= 1
    _callbacks.clear()
