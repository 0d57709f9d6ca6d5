package org.interlock.policy;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.interlock.object.Instrumentation;
import org.interlock.object.Scheduling;
import org.interlock.object.ThreadState;

/**
 * The global interpreter lock, after CPython's "new GIL" (Antoine Pitrou, CPython 3.2,
 * {@code Python/ceval_gil.c}).
 *
 * <h2>How it works</h2>
 * The lock is a flag, {@code locked}, and a holder, guarded by one {@link ReentrantLock}
 * ({@code mutex}, CPython's {@code gil->mutex}) with a condition {@code released}
 * ({@code gil->cond}). A thread that wants the GIL waits on {@code released} for at most the
 * switch interval (5 ms by default). If the interval passed and no switch happened meanwhile
 * (the {@code switchNumber} did not move), it sets the holder's drop request: the
 * {@link ThreadState#DROP_GIL} bit of the holder's eval breaker. The holder sees the bit at its
 * next {@link ThreadState#safepoint()} (a backward jump or a call), and {@link #safepoint}
 * clears the bit, releases the GIL, and takes it again.
 *
 * <p>Forced switching (CPython's {@code FORCE_SWITCHING}): without it, the holder that just
 * released usually wins the race to re-take the lock, because the woken waiter still has to be
 * scheduled; the waiter times out again and again (the convoy effect). With it, a holder that
 * dropped on request waits on a second condition, {@code switched}, until the switch number
 * moves, i.e. until another thread took the GIL.
 *
 * <p>Options beyond CPython's: I/O priority ({@code io-priority}): a thread returning from a
 * blocking call (its attach after a detach) sets the holder's drop request at once instead of
 * after an interval, so an I/O-bound thread does not queue behind a CPU-bound one. Seeded forced
 * switching ({@code switch-every=N,seed=S}): the holder's drop bit stays set, so every safepoint
 * comes here; at each, a {@link SplittableRandom} private to this interpreter (drawn only by
 * the holder, so its sequence is a function of the seed and the number of safepoints) hands
 * the GIL to a waiting thread with probability 1/N. Waiters then never time out into drop
 * requests (and I/O priority is off), so switches happen at the seeded points only. Reproducible as far as which thread
 * is waiting at a given safepoint is (with two threads, always).
 *
 * <h2>Invariants kept</h2>
 * G1: at most one thread is between a successful take and its release; {@link #gauge()} counts
 * them (entered after the take, left before the release) so a test can see the maximum. With
 * the GIL, any counting and locking dimension is safe for Python code (R1-R4, C1 by
 * exclusion), provided the runtime touches objects only while attached.
 *
 * <h2>Not promised</h2>
 * Fairness beyond CPython's: which waiter gets the lock after a release is up to
 * {@link ReentrantLock}'s queue. The switch interval is a lower bound on a waiter's wait before
 * it asks, not a latency bound: a holder that reaches no safepoint (a long native call that
 * is not run through {@link ThreadState#blocking}) keeps the GIL. Hand-off latency is measured
 * by JMH, not asserted.
 *
 * <h2>Fields and access modes</h2>
 * {@code locked}, {@code holder}, {@code lastHolder}, {@code switchNumber}: plain, guarded by
 * {@code mutex}. {@code waiters}: written under {@code mutex}, read racily (volatile) by the
 * holder at safepoints; a stale value only delays or adds one hand-off. {@code
 * switchIntervalNanos}: volatile, changed while running. {@code random}: plain, used only by
 * the current holder, ordered between holders by {@code mutex}. Per-thread bookkeeping
 * ({@link PerThread} in {@link ThreadState#schedulingState}) is touched by its own thread only.
 */
public final class GlobalInterpreterLock implements Scheduling {
    public static final String NAME = "global-lock";

    private final ReentrantLock mutex = new ReentrantLock();
    private final Condition released = mutex.newCondition();
    private final Condition switched = mutex.newCondition();
    private boolean locked;
    private ThreadState holder;
    private ThreadState lastHolder;
    private long switchNumber;
    private volatile int waiters;

    private volatile long switchIntervalNanos;
    private final boolean forceSwitching;
    private final boolean ioPriority;
    private final int switchEvery;
    private final SplittableRandom random;
    private final RunningGauge gauge = new RunningGauge();

    /** A GIL with CPython's defaults: 5 ms interval, forced switching, no I/O priority. */
    public GlobalInterpreterLock() {
        this(PolicyOptions.DEFAULTS);
    }

    /** A GIL configured by the scheduling options in {@code o}. */
    public GlobalInterpreterLock(PolicyOptions o) {
        this.switchIntervalNanos = o.switchIntervalNanos();
        this.forceSwitching = o.forceSwitching();
        this.ioPriority = o.ioPriority();
        this.switchEvery = o.switchEvery();
        this.random = new SplittableRandom(o.seed());
    }

    /** A thread's GIL bookkeeping, in {@link ThreadState#schedulingState}. */
    static final class PerThread {
        /** Holds the GIL (between attach and detach, except inside a safepoint hand-off). */
        boolean attached;
        /** Has detached before: its next attach returns from a blocking call. */
        boolean detachedBefore;
    }

