package org.interlock.runtime.modules;

import java.util.List;
import org.interlock.object.PyBool;
import org.interlock.object.PyDict;
import org.interlock.object.PyInt;
import org.interlock.object.PyList;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyTuple;
import org.interlock.object.ThreadState;
import org.interlock.object.gc.Collector;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyModule;
import org.interlock.runtime.vm.Ops;

/**
 * {@code gc}: the object model's cycle collector ({@link Collector}) as CPython's module.
 * One generation: {@code collect(generation)} accepts 0, 1 and 2 and always collects fully;
 * {@code get_count()} is {@code (count, 0, 0)}.
 */
final class GcModule {
    private GcModule() {}

    static PyModule create(ThreadState ts) {
        PyModule m = new PyModule("gc", ts);
        ModuleDef d = new ModuleDef(m, ts);
        PyList callbacks = new PyList(ts);
        d.fn("collect", (s, a, kw, t) -> {
            PyObject g = arg(a, kw, "generation", 0, "collect", 1, t);
            int gen = g == null ? 2 : (int) intArg(g, t);
            if (gen < 0 || gen > 2) throw ExcTypes.valueError("invalid generation", t);
            runCallbacks(callbacks, "start", gen, 0, t);
            long n = gc(t).collect(gen, t);
            runCallbacks(callbacks, "stop", gen, n, t);
            return PyInt.of(n, t);
        });
        d.fn("is_finalized", (s, a, kw, t) -> {
            if (a.length != 1) throw ExcTypes.typeError("gc.is_finalized() takes exactly one argument (" + a.length + " given)", t);
            return PyBool.of((a[0].laFlags() & PyObject.FINALIZED) != 0);
        });
        d.fn("enable", (s, a, kw, t) -> {
            noArgs("enable", a, t);
            gc(t).enable();
            return Ops.NONE;
        });
        d.fn("disable", (s, a, kw, t) -> {
            noArgs("disable", a, t);
            gc(t).disable();
            return Ops.NONE;
        });
        d.fn("isenabled", (s, a, kw, t) -> {
            noArgs("isenabled", a, t);
            return PyBool.of(gc(t).isEnabled());
        });
        d.fn("get_count", (s, a, kw, t) -> {
            noArgs("get_count", a, t);
            long[] c = gc(t).getCount();
            return PyTuple.fromNewRefs(new PyObject[] {PyInt.of(c[0], t), PyInt.of(c[1], t), PyInt.of(c[2], t)}, t);
        });
        d.fn("get_threshold", (s, a, kw, t) -> {
            noArgs("get_threshold", a, t);
            int[] th = gc(t).getThreshold();
            return PyTuple.fromNewRefs(new PyObject[] {PyInt.of(th[0], t), PyInt.of(th[1], t), PyInt.of(th[2], t)}, t);
        });
        d.fn("set_threshold", (s, a, kw, t) -> {
            if (kw != null && kw.length > 0) throw ExcTypes.typeError("set_threshold() takes no keyword arguments", t);
            if (a.length < 1 || a.length > 3) {
                throw ExcTypes.typeError("set_threshold() takes from 1 to 3 positional arguments but " + a.length
                        + " were given", t);
            }
            int[] th = gc(t).getThreshold();
            for (int i = 0; i < a.length; i++) th[i] = (int) intArg(a[i], t);
            gc(t).setThreshold(th[0], th[1], th[2]);
            return Ops.NONE;
        });
        d.fn("get_debug", (s, a, kw, t) -> PyInt.of(gc(t).getDebug(), t));
        d.fn("set_debug", (s, a, kw, t) -> {
            if (a.length != 1) throw ExcTypes.typeError("set_debug() takes exactly one argument (" + a.length + " given)", t);
            gc(t).setDebug((int) intArg(a[0], t));
            return Ops.NONE;
        });
        d.fn("is_tracked", (s, a, kw, t) -> {
            if (a.length != 1) throw ExcTypes.typeError("is_tracked() takes exactly one argument (" + a.length + " given)", t);
            return PyBool.of(gc(t).isTracked(a[0]));
        });
        d.fn("get_referrers", (s, a, kw, t) -> list(gc(t).getReferrers(a, t), t));
        d.fn("get_referents", (s, a, kw, t) -> {
            PyList out = new PyList(t);
            for (PyObject o : a) {
                for (PyObject r : gc(t).getReferents(o, t)) {
                    out.append(r, t);
                    t.refs.decref(r, t);
                }
            }
            return out;
        });
        d.fn("get_objects", (s, a, kw, t) -> list(gc(t).getObjects(t), t));
        d.fn("freeze", (s, a, kw, t) -> {
            noArgs("freeze", a, t);
            gc(t).freeze(t);
            return Ops.NONE;
        });
        d.fn("unfreeze", (s, a, kw, t) -> {
            noArgs("unfreeze", a, t);
            gc(t).unfreeze(t);
            return Ops.NONE;
        });
        d.fn("get_freeze_count", (s, a, kw, t) -> PyInt.of(gc(t).getFreezeCount(t), t));
        d.fn("get_stats", (s, a, kw, t) -> {
            Collector c = gc(t);
            PyObject[] gens = new PyObject[3];
            for (int i = 0; i < 3; i++) {
                PyDict st = new PyDict(t);
                // One generation: every collection is a full one, reported as the oldest's.
                putInt(st, "collections", i == 2 ? c.collections() : 0, t);
                putInt(st, "collected", i == 2 ? c.collected() : 0, t);
                putInt(st, "uncollectable", 0, t);
                gens[i] = st;
            }
            return PyList.fromNewRefs(gens, 3, t);
        });
        d.val("garbage", gc(ts).garbage(ts));
        d.val("callbacks", callbacks); // the creation reference belongs to collect()
        d.valNew("DEBUG_STATS", PyInt.of(1, ts));
        d.valNew("DEBUG_COLLECTABLE", PyInt.of(2, ts));
        d.valNew("DEBUG_UNCOLLECTABLE", PyInt.of(4, ts));
        d.valNew("DEBUG_SAVEALL", PyInt.of(Collector.DEBUG_SAVEALL, ts));
        d.valNew("DEBUG_LEAK", PyInt.of(2 | 4 | Collector.DEBUG_SAVEALL, ts));
        return m;
    }

