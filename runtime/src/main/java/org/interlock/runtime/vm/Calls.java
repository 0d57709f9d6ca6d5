package org.interlock.runtime.vm;

import java.util.ArrayList;
import java.util.List;
import org.interlock.object.PyDict;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyTuple;
import org.interlock.object.PyType;
import org.interlock.object.RefCounting;
import org.interlock.object.ThreadState;
import org.interlock.runtime.compiler.CodeUnit;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyBuiltin;
import org.interlock.runtime.objects.PyClass;
import org.interlock.runtime.objects.PyCode;
import org.interlock.runtime.objects.PyFunction;
import org.interlock.runtime.objects.PyGenerator;
import org.interlock.runtime.objects.PyMethod;
import org.interlock.runtime.objects.PyObj;
import org.interlock.runtime.objects.TypeInfo;

/**
 * Calling: Python functions (argument binding as CPython's, then a new frame run by
 * {@link Eval}), builtins, bound methods, classes, and {@code __call__}. Arguments are borrowed
 * ({@code args} holds the positional ones, then the values of {@code kwnames}); the result
 * is a new reference.
 */
public final class Calls {
    private Calls() {}

    /** Calls {@code f} with the (borrowed) arguments. */
    public static PyObject call(PyObject f, PyObject[] args, String[] kwnames, ThreadState ts) {
        return callv(f, null, args, 0, args.length, kwnames, ts);
    }

    /** Calls {@code f} with one argument (borrowed). */
    public static PyObject call1(PyObject f, PyObject a, ThreadState ts) {
        return call(f, new PyObject[] {a}, null, ts);
    }

    /**
     * The general call: {@code self} (may be null) is prepended to {@code args[off, off+n)}, in
     * which the last {@code kwnames.length} are keyword values.
     */
    public static PyObject callv(PyObject f, PyObject self, PyObject[] args, int off, int n, String[] kwnames,
                                 ThreadState ts) {
        if (f instanceof PyFunction fn) {
            // f may be borrowed from a class's attribute cache (special methods, __init__,
            // __call__) and the frame borrows its function: hold a count across the call,
            // whose safepoints are quiescent points after which a rebinding may free it.
            RefCounting rc = ts.refs;
            rc.incref(fn, ts);
            try {
                return callFunction(fn, self, args, off, n, kwnames, ts);
            } finally {
                rc.decref(fn, ts);
            }
        }
        if (f instanceof PyBuiltin b) {
            PyObject[] a;
            if (self == null && b.isMethod) {
                if (n == 0) throw ExcTypes.typeError("unbound method " + b.owner + "." + b.name + "() needs an argument", ts);
                self = args[off];
                if (b.ownerType != null && !b.name.startsWith("__") && !Ops.isSubtype(self.type(), b.ownerType)) {
                    throw ExcTypes.typeError("descriptor '" + b.name + "' for '" + b.owner
                            + "' objects doesn't apply to a '" + Ops.typeName(self) + "' object", ts);
                }
                a = copy(args, off + 1, n - 1);
            } else {
                a = copy(args, off, n);
            }
            if (self instanceof PyObj p && p.backing != null && b.isMethod && !"object".equals(b.owner)) self = p.backing;
            return b.impl.call(self, a, kwnames, ts);
        }
        if (f instanceof PyMethod m) {
            if (self != null) {
                PyObject[] a = new PyObject[n + 1];
                a[0] = self;
                System.arraycopy(args, off, a, 1, n);
                return callv(m.func, m.self, a, 0, n + 1, kwnames, ts);
            }
            return callv(m.func, m.self, args, off, n, kwnames, ts);
        }
        PyObject[] a = withSelf(self, args, off, n);
        if (f instanceof PyType t) return construct(t, a, kwnames, ts);
        PyObject c = Ops.special(f, Names.__call__, ts);
        if (c == null) throw ExcTypes.typeError("'" + Ops.typeName(f) + "' object is not callable", ts);
        return callv(c, f, a, 0, a.length, kwnames, ts);
    }

    private static PyObject[] copy(PyObject[] args, int off, int n) {
        PyObject[] a = new PyObject[n];
        System.arraycopy(args, off, a, 0, n);
        return a;
    }

