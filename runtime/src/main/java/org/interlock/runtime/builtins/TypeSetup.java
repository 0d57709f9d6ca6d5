package org.interlock.runtime.builtins;

import java.util.LinkedHashMap;
import java.util.Map;
import org.interlock.object.PyBool;
import org.interlock.object.PyDict;
import org.interlock.object.PyFloat;
import org.interlock.object.PyInt;
import org.interlock.object.PyList;
import org.interlock.object.PyNone;
import org.interlock.object.PyObject;
import org.interlock.object.PySet;
import org.interlock.object.PyStr;
import org.interlock.object.PyTuple;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.FuncIter;
import org.interlock.runtime.objects.PyBaseException;
import org.interlock.runtime.objects.PyBuiltin;
import org.interlock.runtime.objects.PyBytes;
import org.interlock.runtime.objects.PyClass;
import org.interlock.runtime.objects.PyDescriptor;
import org.interlock.runtime.objects.PyException;
import org.interlock.runtime.objects.PyExceptionGroup;
import org.interlock.runtime.objects.PyFunction;
import org.interlock.runtime.objects.PyGenerator;
import org.interlock.runtime.objects.PyIter;
import org.interlock.runtime.objects.PyObj;
import org.interlock.runtime.objects.PyRange;
import org.interlock.runtime.objects.PySlice;
import org.interlock.runtime.objects.PySuper;
import org.interlock.runtime.objects.SeqIter;
import org.interlock.runtime.objects.TypeInfo;
import org.interlock.runtime.vm.Calls;
import org.interlock.runtime.vm.ExceptionGroups;
import org.interlock.runtime.vm.Iter;
import org.interlock.runtime.vm.Names;
import org.interlock.runtime.vm.Ops;
import org.interlock.runtime.vm.Repr;

/** Constructors and methods of the builtin types, registered once per JVM (they are shared and immutable). */
final class TypeSetup {
    private TypeSetup() {}

    static final PyType ENUMERATE = PyType.builtin("enumerate");
    static final PyType ZIP = PyType.builtin("zip");
    static final PyType MAP = PyType.builtin("map");
    static final PyType FILTER = PyType.builtin("filter");
    static final PyType REVERSED = PyType.builtin("reversed");

    /** The types the builtins module exposes by name. */
    static final Map<String, PyType> TYPES = new LinkedHashMap<>();
    private static boolean done;

    static synchronized void init() {
        if (done) return;
        done = true;
        TYPES.put("object", PyType.OBJECT);
        TYPES.put("type", PyType.TYPE);
        TYPES.put("int", PyInt.TYPE);
        TYPES.put("bool", PyBool.TYPE);
        TYPES.put("float", PyFloat.TYPE);
        TYPES.put("complex", org.interlock.runtime.objects.PyComplex.TYPE);
        TYPES.put("str", PyStr.TYPE);
        TYPES.put("list", PyList.TYPE);
        TYPES.put("tuple", PyTuple.TYPE);
        TYPES.put("dict", PyDict.TYPE);
        TYPES.put("set", PySet.TYPE);
        TYPES.put("frozenset", PySet.FROZEN_TYPE);
        TYPES.put("range", PyRange.TYPE);
        TYPES.put("slice", PySlice.TYPE);
        TYPES.put("bytes", PyBytes.BYTES);
        TYPES.put("bytearray", PyBytes.BYTEARRAY);
        TYPES.put("memoryview", MemoryView.TYPE);
        TYPES.put("enumerate", ENUMERATE);
        TYPES.put("zip", ZIP);
        TYPES.put("map", MAP);
        TYPES.put("filter", FILTER);
        TYPES.put("reversed", REVERSED);
        TYPES.put("property", PyDescriptor.PROPERTY);
        TYPES.put("staticmethod", PyDescriptor.STATICMETHOD);
        TYPES.put("classmethod", PyDescriptor.CLASSMETHOD);
        TYPES.put("super", PySuper.TYPE);
        objectAndType();
        exceptions();
        iterators();
        descriptors();
        NumberMethods.init();
        ComplexType.init();
        StrMethods.init();
        ListMethods.init();
        DictMethods.init();
        BytesMethods.init();
        MemoryView.init();
        FileIO.init();
        moduleType();
        Subclassing.init();
        OperatorDunders.init();
    }

