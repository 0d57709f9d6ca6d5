package org.interlock.object;

import java.util.ArrayList;
import java.util.List;

/**
 * Object death, in CPython's order (PEP 442), called by a {@link RefCounting} policy exactly
 * once each time an object's count reaches zero:
 * <ol>
 *   <li>{@code __del__}, if the type has one and it has not run before: the object is
 *       resurrected for the call; if the call leaves references behind, the object lives on
 *       (revived) with its weakrefs intact, and {@code __del__} never runs again;</li>
 *   <li>weakrefs are cleared, all at once, and their callbacks run newest first, each once;</li>
 *   <li>the object's references to other objects are released;</li>
 *   <li>the object is dead.</li>
 * </ol>
 *
 * <p>Releasing references may free further objects, recursively. Like CPython's trashcan, a
 * thread deeper than {@link #MAX_DEPTH} nested deallocations queues the object and the
 * outermost call frees it, so a long linked chain cannot overflow the Java stack.
 */
public final class Lifecycle {
    /** Nesting depth past which deallocations are queued rather than recursed into. */
    public static final int MAX_DEPTH = 64;

    private Lifecycle() {}

    /** What must be clear, beside {@link PyObject#LEAF} set, for a death to be just the flags. */
    private static final int LEAF_DEATH_MASK = PyObject.LEAF | PyObject.GC_COLLECTING | PyObject.DYING
            | PyObject.DEAD | PyObject.IMMORTAL | PyObject.HAS_WEAKREFS | PyObject.GC_TRACKED;

    /**
     * The object's count reached zero on this thread: run its lifecycle. The common case, an
     * exact float, int or str that never had a weakref ({@link PyObject#LEAF}), has nothing to
     * run: its death is the flags, set at once. The eval loop frees such values at almost
     * every arithmetic result, so this method is kept small enough for the JIT to inline into
     * each decref, and everything else is in {@link #deallocGeneral}.
     */
    public static void dealloc(PyObject o, ThreadState ts) {
        int f = o.lpFlags();
        if ((f & LEAF_DEATH_MASK) == PyObject.LEAF) {
            o.spFlags(f | (PyObject.DYING | PyObject.DEAD));
            return;
        }
        deallocGeneral(o, ts);
    }

    /**
     * With the counters on no object is marked {@link PyObject#LEAF} (so that {@link #dealloc}
     * needs no counter test): leaves are recognised here by their class instead, and counted.
     */
    private static boolean countedLeafDeath(PyObject o, ThreadState ts) {
        Class<?> c = o.getClass();
        if (c != PyFloat.class && c != PyInt.class && c != PyStr.class) return false;
        int f = o.laFlags();
        if ((f & (LEAF_DEATH_MASK & ~PyObject.LEAF)) != 0) return false;
        o.srFlags(f | (PyObject.DYING | PyObject.DEAD));
        ts.counters.add(Instrumentation.DEALLOCATIONS, 1);
        return true;
    }

    /** Every death but a leaf's: {@code __del__}, weakrefs, the references held, nested deaths. */
    private static void deallocGeneral(PyObject o, ThreadState ts) {
        if (Instrumentation.ENABLED && countedLeafDeath(o, ts)) return;
        if (ts.deallocDepth >= MAX_DEPTH) {
            ts.pendingDeallocs.addLast(o);
            return;
        }
        ts.deallocDepth++;
        try {
            deallocOne(o, ts);
            if (ts.deallocDepth == 1) {
                PyObject next;
                while ((next = ts.pendingDeallocs.pollFirst()) != null) {
                    deallocOne(next, ts);
                }
            }
        } finally {
            ts.deallocDepth--;
        }
    }

