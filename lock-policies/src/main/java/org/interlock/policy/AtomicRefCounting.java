package org.interlock.policy;

import org.interlock.object.Checks;
import org.interlock.object.Lifecycle;
import org.interlock.object.PyObject;
import org.interlock.object.RefCounting;
import org.interlock.object.ThreadState;

/**
 * Atomic reference counting, as Greg Stein's 1996 free-threading patch and the Gilectomy did:
 * one count, {@code refLocal}, changed only by atomic read-modify-writes ({@code xadd},
 * {@code cas}; both volatile, so a decref that reaches zero happens after every other thread's
 * last decref, and the deallocating thread sees their writes to the object).
 *
 * <p>Keeps R1 (no lost update: every change is one {@code getAndAdd}), R2 (exactly one decref
 * observes the transition 1 → 0 and deallocates) and R3 ({@link #tryIncref} is a CAS loop that
 * never moves a count up from zero, so an object whose death began is never handed out).
 *
 * <p>Does not promise: scaling. Every incref of a shared object (a function, a module, a
 * constant) is a contended atomic on one cache line, the cost DESIGN.md's question 3 measures.
 */
public final class AtomicRefCounting implements RefCounting {
    public static final String NAME = "atomic";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean threadSafe() {
        return true;
    }

    @Override
    public void initNew(PyObject o, ThreadState ts) {
        // Plain stores: the object is not yet published; its publication orders them.
        o.spRefLocal(1);
        o.spOwnerTid(ts.tid);
    }

    @Override
    public void incref(PyObject o, ThreadState ts) {
        if (o.isImmortal()) return;
        if (Checks.ENABLED) Checks.alive(o, "incref");
        o.xaddRefLocal(1);
    }

    @Override
    public void decref(PyObject o, ThreadState ts) {
        if (o.isImmortal()) return;
        if (Checks.ENABLED) Checks.alive(o, "decref");
        int prev = o.xaddRefLocal(-1);
        if (prev == 1) {
            Lifecycle.dealloc(o, ts);
        } else if (Checks.ENABLED && prev <= 0) {
            throw new IllegalStateException("decref below zero: " + o + " count " + (prev - 1));
        }
    }

    @Override
    public boolean isUnique(PyObject o, ThreadState ts) {
        // A count of 1 is the caller's own reference. Another thread could take one only
        // through a reference it holds (the count would be above 1) or a tryIncref, which only
        // weakrefs (a leaf has none) and optimistic container reads use; those re-validate the
        // slot afterwards, and an object with a count of 1 held by the caller is in no slot.
        return o.lvRefLocal() == 1;
    }

    @Override
    public boolean tryIncref(PyObject o, ThreadState ts) {
        if (o.isImmortal()) return true;
        int c;
        do {
            c = o.lvRefLocal();
            if (c <= 0) return false; // death began (or finished): never revive
        } while (!o.casRefLocal(c, c + 1));
        if (Checks.ENABLED) Checks.alive(o, "tryIncref");
        return true;
    }

    @Override
    public long refcount(PyObject o) {
        return o.lvRefLocal();
    }

    @Override
    public void enableTryIncref(PyObject o, ThreadState ts) {
        // One atomic count: tryIncref needs no preparation.
    }

    @Override
    public void resurrectStart(PyObject o, ThreadState ts) {
        // The count is zero and only this thread (the one whose decref reached zero) may raise
        // it from there; tryIncref never does. Volatile store: a weakref reader on another
        // thread may now take a reference during __del__, as under CPython's GIL.
        o.svRefLocal(1);
    }

    @Override
    public boolean resurrectEnd(PyObject o, ThreadState ts) {
        return o.xaddRefLocal(-1) == 1;
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
