package org.interlock.runtime.builtins;

import org.interlock.object.PyDict;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyTuple;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyBuiltin;
import org.interlock.runtime.objects.PyCell;
import org.interlock.runtime.objects.PyClass;
import org.interlock.runtime.objects.PyDescriptor;
import org.interlock.runtime.objects.PyFunction;
import org.interlock.runtime.objects.PyMethod;
import org.interlock.runtime.vm.Calls;
import org.interlock.runtime.vm.Eval;
import org.interlock.runtime.vm.ExecState;
import org.interlock.runtime.vm.Frame;
import org.interlock.runtime.vm.Names;
import org.interlock.runtime.vm.Ops;

/** {@code __build_class__} and {@code type(name, bases, ns)}. */
final class ClassBuilder {
    private ClassBuilder() {}

    static PyObject buildClass(PyObject self, PyObject[] a, String[] kw, ThreadState ts) {
        int np = Args.npos(a, kw);
        if (np < 2 || !(a[0] instanceof PyFunction body)) throw ExcTypes.typeError("__build_class__: func must be a function", ts);
        PyObject name = a[1];
        PyObject[] bases = new PyObject[np - 2];
        System.arraycopy(a, 2, bases, 0, bases.length);
        PyObject meta = Args.kw(a, kw, "metaclass");
        PyDict ns = new PyDict(ts);
        try {
            Frame f = new Frame(body.code, body, body.globals, ExecState.of(ts).interp.builtinsDict(), ns);
            if (body.code.ncells + body.code.nfree > 0) initCells(f, body, ts);
            PyObject cell = Eval.run(f, ts);
            try {
                PyTuple bt = PyTuple.of(bases, ts);
                try {
                    PyObject cls;
                    if (meta != null && meta != PyType.TYPE && !(meta instanceof PyType)) {
                        cls = Calls.call(meta, new PyObject[] {name, bt, ns}, null, ts);
                    } else {
                        cls = makeClass(PyType.TYPE, name, bt, ns, otherKw(a, kw), ts);
                    }
                    if (cell instanceof PyCell c) c.set(cls, ts);
                    return cls;
                } finally {
                    ts.refs.decref(bt, ts);
                }
            } finally {
                ts.refs.decref(cell, ts);
            }
        } finally {
            ts.refs.decref(ns, ts);
        }
    }

    private static String[] otherKw(PyObject[] a, String[] kw) {
        return kw;
    }

    private static void initCells(Frame f, PyFunction fn, ThreadState ts) {
        int n = fn.code.nlocals;
        for (int i = 0; i < fn.code.ncells; i++) f.s[n + i] = new PyCell(null, ts);
        if (fn.closure != null) {
            for (int i = 0; i < fn.code.nfree; i++) {
                ts.refs.incref(fn.closure[i], ts);
                f.s[n + fn.code.ncells + i] = fn.closure[i];
            }
        }
    }

