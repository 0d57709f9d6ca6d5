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
import org.interlock.runtime.objects.PyException;
import org.interlock.runtime.objects.PyFunction;
import org.interlock.runtime.objects.PyMethod;
import org.interlock.runtime.objects.TypeInfo;
import org.interlock.runtime.vm.Calls;
import org.interlock.runtime.vm.Eval;
import org.interlock.runtime.vm.ExecState;
import org.interlock.runtime.vm.Frame;
import org.interlock.runtime.vm.Items;
import org.interlock.runtime.vm.Names;
import org.interlock.runtime.vm.Ops;

/** {@code __build_class__} and {@code type(name, bases, ns)}. */
public final class ClassBuilder {
    private ClassBuilder() {}

    /**
     * {@code __build_class__(func, name, *bases, metaclass=..., **kw)}: resolves base entries
     * ({@code __mro_entries__}), picks the most derived metaclass, asks it for the namespace
     * ({@code __prepare__}), runs the body in it, then calls the metaclass.
     */
    static PyObject buildClass(PyObject self, PyObject[] a, String[] kw, ThreadState ts) {
        int np = Args.npos(a, kw);
        if (np < 2 || !(a[0] instanceof PyFunction body)) throw ExcTypes.typeError("__build_class__: func must be a function", ts);
        PyObject name = a[1];
        PyObject meta = null;
        java.util.List<String> kwn = new java.util.ArrayList<>();
        java.util.List<PyObject> kwv = new java.util.ArrayList<>();
        int nkw = kw == null ? 0 : kw.length;
        for (int i = 0; i < nkw; i++) {
            if (kw[i].equals("metaclass")) {
                meta = a[np + i];
            } else {
                kwn.add(kw[i]);
                kwv.add(a[np + i]);
            }
        }
        String[] okw = kwn.isEmpty() ? null : kwn.toArray(new String[0]);
        PyObject[] origBases = java.util.Arrays.copyOfRange(a, 2, np);
        PyTuple bt = resolveBases(origBases, ts);
        try {
            if (meta == null) meta = bt.size() == 0 ? PyType.TYPE : bt.get(0).type();
            if (meta instanceof PyType mt) meta = calculateMeta(mt, bt, ts);
            PyObject ns = prepare(meta, name, bt, kwv, okw, ts);
            try {
                PyDict nsDict = ns instanceof PyDict d ? d : null;
                Frame f = new Frame(body.code, body, body.globals, ExecState.of(ts).interp.builtinsDict(), nsDict);
                if (nsDict == null) f.mapping = ns;
                if (body.code.ncells + body.code.nfree > 0) initCells(f, body, ts);
                if (bt.size() != origBases.length || !sameItems(bt, origBases)) {
                    PyTuple orig = PyTuple.of(origBases, ts);
                    try {
                        Items.setItem(ns, PyStr.intern("__orig_bases__"), orig, ts);
                    } finally {
                        ts.refs.decref(orig, ts);
                    }
                }
                PyObject cell = Eval.run(f, ts);
                try {
                    PyObject[] args = new PyObject[3 + kwv.size()];
                    args[0] = name;
                    args[1] = bt;
                    args[2] = ns;
                    for (int i = 0; i < kwv.size(); i++) args[3 + i] = kwv.get(i);
                    PyObject cls = Calls.call(meta, args, okw, ts);
                    if (cell instanceof PyCell c && cls instanceof PyType) c.set(cls, ts);
                    return cls;
                } finally {
                    ts.refs.decref(cell, ts);
                }
            } finally {
                ts.refs.decref(ns, ts);
            }
        } finally {
            ts.refs.decref(bt, ts);
        }
    }

    private static boolean sameItems(PyTuple t, PyObject[] a) {
        for (int i = 0; i < a.length; i++) if (t.get(i) != a[i]) return false;
        return true;
    }

    /** The bases with {@code __mro_entries__} applied to non-class entries (PEP 560); a new tuple. */
    private static PyTuple resolveBases(PyObject[] bases, ThreadState ts) {
        java.util.List<PyObject> out = new java.util.ArrayList<>();
        java.util.List<PyObject> owned = new java.util.ArrayList<>();
        try {
            PyTuple orig = null;
            for (PyObject b : bases) {
                PyObject me = b instanceof PyType ? null : Ops.getAttrOrNull(b, PyStr.intern("__mro_entries__"), ts);
                if (me == null) {
                    out.add(b);
                    continue;
                }
                try {
                    if (orig == null) orig = PyTuple.of(bases, ts);
                    PyObject r = Calls.call1(me, orig, ts);
                    owned.add(r);
                    if (!(r instanceof PyTuple rt)) throw ExcTypes.typeError("__mro_entries__ must return a tuple", ts);
                    for (int i = 0; i < rt.size(); i++) out.add(rt.get(i));
                } finally {
                    ts.refs.decref(me, ts);
                }
            }
            if (orig != null) owned.add(orig);
            return PyTuple.of(out.toArray(new PyObject[0]), ts);
        } finally {
            for (PyObject o : owned) ts.refs.decref(o, ts);
        }
    }

