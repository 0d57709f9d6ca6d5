package org.interlock.runtime.builtins;

import org.interlock.object.PyBool;
import org.interlock.object.PyDict;
import org.interlock.object.PyInt;
import org.interlock.object.PyObject;
import org.interlock.object.PySet;
import org.interlock.object.PyTuple;
import org.interlock.object.ThreadState;
import org.interlock.runtime.compiler.Op;
import org.interlock.runtime.objects.DictView;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyBuiltin;
import org.interlock.runtime.objects.TypeInfo;
import org.interlock.runtime.vm.Builtins;
import org.interlock.runtime.vm.Iter;
import org.interlock.runtime.vm.Ops;
import org.interlock.runtime.vm.Repr;

/** The methods of {@code dict}, its views, {@code set} and {@code frozenset}. */
final class DictMethods {
    private DictMethods() {}

    static void init() {
        TypeInfo d = TypeInfo.of(PyDict.TYPE);
        d.constructor = (t, a, kw, ts) -> {
            PyDict r = new PyDict(ts);
            try {
                int np = Args.npos(a, kw);
                if (np > 1) throw ExcTypes.typeError("dict expected at most 1 argument, got " + np, ts);
                if (np == 1) Builtins.dictUpdateFrom(r, a[0], ts);
                if (kw != null) for (int i = 0; i < kw.length; i++) r.set(org.interlock.object.PyStr.intern(kw[i]), a[np + i], ts);
            } catch (RuntimeException e) {
                ts.refs.decref(r, ts);
                throw e;
            }
            return r;
        };
        d.method("get", (s, a, kw, ts) -> {
            Args.check("get", a, kw, 1, 2, ts);
            PyObject v = ((PyDict) s).get(a[0], Ops.hash(a[0], ts), ts);
            return v != null ? v : Ops.incref(a.length > 1 ? a[1] : Ops.NONE, ts);
        });
        d.method("setdefault", (s, a, kw, ts) -> {
            Args.check("setdefault", a, kw, 1, 2, ts);
            Ops.hash(a[0], ts);
            return ((PyDict) s).setDefault(a[0], a.length > 1 ? a[1] : Ops.NONE, ts);
        });
        d.method("pop", (s, a, kw, ts) -> {
            Args.check("pop", a, kw, 1, 2, ts);
            Ops.hash(a[0], ts);
            PyObject v = ((PyDict) s).pop(a[0], ts);
            if (v != null) return v;
            if (a.length > 1) return Ops.incref(a[1], ts);
            throw ExcTypes.raiseArgs(ExcTypes.KEY_ERROR, ts, a[0]);
        });
        d.method("popitem", (s, a, kw, ts) -> {
            PyObject[] kv = ((PyDict) s).popItem(ts);
            if (kv == null) throw ExcTypes.raise(ExcTypes.KEY_ERROR, "popitem(): dictionary is empty", ts);
            return PyTuple.fromNewRefs(kv, ts);
        });
        d.method("update", (s, a, kw, ts) -> {
            PyDict self = (PyDict) s;
            int np = Args.npos(a, kw);
            if (np > 0) Builtins.dictUpdateFrom(self, a[0], ts);
            if (kw != null) for (int i = 0; i < kw.length; i++) self.set(org.interlock.object.PyStr.intern(kw[i]), a[np + i], ts);
            return Ops.NONE;
        });
        d.method("keys", (s, a, kw, ts) -> new DictView((PyDict) s, 0, ts));
        d.method("values", (s, a, kw, ts) -> new DictView((PyDict) s, 1, ts));
        d.method("items", (s, a, kw, ts) -> new DictView((PyDict) s, 2, ts));
        d.method("copy", (s, a, kw, ts) -> ((PyDict) s).copy(ts));
        d.method("clear", (s, a, kw, ts) -> {
            ((PyDict) s).clear(ts);
            return Ops.NONE;
        });
        d.attr("fromkeys", new PyBuiltin("fromkeys", false, "dict", (s, a, kw, ts) -> {
            PyDict r = new PyDict(ts);
            PyObject[] keys = Iter.toArray(a[0], ts);
            try {
                for (PyObject k : keys) r.set(k, a.length > 1 ? a[1] : Ops.NONE, ts);
            } finally {
                for (PyObject k : keys) ts.refs.decref(k, ts);
            }
            return r;
        }));
        d.method("__len__", (s, a, kw, ts) -> PyInt.of(((PyDict) s).len(ts), ts));
        d.method("__getitem__", (s, a, kw, ts) -> org.interlock.runtime.vm.Items.getItem(s, a[0], ts));
        d.method("__setitem__", (s, a, kw, ts) -> {
            org.interlock.runtime.vm.Items.setItem(s, a[0], a[1], ts);
            return Ops.NONE;
        });
        d.method("__delitem__", (s, a, kw, ts) -> {
            org.interlock.runtime.vm.Items.delItem(s, a[0], ts);
            return Ops.NONE;
        });
        d.method("__contains__", (s, a, kw, ts) -> PyBool.of(((PyDict) s).contains(a[0], ts)));
        d.method("__iter__", (s, a, kw, ts) -> Iter.iter(s, ts));
        d.method("__repr__", (s, a, kw, ts) -> Repr.reprObj(s, ts));

        for (org.interlock.object.PyType vt : new org.interlock.object.PyType[] {DictView.KEYS, DictView.VALUES, DictView.ITEMS}) {
            TypeInfo v = TypeInfo.of(vt);
            v.method("__iter__", (s, a, kw, ts) -> Iter.dictIter(((DictView) s).dict, ((DictView) s).kind, ts));
            v.method("__len__", (s, a, kw, ts) -> PyInt.of(((DictView) s).dict.len(ts), ts));
            v.method("__contains__", (s, a, kw, ts) -> {
                DictView dv = (DictView) s;
                if (dv.kind == 0) return PyBool.of(dv.dict.contains(a[0], ts));
                PyObject it = Iter.dictIter(dv.dict, dv.kind, ts);
                try {
                    PyObject x;
                    while ((x = Iter.next(it, ts)) != null) {
                        boolean eq = Ops.eq(x, a[0], ts);
                        ts.refs.decref(x, ts);
                        if (eq) return PyBool.TRUE;
                    }
                    return PyBool.FALSE;
                } finally {
                    ts.refs.decref(it, ts);
                }
            });
            v.method("__repr__", (s, a, kw, ts) -> {
                DictView dv = (DictView) s;
                PyObject[] items = Iter.toArray(s, ts);
                try {
                    PyObject l = org.interlock.object.PyList.of(items, ts);
                    String r = Repr.repr(l, ts);
                    ts.refs.decref(l, ts);
                    return org.interlock.object.PyStr.of(dv.type().name() + "(" + r + ")", ts);
                } finally {
                    for (PyObject o : items) ts.refs.decref(o, ts);
                }
            });
        }

        setMethods(TypeInfo.of(PySet.TYPE), false);
        setMethods(TypeInfo.of(PySet.FROZEN_TYPE), true);
    }

