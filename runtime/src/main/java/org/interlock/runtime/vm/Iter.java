package org.interlock.runtime.vm;

import java.util.ArrayList;
import java.util.List;
import org.interlock.object.PyDict;
import org.interlock.object.PyInt;
import org.interlock.object.PyList;
import org.interlock.object.PyObject;
import org.interlock.object.PySet;
import org.interlock.object.PyStr;
import org.interlock.object.PyTuple;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.FuncIter;
import org.interlock.runtime.objects.PyBaseException;
import org.interlock.runtime.objects.PyBytes;
import org.interlock.runtime.objects.PyException;
import org.interlock.runtime.objects.PyIter;
import org.interlock.runtime.objects.PyRange;
import org.interlock.runtime.objects.SeqIter;

/** The iteration protocol: {@code iter()}, {@code next()} returning null at the end. */
public final class Iter {
    private Iter() {}

    public static final PyType DICT_KEYITER = PyType.builtin("dict_keyiterator");
    public static final PyType DICT_VALUEITER = PyType.builtin("dict_valueiterator");
    public static final PyType DICT_ITEMITER = PyType.builtin("dict_itemiterator");
    public static final PyType SET_ITER = PyType.builtin("set_iterator");
    public static final PyType SEQ_ITER = PyType.builtin("iterator");
    public static final PyType BYTES_ITER = PyType.builtin("bytes_iterator");

    /** {@code iter(o)}: a new reference. */
    public static PyObject iter(PyObject o, ThreadState ts) {
        PyObject it = iterOrNull(o, ts);
        if (it == null) throw ExcTypes.typeError("'" + Ops.typeName(o) + "' object is not iterable", ts);
        return it;
    }

    /**
     * {@link #iter}, but null (and nothing raised) when {@code o} is not iterable at all, for
     * callers whose message for that case is their own (unpacking: "cannot unpack
     * non-iterable int object"). Errors raised by an {@code __iter__} still propagate.
     */
    public static PyObject iterOrNull(PyObject o, ThreadState ts) {
        if (o instanceof PyIter) {
            if (o instanceof org.interlock.runtime.objects.PyGenerator g && g.isCoroutine()) {
                throw ExcTypes.typeError("'coroutine' object is not iterable", ts);
            }
            return Ops.incref(o, ts);
        }
        if (o instanceof PyList || o instanceof PyTuple || o instanceof PyStr) return new SeqIter(o, false, ts);
        if (o instanceof PyRange r) return new PyRange.Iter(r.start, r.step, r.length(), ts);
        if (o instanceof PyDict d) return dictIter(d, 0, ts);
        if (o instanceof org.interlock.runtime.objects.DictView v) return dictIter(v.dict, v.kind, ts);
        if (o instanceof PySet s) return arrayIter(SET_ITER, s.snapshot(ts), ts);
        if (o instanceof PyBytes b) {
            int[] i = {0};
            return new FuncIter(BYTES_ITER, t -> i[0] < b.length() ? PyInt.of(b.at(i[0]++), t) : null, ts, b);
        }
        PyObject m = Ops.special(o, Names.__iter__, ts);
        if (m != null && m != Ops.NONE) {
            PyObject it = Ops.callSpecial(m, o, ts);
            if (!(it instanceof PyIter) && Ops.special(it, Names.__next__, ts) == null) {
                String tn = Ops.typeName(it);
                ts.refs.decref(it, ts);
                throw ExcTypes.typeError("iter() returned non-iterator of type '" + tn + "'", ts);
            }
            return it;
        }
        PyObject gi = m == null ? Ops.special(o, Names.__getitem__, ts) : null;
        if (gi != null) {
            long[] i = {0};
            return new FuncIter(SEQ_ITER, t -> {
                PyObject idx = PyInt.of(i[0]++, t);
                try {
                    return Ops.callSpecial(gi, o, t, idx);
                } catch (PyException e) {
                    if (Ops.isInstance(e.exc, ExcTypes.INDEX_ERROR) || Ops.isInstance(e.exc, ExcTypes.STOP_ITERATION)) {
                        t.refs.decref(e.exc, t);
                        return null;
                    }
                    throw e;
                } finally {
                    t.refs.decref(idx, t);
                }
            }, ts, o);
        }
        return null;
    }

    /** An iterator over a dict: kind 0 keys, 1 values, 2 items. */
    public static PyObject dictIter(PyDict d, int kind, ThreadState ts) {
        int size = d.len(ts);
        int[] pos = {0};
        PyObject[] kv = new PyObject[2];
        PyType t = kind == 0 ? DICT_KEYITER : kind == 1 ? DICT_VALUEITER : DICT_ITEMITER;
        return new FuncIter(t, x -> {
            if (pos[0] < 0) return null;
            if (d.len(x) != size) {
                pos[0] = -1;
                throw ExcTypes.raise(ExcTypes.RUNTIME_ERROR, "dictionary changed size during iteration", x);
            }
            int p = d.iterNext(pos[0], kv, x);
            pos[0] = p;
            if (p < 0) return null;
            switch (kind) {
                case 0 -> {
                    x.refs.decref(kv[1], x);
                    return kv[0];
                }
                case 1 -> {
                    x.refs.decref(kv[0], x);
                    return kv[1];
                }
                default -> {
                    return PyTuple.fromNewRefs(new PyObject[] {kv[0], kv[1]}, x);
                }
            }
        }, ts, d);
    }

    /** An iterator over an array of new references (which it owns). */
    public static PyObject arrayIter(PyType type, PyObject[] items, ThreadState ts) {
        int[] i = {0};
        PyTuple holder = PyTuple.fromNewRefs(items, ts);
        PyObject it = new FuncIter(type, t -> i[0] < holder.size() ? holder.getNew(i[0]++, t) : null, ts, holder);
        ts.refs.decref(holder, ts);
        return it;
    }

    /** The next item as a new reference, or null when exhausted. */
    public static PyObject next(PyObject it, ThreadState ts) {
        if (it instanceof PyIter pi) return pi.next(ts);
        PyObject m = Ops.special(it, Names.__next__, ts);
        if (m == null) throw ExcTypes.typeError("'" + Ops.typeName(it) + "' object is not an iterator", ts);
        try {
            return Ops.callSpecial(m, it, ts);
        } catch (PyException e) {
            if (Ops.isInstance(e.exc, ExcTypes.STOP_ITERATION)) {
                ts.refs.decref(e.exc, ts);
                return null;
            }
            throw e;
        }
    }

    /** Every item of an iterable, as new references. */
    public static PyObject[] toArray(PyObject o, ThreadState ts) {
        if (o instanceof PyList l) return l.snapshot(ts);
        if (o instanceof PyTuple t) return t.snapshot(ts);
        return drain(iter(o, ts), ts);
    }

    /** Every item {@code it} still yields (new references); releases the caller's reference to {@code it}. */
    public static PyObject[] drain(PyObject it, ThreadState ts) {
        List<PyObject> out = new ArrayList<>();
        try {
            PyObject x;
            while ((x = next(it, ts)) != null) out.add(x);
        } catch (RuntimeException e) {
            for (PyObject x : out) ts.refs.decref(x, ts);
            throw e;
        } finally {
            ts.refs.decref(it, ts);
        }
        return out.toArray(new PyObject[0]);
    }

    /** The value carried by a StopIteration (new reference), None when it has none. */
    public static PyObject stopValue(PyBaseException e, ThreadState ts) {
        if (e.args().size() > 0) return e.args().getNew(0, ts);
        return Ops.incref(Ops.NONE, ts);
    }
}
