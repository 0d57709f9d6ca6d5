package org.interlock.object;

/**
 * The object-locking dimension of a policy: how a mutable object's state (list items, dict
 * table, instance attributes) stays consistent. Implementations: {@code none},
 * {@code per-object}, {@code optimistic} (lock-policies module).
 *
 * <p>Critical sections nest as PEP 703's do: {@link #enter} / {@link #enter2} push onto the
 * thread's critical-section stack, {@link #exit} pops. A thread that must wait for a contended
 * lock, or that blocks, first suspends its outer sections, so that two-object operations in
 * opposite orders and nested ones never deadlock (C2). Two-object sections take the two locks in
 * id order.
 */
public interface ObjectLocking {
    /** The dimension value's name: {@code none}, {@code per-object} or {@code optimistic}. */
    String name();

    /** Whether concurrent mutators and readers of one object keep it consistent (C1). */
    boolean threadSafe();

    /**
     * Whether list and dict item reads may skip the lock on the fast path (read, tryIncref,
     * validate, fall back to the lock). True only for {@code optimistic}.
     */
    boolean optimisticReads();

    /** Begins a critical section on one object. */
    void enter(PyObject o, ThreadState ts);

    /** Begins a critical section on two objects (the same object twice is allowed). */
    void enter2(PyObject a, PyObject b, ThreadState ts);

    /** Ends the innermost critical section (one- or two-object). */
    void exit(ThreadState ts);

    /** Releases every lock the thread holds in critical sections, before it blocks. */
    void suspendAll(ThreadState ts);

    /** Re-acquires the locks released by {@link #suspendAll}, after it blocked. */
    void resumeAll(ThreadState ts);

    /**
     * Whether the calling thread is inside a critical section (its stack is not empty). The
     * cycle collector asks before an automatic collection: Python code run there
     * ({@code __del__}) would run in the middle of the interrupted operation. A scheme that keeps
     * no section stack ({@code none}) answers false.
     */
    default boolean inCriticalSection(ThreadState ts) {
        return false;
    }
}
