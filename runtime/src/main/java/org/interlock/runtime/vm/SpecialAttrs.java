package org.interlock.runtime.vm;

import org.interlock.object.PyDict;
import org.interlock.object.PyFloat;
import org.interlock.object.PyInstance;
import org.interlock.object.PyInt;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyTuple;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyBaseException;
import org.interlock.runtime.objects.PyBuiltin;
import org.interlock.runtime.objects.PyCell;
import org.interlock.runtime.objects.PyClass;
import org.interlock.runtime.objects.PyDescriptor;
import org.interlock.runtime.objects.PyFunction;
import org.interlock.runtime.objects.PyGenerator;
import org.interlock.runtime.objects.PyMethod;
import org.interlock.runtime.objects.PyRange;
import org.interlock.runtime.objects.PySlice;

/** Attributes that live in object fields rather than dicts ({@code __class__}, {@code f.__name__}, ...). */
final class SpecialAttrs {
    private SpecialAttrs() {}

    private static PyObject orNone(PyObject o, ThreadState ts) {
        return Ops.incref(o == null ? Ops.NONE : o, ts);
    }

    /** A new reference, or null when {@code name} is not one of the object's field attributes. */
    static PyObject get(PyObject o, PyStr name, ThreadState ts) {
        String n = name.value();
        if (n.equals("__class__")) return Ops.incref(o.type(), ts);
        if (o instanceof org.interlock.runtime.objects.PyGenericAlias g) {
            switch (n) {
                case "__origin__": return Ops.incref(g.origin, ts);
                case "__args__": return Ops.incref(g.args, ts);
                case "__parameters__": return Ops.incref(PyTuple.EMPTY, ts);
                default: return null;
            }
        }
        if (o instanceof org.interlock.runtime.objects.PyUnionType u) {
            switch (n) {
                case "__args__": return Ops.incref(u.args, ts);
                case "__parameters__": return Ops.incref(PyTuple.EMPTY, ts);
                default: return null;
            }
        }
        if (o instanceof org.interlock.runtime.objects.PyCode c) return codeAttr(c, n, ts);
        if (o instanceof PyFrame fr) return fr.attr(n, ts);
        if (o instanceof PyFunction f) {
            switch (n) {
                case "__name__": return Ops.incref(f.name, ts);
                case "__qualname__": return Ops.incref(f.qualname, ts);
                case "__doc__": return Ops.incref(f.doc, ts);
                case "__module__": return Ops.incref(f.module, ts);
                case "__defaults__": return orNone(f.defaults, ts);
                case "__kwdefaults__": return orNone(f.kwdefaults, ts);
                case "__globals__": return Ops.incref(f.globals, ts);
                case "__code__": return Ops.incref(f.code, ts);
                case "__dict__": return Ops.incref(f.dict(ts), ts);
                case "__annotations__": {
                    // Kept in the function's __dict__; an unannotated function gets an empty
                    // dict on first access, as in CPython.
                    org.interlock.object.PyDict d = f.dict(ts);
                    PyStr key = PyStr.intern("__annotations__");
                    PyObject a = d.get(key, ts);
                    if (a != null) return a;
                    org.interlock.object.PyDict fresh = new org.interlock.object.PyDict(ts);
                    d.set(key, fresh, ts);
                    return fresh;
                }
                case "__closure__": {
                    if (f.closure == null) return Ops.incref(Ops.NONE, ts);
                    return PyTuple.of(f.closure, ts);
                }
                default: return null;
            }
        }
        if (o instanceof PyBaseException e) {
            switch (n) {
                case "args": return Ops.incref(e.args(), ts);
                case "message":
                    if (e instanceof org.interlock.runtime.objects.PyExceptionGroup g) return Ops.incref(g.message(), ts);
                    return null;
                case "exceptions":
                    if (e instanceof org.interlock.runtime.objects.PyExceptionGroup g) return Ops.incref(g.exceptions(), ts);
                    return null;
                case "__cause__": return orNone(e.cause, ts);
                case "__context__": return orNone(e.context, ts);
                case "__suppress_context__": return Ops.incref(org.interlock.object.PyBool.of(e.suppressContext), ts);
                case "__traceback__":
                    return e.traceback == null ? Ops.incref(Ops.NONE, ts)
                            : new org.interlock.runtime.objects.PyTraceback(e.traceback, ts);
                case "__dict__": return Ops.incref(e.dict(ts), ts);
                case "value":
                    if (Ops.isInstance(e, ExcTypes.STOP_ITERATION)) return e.args().size() > 0 ? e.args().getNew(0, ts) : orNone(null, ts);
                    return null;
                case "code":
                    if (Ops.isInstance(e, ExcTypes.SYSTEM_EXIT)) return e.args().size() == 0 ? orNone(null, ts)
                            : e.args().size() == 1 ? e.args().getNew(0, ts) : Ops.incref(e.args(), ts);
                    return null;
                case "errno", "strerror", "filename", "filename2":
                    if (Ops.isInstance(e, ExcTypes.OS_ERROR)) {
                        PyObject[] f = e.osFields;
                        return orNone(f == null ? null : f[osField(n)], ts);
                    }
                    return null;
                case "encoding", "object", "start", "end", "reason":
                    // UnicodeEncodeError/UnicodeDecodeError keep (encoding, object, start, end, reason) as args.
                    if (Ops.isInstance(e, ExcTypes.UNICODE_ERROR) && e.args().size() == 5) {
                        int idx = switch (n) {
                            case "encoding" -> 0;
                            case "object" -> 1;
                            case "start" -> 2;
                            case "end" -> 3;
                            default -> 4;
                        };
                        return e.args().getNew(idx, ts);
                    }
                    return null;
                case "msg":
                    if (Ops.isInstance(e, ExcTypes.SYNTAX_ERROR)) return e.args().size() > 0 ? e.args().getNew(0, ts) : orNone(null, ts);
                    return null;
                case "name":
                    if (Ops.isInstance(e, ExcTypes.IMPORT_ERROR) || Ops.isInstance(e, ExcTypes.NAME_ERROR)
                            || Ops.isInstance(e, ExcTypes.ATTRIBUTE_ERROR)) return orNone(null, ts);
                    return null;
                default: return null;
            }
        }
        if (o instanceof PyInstance inst && n.equals("__dict__") && o.type() instanceof PyClass pc) {
            if (pc.slots != null) return null;
            if (pc.inheritedSlots != null) return dictWithoutSlots(inst.dict(ts), pc.inheritedSlots, ts);
            return Ops.incref(inst.dict(ts), ts);
        }
        if (o instanceof PyMethod m) {
            switch (n) {
                case "__self__": return Ops.incref(m.self, ts);
                case "__func__": return Ops.incref(m.func, ts);
                default: return Ops.getAttrOrNull(m.func, name, ts);
            }
        }
        if (o instanceof PyBuiltin b) {
            switch (n) {
                case "__name__": return PyStr.of(b.name, ts);
                case "__qualname__": return PyStr.of(b.owner == null ? b.name : b.owner + "." + b.name, ts);
                case "__doc__": return orNone(null, ts);
                case "__module__": return b.isMethod ? orNone(null, ts) : PyStr.of("builtins", ts);
                default: return null;
            }
        }
        if (o instanceof PyDescriptor d) {
            switch (n) {
                case "fget", "__func__", "__wrapped__": return orNone(d.fget, ts);
                case "fset": return orNone(d.fset, ts);
                case "fdel": return orNone(d.fdel, ts);
                case "__doc__": return d.doc != null ? Ops.incref(d.doc, ts) : d.fget != null ? Ops.getAttrOrNull(d.fget, name, ts) : orNone(null, ts);
                case "__isabstractmethod__": return Ops.incref(org.interlock.object.PyBool.FALSE, ts);
                default: return null;
            }
        }
        if (o instanceof PyInt i) {
            switch (n) {
                case "real", "numerator": return Ops.incref(i instanceof org.interlock.object.PyBool ? PyInt.of(i.longValue(), ts) : i, ts);
                case "imag": return PyInt.of(0, ts);
                case "denominator": return PyInt.of(1, ts);
                default: return null;
            }
        }
        if (o instanceof org.interlock.runtime.objects.PyComplex c) {
            switch (n) {
                case "real": return PyFloat.of(c.real, ts);
                case "imag": return PyFloat.of(c.imag, ts);
                default: return null;
            }
        }
        if (o instanceof PyFloat fl) {
            switch (n) {
                case "real": return Ops.incref(fl, ts);
                case "imag": return PyFloat.of(0.0, ts);
                default: return null;
            }
        }
        if (o instanceof PySlice s) {
            switch (n) {
                case "start": return Ops.incref(s.start, ts);
                case "stop": return Ops.incref(s.stop, ts);
                case "step": return Ops.incref(s.step, ts);
                default: return null;
            }
        }
        if (o instanceof org.interlock.runtime.objects.PyTraceback tb) {
            switch (n) {
                case "tb_lineno": return PyInt.of(tb.entry.line(), ts);
                case "tb_next": return tb.entry.next() == null ? Ops.incref(Ops.NONE, ts)
                        : new org.interlock.runtime.objects.PyTraceback(tb.entry.next(), ts);
                case "tb_frame": return Ops.incref(Ops.NONE, ts);
                case "tb_lasti": return PyInt.of(-1, ts);
                default: return null;
            }
        }
        if (o instanceof PyRange r) {
            switch (n) {
                case "start": return PyInt.of(r.start, ts);
                case "stop": return PyInt.of(r.stop, ts);
                case "step": return PyInt.of(r.step, ts);
                default: return null;
            }
        }
        if (o instanceof PyGenerator g) {
            switch (n) {
                case "__name__": return PyStr.of(g.name(), ts);
                case "__qualname__": return PyStr.of(g.qualname(), ts);
                default: return generatorAttr(g, n, ts);
            }
        }
        if (o instanceof PyCell c && n.equals("cell_contents")) {
            PyObject v = c.get(ts);
            if (v == null) throw ExcTypes.valueError("Cell is empty", ts);
            return v;
        }
        if (o instanceof org.interlock.runtime.objects.PyModule m && n.equals("__dict__")) return Ops.incref(m.dict, ts);
        return null;
    }

