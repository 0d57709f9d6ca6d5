package org.interlock.policy;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many threads run bytecode right now, and the most there ever were at once: the
 * observable of invariant G1 ("under the global lock at most one thread runs bytecode"). The
 * GIL enters it right after it is taken and leaves it right before it is released, so a
 * broken lock that lets two holders in shows a maximum of 2.
 *
 * <p>Two shared atomics: the gauge is touched once per GIL hand-off, which already costs a
 * lock round trip, never on the bytecode fast path.
 */
public final class RunningGauge {
    private final AtomicInteger current = new AtomicInteger();
    private final AtomicInteger max = new AtomicInteger();

    /** A thread starts running bytecode. */
    public void enter() {
        int n = current.incrementAndGet();
        if (n > max.get()) max.accumulateAndGet(n, Math::max);
    }

    /** A thread stops running bytecode. */
    public void exit() {
        current.decrementAndGet();
    }

    /** Threads running bytecode now (a snapshot). */
    public int current() {
        return current.get();
    }

    /** The largest number of threads ever seen running at once since the last {@link #resetMax}. */
    public int max() {
        return max.get();
    }

    /** Forgets the maximum (sets it to the current value). */
    public void resetMax() {
        max.set(current.get());
    }
}
