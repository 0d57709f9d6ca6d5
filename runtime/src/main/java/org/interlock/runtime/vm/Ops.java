package org.interlock.runtime.vm;

import org.interlock.object.OperationError;
import org.interlock.object.PyBool;
import org.interlock.object.PyDict;
import org.interlock.object.PyFloat;
import org.interlock.object.PyInstance;
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
import org.interlock.runtime.objects.PyBaseException;
import org.interlock.runtime.objects.PyBuiltin;
import org.interlock.runtime.objects.PyBytes;
import org.interlock.runtime.objects.PyClass;
import org.interlock.runtime.objects.PyDescriptor;
import org.interlock.runtime.objects.PyException;
import org.interlock.runtime.objects.PyFunction;
import org.interlock.runtime.objects.PyMethod;
import org.interlock.runtime.objects.PyModule;
import org.interlock.runtime.objects.PyObj;
import org.interlock.runtime.objects.PyRange;
import org.interlock.runtime.objects.Singletons;
import org.interlock.runtime.objects.TypeInfo;

/**
 * The object protocol (CPython's abstract.c and object.c): attribute access with descriptors,
 * truth, hashing and equality of instances, and the special-method lookups they need.
 * Arguments are borrowed; results are new references.
 */
public final class Ops {
    private Ops() {}

    public static final PyObject NONE = PyNone.NONE;

    public static PyObject incref(PyObject o, ThreadState ts) {
        ts.refs.incref(o, ts);
        return o;
    }

    public static String typeName(PyObject o) {
        return o.type().name();
    }

    // ------------------------------------------------------------------ type lookup

    /** The attribute {@code name} found along the MRO of {@code t}; borrowed or null. */
    public static PyObject typeLookup(PyType t, PyStr name, ThreadState ts) {
        if (t instanceof PyClass c) return c.lookup(name, ts);
        return TypeInfo.of(t).lookup(name.value());
    }

    /** A special method of {@code o}'s type (never the instance dict); borrowed or null. */
    public static PyObject special(PyObject o, PyStr name, ThreadState ts) {
        return typeLookup(o.type(), name, ts);
    }

    /** Calls special method {@code m} (borrowed, found on the type) with self and args. */
    public static PyObject callSpecial(PyObject m, PyObject self, ThreadState ts, PyObject... args) {
        PyObject[] a = new PyObject[args.length + 1];
        a[0] = self;
        System.arraycopy(args, 0, a, 1, args.length);
        return callDescr(m, self, a, ts);
    }

