package org.interlock.object;

/**
 * The reference-counting dimension of a policy: how {@code incref}, {@code decref} and
 * {@code tryIncref} are done. Implementations: {@code plain}, {@code atomic}, {@code biased}
 * (lock-policies module).
 *
 * <p>Every method first returns at once for an immortal object. When {@link #decref} takes the
 * last reference away it calls {@link Lifecycle#dealloc}, exactly once per death (R2).
 */
public interface RefCounting {
    /** The dimension value's name: {@code plain}, {@code atomic} or {@code biased}. */
    String name();

    /** Whether concurrent increfs and decrefs from several threads lose nothing (R1). */
    boolean threadSafe();

    /** Sets the count fields of a fresh, unpublished object: one reference, owned by {@code ts}. */
    void initNew(PyObject o, ThreadState ts);

    /** Adds a reference. */
    void incref(PyObject o, ThreadState ts);

    /** Removes a reference; the last one deallocates the object through {@link Lifecycle}. */
    void decref(PyObject o, ThreadState ts);

    /**
     * Whether the caller's reference to {@code o}, a {@link PyObject#isPlainCounted plain counted} object,
     * is its only one and no other thread can take one: then the caller may reuse the object for
     * a new value instead of freeing it and allocating another (an operation's temporary result,
     * as CPython's free-threaded build reuses uniquely referenced objects). False is always
     * safe; the default says false.
     */
    default boolean isUnique(PyObject o, ThreadState ts) {
        return false;
    }

    /**
     * Adds a reference only if the object is still alive (its count is above zero and it is not
     * dying). Used by weakref reads and lock-free container reads (R3, W1). Returns false for
     * a dead or dying object, and never hands one out.
     */
    boolean tryIncref(PyObject o, ThreadState ts);

    /** The current total count (owner-local plus shared), for {@code sys.getrefcount}. Racy. */
    long refcount(PyObject o);

    /**
     * Called before a weakref to {@code o} is created, and before a non-owner's lock-free read
     * of {@code o}: under biased counting it moves the object to the weakrefs state, after which
     * the owner frees it only through a compare-and-set, so that {@link #tryIncref} can succeed
     * safely. A no-op for the other schemes.
     */
    void enableTryIncref(PyObject o, ThreadState ts);

    /**
     * Begins resurrection for {@code __del__}: the object, whose count reached zero, gets one
     * reference held by the finalizing thread {@code ts}.
     */
    void resurrectStart(PyObject o, ThreadState ts);

    /**
     * Ends resurrection: drops the finalizer's reference. Returns true if the object is dead
     * again (count zero: continue the teardown), false if {@code __del__} revived it.
     */
    boolean resurrectEnd(PyObject o, ThreadState ts);

    /** The eval breaker fired for {@code ts}: merge objects queued to it (biased). */
    void safepoint(ThreadState ts);

    /** {@code ts} is exiting: merge what is queued and mark it so that others merge for it. */
    void threadExit(ThreadState ts);
}