    /** {@code types.ModuleType(name, doc=None)}: a fresh, empty module, as CPython's. */
    private static void moduleType() {
        TypeInfo.of(org.interlock.runtime.objects.PyModule.TYPE).constructor = (t, a, kw, ts) -> {
            if (a.length < 1 || a.length > 2 || (kw != null && kw.length > 0)) {
                throw ExcTypes.typeError("module() takes 1 or 2 positional arguments (" + a.length + " given)", ts);
            }
            if (!(a[0] instanceof PyStr name)) {
                throw ExcTypes.typeError("module.__init__() argument 'name' must be str, not "
                        + org.interlock.runtime.vm.Ops.typeName(a[0]), ts);
            }
            org.interlock.runtime.objects.PyModule m = new org.interlock.runtime.objects.PyModule(name.value(), ts);
            m.put("__doc__", a.length > 1 ? a[1] : PyNone.NONE, ts);
            for (String k : new String[] {"__package__", "__loader__", "__spec__"}) m.put(k, PyNone.NONE, ts);
            return m;
        };
    }

    private static void objectAndType() {
        TypeInfo o = TypeInfo.of(PyType.OBJECT);
        objectBasics(o);
        objectMore(o);
        typeAndNone();
    }

    private static void objectBasics(TypeInfo o) {
        o.constructor = (t, a, kw, ts) -> {
            if (a.length > 0) throw ExcTypes.typeError("object() takes no arguments", ts);
            return new PyObj(PyType.OBJECT, ts);
        };
        o.method("__init__", (self, a, kw, ts) -> {
            if ((a.length > 0) && self.type() instanceof PyClass c && c.lookup(Names.__new__, ts) == OBJECT_NEW
                    && c.lookup(Names.__init__, ts) instanceof PyBuiltin ib && "object".equals(ib.owner)) {
                throw ExcTypes.typeError(Repr.qualname(c, ts) + "() takes no arguments", ts);
            }
            return Ops.NONE;
        });
        o.attr("__new__", OBJECT_NEW);
    }

    private static final PyBuiltin OBJECT_NEW = new PyBuiltin("__new__", false, "object", (self, a, kw, ts) -> {
            if (a.length == 0 || !(a[0] instanceof PyType t)) throw ExcTypes.typeError("object.__new__(X): X is not a type object", ts);
            if (t instanceof PyClass c) {
                PyType solid = c.solidBase;
                if (c.isAbstract && solid == PyType.OBJECT) throw Calls.abstractError(c, ts);
                if (solid != PyType.OBJECT && TypeInfo.of(solid).factory != null) return TypeInfo.of(solid).factory.make(c, ts);
                return new PyObj(c, ts);
            }
            return Calls.construct(t, new PyObject[0], null, ts);
        });