    private static PyObject callDescr(PyObject m, PyObject self, PyObject[] a, ThreadState ts) {
        if (m instanceof PyFunction || m instanceof PyBuiltin) return Calls.call(m, a, null, ts);
        if (m instanceof PyDescriptor d && d.kind == PyDescriptor.Kind.STATICMETHOD) {
            PyObject[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            return Calls.call(d.fget, rest, null, ts);
        }
        PyObject bound = bindDescr(m, self, self.type(), ts);
        try {
            return Calls.call(bound, java.util.Arrays.copyOfRange(a, 1, a.length), null, ts);
        } finally {
            ts.refs.decref(bound, ts);
        }
    }

    /** Binds a descriptor found on a type to an instance (new reference). */
    public static PyObject bindDescr(PyObject d, PyObject self, PyType owner, ThreadState ts) {
        if (d instanceof PyFunction) return new PyMethod(d, self, ts);
        if (d instanceof PyBuiltin b && b.isMethod) return new PyMethod(d, self, ts);
        if (d instanceof PyDescriptor pd) {
            switch (pd.kind) {
                case PROPERTY -> {
                    if (pd.fget == null) throw ExcTypes.attributeError("unreadable attribute", ts);
                    return Calls.call(pd.fget, new PyObject[] {self}, null, ts);
                }
                case STATICMETHOD -> { return incref(pd.fget, ts); }
                case CLASSMETHOD -> { return new PyMethod(pd.fget, owner, ts); }
            }
        }
        if (d instanceof PyObj) {
            PyObject get = special(d, Names.__get__, ts);
            if (get != null) return callSpecial(get, d, ts, self, owner);
        }
        return incref(d, ts);
    }

    private static boolean isDataDescr(PyObject d, ThreadState ts) {
        if (d instanceof PyDescriptor pd) return pd.kind == PyDescriptor.Kind.PROPERTY;
        if (d instanceof PyObj) return special(d, Names.__set__, ts) != null || special(d, Names.__delete__, ts) != null;
        return false;
    }

    // ------------------------------------------------------------------ attributes

    /** {@code o.name}: a new reference, or AttributeError. */
    public static PyObject getAttr(PyObject o, PyStr name, ThreadState ts) {
        PyObject r = getAttrOrNull(o, name, ts);
        if (r == null) throw noAttr(o, name, ts);
        return r;
    }

    static PyException noAttr(PyObject o, PyStr name, ThreadState ts) {
        if (o instanceof PyModule m) {
            PyException e = ExcTypes.attributeError("module '" + m.name + "' has no attribute '" + name + "'", ts);
            java.util.List<String> keys = new java.util.ArrayList<>();
            for (PyObject k : m.dict.keys(ts)) {
                keys.add(k.toString());
                ts.refs.decref(k, ts);
            }
            e.exc.suggestion = EvalRare.closest(name.value(), keys);
            return e;
        }
        if (o instanceof PyType t) {
            return ExcTypes.attributeError("type object '" + t.name() + "' has no attribute '" + name + "'", ts);
        }
        return ExcTypes.attributeError("'" + typeName(o) + "' object has no attribute '" + name + "'", ts);
    }

    /**
     * {@code o.name} as a new reference, or null when there is no such attribute. A class's
     * {@code __getattribute__} or {@code __getattr__} may still raise AttributeError (the
     * callers that ask for null, getattr and hasattr, catch it as CPython does).
     */
    public static PyObject getAttrOrNull(PyObject o, PyStr name, ThreadState ts) {
        if (o.type() instanceof PyClass c) {
            PyClass.Hooks h = c.hooks(ts);
            if (h.getattribute() != null || h.getattr() != null) return hookedGetAttr(o, name, h, ts);
        }
        return genericGetAttr(o, name, ts);
    }

    /**
     * CPython's slot_tp_getattr_hook: the class's {@code __getattribute__} (or object's), then
     * {@code __getattr__} when that raised AttributeError or found nothing.
     */
    private static PyObject hookedGetAttr(PyObject o, PyStr name, PyClass.Hooks h, ThreadState ts) {
        PyObject ga = h.getattr();
        try {
            PyObject r = h.getattribute() != null ? callSpecial(h.getattribute(), o, ts, name) : genericGetAttr(o, name, ts);
            if (r != null || ga == null) return r;
        } catch (PyException e) {
            if (ga == null || !isInstance(e.exc, ExcTypes.ATTRIBUTE_ERROR)) throw e;
            ts.refs.decref(e.exc, ts);
        }
        return callSpecial(ga, o, ts, name);
    }

    /** {@code object.__getattribute__(o, name)}: the generic lookup, or AttributeError. */
    public static PyObject objectGetAttribute(PyObject o, PyStr name, ThreadState ts) {
        PyObject r = genericGetAttr(o, name, ts);
        if (r == null) throw noAttr(o, name, ts);
        return r;
    }

    /**
     * The generic lookup (object's and type's {@code __getattribute__}): data descriptors of
     * the type, the instance dict, other descriptors and class attributes, fields; a new
     * reference or null. Never calls {@code __getattribute__} or {@code __getattr__} hooks.
     */
    static PyObject genericGetAttr(PyObject o, PyStr name, ThreadState ts) {
        if (o instanceof PyModule m) {
            PyObject v = m.dict.get(name, ts);
            if (v != null) return v;
            if (name == Names.__dict__) return incref(m.dict, ts);
            if (name == Names.__class__) return incref(o.type(), ts);
            PyObject ga = m.dict.get(Names.__getattr__, ts); // PEP 562: the module's own __getattr__
            if (ga == null) return null;
            try {
                return Calls.call(ga, new PyObject[] {name}, null, ts);
            } finally {
                ts.refs.decref(ga, ts);
            }
        }
        if (o instanceof PyType t) return typeAttr(t, name, ts);
        if (o instanceof org.interlock.runtime.objects.PySuper sup) {
            PyObject r = superAttr(sup, name, ts);
            if (r != null) return r;
        }
        PyType type = o.type();
        PyObject descr = typeLookup(type, name, ts);
        if (descr != null && isDataDescr(descr, ts) && (!(descr instanceof PyObj) || special(descr, Names.__get__, ts) != null)) {
            return bindDescr(descr, o, type, ts); // a data descriptor without __get__ lets the instance dict show
        }
        if (o instanceof PyInstance inst) {
            PyObject v = inst.getAttr(name, ts);
            if (v != null) return v;
        }
        if (descr != null) return bindDescr(descr, o, type, ts);
        return SpecialAttrs.get(o, name, ts);
    }

    /** {@code super(start, obj).name}: the MRO of obj's type after {@code start}, bound to obj. */
    private static PyObject superAttr(org.interlock.runtime.objects.PySuper sup, PyStr name, ThreadState ts) {
        PyObject obj = sup.obj;
        boolean objIsType = obj instanceof PyType ot && isSubtype(ot, sup.start);
        PyType startType = objIsType ? (PyType) obj : obj.type();
        PyType[] mro = PyClass.mroOf(startType);
        int i = 0;
        while (i < mro.length && mro[i] != sup.start) i++;
        for (i++; i < mro.length; i++) {
            PyType t = mro[i];
            PyObject v;
            if (t instanceof PyClass c) {
                v = c.dict.get(name, ts);
                if (v != null) ts.refs.decref(v, ts);
            } else {
                v = TypeInfo.of(t).methods.get(name.value());
            }
            if (v == null) continue;
            if (obj == NONE) return incref(v, ts);
            if (objIsType && bindsToClass(v)) return new PyMethod(v, obj, ts);
            if (objIsType) {
                if (v instanceof PyDescriptor d && d.kind == PyDescriptor.Kind.CLASSMETHOD) return new PyMethod(d.fget, obj, ts);
                if (v instanceof PyDescriptor d && d.kind == PyDescriptor.Kind.STATICMETHOD) return incref(d.fget, ts);
                return incref(v, ts);
            }
            return bindDescr(v, obj, startType, ts);
        }
        return null;
    }

    /** True for a builtin class method of object ({@code __init_subclass__}), bound to the class. */
    static boolean bindsToClass(PyObject v) {
        return v instanceof PyBuiltin b && b.isMethod && "object".equals(b.owner) && b.name.equals("__init_subclass__");
    }

    /** Attribute of a type: MRO lookup, with descriptors bound to the class. */
    private static PyObject typeAttr(PyType t, PyStr name, ThreadState ts) {
        PyType meta = t.type();
        PyObject metaAttr = null;
        if (meta instanceof PyClass mc) {
            // a data descriptor of a Python metaclass comes before the class's own attributes
            metaAttr = mc.lookup(name, ts);
            if (metaAttr != null && isDataDescr(metaAttr, ts)) return bindDescr(metaAttr, t, mc, ts);
        }
        PyObject v = typeLookup(t, name, ts);
        if (v != null) {
            if (v instanceof PyDescriptor d) {
                if (d.kind == PyDescriptor.Kind.CLASSMETHOD) return new PyMethod(d.fget, t, ts);
                if (d.kind == PyDescriptor.Kind.STATICMETHOD) return incref(d.fget, ts);
                return incref(v, ts);
            }
            if (v instanceof PyObj) {
                PyObject get = special(v, Names.__get__, ts);
                if (get != null) return callSpecial(get, v, ts, NONE, t);
            }
            if (bindsToClass(v)) return new PyMethod(v, t, ts);
            return incref(v, ts);
        }
        PyObject sp = SpecialAttrs.typeGet(t, name, ts);
        if (sp != null) return sp;
        // methods and attributes of a Python metaclass, bound to the class
        if (metaAttr != null) return bindDescr(metaAttr, t, meta, ts);
        // attributes of type itself (mro(), __subclasses__)
        PyObject m = TypeInfo.of(PyType.TYPE).methods.get(name.value());
        if (m != null) return m instanceof PyBuiltin b && b.isMethod ? new PyMethod(m, t, ts) : incref(m, ts);
        return null; // a metaclass's __getattr__ is the caller's business (hookedGetAttr)
    }

    /**
     * {@link #findMethod} with a new reference, or null to take the generic attribute path. The
     * method comes from a class's attribute cache as a borrowed reference; another thread may
     * rebind the attribute meanwhile, but the replaced value is released only after this thread
     * passes a quiescent point ({@link org.interlock.object.QuiescentReclamation}), and there is
     * none between the lookup and this incref, so a plain incref is safe (a {@code tryIncref}
     * would refuse, under biased counting, every method owned by another thread).
     */
    public static PyObject findMethodNew(PyObject o, PyStr name, ThreadState ts) {
        PyObject m = findMethod(o, name, ts);
        if (m != null) ts.refs.incref(m, ts);
        return m;
    }

    /** Finds a plain method for {@code o.name(...)} without binding: borrowed, or null to fall back. */
    public static PyObject findMethod(PyObject o, PyStr name, ThreadState ts) {
        if (o instanceof PyType || o instanceof PyModule || o instanceof org.interlock.runtime.objects.PySuper) return null;
        PyType type = o.type();
        if (type instanceof PyClass c && c.hooks(ts).getattribute() != null) return null;
        PyObject descr = typeLookup(type, name, ts);
        if (descr instanceof PyFunction || descr instanceof PyBuiltin b && b.isMethod) {
            if (o instanceof PyInstance inst && !(o instanceof PyFunction)) {
                PyDict d = inst.dictOrNull();
                if (d != null && d.len(ts) > 0) {
                    PyObject shadow = d.get(name, ts);
                    if (shadow != null) {
                        ts.refs.decref(shadow, ts);
                        return null;
                    }
                }
            }
            return descr;
        }
        return null;
    }

    /** {@code o.name = v}. */
    public static void setAttr(PyObject o, PyStr name, PyObject v, ThreadState ts) {
        if (o.type() instanceof PyClass c) {
            PyObject sa = c.hooks(ts).setattr();
            if (sa != null) {
                ts.refs.decref(callSpecial(sa, o, ts, name, v), ts);
                return;
            }
        }
        genericSetAttr(o, name, v, ts);
    }

    /** {@code object.__setattr__}: data descriptors, then the instance dict. */
    public static void genericSetAttr(PyObject o, PyStr name, PyObject v, ThreadState ts) {
        if (o instanceof PyClass c) {
            c.setAttr(name, v, ts);
            return;
        }
        if (o instanceof PyModule m) {
            m.dict.set(name, v, ts);
            return;
        }
        PyType type = o.type();
        PyObject descr = typeLookup(type, name, ts);
        if (descr instanceof PyDescriptor d && d.kind == PyDescriptor.Kind.PROPERTY) {
            if (d.fset == null) {
                throw ExcTypes.attributeError("property '" + name + "' of '" + typeName(o) + "' object has no setter", ts);
            }
            ts.refs.decref(Calls.call(d.fset, new PyObject[] {o, v}, null, ts), ts);
            return;
        }
        if (descr instanceof PyObj) {
            PyObject set = special(descr, Names.__set__, ts);
            if (set != null) {
                ts.refs.decref(callSpecial(set, descr, ts, o, v), ts);
                return;
            }
            if (special(descr, Names.__delete__, ts) != null) throw ExcTypes.attributeError("__set__", ts);
        }
        if (o instanceof PyBaseException e && SpecialAttrs.setException(e, name, v, ts)) return;
        if (o instanceof PyFunction f && SpecialAttrs.setFunction(f, name, v, ts)) return;
        // Every exception has a __dict__ in CPython, builtin types' instances included (add_note's __notes__).
        if (o instanceof PyInstance inst && (type instanceof PyClass || o instanceof PyFunction || o instanceof PyBaseException)) {
            if (type instanceof PyClass pc && pc.slots != null && !pc.slots.contains(name.value())) {
                throw ExcTypes.attributeError("'" + typeName(o) + "' object has no attribute '" + name + "'", ts);
            }
            inst.setAttr(name, v, ts);
            return;
        }
        if (o instanceof PyType t) {
            throw ExcTypes.typeError("cannot set '" + name + "' attribute of immutable type '" + t.name() + "'", ts);
        }
        throw ExcTypes.attributeError("'" + typeName(o) + "' object has no attribute '" + name + "'", ts);
    }

    /** {@code del o.name}. */
    public static void delAttr(PyObject o, PyStr name, ThreadState ts) {
        if (o.type() instanceof PyClass c) {
            PyObject da = c.hooks(ts).delattr();
            if (da != null) {
                ts.refs.decref(callSpecial(da, o, ts, name), ts);
                return;
            }
        }
        genericDelAttr(o, name, ts);
    }

    public static void genericDelAttr(PyObject o, PyStr name, ThreadState ts) {
        if (o instanceof PyClass c) {
            if (!c.delAttr(name, ts)) throw noAttr(o, name, ts);
            return;
        }
        if (o instanceof PyModule m) {
            if (!m.dict.delete(name, ts)) throw noAttr(o, name, ts);
            return;
        }
        PyObject descr = typeLookup(o.type(), name, ts);
        if (descr instanceof PyDescriptor d && d.kind == PyDescriptor.Kind.PROPERTY) {
            if (d.fdel == null) throw ExcTypes.attributeError("property '" + name + "' of '" + typeName(o) + "' object has no deleter", ts);
            ts.refs.decref(Calls.call(d.fdel, new PyObject[] {o}, null, ts), ts);
            return;
        }
        if (descr instanceof PyObj && isDataDescr(descr, ts)) {
            PyObject del = special(descr, Names.__delete__, ts);
            if (del == null) throw ExcTypes.attributeError("__delete__", ts);
            ts.refs.decref(callSpecial(del, descr, ts, o), ts);
            return;
        }
        if (o instanceof PyInstance inst && inst.delAttr(name, ts)) return;
        throw noAttr(o, name, ts);
    }

    // ------------------------------------------------------------------ truth, hash, equality

    public static boolean isTrue(PyObject o, ThreadState ts) {
        if (o == PyBool.TRUE) return true;
        if (o == PyBool.FALSE || o == NONE) return false;
        if (o instanceof PyInt i) return i.signum() != 0;
        if (o instanceof PyFloat f) return f.value() != 0.0;
        if (o instanceof PyStr s) return s.length() != 0;
        if (o instanceof PyList l) return l.len(ts) != 0;
        if (o instanceof PyTuple t) return t.size() != 0;
        if (o instanceof PyDict d) return d.len(ts) != 0;
        if (o instanceof PySet s) return s.len(ts) != 0;
        // Builtin sized types without a __len__ entry in their type dict: truth is their length.
        if (o instanceof PyRange r) return r.length() != 0;
        if (o instanceof PyBytes b) return b.length() != 0;
        PyType type = o.type();
        if (type instanceof PyClass || !(o instanceof PyInstance)) {
            PyObject b = typeLookup(type, Names.__bool__, ts);
            if (b != null) {
                PyObject r = callSpecial(b, o, ts);
                if (!(r instanceof PyBool)) {
                    ts.refs.decref(r, ts);
                    throw ExcTypes.typeError("__bool__ should return bool, returned " + typeName(r), ts);
                }
                return r == PyBool.TRUE;
            }
            PyObject l = typeLookup(type, Names.__len__, ts);
            if (l != null) {
                PyObject r = callSpecial(l, o, ts);
                try {
                    return index(r, ts) != 0;
                } finally {
                    ts.refs.decref(r, ts);
                }
            }
        }
        return true;
    }

    /** {@code hash(o)}. */
    public static long hash(PyObject o, ThreadState ts) {
        try {
            return o.pyHash(ts);
        } catch (OperationError e) {
            throw ExcTypes.fromOperationError(e, ts);
        }
    }

    /** {@code hash()} of an instance of a Python class: its {@code __hash__}, or identity. */
    public static long hashInstance(PyObject o, ThreadState ts) {
        PyObject h = special(o, Names.__hash__, ts);
        if (h == NONE) throw ExcTypes.typeError("unhashable type: '" + typeName(o) + "'", ts);
        if (h == null || h instanceof PyBuiltin b && "object".equals(b.owner)) return identityHash(o);
        PyObject r = callSpecial(h, o, ts);
        try {
            if (!(r instanceof PyInt i)) throw ExcTypes.typeError("__hash__ method should return an integer", ts);
            long v = i.isSmall() ? i.longValue() : i.pyHash(ts);
            return v == -1 ? -2 : v;
        } finally {
            ts.refs.decref(r, ts);
        }
    }

    public static long identityHash(PyObject o) {
        long h = o.id() * 0x9E3779B97F4A7C15L;
        return h == -1 ? -2 : h;
    }

    /** {@code a == b} for an instance of a Python class, as containers ask. */
    public static boolean eqInstance(PyObject a, PyObject b, ThreadState ts) {
        if (a == b) return true;
        PyObject r = Compare.richCompare(a, b, 2, ts);
        try {
            return isTrue(r, ts);
        } finally {
            ts.refs.decref(r, ts);
        }
    }

    /** {@code a == b} as a Java boolean (identity first). */
    public static boolean eq(PyObject a, PyObject b, ThreadState ts) {
        if (a == b) return true;
        if (a instanceof PyStr x && b instanceof PyStr y) return x.value().equals(y.value());
        if (a instanceof PyInt x && b instanceof PyInt y && x.isSmall() && y.isSmall()) return x.longValue() == y.longValue();
        PyObject r = Compare.richCompare(a, b, 2, ts);
        try {
            return isTrue(r, ts);
        } finally {
            ts.refs.decref(r, ts);
        }
    }

    // ------------------------------------------------------------------ types

    public static boolean isInstance(PyObject o, PyType t) {
        PyType ot = o.type();
        return ot == t || isSubtype(ot, t);
    }

    public static boolean isSubtype(PyType a, PyType b) {
        if (a == b || b == PyType.OBJECT) return true;
        for (PyType t : PyClass.mroOf(a)) if (t == b) return true;
        return false;
    }

    /** The value of an index-like object ({@code __index__}). */
    public static long index(PyObject o, ThreadState ts) {
        if (o instanceof PyInt i) {
            if (!i.isSmall()) throw ExcTypes.raise(ExcTypes.OVERFLOW_ERROR,
                    "Python int too large to convert to C ssize_t", ts);
            return i.longValue();
        }
        PyObject m = special(o, Names.__index__, ts);
        if (m != null) {
            PyObject r = callSpecial(m, o, ts);
            try {
                return index(r, ts);
            } finally {
                ts.refs.decref(r, ts);
            }
        }
        throw ExcTypes.typeError("'" + typeName(o) + "' object cannot be interpreted as an integer", ts);
    }

    /** The backing builtin value of an instance of a builtin-type subclass, or null. */
    public static PyObject backing(PyObject o) {
        return o instanceof PyObj p ? p.backing : null;
    }

    /** True if {@code name} on o's type is a Python-level (overriding) method. */
    public static boolean overrides(PyObject o, PyStr name, ThreadState ts) {
        PyObject m = special(o, name, ts);
        return m != null && !(m instanceof PyBuiltin);
    }

    /** Installs the {@code __del__} hook on a class whose namespace defines one. */
    public static void installFinalizer(PyClass c) {
        c.setFinalizer((self, ts) -> {
            PyObject del = special(self, Names.__del__, ts);
            if (del != null) {
                PyObject saved = null;
                ExecState es = ExecState.of(ts);
                if (es != null) saved = es.excInfo;
                try {
                    ts.refs.decref(callSpecial(del, self, ts), ts);
                } catch (PyException e) {
                    Errors.unraisable("Exception ignored in: " + Repr.repr(del, ts).replace("<function", "<function"), e, ts);
                } finally {
                    if (es != null) es.excInfo = saved;
                }
            }
        });
    }

    /** True for the NotImplemented singleton. */
    public static boolean isNotImplemented(PyObject o) {
        return o == Singletons.NOT_IMPLEMENTED;
    }

    /** Marks an exception instance (borrowed) as carrying a new traceback-less carrier. */
    public static PyException rethrowable(PyBaseException e, ThreadState ts) {
        ts.refs.incref(e, ts);
        return new PyException(e);
    }
}
