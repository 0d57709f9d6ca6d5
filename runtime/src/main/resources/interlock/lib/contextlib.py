"""Utilities for with-statement contexts.

Interlock's pure-Python contextlib with CPython 3.11's behaviour for contextmanager,
AbstractContextManager, ContextDecorator, suppress, closing, nullcontext, ExitStack,
redirect_stdout, redirect_stderr and chdir. The async variants are not provided.
"""

import functools
import sys

__all__ = ['contextmanager', 'AbstractContextManager', 'ContextDecorator', 'suppress',
           'closing', 'nullcontext', 'ExitStack', 'redirect_stdout', 'redirect_stderr',
           'chdir']


class AbstractContextManager:
    """Base class whose __enter__ returns self; subclasses define __exit__."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """Lets a context manager be used as a function decorator too."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        cm_source = self

        def inner(*args, **kwds):
            with cm_source._recreate_cm():
                return func(*args, **kwds)
        return functools.wraps(func)(inner)


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """What a @contextmanager function returns: drives the generator across one with."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds

    def _recreate_cm(self):
        # A decorated function makes a fresh generator per call.
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        del self.args, self.kwds
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # Swallowed inside the generator, or it raised the StopIteration given to it.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            # A StopIteration thrown in surfaces as RuntimeError (generator_stop).
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """Decorator turning a one-yield generator function into a context manager factory."""
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return functools.wraps(func)(helper)


class closing(AbstractContextManager):
    """Calls thing.close() on exit."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """A context manager that does nothing; __enter__ returns enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class suppress(AbstractContextManager):
    """Suppresses the listed exception types raised in the with body."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Temporarily replaces sys.stdout."""
    _stream = 'stdout'


class redirect_stderr(_RedirectStream):
    """Temporarily replaces sys.stderr."""
    _stream = 'stderr'


class chdir(AbstractContextManager):
    """Temporarily changes the working directory."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


class ExitStack(AbstractContextManager):
    """A stack of exit callbacks unwound (last first) when the with block ends.

    An exception raised by one callback replaces the one in flight, with the old one as its
    __context__, and the next callbacks see the new one; a callback returning true
    suppresses the exception in flight.
    """

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Moves the callbacks to a new ExitStack and returns it."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Registers an __exit__-like callback (or an object's __exit__ method)."""
        _cb_type = type(exit)
        try:
            exit_method = _cb_type.__exit__
        except AttributeError:
            self._exit_callbacks.append(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enters cm and pushes its __exit__; returns what __enter__ returned."""
        cls = type(cm)
        try:
            _enter = cls.__enter__
            _exit = cls.__exit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        result = _enter(cm)
        self._push_cm_exit(cm, _exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers callback(*args, **kwds) to run on exit (it cannot suppress)."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append(_exit_wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        def _exit_wrapper(exc_type, exc, tb):
            return cm_exit(cm, exc_type, exc, tb)
        _exit_wrapper.__self__ = cm
        self._exit_callbacks.append(_exit_wrapper)

    def close(self):
        """Unwinds the stack now."""
        self.__exit__(None, None, None)

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        pending = exc_details[1] if received_exc else None
        suppressed = False
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            details = (None, None, None) if pending is None else \
                (type(pending), pending, pending.__traceback__)
            try:
                if cb(*details):
                    pending = None
                    suppressed = True
            except BaseException as new_exc:
                if pending is not None and new_exc is not pending:
                    _fix_context(new_exc, pending, exc_details[1])
                pending = new_exc
                suppressed = False
        if pending is not None:
            if received_exc and pending is exc_details[1]:
                # The original exception, unchanged: let the with statement re-raise it.
                return False
            # Re-raise without letting this frame's handler replace __context__.
            saved_ctx = pending.__context__
            try:
                raise pending
            finally:
                pending.__context__ = saved_ctx
        return received_exc and suppressed


def _fix_context(new_exc, old_exc, frame_exc):
    """Chains old_exc under new_exc's chain where the implicit context (frame_exc) was."""
    exc = new_exc
    while True:
        ctx = exc.__context__
        if ctx is None or ctx is old_exc:
            return
        if ctx is frame_exc:
            break
        exc = ctx
    exc.__context__ = old_exc
