package org.interlock.runtime.builtins;

import org.interlock.object.PyDict;
import org.interlock.object.PyFloat;
import org.interlock.object.PyInt;
import org.interlock.object.PyList;
import org.interlock.object.PyObject;
import org.interlock.object.PySet;
import org.interlock.object.PyStr;
import org.interlock.object.PyTuple;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyBuiltin;
import org.interlock.runtime.objects.PyBytes;
import org.interlock.runtime.objects.PyClass;
import org.interlock.runtime.objects.PyObj;
import org.interlock.runtime.objects.TypeInfo;
import org.interlock.runtime.vm.Builtins;
import org.interlock.runtime.vm.Iter;
import org.interlock.runtime.vm.Ops;

/**
 * Python subclasses of builtin types: an instance is a {@link PyObj} (attributes, the class's
 * methods) whose {@code backing} is a real builtin object holding the value; the builtin
 * type's methods are applied to the backing ({@link org.interlock.runtime.vm.Calls} unwraps
 * self). Containers (dict, list, set) get an empty backing at creation and fill it in
 * {@code __init__}; value types (tuple, int, str, float, frozenset, bytes) get it from
 * {@code T.__new__(cls, ...)} or the constructor.
 */
public final class Subclassing {
    private Subclassing() {}

    static void init() {
        TypeInfo.of(PyDict.TYPE).factory = (cls, ts) -> PyObj.withBacking(cls, new PyDict(ts), ts);
        TypeInfo.of(PyList.TYPE).factory = (cls, ts) -> PyObj.withBacking(cls, new PyList(ts), ts);
        TypeInfo.of(PySet.TYPE).factory = (cls, ts) -> PyObj.withBacking(cls, new PySet(ts), ts);
        TypeInfo.of(PyDict.TYPE).method("__init__", (s, a, kw, ts) -> {
            PyDict d = (PyDict) s;
            int np = Args.npos(a, kw);
            if (np > 1) throw ExcTypes.typeError("dict expected at most 1 argument, got " + np, ts);
            if (np == 1) Builtins.dictUpdateFrom(d, a[0], ts);
            if (kw != null) for (int i = 0; i < kw.length; i++) d.set(PyStr.intern(kw[i]), a[np + i], ts);
            return Ops.NONE;
        });
        TypeInfo.of(PyList.TYPE).method("__init__", (s, a, kw, ts) -> {
            PyList l = (PyList) s;
            PyObject[] items = a.length > 0 ? Iter.toArray(a[0], ts) : new PyObject[0];
            try {
                l.replaceAll(items, ts);
            } finally {
                for (PyObject o : items) ts.refs.decref(o, ts);
            }
            return Ops.NONE;
        });
        TypeInfo.of(PySet.TYPE).method("__init__", (s, a, kw, ts) -> {
            PySet st = (PySet) s;
            st.clear(ts);
            if (a.length > 0) {
                PyObject[] items = Iter.toArray(a[0], ts);
                try {
                    st.update(items, ts);
                } finally {
                    for (PyObject o : items) ts.refs.decref(o, ts);
                }
            }
            return Ops.NONE;
        });
        for (PyType t : new PyType[] {PyDict.TYPE, PyList.TYPE, PyTuple.TYPE, PySet.TYPE, PySet.FROZEN_TYPE}) {
            TypeInfo ti = TypeInfo.of(t);
            String[] names = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
            for (int op = 0; op < 6; op++) {
                int o = op;
                ti.method(names[op], (s, a, kw, ts) -> {
                    PyObject other = Ops.backing(a[0]) != null ? Ops.backing(a[0]) : a[0];
                    if (other.type() != s.type() && !(s instanceof PySet && other instanceof PySet)) {
                        return org.interlock.runtime.objects.Singletons.NOT_IMPLEMENTED;
                    }
                    return org.interlock.runtime.vm.Compare.richCompare(s, other, o, ts);
                });
            }
        }
        for (PyType t : new PyType[] {PyTuple.TYPE, PyInt.TYPE, PyStr.TYPE, PyFloat.TYPE, PySet.FROZEN_TYPE, PyBytes.BYTES}) {
            subclassableByValue(t);
        }
    }

    /**
     * Lets Python classes subclass builtin type {@code t} whose instance is made whole by its
     * constructor (its value, or a mutable object's fixed parameters such as an array's
     * typecode): {@code T.__new__(cls, ...)} builds the builtin instance that backs the
     * subclass instance.
     */
    public static void subclassableByValue(PyType t) {
        TypeInfo ti = TypeInfo.of(t);
        ti.valueBase = true;
        ti.attr("__new__", new PyBuiltin("__new__", false, t.name(), (s, a, kw, ts) -> {
            if (a.length == 0 || !(a[0] instanceof PyType cls)) {
                throw ExcTypes.typeError(t.name() + ".__new__(X): X is not a type object", ts);
            }
            PyObject[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            PyObject value = ti.constructor.call(t, rest, kw, ts);
            if (!(cls instanceof PyClass)) return value;
            return PyObj.withBacking(cls, value, ts);
        }));
    }
}