    /**
     * The most derived of {@code meta} and the bases' metaclasses; TypeError when two are
     * unrelated (CPython's {@code _PyType_CalculateMetaclass}). Borrowed.
     */
    static PyType calculateMeta(PyType meta, PyTuple bases, ThreadState ts) {
        PyType winner = meta;
        for (int i = 0; i < bases.size(); i++) {
            PyType t = bases.get(i).type();
            if (Ops.isSubtype(winner, t)) continue;
            if (Ops.isSubtype(t, winner)) {
                winner = t;
                continue;
            }
            throw ExcTypes.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases", ts);
        }
        return winner;
    }

    /** The class body's namespace: {@code meta.__prepare__(name, bases, **kw)}, or a new dict. */
    private static PyObject prepare(PyObject meta, PyObject name, PyTuple bases, java.util.List<PyObject> kwv,
                                    String[] kw, ThreadState ts) {
        PyObject pm = meta instanceof PyType mt ? Ops.typeLookup(mt, PREPARE, ts) : null;
        if (meta instanceof PyType && (pm == null || pm instanceof PyBuiltin)) return new PyDict(ts);
        PyObject p = Ops.getAttrOrNull(meta, PREPARE, ts);
        if (p == null) return new PyDict(ts);
        try {
            PyObject[] args = new PyObject[2 + kwv.size()];
            args[0] = name;
            args[1] = bases;
            for (int i = 0; i < kwv.size(); i++) args[2 + i] = kwv.get(i);
            PyObject ns = Calls.call(p, args, kw, ts);
            if (!(ns instanceof PyDict) && Ops.special(ns, Names.__getitem__, ts) == null) {
                String mn = meta instanceof PyType mt ? mt.name() : "<metaclass>";
                ts.refs.decref(ns, ts);
                throw ExcTypes.typeError(mn + ".__prepare__() must return a mapping, not " + Ops.typeName(ns), ts);
            }
            return ns;
        } finally {
            ts.refs.decref(p, ts);
        }
    }

    private static final PyStr PREPARE = PyStr.intern("__prepare__");

