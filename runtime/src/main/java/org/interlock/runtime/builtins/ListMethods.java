package org.interlock.runtime.builtins;

import org.interlock.object.OperationError;
import org.interlock.object.PyInt;
import org.interlock.object.PyList;
import org.interlock.object.PyObject;
import org.interlock.object.PyTuple;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.TypeInfo;
import org.interlock.runtime.vm.Iter;
import org.interlock.runtime.vm.Ops;
import org.interlock.runtime.vm.Repr;

/** The methods of {@code list} and {@code tuple}. */
final class ListMethods {
    private ListMethods() {}

    static void init() {
        TypeInfo l = TypeInfo.of(PyList.TYPE);
        l.constructor = (t, a, kw, ts) -> {
            Args.check("list", a, kw, 0, 1, ts);
            if (a.length == 0) return new PyList(ts);
            PyObject[] items = Iter.toArray(a[0], ts);
            return PyList.fromNewRefs(items, items.length, ts);
        };
        l.method("append", (s, a, kw, ts) -> {
            Args.check("append", a, kw, 1, 1, ts);
            ((PyList) s).append(a[0], ts);
            return Ops.NONE;
        });
        l.method("extend", (s, a, kw, ts) -> {
            Args.check("extend", a, kw, 1, 1, ts);
            PyList self = (PyList) s;
            if (a[0] instanceof PyList o) {
                self.extend(o, ts);
                return Ops.NONE;
            }
            PyObject[] items = Iter.toArray(a[0], ts);
            try {
                self.extend(items, ts);
            } finally {
                for (PyObject o : items) ts.refs.decref(o, ts);
            }
            return Ops.NONE;
        });
        l.method("insert", (s, a, kw, ts) -> {
            Args.check("insert", a, kw, 2, 2, ts);
            ((PyList) s).insert(Ops.index(a[0], ts), a[1], ts);
            return Ops.NONE;
        });
        l.method("pop", (s, a, kw, ts) -> {
            Args.check("pop", a, kw, 0, 1, ts);
            PyList self = (PyList) s;
            try {
                if (a.length == 0) {
                    if (self.len(ts) == 0) throw ExcTypes.raise(ExcTypes.INDEX_ERROR, "pop from empty list", ts);
                    return self.pop(ts);
                }
                if (self.len(ts) == 0) throw ExcTypes.raise(ExcTypes.INDEX_ERROR, "pop from empty list", ts);
                return self.pop(Ops.index(a[0], ts), ts);
            } catch (OperationError e) {
                throw ExcTypes.fromOperationError(e, ts);
            }
        });
        l.method("remove", (s, a, kw, ts) -> {
            Args.check("remove", a, kw, 1, 1, ts);
            if (!((PyList) s).remove(a[0], ts)) throw ExcTypes.valueError("list.remove(x): x not in list", ts);
            return Ops.NONE;
        });
        l.method("index", (s, a, kw, ts) -> {
            PyList self = (PyList) s;
            int[] r = StrMethods.range(self.len(ts), a, 1, ts);
            int i = self.index(a[0], r[0], r[1], ts);
            if (i < 0) throw ExcTypes.valueError(Repr.repr(a[0], ts) + " is not in list", ts);
            return PyInt.of(i, ts);
        });
        l.method("count", (s, a, kw, ts) -> PyInt.of(((PyList) s).count(a[0], ts), ts));
        l.method("reverse", (s, a, kw, ts) -> {
            ((PyList) s).reverse(ts);
            return Ops.NONE;
        });
        l.method("clear", (s, a, kw, ts) -> {
            ((PyList) s).clear(ts);
            return Ops.NONE;
        });
        l.method("copy", (s, a, kw, ts) -> {
            PyObject[] items = ((PyList) s).snapshot(ts);
            return PyList.fromNewRefs(items, items.length, ts);
        });
        l.method("sort", (s, a, kw, ts) -> {
            if (Args.npos(a, kw) > 0) throw ExcTypes.typeError("sort() takes no positional arguments", ts);
            Args.onlyKw("sort", kw, ts, "key", "reverse");
            Sorting.sort((PyList) s, Args.kw(a, kw, "key"), Args.kw(a, kw, "reverse"), ts);
            return Ops.NONE;
        });
        l.method("__len__", (s, a, kw, ts) -> PyInt.of(((PyList) s).len(ts), ts));
        l.method("__getitem__", (s, a, kw, ts) -> org.interlock.runtime.vm.Items.getItem(s, a[0], ts));
        l.method("__setitem__", (s, a, kw, ts) -> {
            org.interlock.runtime.vm.Items.setItem(s, a[0], a[1], ts);
            return Ops.NONE;
        });
        l.method("__contains__", (s, a, kw, ts) -> org.interlock.object.PyBool.of(
                org.interlock.runtime.vm.Compare.contains(s, a[0], ts)));
        l.method("__iter__", (s, a, kw, ts) -> Iter.iter(s, ts));
        l.method("__repr__", (s, a, kw, ts) -> Repr.reprObj(s, ts));
        l.method("__eq__", (s, a, kw, ts) -> org.interlock.runtime.vm.Compare.richCompare(s, a[0], 2, ts));

        TypeInfo t = TypeInfo.of(PyTuple.TYPE);
        t.constructor = (ty, a, kw, ts) -> {
            Args.check("tuple", a, kw, 0, 1, ts);
            if (a.length == 0) return PyTuple.EMPTY;
            if (a[0] instanceof PyTuple) return Ops.incref(a[0], ts);
            return PyTuple.fromNewRefs(Iter.toArray(a[0], ts), ts);
        };
        t.method("index", (s, a, kw, ts) -> {
            PyTuple self = (PyTuple) s;
            int[] r = StrMethods.range(self.size(), a, 1, ts);
            for (int i = r[0]; i < r[1]; i++) if (Ops.eq(self.get(i), a[0], ts)) return PyInt.of(i, ts);
            throw ExcTypes.valueError("tuple.index(x): x not in tuple", ts);
        });
        t.method("count", (s, a, kw, ts) -> {
            PyTuple self = (PyTuple) s;
            int n = 0;
            for (int i = 0; i < self.size(); i++) if (Ops.eq(self.get(i), a[0], ts)) n++;
            return PyInt.of(n, ts);
        });
        t.method("__len__", (s, a, kw, ts) -> PyInt.of(((PyTuple) s).size(), ts));
        t.method("__getitem__", (s, a, kw, ts) -> org.interlock.runtime.vm.Items.getItem(s, a[0], ts));
        t.method("__iter__", (s, a, kw, ts) -> Iter.iter(s, ts));
        t.method("__repr__", (s, a, kw, ts) -> Repr.reprObj(s, ts));
        t.method("__hash__", (s, a, kw, ts) -> PyInt.of(Ops.hash(s, ts), ts));
    }
}
