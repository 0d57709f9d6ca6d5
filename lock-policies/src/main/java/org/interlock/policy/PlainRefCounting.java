package org.interlock.policy;

import org.interlock.object.Checks;
import org.interlock.object.Lifecycle;
import org.interlock.object.PyObject;
import org.interlock.object.RefCounting;
import org.interlock.object.ThreadState;

/**
 * Plain reference counting, as CPython's default build: one count, {@code refLocal}, read and
 * written with plain loads and stores ({@code lp}/{@code sp}).
 *
 * <p>Keeps R1-R3 only when something else orders every access to a count: the global lock, or a
 * single thread. Under parallel scheduling it loses updates (two threads load the same count and
 * store the same successor), which is exactly what the {@code unsafe} preset exists to show.
 * {@link #threadSafe()} is false, so the registry refuses it with parallel scheduling unless the
 * configuration says {@code unsafe}.
 *
 * <p>Does not promise: anything across threads without a global lock; a count that stays
 * non-negative after an unbalanced decref (stress checks catch the dead object instead).
 */
public final class PlainRefCounting implements RefCounting {
    public static final String NAME = "plain";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean threadSafe() {
        return false;
    }

    @Override
    public void initNew(PyObject o, ThreadState ts) {
        o.spRefLocal(1);
        o.spOwnerTid(ts.tid); // unused by this scheme; kept so a header dump names the creator
    }

    @Override
    public void incref(PyObject o, ThreadState ts) {
        if (o.isImmortal()) return;
        if (Checks.ENABLED) Checks.alive(o, "incref");
        o.spRefLocal(o.lpRefLocal() + 1);
    }

    @Override
    public void decref(PyObject o, ThreadState ts) {
        if (o.isImmortal()) return;
        if (Checks.ENABLED) Checks.alive(o, "decref");
        int n = o.lpRefLocal() - 1;
        o.spRefLocal(n);
        if (n == 0) Lifecycle.dealloc(o, ts);
    }

    @Override
    public boolean isUnique(PyObject o, ThreadState ts) {
        return o.lpRefLocal() == 1; // one thread at a time counts: the caller's is the only reference
    }

    @Override
    public boolean tryIncref(PyObject o, ThreadState ts) {
        if (o.isImmortal()) return true;
        int n = o.lpRefLocal();
        // A zero count means the object's death has begun; the flags catch a dying object that
        // was resurrected for __del__ and dropped to zero again.
        if (n <= 0 || (o.laFlags() & (PyObject.DYING | PyObject.DEAD)) != 0) return false;
        o.spRefLocal(n + 1);
        return true;
    }

    @Override
    public long refcount(PyObject o) {
        return o.lpRefLocal();
    }

    @Override
    public void enableTryIncref(PyObject o, ThreadState ts) {
        // One count: tryIncref needs no preparation.
    }

    @Override
    public void resurrectStart(PyObject o, ThreadState ts) {
        o.spRefLocal(1);
    }

    @Override
    public boolean resurrectEnd(PyObject o, ThreadState ts) {
        int n = o.lpRefLocal() - 1;
        o.spRefLocal(n);
        return n == 0;
    }

    @Override
    public void safepoint(ThreadState ts) {
        ts.clearBreakerBit(ThreadState.MERGE_QUEUED); // nobody queues under this scheme
    }

    @Override
    public void threadExit(ThreadState ts) {
        // Nothing is ever queued to a thread.
    }
}