    private static void deallocOne(PyObject o, ThreadState ts) {
        int f = o.laFlags();
        if ((f & PyObject.GC_COLLECTING) != 0) {
            // The cycle collector owns this death: it is releasing the garbage's references
            // itself, and this count reached zero because it did (see gc.Collector).
            return;
        }
        if ((f & (PyObject.DYING | PyObject.DEAD | PyObject.IMMORTAL)) != 0) {
            // A second teardown of one object is the bug R2 guards against; with checks off it
            // is still refused, because touching a dead object's fields would hand out garbage.
            throw new DeadObjectError(o, (f & PyObject.IMMORTAL) != 0 ? "dealloc of immortal" : "double dealloc");
        }
        PyType.Finalizer fin = o.type().finalizer();
        if (fin != null && (f & PyObject.FINALIZED) == 0) {
            o.srFlags(f | PyObject.FINALIZED);
            ts.refs.resurrectStart(o, ts);
            try {
                fin.finalize(o, ts);
            } catch (RuntimeException e) {
                ts.space.unraisableHook().report(describe(o, "__del__"), e, ts);
            }
            if (Instrumentation.ENABLED) ts.counters.add(Instrumentation.FINALIZERS_RUN, 1);
            if (!ts.refs.resurrectEnd(o, ts)) {
                return; // revived: __del__ stored a reference somewhere
            }
            f = o.laFlags();
        }
        o.srFlags(f | PyObject.DYING);
        if ((f & PyObject.HAS_WEAKREFS) != 0) {
            clearWeakrefs(o, ts);
        }
        o.releaseReferences(ts);
        o.srFlags(o.laFlags() | PyObject.DEAD);
        if ((f & PyObject.GC_TRACKED) != 0) ts.gc.trackedDied(); // CPython's gen0 count goes down
        if (Instrumentation.ENABLED) ts.counters.add(Instrumentation.DEALLOCATIONS, 1);
    }

    /**
     * Clears every weakref to {@code o} in one critical section of its stripe lock, then runs
     * the callbacks outside it, newest first. A weakref that is itself dying is cleared but its
     * callback does not run (CPython skips callbacks of dead weakrefs).
     */
    private static void clearWeakrefs(PyObject o, ThreadState ts) {
        List<PyWeakRef> withCallbacks = detachWeakrefs(o, null, null, ts);
        if (withCallbacks != null) runWeakrefCallbacks(withCallbacks, ts);
    }

    /**
     * Clears every weakref to {@code o} in one critical section of its stripe lock and returns
     * those whose callback must run (each with a new reference to the weakref), newest first,
     * appended to {@code out} (made if null). A weakref for which {@code noCallback} answers
     * true (the cycle collector passes "is itself garbage", as CPython's handle_weakrefs does)
     * is cleared without its callback.
     */
    static List<PyWeakRef> detachWeakrefs(PyObject o, java.util.function.Predicate<PyWeakRef> noCallback,
                                          List<PyWeakRef> out, ThreadState ts) {
        List<PyWeakRef> withCallbacks = out;
        int cleared = 0;
        synchronized (ts.space.weakrefLock(o.id())) {
            PyWeakRef w = o.weakrefs;
            o.weakrefs = null;
            while (w != null) {
                PyWeakRef next = w.next;
                w.referent = null;
                w.next = null;
                cleared++;
                if (w.callback() != null && (noCallback == null || !noCallback.test(w))
                        && ts.refs.tryIncref(w, ts)) {
                    if (withCallbacks == null) withCallbacks = new ArrayList<>();
                    withCallbacks.add(w);
                }
                w = next;
            }
        }
        if (Instrumentation.ENABLED) ts.counters.add(Instrumentation.WEAKREFS_CLEARED, cleared);
        return withCallbacks;
    }

    /** Runs the callbacks {@link #detachWeakrefs} returned, in order, and drops its references. */
    static void runWeakrefCallbacks(List<PyWeakRef> withCallbacks, ThreadState ts) {
        for (PyWeakRef w : withCallbacks) { // the list is newest first
            PyObject cb = w.takeCallback();
            if (cb != null) {
                try {
                    ts.space.callbackInvoker().invoke(cb, w, ts);
                } catch (RuntimeException e) {
                    ts.space.unraisableHook().report(describe(cb, "weakref callback"), e, ts);
                } finally {
                    ts.refs.decref(cb, ts);
                }
            }
            ts.refs.decref(w, ts);
        }
    }

    private static String describe(PyObject o, String what) {
        return what + " of " + o;
    }
}