    private static void objectMore(TypeInfo o) {
        o.method("__setattr__", (self, a, kw, ts) -> {
            Ops.genericSetAttr(self, BuiltinsModule.attrName(a[0], ts), a[1], ts);
            return Ops.NONE;
        });
        o.method("__delattr__", (self, a, kw, ts) -> {
            Ops.genericDelAttr(self, BuiltinsModule.attrName(a[0], ts), ts);
            return Ops.NONE;
        });
        o.method("__getattribute__", (self, a, kw, ts) -> Ops.objectGetAttribute(self, BuiltinsModule.attrName(a[0], ts), ts));
        o.method("__repr__", (self, a, kw, ts) -> PyStr.of(Repr.defaultRepr(self, ts), ts));
        o.method("__str__", (self, a, kw, ts) -> Repr.reprObj(self, ts));
        o.method("__eq__", (self, a, kw, ts) -> self == a[0] ? PyBool.TRUE : org.interlock.runtime.objects.Singletons.NOT_IMPLEMENTED);
        o.method("__ne__", (self, a, kw, ts) -> {
            PyObject r = org.interlock.runtime.vm.Compare.richCompare(self, a[0], 2, ts);
            boolean t = Ops.isTrue(r, ts);
            ts.refs.decref(r, ts);
            return PyBool.of(!t);
        });
        o.method("__hash__", (self, a, kw, ts) -> PyInt.of(Ops.identityHash(self), ts));
        o.method("__format__", (self, a, kw, ts) -> {
            if (a.length > 0 && a[0] instanceof PyStr s && !s.value().isEmpty()) {
                throw ExcTypes.typeError("unsupported format string passed to " + Ops.typeName(self) + ".__format__", ts);
            }
            return Repr.strObj(self, ts);
        });
        o.method("__reduce_ex__", (self, a, kw, ts) -> Ops.NONE);
        // a class method: bound to the class by Ops.bindsToClass wherever it is found
        o.attr("__init_subclass__", new PyBuiltin("__init_subclass__", true, "object", (self, a, kw, ts) -> {
            if (kw != null && kw.length > 0 && self instanceof PyType t) {
                throw ExcTypes.typeError(t.name() + ".__init_subclass__() takes no keyword arguments", ts);
            }
            if (Args.npos(a, kw) > 0) throw ExcTypes.typeError("__init_subclass__() takes no arguments (" + a.length + " given)", ts);
            return Ops.NONE;
        }));
    }

    private static void typeAndNone() {
        TypeInfo t = TypeInfo.of(PyType.TYPE);
        t.constructor = (self, a, kw, ts) -> {
            int np = Args.npos(a, kw);
            if (np == 1 && kw == null) return Ops.incref(a[0].type(), ts);
            if (np != 3) throw ExcTypes.typeError("type() takes 1 or 3 arguments", ts);
            PyObject[] b = new PyObject[a.length + 1];
            b[0] = PyType.TYPE;
            System.arraycopy(a, 0, b, 1, a.length);
            return ClassBuilder.typeNew(b, kw, ts);
        };
        MetaTypes.init(t);
        t.method("mro", (self, a, kw, ts) -> {
            PyObject[] m = PyClass.mroOf((PyType) self);
            return PyList.of(m, ts);
        });
        t.method("__subclasses__", (self, a, kw, ts) -> {
            if (!(self instanceof PyClass c)) return new PyList(ts);
            PyObject[] subs = c.subclassList().toArray(new PyObject[0]);
            return PyList.of(subs, ts);
        });
        t.method("__instancecheck__", (self, a, kw, ts) -> PyBool.of(Ops.isInstance(a[0], (PyType) self)));
        t.method("__subclasscheck__", (self, a, kw, ts) -> PyBool.of(Ops.isSubtype((PyType) a[0], (PyType) self)));

        TypeInfo none = TypeInfo.of(PyNone.TYPE);
        none.constructor = (self, a, kw, ts) -> Ops.NONE;
        none.method("__bool__", (self, a, kw, ts) -> PyBool.FALSE);
        none.method("__repr__", (self, a, kw, ts) -> PyStr.intern("None"));
    }

