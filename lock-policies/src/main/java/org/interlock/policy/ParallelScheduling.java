package org.interlock.policy;

import org.interlock.object.Scheduling;
import org.interlock.object.ThreadState;

/**
 * Parallel scheduling: every attached thread runs bytecode at once, as PEP 703's free-threaded
 * build. Attach, detach and the safepoint service do nothing (the safepoint only clears a
 * stray drop request, which nobody sets under this policy).
 *
 * <p>Keeps no invariant by itself: R1-R4, W1-W2 and C1-C2 are the counting and locking
 * dimensions' job, and G1 does not apply ({@link #isGlobalLock()} is false).
 *
 * <p>{@link #gauge()} counts attached threads, the same observable the GIL keeps, so a test can
 * see that two threads do run bytecode at once here. It is touched on attach and detach only
 * (thread start/end and around blocking calls), never on the bytecode fast path.
 */
public final class ParallelScheduling implements Scheduling {
    public static final String NAME = "parallel";

    private final RunningGauge gauge = new RunningGauge();

    /** Threads attached (running bytecode) now and the most there were at once. */
    public RunningGauge gauge() {
        return gauge;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean isGlobalLock() {
        return false;
    }

    @Override
    public void attach(ThreadState ts) {
        gauge.enter(); // nothing to take: only counted
    }

    @Override
    public void detach(ThreadState ts) {
        gauge.exit(); // nothing to release: only counted
    }

    @Override
    public void safepoint(ThreadState ts) {
        ts.clearBreakerBit(ThreadState.DROP_GIL);
    }

    @Override
    public long switchIntervalNanos() {
        return 0;
    }

    @Override
    public void setSwitchIntervalNanos(long nanos) {
        // No switch interval without a global lock.
    }
}