    /** Makes a class from a namespace, as {@code type.__new__} does. */
    static PyObject makeClass(PyType meta, PyObject nameO, PyObject basesO, PyDict ns, String[] kw, ThreadState ts) {
        if (!(nameO instanceof PyStr name)) throw ExcTypes.typeError("type.__new__() argument 1 must be str", ts);
        PyTuple bt = (PyTuple) basesO;
        PyType[] bases = new PyType[bt.size()];
        for (int i = 0; i < bases.length; i++) {
            if (!(bt.get(i) instanceof PyType t)) throw ExcTypes.typeError("bases must be types", ts);
            if (t == org.interlock.object.PyBool.TYPE) {
                throw ExcTypes.typeError("type 'bool' is not an acceptable base type", ts);
            }
            bases[i] = t;
        }
        // implicit conversions, as type.__new__ does
        wrap(ns, "__init_subclass__", PyDescriptor.Kind.CLASSMETHOD, ts);
        wrap(ns, "__class_getitem__", PyDescriptor.Kind.CLASSMETHOD, ts);
        wrap(ns, "__new__", PyDescriptor.Kind.STATICMETHOD, ts);
        if (ns.contains(Names.__eq__, ts) && !ns.contains(Names.__hash__, ts)) ns.set(Names.__hash__, Ops.NONE, ts);
        ns.delete(Names.__classcell__, ts);
        if (!ns.contains(Names.__module__, ts)) {
            Frame f = ExecState.of(ts).frame;
            PyObject mod = f == null ? null : f.globals.get(Names.__name__, ts);
            if (mod != null) {
                ns.set(Names.__module__, mod, ts);
                ts.refs.decref(mod, ts);
            }
        }
        if (!ns.contains(Names.__qualname__, ts)) ns.set(Names.__qualname__, name, ts);
        PyClass cls = PyClass.create(name.value(), bases, ns, ts);
        cls.slots = slotsOf(cls, ts);
        if (cls.slots == null) cls.inheritedSlots = declaredSlots(cls, ts);
        if (cls.lookup(Names.__del__, ts) != null) Ops.installFinalizer(cls);
        // __set_name__
        PyObject[] items = cls.dict.items(ts);
        try {
            for (int i = 0; i < items.length; i += 2) {
                PyObject v = items[i + 1];
                if (v.type() instanceof PyClass) {
                    PyObject sn = Ops.special(v, Names.__set_name__, ts);
                    if (sn != null) ts.refs.decref(Ops.callSpecial(sn, v, ts, cls, items[i]), ts);
                }
            }
        } finally {
            for (PyObject o : items) ts.refs.decref(o, ts);
        }
        // the parent's __init_subclass__
        PyObject[] mro = cls.mro;
        for (int i = 1; i < mro.length; i++) {
            PyType t = (PyType) mro[i];
            PyObject isc = t instanceof PyClass c ? dictGet(c.dict, Names.__init_subclass__, ts) : null;
            if (isc instanceof PyDescriptor d && d.kind == PyDescriptor.Kind.CLASSMETHOD) {
                PyObject m = new PyMethod(d.fget, cls, ts);
                try {
                    int nkw = kw == null ? 0 : kw.length;
                    ts.refs.decref(Calls.call(m, new PyObject[0], null, ts), ts);
                    if (nkw > 0) { /* keyword arguments of a class statement go to __init_subclass__ only */ }
                } finally {
                    ts.refs.decref(m, ts);
                }
                break;
            }
        }
        return cls;
    }

    /** The union of __slots__ along the MRO, or null if some class lacks __slots__ (or lists __dict__). */
    private static java.util.Set<String> slotsOf(PyClass cls, ThreadState ts) {
        java.util.Set<String> all = new java.util.HashSet<>();
        for (PyType t : cls.mro) {
            if (t == PyType.OBJECT) continue;
            if (!(t instanceof PyClass c)) return null;
            PyObject sl = dictGet(c.dict, Names.__slots__, ts);
            if (sl == null) return null;
            if (sl instanceof PyStr s) {
                all.add(s.value());
            } else {
                for (PyObject o : org.interlock.runtime.vm.Iter.toArray(sl, ts)) {
                    all.add(o.toString());
                    ts.refs.decref(o, ts);
                }
            }
        }
        if (all.contains("__dict__")) return null;
        return all;
    }

    /** The names declared in __slots__ anywhere along the MRO (except "__dict__"), or null if none. */
    private static java.util.Set<String> declaredSlots(PyClass cls, ThreadState ts) {
        java.util.Set<String> all = new java.util.HashSet<>();
        for (PyType t : cls.mro) {
            if (!(t instanceof PyClass c)) continue;
            PyObject sl = dictGet(c.dict, Names.__slots__, ts);
            if (sl == null) continue;
            if (sl instanceof PyStr s) {
                all.add(s.value());
            } else {
                for (PyObject o : org.interlock.runtime.vm.Iter.toArray(sl, ts)) {
                    all.add(o.toString());
                    ts.refs.decref(o, ts);
                }
            }
        }
        all.remove("__dict__");
        all.remove("__weakref__");
        return all.isEmpty() ? null : all;
    }

    private static PyObject dictGet(PyDict d, PyStr k, ThreadState ts) {
        PyObject v = d.get(k, ts);
        if (v != null) ts.refs.decref(v, ts);
        return v;
    }

    private static void wrap(PyDict ns, String name, PyDescriptor.Kind kind, ThreadState ts) {
        PyStr k = PyStr.intern(name);
        PyObject v = ns.get(k, ts);
        if (v == null) return;
        try {
            if (v instanceof PyFunction || v instanceof PyBuiltin) {
                PyDescriptor d = new PyDescriptor(kind, v, null, null, null, ts);
                ns.set(k, d, ts);
                ts.refs.decref(d, ts);
            }
        } finally {
            ts.refs.decref(v, ts);
        }
    }
}