    /**
     * {@code type.__new__(meta, name, bases, ns, **kw)}: {@code a} holds the metaclass, the three
     * positional arguments, then the keyword values. A more derived metaclass among the bases
     * takes over (its own {@code __new__} if it has one).
     */
    static PyObject typeNew(PyObject[] a, String[] kw, ThreadState ts) {
        int np = Args.npos(a, kw);
        if (np == 0 || !(a[0] instanceof PyType meta)) throw ExcTypes.typeError("type.__new__(X): X is not a type object", ts);
        if (!Ops.isSubtype(meta, PyType.TYPE)) {
            throw ExcTypes.typeError("type.__new__(" + meta.name() + "): " + meta.name() + " is not a subtype of type", ts);
        }
        if (np == 2 && meta == PyType.TYPE && kw == null) return Ops.incref(a[1].type(), ts);
        if (np != 4) throw ExcTypes.typeError("type.__new__() takes exactly 3 arguments (" + (np - 1) + " given)", ts);
        if (!(a[1] instanceof PyStr)) {
            throw ExcTypes.typeError("type.__new__() argument 1 must be str, not " + Ops.typeName(a[1]), ts);
        }
        if (!(a[2] instanceof PyTuple bt)) {
            throw ExcTypes.typeError("type.__new__() argument 2 must be tuple, not " + Ops.typeName(a[2]), ts);
        }
        PyObject nsO = a[3];
        PyDict nsd = nsO instanceof PyDict d ? d : Ops.backing(nsO) instanceof PyDict d2 ? d2 : null;
        if (nsd == null) {
            throw ExcTypes.typeError("type.__new__() argument 3 must be dict, not " + Ops.typeName(nsO), ts);
        }
        PyType winner = calculateMeta(meta, bt, ts);
        if (winner != meta) {
            PyObject wn = Ops.typeLookup(winner, Names.__new__, ts);
            if (wn != null && !(wn instanceof PyBuiltin)) {
                PyObject[] b = a.clone();
                b[0] = winner;
                PyObject fn = wn instanceof PyDescriptor d ? d.fget : wn;
                return Calls.call(fn, b, kw, ts);
            }
            meta = winner;
        }
        PyObject[] kwv = java.util.Arrays.copyOfRange(a, np, a.length);
        return makeClass(meta, a[1], bt, nsd, kwv, kw, ts);
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
    static PyObject makeClass(PyType meta, PyObject nameO, PyTuple bt, PyDict nsIn, PyObject[] kwv, String[] kw,
                              ThreadState ts) {
        if (!(nameO instanceof PyStr name)) throw ExcTypes.typeError("type.__new__() argument 1 must be str", ts);
        // type.__new__ works on a copy: the caller's namespace is left as it was
        PyDict ns = nsIn.copy(ts);
        try {
            return makeClassFrom(meta, name, bt, ns, kwv, kw, ts);
        } finally {
            ts.refs.decref(ns, ts);
        }
    }

    private static PyObject makeClassFrom(PyType meta, PyStr name, PyTuple bt, PyDict ns, PyObject[] kwv, String[] kw,
                                          ThreadState ts) {
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
        PyClass cls = PyClass.create(meta, name.value(), bases, ns, ts);
        try {
            initClass(cls, kwv, kw, ts);
        } catch (RuntimeException e) {
            ts.refs.decref(cls, ts);
            throw e;
        }
        return cls;
    }

    /** Slots, the finalizer, {@code __set_name__} and the parent's {@code __init_subclass__}. */
    private static void initClass(PyClass cls, PyObject[] kwv, String[] kw, ThreadState ts) {
        PyObject am = dictGet(cls.dict, PyStr.intern("__abstractmethods__"), ts);
        if (am != null) cls.isAbstract = Ops.isTrue(am, ts);
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
                    if (sn != null) {
                        try {
                            ts.refs.decref(Ops.callSpecial(sn, v, ts, cls, items[i]), ts);
                        } catch (PyException e) {
                            // CPython 3.11 wraps the error, with the original as its cause
                            PyException re = ExcTypes.raise(ExcTypes.RUNTIME_ERROR, "Error calling __set_name__ on '"
                                    + Ops.typeName(v) + "' instance '" + items[i] + "' in '" + cls.name() + "'", ts);
                            re.exc.setCause(e.exc, ts);
                            re.exc.setContext(e.exc, ts);
                            re.exc.suppressContext = true;
                            ts.refs.decref(e.exc, ts);
                            throw re;
                        }
                    }
                }
            }
        } finally {
            for (PyObject o : items) ts.refs.decref(o, ts);
        }
        // the parent's __init_subclass__, as super(cls, cls).__init_subclass__(**kw)
        PyType[] mro = cls.mro;
        for (int i = 1; i < mro.length; i++) {
            PyType t = mro[i];
            PyObject isc = t instanceof PyClass c ? dictGet(c.dict, Names.__init_subclass__, ts)
                    : TypeInfo.of(t).methods.get("__init_subclass__");
            if (isc == null) continue;
            if (isc instanceof PyBuiltin) {
                if (kw != null && kw.length > 0) {
                    throw ExcTypes.typeError(cls.name() + ".__init_subclass__() takes no keyword arguments", ts);
                }
                return;
            }
            PyObject fn = isc;
            if (isc instanceof PyDescriptor d) {
                if (d.kind == PyDescriptor.Kind.STATICMETHOD) {
                    ts.refs.decref(Calls.call(d.fget, kwv, kw, ts), ts);
                    return;
                }
                fn = d.fget;
            }
            PyObject m = new PyMethod(fn, cls, ts);
            try {
                ts.refs.decref(Calls.call(m, kwv, kw, ts), ts);
            } finally {
                ts.refs.decref(m, ts);
            }
            return;
        }
    }

    /** Adds the names one class's {@code __slots__} value lists (a str, or an iterable of them) to {@code into}. */
    public static void addSlotNames(PyObject slots, java.util.Set<String> into, ThreadState ts) {
        if (slots instanceof PyStr s) {
            into.add(s.value());
            return;
        }
        for (PyObject o : org.interlock.runtime.vm.Iter.toArray(slots, ts)) {
            into.add(o.toString());
            ts.refs.decref(o, ts);
        }
    }

    /** The union of __slots__ along the MRO, or null if some class lacks __slots__ (or lists __dict__). */
    private static java.util.Set<String> slotsOf(PyClass cls, ThreadState ts) {
        java.util.Set<String> all = new java.util.HashSet<>();
        for (PyType t : cls.mro) {
            if (t == PyType.OBJECT) continue;
            if (!(t instanceof PyClass c)) return null;
            PyObject sl = dictGet(c.dict, Names.__slots__, ts);
            if (sl == null) return null;
            addSlotNames(sl, all, ts);
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
            addSlotNames(sl, all, ts);
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