    private static void exceptions() {
        TypeInfo b = TypeInfo.of(ExcTypes.BASE_EXCEPTION);
        b.method("__init__", (self, a, kw, ts) -> {
            if (self instanceof PyBaseException e) e.setArgs(PyTuple.of(a, ts), ts);
            return Ops.NONE;
        });
        b.method("__str__", (self, a, kw, ts) -> PyStr.of(Repr.str(self, ts), ts));
        b.method("__repr__", (self, a, kw, ts) -> PyStr.of(Repr.repr(self, ts), ts));
        b.method("with_traceback", (self, a, kw, ts) -> {
            if (self instanceof PyBaseException e && a.length == 1) {
                if (a[0] instanceof org.interlock.runtime.objects.PyTraceback tb) e.traceback = tb.entry;
                else if (a[0] == Ops.NONE) e.traceback = null;
                else throw ExcTypes.typeError("__traceback__ must be a traceback or None", ts);
            }
            return Ops.incref(self, ts);
        });
        b.method("add_note", (self, a, kw, ts) -> {
            if (a.length != 1) throw ExcTypes.typeError("BaseException.add_note() takes exactly one argument ("
                    + a.length + " given)", ts);
            if (!(a[0] instanceof PyStr)) throw ExcTypes.typeError("note must be a str, not '" + Ops.typeName(a[0]) + "'", ts);
            // Kept in the instance dict as CPython does, so __notes__ reads, writes and deletes as any attribute.
            PyBaseException e = (PyBaseException) self;
            PyStr key = PyStr.intern("__notes__");
            PyObject notes = e.getAttr(key, ts);
            if (notes == null) {
                notes = new PyList(ts);
                e.dict(ts).set(key, notes, ts);
            }
            try {
                if (!(notes instanceof PyList l)) throw ExcTypes.typeError("Cannot add note: __notes__ is not a list", ts);
                l.append(a[0], ts);
            } finally {
                ts.refs.decref(notes, ts);
            }
            return Ops.NONE;
        });
        TypeInfo.of(ExcTypes.OS_ERROR).method("__init__", (self, a, kw, ts) -> {
            if (self instanceof PyBaseException e) e.initOsError(a, ts);
            return Ops.NONE;
        });
        TypeInfo.of(ExcTypes.STOP_ITERATION);
        exceptionGroups();
    }

    private static void exceptionGroups() {
        TypeInfo g = TypeInfo.of(ExcTypes.BASE_EXCEPTION_GROUP);
        PyBuiltin.Impl ctor = (t, a, kw, ts) -> ExceptionGroups.newGroup((PyType) t, a, kw, ts);
        g.constructor = ctor;
        TypeInfo.of(ExcTypes.EXCEPTION_GROUP).constructor = ctor;
        g.attr("__new__", new PyBuiltin("__new__", false, "BaseExceptionGroup", (s, a, kw, ts) -> {
            if (a.length == 0 || !(a[0] instanceof PyType t) || !Ops.isSubtype(t, ExcTypes.BASE_EXCEPTION_GROUP)) {
                throw ExcTypes.typeError("BaseExceptionGroup.__new__(X): X is not a subtype of BaseExceptionGroup", ts);
            }
            return ExceptionGroups.newGroup(t, java.util.Arrays.copyOfRange(a, 1, a.length), kw, ts);
        }));
        g.method("__init__", (self, a, kw, ts) -> {
            if (kw != null && kw.length > 0) {
                throw ExcTypes.typeError(Ops.typeName(self) + "() takes no keyword arguments", ts);
            }
            ((PyBaseException) self).setArgs(PyTuple.of(a, ts), ts);
            return Ops.NONE;
        });
        g.method("split", (self, a, kw, ts) -> {
            Args.check("split", a, kw, 1, 1, ts);
            return ExceptionGroups.split((PyExceptionGroup) self, a[0], ts);
        });
        g.method("subgroup", (self, a, kw, ts) -> {
            Args.check("subgroup", a, kw, 1, 1, ts);
            return ExceptionGroups.subgroup((PyExceptionGroup) self, a[0], ts);
        });
        g.method("derive", (self, a, kw, ts) -> {
            Args.check("derive", a, kw, 1, 1, ts);
            return ExceptionGroups.derive((PyExceptionGroup) self, a[0], ts);
        });
    }

