"""A small asyncio for Interlock: run(), sleep(), gather(), create_task() and Task.

One event loop per run() call, in the calling thread. A task steps its coroutine with
send(); what the coroutine yields tells the loop what it waits for: a sleep (rescheduled at
once for a zero delay, else after the delay, the loop sleeping the thread until the earliest
timer; None for a zero delay) or another task (rescheduled when that task finishes). When the main coroutine is
done, run() cancels the tasks still pending and lets them finish, as CPython's does.
"""

import time
from collections import deque
from heapq import heappush, heappop

__all__ = ['run', 'sleep', 'gather', 'create_task', 'Task', 'get_running_loop', 'iscoroutine',
           'CancelledError', 'InvalidStateError']


class CancelledError(BaseException):
    """The task was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


async def _probe():
    pass


_probe_coroutine = _probe()
_CoroutineType = type(_probe_coroutine)
_probe_coroutine.close()
del _probe_coroutine

_running = []


def iscoroutine(obj):
    return type(obj) is _CoroutineType


def get_running_loop():
    if not _running:
        raise RuntimeError('no running event loop')
    return _running[-1]


class _Sleep:
    """What a sleeping coroutine yields to the loop (None for a zero delay, as CPython's)."""
    __slots__ = ('delay',)

    def __init__(self, delay):
        self.delay = delay

    def __await__(self):
        yield self if self.delay > 0 else None


async def sleep(delay, result=None):
    await _Sleep(delay)
    return result


class _Loop:
    def __init__(self):
        self._ready = deque()
        self._timers = []
        self._seq = 0
        self._tasks = []

    def _schedule(self, task):
        task._token += 1
        self._ready.append((task, task._token))

    def _schedule_at(self, when, task):
        task._token += 1
        self._seq += 1
        heappush(self._timers, (when, self._seq, task, task._token))

    def _run_once(self):
        if not self._ready:
            when, _, task, token = heappop(self._timers)
            delay = when - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            if token == task._token and not task._done:
                task._step()
            return
        task, token = self._ready.popleft()
        if token == task._token and not task._done:
            task._step()

    def _run_until(self, task):
        while not task._done:
            if not self._ready and not self._timers:
                raise RuntimeError('Event loop stopped before Future completed.')
            self._run_once()


class Task:
    def __init__(self, coro, loop=None):
        if not iscoroutine(coro):
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        self._coro = coro
        self._loop = loop if loop is not None else get_running_loop()
        self._done = False
        self._cancelled = False
        self._cancel_requested = False
        self._result = None
        self._exception = None
        self._waiters = []
        self._waiting_on = None
        self._token = 0
        self._loop._tasks.append(self)
        self._loop._schedule(self)

    def _step(self):
        self._waiting_on = None
        try:
            if self._cancel_requested:
                self._cancel_requested = False
                awaited = self._coro.throw(CancelledError())
            else:
                awaited = self._coro.send(None)
        except StopIteration as stop:
            self._finish(stop.value, None)
        except CancelledError as exc:
            self._cancelled = True
            self._finish(None, exc)
        except Exception as exc:
            self._finish(None, exc)
        else:
            if awaited is None:
                self._loop._schedule(self)
            elif isinstance(awaited, _Sleep):
                self._loop._schedule_at(time.monotonic() + awaited.delay, self)
            elif isinstance(awaited, Task):
                if awaited._done:
                    self._loop._schedule(self)
                else:
                    self._waiting_on = awaited
                    awaited._waiters.append(self)
            else:
                self._cancel_requested = False
                self._coro.close()
                self._finish(None, RuntimeError(f'Task got bad yield: {awaited!r}'))

    def _finish(self, result, exc):
        self._done = True
        self._result = result
        self._exception = exc
        for waiter in self._waiters:
            waiter._waiting_on = None
            self._loop._schedule(waiter)
        self._waiters = []

    def done(self):
        return self._done

    def cancelled(self):
        return self._cancelled

    def cancel(self):
        if self._done:
            return False
        self._cancel_requested = True
        if self._waiting_on is not None:
            self._waiting_on._waiters.remove(self)
            self._waiting_on = None
        self._loop._schedule(self)
        return True

    def result(self):
        if not self._done:
            raise InvalidStateError('Result is not set.')
        if self._cancelled:
            raise CancelledError()
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if not self._done:
            raise InvalidStateError('Exception is not set.')
        if self._cancelled:
            raise CancelledError()
        return self._exception

    def __await__(self):
        while not self._done:
            yield self
        return self.result()

    def __repr__(self):
        state = 'cancelled' if self._cancelled else 'finished' if self._done else 'pending'
        return f'<Task {state} coro={self._coro!r}>'


def create_task(coro):
    return Task(coro, get_running_loop())


async def gather(*aws, return_exceptions=False):
    tasks = [a if isinstance(a, Task) else create_task(a) for a in aws]
    results = []
    for task in tasks:
        try:
            results.append(await task)
        except Exception as exc:
            if not return_exceptions:
                raise
            results.append(exc)
    return results


def run(main):
    if _running:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError(f'a coroutine was expected, got {main!r}')
    loop = _Loop()
    _running.append(loop)
    try:
        task = Task(main, loop)
        loop._run_until(task)
        pending = [t for t in loop._tasks if not t._done]
        for t in pending:
            t.cancel()
        for t in pending:
            loop._run_until(t)
        return task.result()
    finally:
        _running.pop()