    private static PyObject[] withSelf(PyObject self, PyObject[] args, int off, int n) {
        if (self == null) return off == 0 && n == args.length ? args : copy(args, off, n);
        PyObject[] a = new PyObject[n + 1];
        a[0] = self;
        System.arraycopy(args, off, a, 1, n);
        return a;
    }

    /** Calls a Python function: binds arguments into a new frame and runs it (or makes a generator). */
    public static PyObject callFunction(PyFunction fn, PyObject self, PyObject[] args, int off, int n, String[] kwnames,
                                        ThreadState ts) {
        PyCode code = fn.code;
        Frame f = new Frame(code, fn, fn.globals, fn.builtins != null ? fn.builtins : ExecState.of(ts).interp.builtinsDict(), null);
        bind(fn, f.s, self, args, off, n, kwnames, ts);
        if (code.ncells + code.nfree > 0) f.initCells(fn.closure, ts);
        if (code.isGenerator()) return new PyGenerator(f, ts);
        return Eval.run(f, ts);
    }

    /**
     * The eval loop's fast call: a simple function called with exactly its positional
     * arguments, which sit on the caller's stack at {@code s[base+2 ..]}; their references move
     * into the new frame (no incref/decref pair) and the caller's slots are cleared.
     */
    static PyObject callSimple(PyFunction fn, PyObject[] s, int base, int n, ThreadState ts) {
        PyCode code = fn.code;
        Frame f = new Frame(code, fn, fn.globals, fn.builtins, null);
        PyObject[] l = f.s;
        PyObject self = s[base + 1];
        int i = 0;
        if (self != null && self != Frame.UNCOUNTED) {
            l[i++] = self;
            s[base + 1] = null;
        }
        for (int k = 0; k < n; k++) {
            l[i++] = s[base + 2 + k];
            s[base + 2 + k] = null;
        }
        return Eval.run(f, ts);
    }

    /** Binds arguments to parameters (CPython's rules and messages); stores new references in {@code locals}. */
    static void bind(PyFunction fn, PyObject[] locals, PyObject self, PyObject[] args, int off, int n,
                     String[] kwnames, ThreadState ts) {
        PyCode code = fn.code;
        CodeUnit u = code.unit;
        int argc = u.argcount();
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = n - nkw + (self != null ? 1 : 0);
        boolean varargs = (u.flags() & CodeUnit.VARARGS) != 0;
        boolean varkw = (u.flags() & CodeUnit.VARKEYWORDS) != 0;
        // fast path: exact positional call
        if (nkw == 0 && npos == argc && !varargs && !varkw && u.kwonlyargcount() == 0) {
            int i = 0;
            if (self != null) {
                ts.refs.incref(self, ts);
                locals[i++] = self;
            }
            for (int k = 0; k < n; k++) {
                PyObject a = args[off + k];
                ts.refs.incref(a, ts);
                locals[i++] = a;
            }
            return;
        }
        int kwonly = u.kwonlyargcount();
        int varargsSlot = argc + kwonly;
        int varkwSlot = varargsSlot + (varargs ? 1 : 0);
        // positional
        int take = Math.min(npos, argc);
        for (int i = 0; i < take; i++) {
            PyObject a = i == 0 && self != null ? self : args[off + i - (self != null ? 1 : 0)];
            ts.refs.incref(a, ts);
            locals[i] = a;
        }
        if (varargs) {
            PyObject[] extra = new PyObject[Math.max(0, npos - argc)];
            for (int i = argc; i < npos; i++) extra[i - argc] = i == 0 && self != null ? self : args[off + i - (self != null ? 1 : 0)];
            locals[varargsSlot] = PyTuple.of(extra, ts);
        } else if (npos > argc) {
            String name = fn.qualname.toString();
            int ndef = fn.defaults == null ? 0 : fn.defaults.size();
            String takes = ndef > 0 ? "from " + (argc - ndef) + " to " + argc : String.valueOf(argc);
            throw ExcTypes.typeError(name + "() takes " + takes + " positional argument" + (argc == 1 && ndef == 0 ? "" : "s")
                    + " but " + npos + (npos == 1 ? " was" : " were") + " given", ts);
        }
        PyDict kwdict = null;
        if (varkw) {
            kwdict = new PyDict(ts);
            locals[varkwSlot] = kwdict;
        }
        String[] varnames = u.varnames();
        for (int k = 0; k < nkw; k++) {
            String kn = kwnames[k];
            PyObject v = args[off + n - nkw + k];
            int slot = -1;
            for (int i = u.posonlyargcount(); i < argc + kwonly; i++) {
                if (varnames[i].equals(kn)) {
                    slot = i;
                    break;
                }
            }
            if (slot < 0) {
                if (kwdict != null) {
                    kwdict.set(PyStr.intern(kn), v, ts);
                    continue;
                }
                throw ExcTypes.typeError(fn.qualname.toString() + "() got an unexpected keyword argument '" + kn + "'", ts);
            }
            if (locals[slot] != null) {
                throw ExcTypes.typeError(fn.qualname.toString() + "() got multiple values for argument '" + kn + "'", ts);
            }
            ts.refs.incref(v, ts);
            locals[slot] = v;
        }
        // defaults
        int ndef = fn.defaults == null ? 0 : fn.defaults.size();
        List<String> missing = null;
        for (int i = 0; i < argc; i++) {
            if (locals[i] != null) continue;
            int di = i - (argc - ndef);
            if (di >= 0) {
                locals[i] = fn.defaults.getNew(di, ts);
            } else {
                if (missing == null) missing = new ArrayList<>();
                missing.add(varnames[i]);
            }
        }
        if (missing != null) throw missingArgs(fn, missing, "positional", ts);
        for (int i = argc; i < argc + kwonly; i++) {
            if (locals[i] != null) continue;
            PyObject d = fn.kwdefaults == null ? null : fn.kwdefaults.get(PyStr.intern(varnames[i]), ts);
            if (d != null) {
                locals[i] = d;
            } else {
                if (missing == null) missing = new ArrayList<>();
                missing.add(varnames[i]);
            }
        }
        if (missing != null) throw missingArgs(fn, missing, "keyword-only", ts);
    }