    /**
     * A generator's {@code gi_*} fields, or a coroutine's {@code cr_*} ones (their
     * {@code cr_await} is {@code gi_yieldfrom}, and {@code cr_origin} is None, origin tracking
     * being off as by default); null for other names.
     */
    private static PyObject generatorAttr(PyGenerator g, String n, ThreadState ts) {
        String prefix = g.isCoroutine() ? "cr_" : "gi_";
        if (!n.startsWith(prefix)) return null;
        switch (n.substring(3)) {
            case "frame": {
                Frame f = g.liveFrame();
                return f == null ? Ops.incref(Ops.NONE, ts) : new PyFrame(f, g.isUnstarted(), ts);
            }
            case "running": return org.interlock.object.PyBool.of(g.isRunning());
            case "suspended": return org.interlock.object.PyBool.of(g.isSuspended());
            case "code": return Ops.incref(g.code(), ts);
            case "yieldfrom":
            case "await": {
                if (n.equals(g.isCoroutine() ? "cr_yieldfrom" : "gi_await")) return null;
                PyObject sub = g.yieldFrom();
                return Ops.incref(sub == null ? Ops.NONE : sub, ts);
            }
            case "origin": return g.isCoroutine() ? Ops.incref(Ops.NONE, ts) : null;
            default: return null;
        }
    }

