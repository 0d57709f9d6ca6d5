"""Timing small pieces of code: Timer(stmt, setup).timeit(number) runs setup once, then stmt
number times in a loop, and returns the seconds the loop took (by default_timer,
time.perf_counter). stmt and setup are source strings (compiled into one function, so the
statements' names are locals of that function) or callables. The cycle collector is off
while the loop runs, as in CPython."""

import gc
import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals


def _indented(src, spaces):
    return src.replace("\n", "\n" + " " * spaces)


def _part(what, value, name, namespace):
    """The source line(s) that run value inside the timing function: the text itself for a
    string (checked to compile on its own), a call of a name bound in namespace for a
    callable."""
    if isinstance(value, str):
        compile(value, dummy_src_name, "exec")
        return value
    if callable(value):
        namespace[name] = value
        return name + "()"
    raise ValueError("%s is neither a string nor callable" % what)


class Timer:
    """A statement to time, its setup, the timer function and the globals it runs in (this
    module's globals by default, as in CPython)."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        setup_src = _part("setup", setup, "_setup", local_ns)
        stmt_src = _part("stmt", stmt, "_stmt", local_ns)
        if isinstance(setup, str) and isinstance(stmt, str):
            # a statement that only makes sense after the setup (a return, say) fails here
            compile(setup + "\n" + stmt, dummy_src_name, "exec")
        params = "".join(", %s=%s" % (name, name) for name in local_ns)
        src = ("def inner(_it, _timer%s):\n"
               "    %s\n"
               "    _t0 = _timer()\n"
               "    for _i in _it:\n"
               "        %s\n"
               "        pass\n"
               "    _t1 = _timer()\n"
               "    return _t1 - _t0\n") % (params, _indented(setup_src, 4), _indented(stmt_src, 8))
        self.src = src
        code = compile(src, dummy_src_name, "exec")
        exec(code, global_ns, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        """Prints the traceback of the exception being handled (one raised by the timed code)."""
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Runs the statement number times; the seconds the loop took, as a float."""
        it = itertools.repeat(None, number)
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self.inner(it, self.timer)
        finally:
            if collecting:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """timeit(number), repeat times: the list of their results."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Finds a number of loops (1, 2, 5, 10, 20, 50, ...) that takes at least 0.2 s;
        returns (number, seconds). callback(number, seconds) is told each attempt."""
        scale = 1
        while True:
            for step in (1, 2, 5):
                number = scale * step
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return (number, taken)
            scale *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat, number=default_number,
           globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
