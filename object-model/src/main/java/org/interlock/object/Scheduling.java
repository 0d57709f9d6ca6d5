package org.interlock.object;

/**
 * The scheduling dimension of a policy: whether one thread at a time runs bytecode.
 * Implementations: {@code global-lock} (CPython's new GIL) and {@code parallel}
 * (lock-policies module).
 *
 * <p>A thread runs Python code between {@link #attach} and {@link #detach}. It calls
 * {@link ThreadState#safepoint()} on backward jumps and calls (the eval breaker); a GIL holder
 * asked to drop the lock does so there. A blocking operation runs through
 * {@link ThreadState#blocking}, which detaches around it.
 */
public interface Scheduling {
    /** The dimension value's name: {@code global-lock} or {@code parallel}. */
    String name();

    /** True when at most one thread runs bytecode at a time (G1 applies). */
    boolean isGlobalLock();

    /** The calling thread starts (or resumes) running bytecode; under the GIL, takes it. */
    void attach(ThreadState ts);

    /** The calling thread stops running bytecode; under the GIL, releases it. */
    void detach(ThreadState ts);

    /** Eval-breaker service: drop and re-take the GIL if another thread asked for it. */
    void safepoint(ThreadState ts);

    /** The switch interval in nanoseconds (GIL only; 0 elsewhere). */
    long switchIntervalNanos();

    /** Changes the switch interval while running (GIL only; ignored elsewhere). */
    void setSwitchIntervalNanos(long nanos);
}