    /** Field attributes of a type. */
    /** The {@code co_*} fields of a code object that compile() users read; null for others. */
    private static PyObject codeAttr(org.interlock.runtime.objects.PyCode c, String n, ThreadState ts) {
        return switch (n) {
            case "co_name" -> PyStr.of(c.name, ts);
            case "co_qualname" -> PyStr.of(c.qualname, ts);
            case "co_filename" -> PyStr.of(c.filename, ts);
            case "co_firstlineno" -> org.interlock.object.PyInt.of(c.unit.firstLine(), ts);
            case "co_argcount" -> org.interlock.object.PyInt.of(c.unit.argcount(), ts);
            case "co_posonlyargcount" -> org.interlock.object.PyInt.of(c.unit.posonlyargcount(), ts);
            case "co_kwonlyargcount" -> org.interlock.object.PyInt.of(c.unit.kwonlyargcount(), ts);
            case "co_nlocals" -> org.interlock.object.PyInt.of(c.nlocals, ts);
            case "co_flags" -> org.interlock.object.PyInt.of(c.flags, ts);
            case "co_names" -> PyTuple.of(c.names, ts);
            case "co_varnames" -> PyTuple.of(c.varnames, ts);
            case "co_cellvars" -> strTuple(c.unit.cellvars(), ts);
            case "co_freevars" -> strTuple(c.unit.freevars(), ts);
            default -> null;
        };
    }

    private static PyObject strTuple(String[] names, ThreadState ts) {
        PyObject[] a = new PyObject[names.length];
        for (int i = 0; i < a.length; i++) a[i] = PyStr.intern(names[i]);
        return PyTuple.of(a, ts);
    }