    private static RuntimeException missingArgs(PyFunction fn, List<String> missing, String kind, ThreadState ts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < missing.size(); i++) {
            if (i > 0) sb.append(missing.size() == 2 ? " and " : i == missing.size() - 1 ? ", and " : ", ");
            sb.append('\'').append(missing.get(i)).append('\'');
        }
        return ExcTypes.typeError(fn.qualname.toString() + "() missing " + missing.size() + " required " + kind + " argument"
                + (missing.size() == 1 ? "" : "s") + ": " + sb, ts);
    }

    /** {@code T(args)}: builtin constructors, or {@code __new__} then {@code __init__} for classes. */
    public static PyObject construct(PyType t, PyObject[] args, String[] kwnames, ThreadState ts) {
        if (t instanceof PyClass c && c.metaclass instanceof PyClass mc) {
            // a metaclass's own __call__ decides how its classes make instances
            PyObject call = mc.lookup(Names.__call__, ts);
            if (call != null && !(call instanceof PyBuiltin)) {
                if (call instanceof PyFunction fn) return callFunction(fn, c, args, 0, args.length, kwnames, ts);
                PyObject bound = Ops.bindDescr(call, c, mc, ts);
                try {
                    return callv(bound, null, args, 0, args.length, kwnames, ts);
                } finally {
                    ts.refs.decref(bound, ts);
                }
            }
        }
        return constructPlain(t, args, kwnames, ts);
    }

    /** {@code OSError(errno, ...)} makes the subclass for the errno, as CPython's OSError.__new__ does. */
    private static PyType osErrorSubtype(PyObject[] args, String[] kwnames) {
        int n = args.length - (kwnames == null ? 0 : kwnames.length);
        if (n < 2 || n > 5 || !(args[0] instanceof org.interlock.object.PyInt e) || !e.fitsInt()) return ExcTypes.OS_ERROR;
        return ExcTypes.osErrorType(e.longValue());
    }

    /** {@code type.__call__(t, *args, **kw)}: {@code __new__}, then {@code __init__} when it made a t. */
    public static PyObject constructPlain(PyType t, PyObject[] args, String[] kwnames, ThreadState ts) {
        if (t == PyType.TYPE && args.length == 1 && kwnames == null) return Ops.incref(args[0].type(), ts);
        if (!(t instanceof PyClass c)) {
            TypeInfo ti = TypeInfo.of(t);
            PyBuiltin.Impl ctor = ti.constructor;
            if (ctor == null) {
                if (ti.factory != null) {
                    // exceptions and other factory types: make the instance, then run __init__
                    if (t == ExcTypes.OS_ERROR) t = osErrorSubtype(args, kwnames);
                    return newAndInit(t, ti.factory.make(t, ts), args, kwnames, ts);
                }
                throw ExcTypes.typeError("cannot create '" + t.name() + "' instances", ts);
            }
            return ctor.call(t, args, kwnames, ts);
        }
        PyObject newm = c.lookup(Names.__new__, ts);
        PyObject inst;
        if (newm == null || newm instanceof PyBuiltin) {
            PyType solid = c.solidBase;
            TypeInfo sti = TypeInfo.of(solid);
            if (solid == PyType.OBJECT) {
                if (c.isAbstract) throw abstractError(c, ts);
                inst = new PyObj(c, ts);
            } else if (solid == PyType.TYPE) {
                // a metaclass without its own __new__: type.__new__(c, name, bases, ns, **kw)
                inst = call(newm != null ? newm : TypeInfo.of(PyType.TYPE).methods.get("__new__"), withSelf(c, args, 0, args.length),
                        kwnames, ts);
                if (!Ops.isInstance(inst, c)) return inst;
            } else if (sti.valueBase) {
                PyObject value = sti.constructor.call(solid, args, kwnames, ts);
                inst = PyObj.withBacking(c, value, ts);
            } else if (Ops.isSubtype(solid, ExcTypes.BASE_EXCEPTION_GROUP)) {
                inst = ExceptionGroups.newGroup(c, args, kwnames, ts);
            } else if (sti.factory != null) {
                inst = sti.factory.make(c, ts);
            } else {
                throw ExcTypes.typeError("cannot create '" + c.name() + "' instances", ts);
            }
        } else {
            PyObject[] a = new PyObject[args.length + 1];
            a[0] = c;
            System.arraycopy(args, 0, a, 1, args.length);
            PyObject fn = newm instanceof org.interlock.runtime.objects.PyDescriptor d ? d.fget : newm;
            inst = call(fn, a, kwnames, ts);
            if (!Ops.isInstance(inst, c)) return inst;
        }
        return newAndInit(c, inst, args, kwnames, ts);
    }

    /** CPython's refusal to instantiate a class whose {@code __abstractmethods__} is non-empty. */
    public static RuntimeException abstractError(PyClass c, ThreadState ts) {
        java.util.List<String> names = new ArrayList<>();
        PyObject am = c.dict.get(org.interlock.object.PyStr.intern("__abstractmethods__"), ts);
        if (am != null) {
            try {
                for (PyObject o : Iter.toArray(am, ts)) {
                    names.add(Repr.str(o, ts));
                    ts.refs.decref(o, ts);
                }
            } finally {
                ts.refs.decref(am, ts);
            }
        }
        java.util.Collections.sort(names);
        return ExcTypes.typeError("Can't instantiate abstract class " + c.name() + " with abstract method"
                + (names.size() == 1 ? "" : "s") + " " + String.join(", ", names), ts);
    }

    private static PyObject newAndInit(PyType t, PyObject inst, PyObject[] args, String[] kwnames, ThreadState ts) {
        PyObject init = Ops.typeLookup(inst.type(), Names.__init__, ts);
        try {
            if (init != null && !(init instanceof PyBuiltin)) {
                PyObject r = callv(init, inst, args, 0, args.length, kwnames, ts);
                if (r != Ops.NONE) {
                    ts.refs.decref(r, ts);
                    throw ExcTypes.typeError("__init__() should return None, not '" + Ops.typeName(r) + "'", ts);
                }
            } else if (init instanceof PyBuiltin b) {
                ts.refs.decref(callv(b, inst, args, 0, args.length, kwnames, ts), ts);
            }
        } catch (RuntimeException e) {
            ts.refs.decref(inst, ts);
            throw e;
        }
        return inst;
    }
}