    private static void iterators() {
        PyBuiltin.Impl self = (s, a, kw, ts) -> Ops.incref(s, ts);
        PyBuiltin.Impl next = (s, a, kw, ts) -> {
            PyObject v = ((PyIter) s).next(ts);
            if (v == null) throw ExcTypes.raiseArgs(ExcTypes.STOP_ITERATION, ts);
            return v;
        };
        for (PyType t : new PyType[] {ENUMERATE, ZIP, MAP, FILTER, REVERSED, SeqIter.LIST_ITER, SeqIter.LIST_REVITER,
                SeqIter.TUPLE_ITER, SeqIter.STR_ITER, PyRange.ITER_TYPE, Iter.DICT_KEYITER, Iter.DICT_VALUEITER,
                Iter.DICT_ITEMITER, Iter.SET_ITER, Iter.SEQ_ITER, Iter.BYTES_ITER, PyGenerator.TYPE}) {
            TypeInfo.of(t).method("__iter__", self).method("__next__", next);
        }
        TypeInfo.of(ENUMERATE).constructor = (t, a, kw, ts) -> {
            Args.onlyKw("enumerate", kw, ts, "start");
            PyObject start = Args.arg(a, kw, 1, "start");
            PyObject it = Iter.iter(a[0], ts);
            long[] i = {start == null ? 0 : Ops.index(start, ts)};
            PyObject r = new FuncIter(ENUMERATE, x -> {
                PyObject v = Iter.next(it, x);
                if (v == null) return null;
                return PyTuple.fromNewRefs(new PyObject[] {PyInt.of(i[0]++, x), v}, x);
            }, ts, it);
            ts.refs.decref(it, ts);
            return r;
        };
        TypeInfo.of(ZIP).constructor = (t, a, kw, ts) -> {
            Args.onlyKw("zip", kw, ts, "strict");
            PyObject strictO = Args.kw(a, kw, "strict");
            boolean strict = strictO != null && Ops.isTrue(strictO, ts);
            int n = Args.npos(a, kw);
            PyObject[] its = new PyObject[n];
            try {
                for (int i = 0; i < n; i++) its[i] = Iter.iter(a[i], ts);
            } catch (PyException e) {
                for (PyObject o : its) if (o != null) ts.refs.decref(o, ts);
                if (Ops.isInstance(e.exc, ExcTypes.TYPE_ERROR)) {
                    for (int i = 0; i < n; i++) {
                        if (its[i] == null) {
                            ts.refs.decref(e.exc, ts);
                            throw ExcTypes.typeError("zip argument #" + (i + 1) + " must support iteration", ts);
                        }
                    }
                }
                throw e;
            }
            PyObject r = new FuncIter(ZIP, x -> {
                if (n == 0) return null;
                PyObject[] row = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    PyObject v = Iter.next(its[i], x);
                    if (v == null) {
                        for (int j = 0; j < i; j++) x.refs.decref(row[j], x);
                        if (strict) {
                            if (i > 0) {
                                throw ExcTypes.valueError("zip() argument " + (i + 1) + " is shorter than argument"
                                        + (i == 1 ? " 1" : "s 1-" + i), x);
                            }
                            for (int k = 1; k < n; k++) {
                                PyObject w = Iter.next(its[k], x);
                                if (w != null) {
                                    x.refs.decref(w, x);
                                    throw ExcTypes.valueError("zip() argument " + (k + 1) + " is longer than argument"
                                            + (k == 1 ? " 1" : "s 1-" + k), x);
                                }
                            }
                        }
                        return null;
                    }
                    row[i] = v;
                }
                return PyTuple.fromNewRefs(row, x);
            }, ts, its);
            for (PyObject o : its) ts.refs.decref(o, ts);
            return r;
        };
        TypeInfo.of(MAP).constructor = (t, a, kw, ts) -> {
            if (a.length < 2) throw ExcTypes.typeError("map() must have at least two arguments.", ts);
            PyObject f = a[0];
            int n = a.length - 1;
            PyObject[] its = new PyObject[n];
            for (int i = 0; i < n; i++) its[i] = Iter.iter(a[i + 1], ts);
            PyObject[] owned = new PyObject[n + 1];
            owned[0] = f;
            System.arraycopy(its, 0, owned, 1, n);
            PyObject r = new FuncIter(MAP, x -> {
                PyObject[] row = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    PyObject v = Iter.next(its[i], x);
                    if (v == null) {
                        for (int j = 0; j < i; j++) x.refs.decref(row[j], x);
                        return null;
                    }
                    row[i] = v;
                }
                try {
                    return Calls.call(f, row, null, x);
                } finally {
                    for (PyObject o : row) x.refs.decref(o, x);
                }
            }, ts, owned);
            for (PyObject o : its) ts.refs.decref(o, ts);
            return r;
        };
        TypeInfo.of(FILTER).constructor = (t, a, kw, ts) -> {
            Args.check("filter", a, kw, 2, 2, ts);
            PyObject f = a[0];
            PyObject it = Iter.iter(a[1], ts);
            PyObject r = new FuncIter(FILTER, x -> {
                while (true) {
                    PyObject v = Iter.next(it, x);
                    if (v == null) return null;
                    boolean keep;
                    try {
                        if (f == Ops.NONE) {
                            keep = Ops.isTrue(v, x);
                        } else {
                            PyObject k = Calls.call1(f, v, x);
                            keep = Ops.isTrue(k, x);
                            x.refs.decref(k, x);
                        }
                    } catch (RuntimeException e) {
                        x.refs.decref(v, x);
                        throw e;
                    }
                    if (keep) return v;
                    x.refs.decref(v, x);
                }
            }, ts, f, it);
            ts.refs.decref(it, ts);
            return r;
        };
        TypeInfo.of(REVERSED).constructor = (t, a, kw, ts) -> {
            Args.check("reversed", a, kw, 1, 1, ts);
            PyObject o = a[0];
            if (o instanceof PyList || o instanceof PyTuple || o instanceof PyStr) return new SeqIter(o, true, ts);
            if (o instanceof PyRange r) {
                long n = r.length();
                return new PyRange.Iter(r.start + (n - 1) * r.step, -r.step, n, ts);
            }
            PyObject m = Ops.special(o, Names.__reversed__, ts);
            if (m != null) return Ops.callSpecial(m, o, ts);
            if (o instanceof PyDict d) {
                PyObject[] keys = d.keys(ts);
                java.util.Collections.reverse(java.util.Arrays.asList(keys));
                return Iter.arrayIter(Iter.DICT_KEYITER, keys, ts);
            }
            if (o instanceof org.interlock.runtime.objects.DictView v) {
                PyObject[] items = Iter.toArray(v, ts);
                java.util.Collections.reverse(java.util.Arrays.asList(items));
                return Iter.arrayIter(v.kind == 0 ? Iter.DICT_KEYITER : v.kind == 1 ? Iter.DICT_VALUEITER
                        : Iter.DICT_ITEMITER, items, ts);
            }
            PyObject gi = Ops.special(o, Names.__getitem__, ts);
            if (gi != null && Ops.special(o, Names.__len__, ts) != null) {
                long[] i = {BuiltinsModule.len(o, ts) - 1};
                return new FuncIter(REVERSED, x -> {
                    if (i[0] < 0) return null;
                    PyObject idx = PyInt.of(i[0]--, x);
                    try {
                        return Ops.callSpecial(gi, o, x, idx);
                    } finally {
                        x.refs.decref(idx, x);
                    }
                }, ts, o);
            }
            throw ExcTypes.typeError("'" + Ops.typeName(o) + "' object is not reversible", ts);
        };
        TypeInfo g = TypeInfo.of(PyGenerator.TYPE);
        g.method("__next__", (s, a, kw, ts) -> ((PyGenerator) s).sendPublic(Ops.NONE, ts));
        g.method("send", (s, a, kw, ts) -> ((PyGenerator) s).sendPublic(a[0], ts));
        g.method("throw", (s, a, kw, ts) -> {
            PyObject e = a[0];
            PyBaseException exc;
            if (e instanceof PyType t) {
                PyObject inst = a.length > 1 && a[1] != Ops.NONE
                        ? (a[1] instanceof PyBaseException ? Ops.incref(a[1], ts) : Calls.call1(t, a[1], ts))
                        : Calls.call(t, new PyObject[0], null, ts);
                exc = (PyBaseException) inst;
            } else if (e instanceof PyBaseException be) {
                exc = (PyBaseException) Ops.incref(be, ts);
            } else {
                throw ExcTypes.typeError("exceptions must be classes or instances deriving from BaseException, not "
                        + Ops.typeName(e), ts);
            }
            return ((PyGenerator) s).throwPublic(exc, ts);
        });
        g.method("close", (s, a, kw, ts) -> {
            ((PyGenerator) s).close(ts);
            return Ops.NONE;
        });
        // Coroutines resume as generators do, but are awaited rather than iterated.
        TypeInfo co = TypeInfo.of(PyGenerator.COROUTINE_TYPE);
        for (String n : new String[] {"send", "throw", "close"}) co.methods.put(n, g.methods.get(n));
        co.method("__await__", (s, a, kw, ts) -> Ops.incref(s, ts));
    }

    private static void descriptors() {
        TypeInfo p = TypeInfo.of(PyDescriptor.PROPERTY);
        p.constructor = (t, a, kw, ts) -> {
            Args.onlyKw("property", kw, ts, "fget", "fset", "fdel", "doc");
            PyObject fget = nn(Args.arg(a, kw, 0, "fget")), fset = nn(Args.arg(a, kw, 1, "fset"));
            PyObject fdel = nn(Args.arg(a, kw, 2, "fdel")), doc = nn(Args.arg(a, kw, 3, "doc"));
            return new PyDescriptor(PyDescriptor.Kind.PROPERTY, fget, fset, fdel, doc, ts);
        };
        p.method("getter", (s, a, kw, ts) -> {
            PyDescriptor d = (PyDescriptor) s;
            return new PyDescriptor(PyDescriptor.Kind.PROPERTY, a[0], d.fset, d.fdel, d.doc, ts);
        });
        p.method("setter", (s, a, kw, ts) -> {
            PyDescriptor d = (PyDescriptor) s;
            return new PyDescriptor(PyDescriptor.Kind.PROPERTY, d.fget, a[0], d.fdel, d.doc, ts);
        });
        p.method("deleter", (s, a, kw, ts) -> {
            PyDescriptor d = (PyDescriptor) s;
            return new PyDescriptor(PyDescriptor.Kind.PROPERTY, d.fget, d.fset, a[0], d.doc, ts);
        });
        p.method("__get__", (s, a, kw, ts) -> {
            PyDescriptor d = (PyDescriptor) s;
            if (a[0] == Ops.NONE) return Ops.incref(s, ts);
            return Calls.call1(d.fget, a[0], ts);
        });
        p.method("__set__", (s, a, kw, ts) -> {
            PyDescriptor d = (PyDescriptor) s;
            if (d.fset == null) throw ExcTypes.attributeError("can't set attribute", ts);
            return Calls.call(d.fset, new PyObject[] {a[0], a[1]}, null, ts);
        });
        TypeInfo.of(PyDescriptor.STATICMETHOD).constructor = (t, a, kw, ts) -> {
            Args.check("staticmethod", a, kw, 1, 1, ts);
            return new PyDescriptor(PyDescriptor.Kind.STATICMETHOD, a[0], null, null, null, ts);
        };
        TypeInfo.of(PyDescriptor.CLASSMETHOD).constructor = (t, a, kw, ts) -> {
            Args.check("classmethod", a, kw, 1, 1, ts);
            return new PyDescriptor(PyDescriptor.Kind.CLASSMETHOD, a[0], null, null, null, ts);
        };
        TypeInfo.of(PySuper.TYPE).constructor = (t, a, kw, ts) -> {
            if (a.length == 0) return BuiltinsModule.zeroArgSuper(ts);
            if (!(a[0] instanceof PyType st)) throw ExcTypes.typeError("super() argument 1 must be a type, not " + Ops.typeName(a[0]), ts);
            PyObject obj = a.length > 1 ? a[1] : Ops.NONE;
            return new PySuper(st, obj, ts);
        };
        TypeInfo.of(PySlice.TYPE).constructor = (t, a, kw, ts) -> {
            Args.check("slice", a, kw, 1, 3, ts);
            if (a.length == 1) return new PySlice(Ops.NONE, a[0], Ops.NONE, ts);
            return new PySlice(a[0], a[1], a.length > 2 ? a[2] : Ops.NONE, ts);
        };
        TypeInfo.of(PySlice.TYPE).method("indices", (s, a, kw, ts) -> {
            org.interlock.object.SliceIndices si = org.interlock.runtime.vm.Items.indices((PySlice) s,
                    (int) Ops.index(a[0], ts), ts);
            return PyTuple.fromNewRefs(new PyObject[] {PyInt.of(si.start(), ts), PyInt.of(si.stop(), ts),
                    PyInt.of(si.step(), ts)}, ts);
        });
        TypeInfo fn = TypeInfo.of(PyFunction.TYPE);
        fn.method("__get__", (s, a, kw, ts) -> a[0] == Ops.NONE ? Ops.incref(s, ts)
                : new org.interlock.runtime.objects.PyMethod(s, a[0], ts));
        TypeInfo r = TypeInfo.of(PyRange.TYPE);
        r.constructor = (t, a, kw, ts) -> {
            Args.check("range", a, kw, 1, 3, ts);
            long start = 0, stop, step = 1;
            if (a.length == 1) {
                stop = rangeArg(a[0], ts);
            } else {
                start = rangeArg(a[0], ts);
                stop = rangeArg(a[1], ts);
                if (a.length == 3) step = rangeArg(a[2], ts);
            }
            if (step == 0) throw ExcTypes.valueError("range() arg 3 must not be zero", ts);
            return new PyRange(start, stop, step, ts);
        };
        r.method("index", (s, a, kw, ts) -> {
            PyRange rg = (PyRange) s;
            if (a[0] instanceof PyInt i && i.isSmall()) {
                long v = i.longValue(), off = v - rg.start;
                if (off % rg.step == 0) {
                    long idx = off / rg.step;
                    if (idx >= 0 && idx < rg.length()) return PyInt.of(idx, ts);
                }
            }
            throw ExcTypes.valueError(Repr.repr(a[0], ts) + " is not in range", ts);
        });
        r.method("count", (s, a, kw, ts) -> PyInt.of(org.interlock.runtime.vm.Compare.contains(s, a[0], ts) ? 1 : 0, ts));
        r.method("__contains__", (s, a, kw, ts) -> {
            PyRange rg = (PyRange) s;
            if (a[0] instanceof PyInt i && i.isSmall()) {
                long v = i.longValue(), off = v - rg.start;
                if (off % rg.step != 0) return PyBool.FALSE;
                long idx = off / rg.step;
                return PyBool.of(idx >= 0 && idx < rg.length());
            }
            return PyBool.FALSE;
        });
    }

    private static long rangeArg(PyObject o, ThreadState ts) {
        if (o instanceof PyFloat) throw ExcTypes.typeError("'float' object cannot be interpreted as an integer", ts);
        return Ops.index(o, ts);
    }

    private static PyObject nn(PyObject o) {
        return o == Ops.NONE ? null : o;
    }
}