    static PyObject typeGet(PyType t, PyStr name, ThreadState ts) {
        switch (name.value()) {
            // a builtin type named "module.Name" (_queue.Empty, _thread.lock) is called Name
            case "__name__": return PyStr.of(t instanceof PyClass ? t.name() : t.name().substring(t.name().lastIndexOf('.') + 1), ts);
            case "__qualname__": return PyStr.of(t instanceof PyClass ? Repr.qualname(t, ts)
                    : t.name().substring(t.name().lastIndexOf('.') + 1), ts);
            case "__module__": return PyStr.of(t instanceof PyClass || t.name().indexOf('.') < 0 ? Repr.moduleOf(t, ts)
                    : t.name().substring(0, t.name().lastIndexOf('.')), ts);
            case "__mro__": return PyTuple.of(PyClass.mroOf(t), ts);
            case "__bases__": {
                if (t instanceof PyClass c) return c.basesTuple(ts);
                PyType[] several = org.interlock.runtime.objects.TypeInfo.of(t).bases;
                if (several != null) return PyTuple.of(several, ts);
                return t.base() == null ? Ops.incref(PyTuple.EMPTY, ts) : PyTuple.of(ts, t.base());
            }
            case "__base__": return t.base() == null ? Ops.incref(Ops.NONE, ts) : Ops.incref(t.base(), ts);
            case "__dict__": {
                if (t instanceof PyClass c) return Ops.incref(c.dict, ts);
                PyDict d = new PyDict(ts);
                for (var e : org.interlock.runtime.objects.TypeInfo.of(t).methods.entrySet()) d.set(PyStr.intern(e.getKey()), e.getValue(), ts);
                return d;
            }
            case "__doc__": return Ops.incref(Ops.NONE, ts);
            case "__class__": return Ops.incref(t.type(), ts);
            default: return null;
        }
    }

    /** The index of an OSError attribute in {@link PyBaseException#osFields}. */
    private static int osField(String n) {
        return switch (n) {
            case "errno" -> 0;
            case "strerror" -> 1;
            case "filename" -> 2;
            default -> 3;
        };
    }

    static boolean setException(PyBaseException e, PyStr name, PyObject v, ThreadState ts) {
        switch (name.value()) {
            case "__cause__" -> {
                e.setCause(v == Ops.NONE ? null : v, ts);
                e.suppressContext = true;
                return true;
            }
            case "__context__" -> {
                e.setContext(v == Ops.NONE ? null : v, ts);
                return true;
            }
            case "__suppress_context__" -> {
                e.suppressContext = Ops.isTrue(v, ts);
                return true;
            }
            case "message", "exceptions" -> {
                if (!(e instanceof org.interlock.runtime.objects.PyExceptionGroup)) return false;
                throw ExcTypes.attributeError("readonly attribute", ts);
            }
            case "args" -> {
                e.setArgs(PyTuple.fromNewRefs(Iter.toArray(v, ts), ts), ts);
                return true;
            }
            case "errno", "strerror", "filename", "filename2" -> {
                if (!Ops.isInstance(e, ExcTypes.OS_ERROR)) return false;
                e.setOsField(osField(name.value()), v, ts);
                return true;
            }
            case "__traceback__" -> {
                if (v instanceof org.interlock.runtime.objects.PyTraceback tb) e.traceback = tb.entry;
                else if (v == Ops.NONE) e.traceback = null;
                else throw ExcTypes.typeError("__traceback__ must be a traceback or None", ts);
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    static boolean setFunction(PyFunction f, PyStr name, PyObject v, ThreadState ts) {
        switch (name.value()) {
            case "__name__" -> {
                PyObject old = f.name;
                f.name = Ops.incref(v, ts);
                ts.refs.decref(old, ts);
                return true;
            }
            case "__qualname__" -> {
                PyObject old = f.qualname;
                f.qualname = Ops.incref(v, ts);
                ts.refs.decref(old, ts);
                return true;
            }
            case "__doc__" -> {
                PyObject old = f.doc;
                f.doc = Ops.incref(v, ts);
                ts.refs.decref(old, ts);
                return true;
            }
            case "__module__" -> {
                PyObject old = f.module;
                f.module = Ops.incref(v, ts);
                ts.refs.decref(old, ts);
                return true;
            }
            case "__defaults__" -> {
                PyTuple old = f.defaults;
                f.defaults = v == Ops.NONE ? null : (PyTuple) Ops.incref(v, ts);
                if (old != null) ts.refs.decref(old, ts);
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /**
     * The {@code __dict__} of an instance whose class inherits {@code __slots__}: slot values are
     * kept in the instance dict, so a copy without them is shown (the dict itself when it holds
     * no slot value).
     */
    private static PyObject dictWithoutSlots(org.interlock.object.PyDict d, java.util.Set<String> slots, ThreadState ts) {
        PyObject[] keys = d.keys(ts);
        try {
            boolean any = false;
            for (PyObject k : keys) any |= k instanceof PyStr s && slots.contains(s.value());
            if (!any) return Ops.incref(d, ts);
            org.interlock.object.PyDict copy = d.copy(ts);
            for (PyObject k : keys) if (k instanceof PyStr s && slots.contains(s.value())) copy.delete(k, ts);
            return copy;
        } finally {
            for (PyObject k : keys) ts.refs.decref(k, ts);
        }
    }
}