    private static PerThread perThread(ThreadState ts) {
        Object s = ts.schedulingState;
        if (s instanceof PerThread p) return p;
        PerThread p = new PerThread();
        ts.schedulingState = p;
        return p;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean isGlobalLock() {
        return true;
    }

    @Override
    public void attach(ThreadState ts) {
        PerThread p = perThread(ts);
        if (p.attached) throw new IllegalStateException(ts + " already holds the GIL");
        take(ts, ioPriority && p.detachedBefore && switchEvery == 0);
        p.attached = true;
    }

    /**
     * Releases the GIL. A no-op for a thread that does not hold it (a thread state that exits
     * without ever attaching), so that {@link ThreadState#exit()} works for such states too.
     */
    @Override
    public void detach(ThreadState ts) {
        PerThread p = perThread(ts);
        if (!p.attached) return;
        p.attached = false;
        p.detachedBefore = true;
        // A drop request aimed at this holding period is served by this release; keeping it
        // would make the next attach's first safepoint drop for nothing.
        ts.clearBreakerBit(ThreadState.DROP_GIL);
        release(ts, false);
    }

    @Override
    public void safepoint(ThreadState ts) {
        ts.clearBreakerBit(ThreadState.DROP_GIL); // first: a request set after this is not lost
        PerThread p = perThread(ts);
        if (!p.attached) return;
        boolean drop;
        if (switchEvery > 0) {
            // Draw at every safepoint, waiter or not, so the sequence depends on the seed only.
            drop = random.nextInt(switchEvery) == 0 && waiters > 0;
        } else {
            drop = waiters > 0; // else the request is stale: its requester got the GIL meanwhile
        }
        if (drop) {
            p.attached = false;
            release(ts, true);
            take(ts, false);
            p.attached = true;
        } else if (switchEvery > 0) {
            ts.setBreakerBit(ThreadState.DROP_GIL); // keep coming here at every safepoint
        }
    }

    /** Whether {@code ts} holds the GIL now. Meaningful when called by the thread using {@code ts}. */
    public boolean holds(ThreadState ts) {
        return ts.schedulingState instanceof PerThread p && p.attached;
    }

    /** Threads running bytecode now and at most: the observable of G1. */
    public RunningGauge gauge() {
        return gauge;
    }

    /** Threads waiting for the GIL now (a snapshot). */
    public int waiters() {
        return waiters;
    }

    @Override
    public long switchIntervalNanos() {
        return switchIntervalNanos;
    }

    @Override
    public void setSwitchIntervalNanos(long nanos) {
        if (nanos <= 0) throw new IllegalArgumentException("switch interval must be positive: " + nanos);
        switchIntervalNanos = nanos; // waiters pick it up at their next wait
    }

    /** Whether forced switching is on. */
    public boolean forceSwitching() {
        return forceSwitching;
    }

    /** Whether I/O-priority hand-off is on. */
    public boolean ioPriority() {
        return ioPriority;
    }

    /** N of {@code switch-every=N}; 0 when off. */
    public int switchEvery() {
        return switchEvery;
    }

    /**
     * Takes the GIL for {@code ts}, waiting as CPython's {@code take_gil} does.
     *
     * @param urgent ask the holder to drop at once (I/O priority) rather than after an interval
     */
    private void take(ThreadState ts, boolean urgent) {
        boolean interrupted = false;
        long t0 = Instrumentation.ENABLED ? System.nanoTime() : 0L;
        mutex.lock();
        try {
            if (locked) {
                waiters++;
                try {
                    if (urgent) requestDrop(ts);
                    while (locked) {
                        long before = switchNumber;
                        long left;
                        try {
                            left = released.awaitNanos(switchIntervalNanos);
                        } catch (InterruptedException e) {
                            // The GIL wait is not interruptible, as CPython's is not; the
                            // interrupt is kept for the thread's next interruptible call.
                            interrupted = true;
                            left = 1;
                        }
                        if (left <= 0 && locked && switchNumber == before && switchEvery == 0) {
                            requestDrop(ts);
                        }
                    }
                } finally {
                    waiters--;
                }
            }
            locked = true;
            boolean switchedHolder = lastHolder != ts;
            holder = ts;
            lastHolder = ts;
            switchNumber++;
            switched.signalAll();
            if (Instrumentation.ENABLED) {
                ts.counters.add(Instrumentation.GIL_ACQUISITIONS, 1);
                if (switchedHolder) ts.counters.add(Instrumentation.GIL_SWITCHES, 1);
                ts.counters.add(Instrumentation.GIL_WAIT_NANOS, System.nanoTime() - t0);
            }
        } finally {
            mutex.unlock();
        }
        gauge.enter();
        if (switchEvery > 0) ts.setBreakerBit(ThreadState.DROP_GIL);
        if (interrupted) Thread.currentThread().interrupt();
    }

    /** Sets the current holder's drop request. Called with {@code mutex} held. */
    private void requestDrop(ThreadState requester) {
        ThreadState h = holder;
        if (h == null) return;
        h.setBreakerBit(ThreadState.DROP_GIL);
        if (Instrumentation.ENABLED) requester.counters.add(Instrumentation.GIL_DROP_REQUESTS, 1);
    }

    /**
     * Releases the GIL, as CPython's {@code drop_gil}.
     *
     * @param onRequest the holder drops because it was asked to: with forced switching it then
     *                  waits until another thread has taken the GIL
     */
    private void release(ThreadState ts, boolean onRequest) {
        gauge.exit();
        mutex.lock();
        try {
            if (holder != ts) throw new IllegalStateException(ts + " releases a GIL it does not hold");
            locked = false;
            holder = null;
            released.signal();
            if (onRequest && forceSwitching && waiters > 0) {
                // A waiter exists and only leaves the wait by taking the GIL, which moves the
                // switch number: this wait ends.
                long before = switchNumber;
                while (switchNumber == before) {
                    switched.awaitUninterruptibly();
                }
            }
        } finally {
            mutex.unlock();
        }
    }

    @Override
    public String toString() {
        return "GlobalInterpreterLock[interval=" + TimeUnit.NANOSECONDS.toMicros(switchIntervalNanos)
            + "us, force=" + forceSwitching + ", io=" + ioPriority + ", every=" + switchEvery + "]";
    }
}
