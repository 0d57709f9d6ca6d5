package org.interlock.runtime.vm;

import org.interlock.object.PyDict;
import org.interlock.object.PyObject;
import org.interlock.object.PySet;
import org.interlock.object.PyTuple;
import org.interlock.object.ThreadState;
import org.interlock.runtime.compiler.Op;
import org.interlock.runtime.objects.ExcTypes;

/** Set algebra and dict updates shared by operators and methods. */
public final class Builtins {
    private Builtins() {}

    /** {@code a OP b} for sets: | & - ^ (in place on {@code a} when asked). */
    public static PyObject setOp(int op, PySet a, PySet b, boolean inplace, ThreadState ts) {
        PyObject[] bs = b.snapshot(ts);
        PyObject[] as = a.snapshot(ts);
        try {
            PySet out = inplace ? a : new PySet(a.isFrozen(), ts);
            switch (op) {
                case Op.B_OR -> {
                    if (!inplace) out.update(as, ts);
                    out.update(bs, ts);
                }
                case Op.B_AND -> {
                    if (inplace) out.clear(ts);
                    for (PyObject x : as) if (b.contains(x, ts)) out.add(x, ts);
                }
                case Op.B_SUB -> {
                    if (inplace) {
                        for (PyObject x : bs) out.discard(x, ts);
                    } else {
                        for (PyObject x : as) if (!b.contains(x, ts)) out.add(x, ts);
                    }
                }
                default -> {
                    if (inplace) {
                        for (PyObject x : bs) if (!out.discard(x, ts)) out.add(x, ts);
                    } else {
                        for (PyObject x : as) if (!b.contains(x, ts)) out.add(x, ts);
                        for (PyObject x : bs) if (!a.contains(x, ts)) out.add(x, ts);
                    }
                }
            }
            if (inplace) ts.refs.incref(out, ts);
            return out;
        } finally {
            for (PyObject x : as) ts.refs.decref(x, ts);
            for (PyObject x : bs) ts.refs.decref(x, ts);
        }
    }

    /** Set comparisons: subset/superset orderings and equality. */
    public static boolean setCompare(PySet a, PySet b, int op, ThreadState ts) {
        int la = a.len(ts), lb = b.len(ts);
        return switch (op) {
            case Op.C_EQ -> la == lb && subset(a, b, ts);
            case Op.C_NE -> !(la == lb && subset(a, b, ts));
            case Op.C_LE -> subset(a, b, ts);
            case Op.C_LT -> la < lb && subset(a, b, ts);
            case Op.C_GE -> subset(b, a, ts);
            default -> lb < la && subset(b, a, ts);
        };
    }

    public static boolean subset(PySet a, PySet b, ThreadState ts) {
        PyObject[] as = a.snapshot(ts);
        try {
            for (PyObject x : as) if (!b.contains(x, ts)) return false;
            return true;
        } finally {
            for (PyObject x : as) ts.refs.decref(x, ts);
        }
    }

    /** {@code dst.update(src)} for a mapping with keys() or an iterable of pairs. */
    public static void dictUpdateFrom(PyDict dst, PyObject src, ThreadState ts) {
        if (src instanceof PyDict d) {
            dst.update(d, ts);
            return;
        }
        PyObject keys = Ops.getAttrOrNull(src, Names.keys, ts);
        if (keys != null) {
            PyObject ks = Calls.call(keys, new PyObject[0], null, ts);
            ts.refs.decref(keys, ts);
            PyObject[] karr = Iter.toArray(ks, ts);
            ts.refs.decref(ks, ts);
            try {
                for (PyObject k : karr) {
                    PyObject v = Items.getItem(src, k, ts);
                    dst.set(k, v, ts);
                    ts.refs.decref(v, ts);
                }
            } finally {
                for (PyObject k : karr) ts.refs.decref(k, ts);
            }
            return;
        }
        PyObject[] items = Iter.toArray(src, ts);
        try {
            for (int i = 0; i < items.length; i++) {
                PyObject[] kv;
                try {
                    kv = Iter.toArray(items[i], ts);
                } catch (org.interlock.runtime.objects.PyException e) {
                    if (!Ops.isInstance(e.exc, ExcTypes.TYPE_ERROR)) throw e;
                    ts.refs.decref(e.exc, ts);
                    throw ExcTypes.typeError("cannot convert dictionary update sequence element #" + i + " to a sequence", ts);
                }
                try {
                    if (kv.length != 2) {
                        throw ExcTypes.valueError("dictionary update sequence element #" + i + " has length " + kv.length
                                + "; 2 is required", ts);
                    }
                    dst.set(kv[0], kv[1], ts);
                } finally {
                    for (PyObject x : kv) ts.refs.decref(x, ts);
                }
            }
        } finally {
            for (PyObject x : items) ts.refs.decref(x, ts);
        }
    }

    /** A tuple from new references. */
    public static PyTuple tupleOfNew(ThreadState ts, PyObject... items) {
        return PyTuple.fromNewRefs(items, ts);
    }
}