    /**
     * {@code gc.callbacks}: each callable in the list (the list object the module was made
     * with, as in CPython) is called with the phase ("start" or "stop") and an info dict
     * (generation, collected, uncollectable); one that raises is reported and the others run.
     */
    private static void runCallbacks(PyList callbacks, String phase, int gen, long collected, ThreadState ts) {
        if (callbacks.len(ts) == 0) return;
        PyDict info = new PyDict(ts);
        PyStr ph = PyStr.of(phase, ts);
        PyObject[] cbs = callbacks.snapshot(ts);
        try {
            putInt(info, "generation", gen, ts);
            putInt(info, "collected", collected, ts);
            putInt(info, "uncollectable", 0, ts);
            for (PyObject cb : cbs) {
                try {
                    ts.refs.decref(org.interlock.runtime.vm.Calls.call(cb, new PyObject[] {ph, info}, null, ts), ts);
                } catch (org.interlock.runtime.objects.PyException e) {
                    org.interlock.runtime.vm.Errors.unraisable(
                            "Exception ignored in: " + org.interlock.runtime.vm.Repr.repr(cb, ts), e, ts);
                }
            }
        } finally {
            for (PyObject cb : cbs) ts.refs.decref(cb, ts);
            ts.refs.decref(ph, ts);
            ts.refs.decref(info, ts);
        }
    }

    private static Collector gc(ThreadState ts) {
        return ts.space.collector();
    }

    private static void noArgs(String name, PyObject[] a, ThreadState ts) {
        if (a.length != 0) throw ExcTypes.typeError(name + "() takes no arguments (" + a.length + " given)", ts);
    }

    /** The positional-or-keyword argument {@code name} at {@code pos} (borrowed), or null. */
    private static PyObject arg(PyObject[] a, String[] kw, String name, int pos, String fn, int max, ThreadState ts) {
        int npos = a.length - (kw == null ? 0 : kw.length);
        if (npos > max) {
            throw ExcTypes.typeError(fn + "() takes at most " + max + " argument" + (max == 1 ? "" : "s") + " (" + npos
                    + " given)", ts);
        }
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                if (kw[i].equals(name)) return a[npos + i];
                throw ExcTypes.typeError(fn + "() got an unexpected keyword argument '" + kw[i] + "'", ts);
            }
        }
        return pos < npos ? a[pos] : null;
    }

    private static long intArg(PyObject o, ThreadState ts) {
        if (o instanceof PyInt i && i.fitsInt()) return i.longValue();
        if (o instanceof PyInt) throw ExcTypes.raise(ExcTypes.OVERFLOW_ERROR, "Python int too large to convert to C int", ts);
        throw ExcTypes.typeError("'" + Ops.typeName(o) + "' object cannot be interpreted as an integer", ts);
    }

    private static PyList list(List<PyObject> newRefs, ThreadState ts) {
        return PyList.fromNewRefs(newRefs.toArray(new PyObject[0]), newRefs.size(), ts);
    }

    private static void putInt(PyDict d, String key, long v, ThreadState ts) {
        PyObject n = PyInt.of(v, ts);
        d.set(PyStr.intern(key), n, ts);
        ts.refs.decref(n, ts);
    }
}