    private static PySet toSet(PyObject o, ThreadState ts) {
        if (o instanceof PySet s) return (PySet) Ops.incref(s, ts);
        PyObject[] items = Iter.toArray(o, ts);
        try {
            return PySet.of(false, items, ts);
        } finally {
            for (PyObject x : items) ts.refs.decref(x, ts);
        }
    }

    private static PyObject op(int op, PyObject s, PyObject[] a, ThreadState ts) {
        PyObject acc = Ops.incref(s, ts);
        if (a.length == 0) {
            PyObject r = ((PySet) s).copy(((PySet) s).isFrozen(), ts);
            ts.refs.decref(acc, ts);
            return r;
        }
        for (PyObject o : a) {
            PySet other = toSet(o, ts);
            try {
                PyObject r = Builtins.setOp(op, (PySet) acc, other, false, ts);
                ts.refs.decref(acc, ts);
                acc = r;
            } finally {
                ts.refs.decref(other, ts);
            }
        }
        return acc;
    }

    private static void setMethods(TypeInfo t, boolean frozen) {
        t.constructor = (ty, a, kw, ts) -> {
            Args.check(frozen ? "frozenset" : "set", a, kw, 0, 1, ts);
            if (a.length == 0) return new PySet(frozen, ts);
            if (frozen && a[0] instanceof PySet ps && ps.isFrozen()) return Ops.incref(ps, ts);
            PyObject[] items = Iter.toArray(a[0], ts);
            try {
                return PySet.of(frozen, items, ts);
            } finally {
                for (PyObject x : items) ts.refs.decref(x, ts);
            }
        };
        t.method("union", (s, a, kw, ts) -> op(Op.B_OR, s, a, ts));
        t.method("intersection", (s, a, kw, ts) -> op(Op.B_AND, s, a, ts));
        t.method("difference", (s, a, kw, ts) -> op(Op.B_SUB, s, a, ts));
        t.method("symmetric_difference", (s, a, kw, ts) -> op(Op.B_XOR, s, a, ts));
        t.method("issubset", (s, a, kw, ts) -> {
            PySet o = toSet(a[0], ts);
            try {
                return PyBool.of(Builtins.subset((PySet) s, o, ts));
            } finally {
                ts.refs.decref(o, ts);
            }
        });
        t.method("issuperset", (s, a, kw, ts) -> {
            PySet o = toSet(a[0], ts);
            try {
                return PyBool.of(Builtins.subset(o, (PySet) s, ts));
            } finally {
                ts.refs.decref(o, ts);
            }
        });
        t.method("isdisjoint", (s, a, kw, ts) -> {
            PySet o = toSet(a[0], ts);
            try {
                for (PyObject x : o.snapshot(ts)) {
                    boolean in = ((PySet) s).contains(x, ts);
                    ts.refs.decref(x, ts);
                    if (in) return PyBool.FALSE;
                }
                return PyBool.TRUE;
            } finally {
                ts.refs.decref(o, ts);
            }
        });
        t.method("copy", (s, a, kw, ts) -> ((PySet) s).copy(frozen, ts));
        t.method("__len__", (s, a, kw, ts) -> PyInt.of(((PySet) s).len(ts), ts));
        t.method("__contains__", (s, a, kw, ts) -> PyBool.of(((PySet) s).contains(a[0], ts)));
        t.method("__iter__", (s, a, kw, ts) -> Iter.iter(s, ts));
        t.method("__repr__", (s, a, kw, ts) -> Repr.reprObj(s, ts));
        if (frozen) return;
        t.method("add", (s, a, kw, ts) -> {
            Args.check("add", a, kw, 1, 1, ts);
            Ops.hash(a[0], ts);
            ((PySet) s).add(a[0], ts);
            return Ops.NONE;
        });
        t.method("remove", (s, a, kw, ts) -> {
            Ops.hash(a[0], ts);
            if (!((PySet) s).discard(a[0], ts)) throw ExcTypes.raiseArgs(ExcTypes.KEY_ERROR, ts, a[0]);
            return Ops.NONE;
        });
        t.method("discard", (s, a, kw, ts) -> {
            Ops.hash(a[0], ts);
            ((PySet) s).discard(a[0], ts);
            return Ops.NONE;
        });
        t.method("pop", (s, a, kw, ts) -> {
            PyObject v = ((PySet) s).pop(ts);
            if (v == null) throw ExcTypes.raise(ExcTypes.KEY_ERROR, "pop from an empty set", ts);
            return v;
        });
        t.method("clear", (s, a, kw, ts) -> {
            ((PySet) s).clear(ts);
            return Ops.NONE;
        });
        t.method("update", (s, a, kw, ts) -> inplace(Op.B_OR, s, a, ts));
        t.method("intersection_update", (s, a, kw, ts) -> inplace(Op.B_AND, s, a, ts));
        t.method("difference_update", (s, a, kw, ts) -> inplace(Op.B_SUB, s, a, ts));
        t.method("symmetric_difference_update", (s, a, kw, ts) -> inplace(Op.B_XOR, s, a, ts));
    }

    private static PyObject inplace(int op, PyObject s, PyObject[] a, ThreadState ts) {
        for (PyObject o : a) {
            PySet other = toSet(o, ts);
            try {
                ts.refs.decref(Builtins.setOp(op, (PySet) s, other, true, ts), ts);
            } finally {
                ts.refs.decref(other, ts);
            }
        }
        return Ops.NONE;
    }
}
