"""The convoy effect: a thread that sleeps briefly and wakes, beside a CPU-bound thread.

start_spinner() starts a thread that runs a pure bytecode loop until stop_spinner();
sleeper(rounds, seconds) sleeps `rounds` times and returns the total nanoseconds from each
sleep's start until the sleeper runs Python again (the sleep plus the wake-up latency: under a
GIL, the time to get the lock back from the spinner).  Run:  python3 convoy.py ROUNDS
"""
import sys
import threading
import time

_stop = [False]
_spinner = [None]


def _spin():
    x = 0
    while not _stop[0]:
        x += 1


def start_spinner():
    _stop[0] = False
    t = threading.Thread(target=_spin, daemon=True)
    _spinner[0] = t
    t.start()


def stop_spinner():
    _stop[0] = True
    if _spinner[0] is not None:
        _spinner[0].join()
        _spinner[0] = None


def sleeper(rounds, seconds):
    total = 0
    for _ in range(rounds):
        t0 = time.perf_counter_ns()
        time.sleep(seconds)
        total += time.perf_counter_ns() - t0
    return total


if __name__ == '__main__':
    start_spinner()
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    ns = sleeper(rounds, 0.001)
    stop_spinner()
    print("mean sleep(1 ms) took %.0f us" % (ns / rounds / 1000))
