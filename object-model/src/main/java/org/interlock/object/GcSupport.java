package org.interlock.object;

import java.util.List;
import java.util.function.Predicate;

/**
 * The cycle collector's door into the object model ({@link org.interlock.object.gc}): the
 * protected per-type hooks ({@link PyObject#traverse}, {@link PyObject#releaseReferences})
 * and the lifecycle's weakref clearing, which live in this package. Nothing but the collector
 * should call these: each assumes the caller has proved the object is cyclic garbage or has
 * stopped the world.
 */
public final class GcSupport {
    private GcSupport() {}

    /** {@code o}'s {@link PyObject#traverse}. */
    public static void traverse(PyObject o, PyObject.Visitor v) {
        o.traverse(v);
    }

    /** {@code o}'s {@link PyObject#releaseReferences} (CPython's {@code tp_clear} on garbage). */
    public static void releaseReferences(PyObject o, ThreadState ts) {
        o.releaseReferences(ts);
    }

    /**
     * Clears the weakrefs to the garbage object {@code o}; appends those whose callback must
     * run (with a new reference each) to {@code out}, made if null, and returns it. Weakrefs
     * {@code isGarbage} accepts are cleared without a callback, as CPython does.
     */
    public static List<PyWeakRef> clearWeakrefs(PyObject o, Predicate<PyWeakRef> isGarbage,
                                                List<PyWeakRef> out, ThreadState ts) {
        if ((o.laFlags() & PyObject.HAS_WEAKREFS) == 0) return out;
        return Lifecycle.detachWeakrefs(o, isGarbage, out, ts);
    }

    /** Runs what {@link #clearWeakrefs} returned, newest first per object, and drops the references. */
    public static void runWeakrefCallbacks(List<PyWeakRef> withCallbacks, ThreadState ts) {
        Lifecycle.runWeakrefCallbacks(withCallbacks, ts);
    }
}
