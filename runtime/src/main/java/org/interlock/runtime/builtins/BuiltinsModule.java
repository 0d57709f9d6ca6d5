package org.interlock.runtime.builtins;

import java.io.PrintStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.interlock.object.PyBool;
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
import org.interlock.runtime.objects.DictView;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.FuncIter;
import org.interlock.runtime.objects.PyBaseException;
import org.interlock.runtime.objects.PyBuiltin;
import org.interlock.runtime.objects.PyBytes;
import org.interlock.runtime.objects.PyCell;
import org.interlock.runtime.objects.PyClass;
import org.interlock.runtime.objects.PyDescriptor;
import org.interlock.runtime.objects.PyException;
import org.interlock.runtime.objects.PyFunction;
import org.interlock.runtime.objects.PyModule;
import org.interlock.runtime.objects.PyRange;
import org.interlock.runtime.objects.PySlice;
import org.interlock.runtime.objects.PySuper;
import org.interlock.runtime.objects.SeqIter;
import org.interlock.runtime.objects.Singletons;
import org.interlock.runtime.objects.TypeInfo;
import org.interlock.runtime.vm.Arith;
import org.interlock.runtime.vm.Calls;
import org.interlock.runtime.vm.Compare;
import org.interlock.runtime.vm.ExecState;
import org.interlock.runtime.vm.Format;
import org.interlock.runtime.vm.Frame;
import org.interlock.runtime.vm.Iter;
import org.interlock.runtime.vm.Names;
import org.interlock.runtime.vm.Ops;
import org.interlock.runtime.vm.Repr;

/** The {@code builtins} module: functions, types and exceptions. */
public final class BuiltinsModule {
    private BuiltinsModule() {}

    private static final PyStr AITER = PyStr.intern("__aiter__");
    private static final PyStr ANEXT = PyStr.intern("__anext__");
    private static volatile PyObject anextDefault;

    /**
     * The coroutine function behind {@code anext(it, default)}: it awaits the awaitable
     * {@code __anext__()} returned and turns StopAsyncIteration into the default. Compiled once,
     * from Python source, so that it is a true coroutine to every event loop.
     */
    private static PyObject anextDefault(ThreadState ts) {
        PyObject f = anextDefault;
        if (f != null) return f;
        synchronized (BuiltinsModule.class) {
            if (anextDefault == null) {
                PyDict g = new PyDict(ts);
                PyObject src = PyStr.of("async def anext(awaitable, default):\n"
                        + "    try:\n"
                        + "        return await awaitable\n"
                        + "    except StopAsyncIteration:\n"
                        + "        return default\n", ts);
                ts.refs.decref(EvalExec.run("exec", new PyObject[] {src, g}, null, ts), ts);
                PyObject fn = g.get(PyStr.intern("anext"), ts);
                fn.makeImmortal();
                anextDefault = fn;
            }
            return anextDefault;
        }
    }

    private static final Map<String, PyObject> FUNCTIONS = new java.util.LinkedHashMap<>();

    private static void fn(String name, PyBuiltin.Impl impl) {
        FUNCTIONS.put(name, new PyBuiltin(name, false, null, impl));
    }

    static {
        TypeSetup.init();
        fn("print", BuiltinsModule::print);
        fn("len", (s, a, kw, ts) -> {
            Args.check("len", a, kw, 1, 1, ts);
            return PyInt.of(len(a[0], ts), ts);
        });
        fn("repr", (s, a, kw, ts) -> {
            Args.check("repr", a, kw, 1, 1, ts);
            return Repr.reprObj(a[0], ts);
        });
        fn("ascii", (s, a, kw, ts) -> {
            Args.check("ascii", a, kw, 1, 1, ts);
            return PyStr.of(Repr.ascii(Repr.repr(a[0], ts)), ts);
        });
        fn("abs", (s, a, kw, ts) -> {
            Args.check("abs", a, kw, 1, 1, ts);
            return Arith.abs(a[0], ts);
        });
        fn("hash", (s, a, kw, ts) -> {
            Args.check("hash", a, kw, 1, 1, ts);
            return PyInt.of(Ops.hash(a[0], ts), ts);
        });
        fn("id", (s, a, kw, ts) -> {
            Args.check("id", a, kw, 1, 1, ts);
            return PyInt.of(0x7f0000000000L + a[0].id() * 16, ts);
        });
        fn("callable", (s, a, kw, ts) -> {
            Args.check("callable", a, kw, 1, 1, ts);
            PyObject o = a[0];
            return PyBool.of(o instanceof PyFunction || o instanceof PyBuiltin || o instanceof PyType
                    || o instanceof org.interlock.runtime.objects.PyMethod || Ops.special(o, Names.__call__, ts) != null);
        });
        fn("isinstance", (s, a, kw, ts) -> {
            Args.check("isinstance", a, kw, 2, 2, ts);
            return PyBool.of(isInstance(a[0], a[1], ts));
        });
        fn("issubclass", (s, a, kw, ts) -> {
            Args.check("issubclass", a, kw, 2, 2, ts);
            if (!(a[0] instanceof PyType t)) throw ExcTypes.typeError("issubclass() arg 1 must be a class", ts);
            return PyBool.of(isSubclass(t, a[1], ts));
        });
        fn("hasattr", (s, a, kw, ts) -> {
            Args.check("hasattr", a, kw, 2, 2, ts);
            PyObject v = lookupAttr(a[0], attrName(a[1], ts), ts);
            if (v == null) return PyBool.FALSE;
            ts.refs.decref(v, ts);
            return PyBool.TRUE;
        });
        fn("getattr", (s, a, kw, ts) -> {
            Args.check("getattr", a, kw, 2, 3, ts);
            PyStr n = attrName(a[1], ts);
            if (a.length == 3) {
                PyObject v = lookupAttr(a[0], n, ts);
                return v != null ? v : Ops.incref(a[2], ts);
            }
            return Ops.getAttr(a[0], n, ts);
        });
        fn("setattr", (s, a, kw, ts) -> {
            Args.check("setattr", a, kw, 3, 3, ts);
            Ops.setAttr(a[0], attrName(a[1], ts), a[2], ts);
            return Ops.NONE;
        });
        fn("delattr", (s, a, kw, ts) -> {
            Args.check("delattr", a, kw, 2, 2, ts);
            Ops.delAttr(a[0], attrName(a[1], ts), ts);
            return Ops.NONE;
        });
        fn("iter", (s, a, kw, ts) -> {
            Args.check("iter", a, kw, 1, 2, ts);
            if (a.length == 2) {
                PyObject f = a[0], sentinel = a[1];
                return new FuncIter(Iter.SEQ_ITER, t -> {
                    PyObject v = Calls.call(f, new PyObject[0], null, t);
                    if (Ops.eq(v, sentinel, t)) {
                        t.refs.decref(v, t);
                        return null;
                    }
                    return v;
                }, ts, f, sentinel);
            }
            return Iter.iter(a[0], ts);
        });
        fn("aiter", (s, a, kw, ts) -> {
            Args.check("aiter", a, kw, 1, 1, ts);
            PyObject m = Ops.special(a[0], AITER, ts);
            if (m == null) throw ExcTypes.typeError("'" + Ops.typeName(a[0]) + "' object is not an async iterable", ts);
            PyObject it = Ops.callSpecial(m, a[0], ts);
            if (Ops.special(it, ANEXT, ts) == null) {
                String t = Ops.typeName(it);
                ts.refs.decref(it, ts);
                throw ExcTypes.typeError("aiter() returned not an async iterator of type '" + t + "'", ts);
            }
            return it;
        });
        fn("anext", (s, a, kw, ts) -> {
            Args.check("anext", a, kw, 1, 2, ts);
            PyObject m = Ops.special(a[0], ANEXT, ts);
            if (m == null) throw ExcTypes.typeError("'" + Ops.typeName(a[0]) + "' object is not an async iterator", ts);
            PyObject aw = Ops.callSpecial(m, a[0], ts);
            if (a.length == 1) return aw;
            try {
                return Calls.call(anextDefault(ts), new PyObject[] {aw, a[1]}, null, ts);
            } finally {
                ts.refs.decref(aw, ts);
            }
        });
        fn("next", (s, a, kw, ts) -> {
            Args.check("next", a, kw, 1, 2, ts);
            if (!(a[0] instanceof org.interlock.runtime.objects.PyIter) && Ops.special(a[0], Names.__next__, ts) == null
                    || a[0] instanceof org.interlock.runtime.objects.PyGenerator cg && cg.isCoroutine()) {
                throw ExcTypes.typeError("'" + Ops.typeName(a[0]) + "' object is not an iterator", ts);
            }
            if (a[0] instanceof org.interlock.runtime.objects.PyGenerator g) {
                try {
                    return g.sendPublic(Ops.NONE, ts);
                } catch (PyException e) {
                    if (a.length == 2 && Ops.isInstance(e.exc, ExcTypes.STOP_ITERATION)) {
                        ts.refs.decref(e.exc, ts);
                        return Ops.incref(a[1], ts);
                    }
                    throw e;
                }
            }
            if (a[0] instanceof org.interlock.runtime.objects.PyIter it) {
                PyObject v = it.next(ts);
                if (v != null) return v;
                if (a.length == 2) return Ops.incref(a[1], ts);
                throw ExcTypes.raiseArgs(ExcTypes.STOP_ITERATION, ts);
            }
            try {
                return Ops.callSpecial(Ops.special(a[0], Names.__next__, ts), a[0], ts);
            } catch (PyException e) {
                if (a.length == 2 && Ops.isInstance(e.exc, ExcTypes.STOP_ITERATION)) {
                    ts.refs.decref(e.exc, ts);
                    return Ops.incref(a[1], ts);
                }
                throw e;
            }
        });
        fn("sum", (s, a, kw, ts) -> {
            Args.onlyKw("sum", kw, ts, "start");
            PyObject start = Args.arg(a, kw, 1, "start");
            if (Args.npos(a, kw) < 1) throw ExcTypes.typeError("sum() takes at least 1 positional argument (0 given)", ts);
            if (start instanceof PyStr) throw ExcTypes.typeError("sum() can't sum strings [use ''.join(seq) instead]", ts);
            PyObject acc = Ops.incref(start == null ? PyInt.of(0, ts) : start, ts);
            PyObject it = Iter.iter(a[0], ts);
            try {
                PyObject x;
                while ((x = Iter.next(it, ts)) != null) {
                    try {
                        PyObject r = Arith.binary(org.interlock.runtime.compiler.Op.B_ADD, acc, x, ts);
                        ts.refs.decref(acc, ts);
                        acc = r;
                    } finally {
                        ts.refs.decref(x, ts);
                    }
                }
            } catch (RuntimeException e) {
                ts.refs.decref(acc, ts);
                throw e;
            } finally {
                ts.refs.decref(it, ts);
            }
            return acc;
        });
        fn("min", (s, a, kw, ts) -> minmax("min", a, kw, true, ts));
        fn("max", (s, a, kw, ts) -> minmax("max", a, kw, false, ts));
        fn("any", (s, a, kw, ts) -> {
            Args.check("any", a, kw, 1, 1, ts);
            return PyBool.of(anyAll(a[0], true, ts));
        });
        fn("all", (s, a, kw, ts) -> {
            Args.check("all", a, kw, 1, 1, ts);
            return PyBool.of(!anyAll(a[0], false, ts));
        });
        fn("sorted", (s, a, kw, ts) -> {
            Args.onlyKw("sorted", kw, ts, "key", "reverse");
            if (Args.npos(a, kw) != 1) {
                throw ExcTypes.typeError("sorted expected 1 argument, got " + Args.npos(a, kw), ts);
            }
            PyObject[] items = Iter.toArray(a[0], ts);
            PyList l = PyList.fromNewRefs(items, items.length, ts);
            try {
                Sorting.sort(l, Args.kw(a, kw, "key"), Args.kw(a, kw, "reverse"), ts);
            } catch (RuntimeException e) {
                ts.refs.decref(l, ts);
                throw e;
            }
            return l;
        });
        fn("divmod", (s, a, kw, ts) -> {
            Args.check("divmod", a, kw, 2, 2, ts);
            PyObject own = userDivmod(a[0], a[1], ts);
            if (own != null) return own;
            // The pair is computed as // then %, but a float divisor of zero names divmod itself.
            if ((a[0] instanceof PyFloat || a[1] instanceof PyFloat) && isRealNumber(a[0]) && isRealNumber(a[1])
                    && !Ops.isTrue(a[1], ts)) {
                throw ExcTypes.raise(ExcTypes.ZERO_DIVISION_ERROR, "float divmod()", ts);
            }
            PyObject q = Arith.binary(org.interlock.runtime.compiler.Op.B_FLOORDIV, a[0], a[1], ts);
            PyObject r;
            try {
                r = Arith.binary(org.interlock.runtime.compiler.Op.B_MOD, a[0], a[1], ts);
            } catch (RuntimeException e) {
                ts.refs.decref(q, ts);
                throw e;
            }
            return PyTuple.fromNewRefs(new PyObject[] {q, r}, ts);
        });
        fn("pow", (s, a, kw, ts) -> {
            Args.count("pow", a.length, 2, 3, ts);
            if (a.length == 3 && a[2] != Ops.NONE) return Arith.pow3(a[0], a[1], a[2], ts);
            return Arith.binary(org.interlock.runtime.compiler.Op.B_POW, a[0], a[1], ts);
        });
        fn("round", (s, a, kw, ts) -> {
            Args.onlyKw("round", kw, ts, "ndigits");
            PyObject nd = Args.arg(a, kw, 1, "ndigits");
            return NumberMethods.round(a[0], nd == Ops.NONE ? null : nd, ts);
        });
        fn("chr", (s, a, kw, ts) -> {
            Args.check("chr", a, kw, 1, 1, ts);
            long c = Ops.index(a[0], ts);
            if (c < 0 || c > 0x10FFFF) throw ExcTypes.valueError("chr() arg not in range(0x110000)", ts);
            return PyStr.ofCodePoint((int) c, ts);
        });
        fn("ord", (s, a, kw, ts) -> {
            Args.check("ord", a, kw, 1, 1, ts);
            if (a[0] instanceof PyStr str) {
                if (str.length() != 1) {
                    throw ExcTypes.typeError("ord() expected a character, but string of length " + str.length() + " found", ts);
                }
                return PyInt.of(str.codePointAt(0), ts);
            }
            if (a[0] instanceof PyBytes b && b.length() == 1) return PyInt.of(b.at(0), ts);
            throw ExcTypes.typeError("ord() expected string of length 1, but " + Ops.typeName(a[0]) + " found", ts);
        });
        fn("hex", (s, a, kw, ts) -> radix(a, kw, 16, "0x", ts));
        fn("oct", (s, a, kw, ts) -> radix(a, kw, 8, "0o", ts));
        fn("bin", (s, a, kw, ts) -> radix(a, kw, 2, "0b", ts));
        fn("format", (s, a, kw, ts) -> {
            Args.check("format", a, kw, 1, 2, ts);
            return PyStr.of(Format.format(a[0], a.length > 1 ? ((PyStr) a[1]).value() : "", ts), ts);
        });
        fn("vars", (s, a, kw, ts) -> {
            Args.check("vars", a, kw, 0, 1, ts);
            if (a.length == 0) return locals(ts);
            PyObject d = Ops.getAttrOrNull(a[0], Names.__dict__, ts);
            if (d == null) throw ExcTypes.typeError("vars() argument must have __dict__ attribute", ts);
            return d;
        });
        fn("locals", (s, a, kw, ts) -> locals(ts));
        fn("globals", (s, a, kw, ts) -> Ops.incref(ExecState.of(ts).frame.globals, ts));
        fn("dir", (s, a, kw, ts) -> dir(a, ts));
        fn("input", (s, a, kw, ts) -> {
            ExecState es = ExecState.of(ts);
            if (a.length > 0) {
                es.interp.stdout().print(Repr.str(a[0], ts));
                es.interp.stdout().flush();
            }
            String line;
            try {
                line = ts.blocking(() -> readLine(es.interp.config().stdin()));
            } catch (java.io.IOException e) {
                throw ExcTypes.raise(ExcTypes.OS_ERROR, String.valueOf(e.getMessage()), ts);
            }
            if (line == null) throw ExcTypes.raise(ExcTypes.EOF_ERROR, "EOF when reading a line", ts);
            return PyStr.of(line, ts);
        });
        fn("open", FileIO::open);
        fn("exit", (s, a, kw, ts) -> { throw exit(a, ts); });
        fn("quit", (s, a, kw, ts) -> { throw exit(a, ts); });
        fn("__build_class__", ClassBuilder::buildClass);
        fn("eval", (s, a, kw, ts) -> EvalExec.run("eval", a, kw, ts));
        fn("exec", (s, a, kw, ts) -> EvalExec.run("exec", a, kw, ts));
        fn("compile", EvalExec::compile);
        fn("__import__", (s, a, kw, ts) -> {
            ExecState es = ExecState.of(ts);
            PyObject fromlist = Args.arg(a, kw, 3, "fromlist");
            PyObject level = Args.arg(a, kw, 4, "level");
            return es.interp.importer().importName(((PyStr) a[0]).value(), es.frame == null ? null : es.frame.globals,
                    fromlist == null ? Ops.NONE : fromlist, level == null ? 0 : (int) Ops.index(level, ts), ts);
        });
    }

    private static PyException exit(PyObject[] a, ThreadState ts) {
        return new PyException(PyBaseException.of(ExcTypes.SYSTEM_EXIT, ts, a));
    }

    static String readLine(java.io.InputStream in) throws java.io.IOException {
        StringBuilder sb = new StringBuilder();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        int c;
        boolean any = false;
        while ((c = in.read()) >= 0) {
            any = true;
            if (c == '\n') break;
            bytes.write(c);
        }
        if (!any) return null;
        sb.append(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) == '\r') sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    /** Makes the builtins module of one interpreter. */
    public static PyModule create(ThreadState ts) {
        PyModule m = new PyModule("builtins", ts);
        for (var e : FUNCTIONS.entrySet()) m.put(e.getKey(), e.getValue(), ts);
        for (var e : TypeSetup.TYPES.entrySet()) m.put(e.getKey(), e.getValue(), ts);
        for (var e : ExcTypes.ALL.entrySet()) m.put(e.getKey(), e.getValue(), ts);
        m.put("EnvironmentError", ExcTypes.OS_ERROR, ts);
        m.put("IOError", ExcTypes.OS_ERROR, ts);
        m.put("None", Ops.NONE, ts);
        m.put("True", PyBool.TRUE, ts);
        m.put("False", PyBool.FALSE, ts);
        m.put("NotImplemented", Singletons.NOT_IMPLEMENTED, ts);
        m.put("Ellipsis", Singletons.ELLIPSIS, ts);
        m.put("__debug__", PyBool.TRUE, ts);
        return m;
    }

    static PyStr attrName(PyObject o, ThreadState ts) {
        if (!(o instanceof PyStr s)) {
            throw ExcTypes.typeError("attribute name must be string, not '" + Ops.typeName(o) + "'", ts);
        }
        return PyStr.intern(s);
    }

    /** {@code len(o)}. */
    public static long len(PyObject o, ThreadState ts) {
        if (o instanceof PyStr s) return s.length();
        if (o instanceof PyList l) return l.len(ts);
        if (o instanceof PyTuple t) return t.size();
        if (o instanceof PyDict d) return d.len(ts);
        if (o instanceof PySet s) return s.len(ts);
        if (o instanceof PyRange r) return r.length();
        if (o instanceof PyBytes b) return b.length();
        if (o instanceof DictView v) return v.dict.len(ts);
        PyObject m = Ops.special(o, Names.__len__, ts);
        if (m == null) throw ExcTypes.typeError("object of type '" + Ops.typeName(o) + "' has no len()", ts);
        PyObject r = Ops.callSpecial(m, o, ts);
        try {
            if (!(r instanceof PyInt)) {
                throw ExcTypes.typeError("'" + Ops.typeName(r) + "' object cannot be interpreted as an integer", ts);
            }
            long n = Ops.index(r, ts);
            if (n < 0) throw ExcTypes.valueError("__len__() should return >= 0", ts);
            return n;
        } finally {
            ts.refs.decref(r, ts);
        }
    }

    static boolean isInstance(PyObject o, PyObject cls, ThreadState ts) {
        if (cls instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) if (isInstance(o, t.get(i), ts)) return true;
            return false;
        }
        if (cls instanceof org.interlock.runtime.objects.PyGenericAlias) {
            throw ExcTypes.typeError("isinstance() argument 2 cannot be a parameterized generic", ts);
        }
        if (cls instanceof org.interlock.runtime.objects.PyUnionType u) {
            checkUnionMembers(u, "isinstance", ts);
            return isInstance(o, u.args, ts);
        }
        if (!(cls instanceof PyType t)) {
            // As CPython: any object whose class defines __instancecheck__ (typing's aliases) decides.
            Boolean r = nonTypeCheck(cls, "__instancecheck__", o, ts);
            if (r != null) return r;
            throw ExcTypes.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union", ts);
        }
        Boolean r = MetaTypes.metaInstanceCheck(o, t, ts);
        if (r != null) return r;
        return Ops.isInstance(o, t) || classAttrIsSubtype(o, t, ts);
    }

    /**
     * As CPython's isinstance after the type test fails: an instance of a Python class whose
     * {@code __class__} is not its type (a weak proxy, a mock) is an instance of what
     * {@code __class__} names. An AttributeError reading {@code __class__} means "no".
     */
    private static boolean classAttrIsSubtype(PyObject o, PyType t, ThreadState ts) {
        if (!(o instanceof org.interlock.runtime.objects.PyObj)) return false;
        PyObject c = lookupAttr(o, org.interlock.runtime.vm.Names.__class__, ts);
        if (c == null) return false;
        try {
            return c != o.type() && c instanceof PyType ct && Ops.isSubtype(ct, t);
        } finally {
            ts.refs.decref(c, ts);
        }
    }

    /**
     * {@code o.name} as a new reference, or null when it is missing or its lookup raised
     * AttributeError (CPython's {@code _PyObject_LookupAttr}); any other error propagates.
     */
    private static PyObject lookupAttr(PyObject o, PyStr name, ThreadState ts) {
        try {
            return Ops.getAttrOrNull(o, name, ts);
        } catch (PyException e) {
            if (!Ops.isInstance(e.exc, ExcTypes.ATTRIBUTE_ERROR)) throw e;
            ts.refs.decref(e.exc, ts);
            return null;
        }
    }

    /** As CPython: a union holding a parameterized generic cannot be checked against, before any member is tried. */
    private static void checkUnionMembers(org.interlock.runtime.objects.PyUnionType u, String fn, ThreadState ts) {
        for (int i = 0; i < u.args.size(); i++) {
            if (u.args.get(i) instanceof org.interlock.runtime.objects.PyGenericAlias) {
                throw ExcTypes.typeError(fn + "() argument 2 cannot be a parameterized generic", ts);
            }
        }
    }

    /** {@code type(cls).<hook>(cls, arg)} as a truth value, or null when type(cls) has no such hook. */
    private static Boolean nonTypeCheck(PyObject cls, String hook, PyObject arg, ThreadState ts) {
        PyObject m = Ops.special(cls, PyStr.intern(hook), ts);
        if (m == null) return null;
        PyObject r = Ops.callSpecial(m, cls, ts, arg);
        try {
            return Ops.isTrue(r, ts);
        } finally {
            ts.refs.decref(r, ts);
        }
    }

    static boolean isSubclass(PyType c, PyObject cls, ThreadState ts) {
        if (cls instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) if (isSubclass(c, t.get(i), ts)) return true;
            return false;
        }
        if (cls instanceof org.interlock.runtime.objects.PyUnionType u) {
            checkUnionMembers(u, "issubclass", ts);
            return isSubclass(c, u.args, ts);
        }
        if (!(cls instanceof PyType t)) {
            Boolean r = nonTypeCheck(cls, "__subclasscheck__", c, ts);
            if (r != null) return r;
            throw ExcTypes.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union", ts);
        }
        Boolean r = MetaTypes.metaSubclassCheck(c, t, ts);
        return r != null ? r : Ops.isSubtype(c, t);
    }

    private static PyObject print(PyObject self, PyObject[] a, String[] kw, ThreadState ts) {
        Args.onlyKw("print", kw, ts, "sep", "end", "file", "flush");
        PyObject sepO = Args.kw(a, kw, "sep"), endO = Args.kw(a, kw, "end"), file = Args.kw(a, kw, "file");
        PyObject flush = Args.kw(a, kw, "flush");
        String sep = sepO == null || sepO == Ops.NONE ? " " : strArg(sepO, "sep", ts);
        String end = endO == null || endO == Ops.NONE ? "\n" : strArg(endO, "end", ts);
        int n = Args.npos(a, kw);
        boolean doFlush = flush != null && Ops.isTrue(flush, ts);
        ExecState es = ExecState.of(ts);
        if (file == null || file == Ops.NONE) {
            PyObject out = es.interp.sysModule().dict.get(PyStr.intern("stdout"), ts);
            if (out != null) {
                try {
                    printTo(out, a, n, sep, end, doFlush, ts);
                } finally {
                    ts.refs.decref(out, ts);
                }
                return Ops.NONE;
            }
            PrintStream ps = es.interp.stdout();
            ps.print(joined(a, n, sep, end, ts));
            return Ops.NONE;
        }
        printTo(file, a, n, sep, end, doFlush, ts);
        return Ops.NONE;
    }

    private static String joined(PyObject[] a, int n, String sep, String end, ThreadState ts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(sep);
            sb.append(Repr.str(a[i], ts));
        }
        return sb.append(end).toString();
    }

    /**
     * A file object of the runtime gets the line in one write; any other object gets one
     * write() call per piece (each argument, each separator, the end), as CPython's print
     * makes them (a redirect_stdout target sees the same calls).
     */
    private static void printTo(PyObject file, PyObject[] a, int n, String sep, String end, boolean flush,
                                ThreadState ts) {
        if (file instanceof FileIO.PyFile) {
            write(file, joined(a, n, sep, end, ts), flush, ts);
            return;
        }
        for (int i = 0; i < n; i++) {
            if (i > 0) write(file, sep, false, ts);
            write(file, Repr.str(a[i], ts), false, ts);
        }
        write(file, end, flush, ts);
    }

    private static void write(PyObject file, String text, boolean flush, ThreadState ts) {
        if (file instanceof FileIO.PyFile f) {
            f.write(text, ts);
            if (flush) f.flush(ts);
            return;
        }
        PyObject w = Ops.getAttr(file, PyStr.intern("write"), ts);
        PyObject s = PyStr.of(text, ts);
        try {
            ts.refs.decref(Calls.call1(w, s, ts), ts);
        } finally {
            ts.refs.decref(s, ts);
            ts.refs.decref(w, ts);
        }
        if (flush) {
            PyObject fl = Ops.getAttrOrNull(file, PyStr.intern("flush"), ts);
            if (fl != null) {
                ts.refs.decref(Calls.call(fl, new PyObject[0], null, ts), ts);
                ts.refs.decref(fl, ts);
            }
        }
    }

    private static String strArg(PyObject o, String what, ThreadState ts) {
        if (!(o instanceof PyStr s)) throw ExcTypes.typeError(what + " must be None or a string, not " + Ops.typeName(o), ts);
        return s.value();
    }

    private static boolean anyAll(PyObject iterable, boolean want, ThreadState ts) {
        PyObject it = Iter.iter(iterable, ts);
        try {
            PyObject x;
            while ((x = Iter.next(it, ts)) != null) {
                boolean t;
                try {
                    t = Ops.isTrue(x, ts);
                } finally {
                    ts.refs.decref(x, ts);
                }
                if (t == want) return true;
            }
            return false;
        } finally {
            ts.refs.decref(it, ts);
        }
    }

    private static PyObject minmax(String name, PyObject[] a, String[] kw, boolean min, ThreadState ts) {
        Args.onlyKw(name, kw, ts, "key", "default");
        int n = Args.npos(a, kw);
        PyObject key = Args.kw(a, kw, "key");
        if (key == Ops.NONE) key = null;
        PyObject dflt = Args.kw(a, kw, "default");
        if (n == 0) throw ExcTypes.typeError(name + " expected at least 1 argument, got 0", ts);
        PyObject[] items;
        if (n == 1) {
            items = Iter.toArray(a[0], ts);
        } else {
            if (dflt != null) {
                throw ExcTypes.typeError("Cannot specify a default for " + name + "() with multiple positional arguments", ts);
            }
            items = new PyObject[n];
            for (int i = 0; i < n; i++) items[i] = Ops.incref(a[i], ts);
        }
        try {
            if (items.length == 0) {
                if (dflt != null) return Ops.incref(dflt, ts);
                throw ExcTypes.valueError(name + "() arg is an empty sequence", ts);
            }
            PyObject best = items[0];
            PyObject bestKey = key == null ? Ops.incref(best, ts) : Calls.call1(key, best, ts);
            try {
                for (int i = 1; i < items.length; i++) {
                    PyObject k = key == null ? Ops.incref(items[i], ts) : Calls.call1(key, items[i], ts);
                    boolean better = min ? Compare.lt(k, bestKey, ts) : Compare.lt(bestKey, k, ts);
                    if (better) {
                        ts.refs.decref(bestKey, ts);
                        bestKey = k;
                        best = items[i];
                    } else {
                        ts.refs.decref(k, ts);
                    }
                }
            } finally {
                ts.refs.decref(bestKey, ts);
            }
            return Ops.incref(best, ts);
        } finally {
            for (PyObject x : items) ts.refs.decref(x, ts);
        }
    }

    private static PyObject radix(PyObject[] a, String[] kw, int radix, String prefix, ThreadState ts) {
        Args.check(prefix.equals("0x") ? "hex" : prefix.equals("0o") ? "oct" : "bin", a, kw, 1, 1, ts);
        long dummy = a[0] instanceof PyInt ? 0 : Ops.index(a[0], ts);
        BigInteger v = a[0] instanceof PyInt i ? (i.isSmall() ? BigInteger.valueOf(i.longValue()) : i.bigValue())
                : BigInteger.valueOf(dummy);
        String s = (v.signum() < 0 ? "-" : "") + prefix + v.abs().toString(radix);
        return PyStr.of(s, ts);
    }

    static PyObject locals(ThreadState ts) {
        Frame f = ExecState.of(ts).frame;
        if (f.mapping != null) return Ops.incref(f.mapping, ts);
        if (f.locals != null) return Ops.incref(f.locals, ts);
        // a function: the frame's one snapshot dict, refreshed (unbound names removed)
        PyDict d = f.localsSnapshot;
        if (d == null) {
            d = new PyDict(ts);
            f.localsSnapshot = d;
        }
        String[] names = f.code.unit.varnames();
        for (int i = 0; i < names.length; i++) snapshotSet(d, names[i], f.s[i], false, ts);
        String[] cells = f.code.unit.cellvars();
        String[] frees = f.code.unit.freevars();
        for (int i = 0; i < cells.length + frees.length; i++) {
            PyObject v = ((PyCell) f.s[f.code.nlocals + i]).get(ts);
            snapshotSet(d, i < cells.length ? cells[i] : frees[i - cells.length], v, true, ts);
        }
        return Ops.incref(d, ts);
    }

    /** Stores {@code v} (owned when {@code owned}) under {@code name}, or removes the name if v is null. */
    private static void snapshotSet(PyDict d, String name, PyObject v, boolean owned, ThreadState ts) {
        PyStr k = PyStr.intern(name);
        if (v == null) {
            d.delete(k, ts);
            return;
        }
        d.set(k, v, ts);
        if (owned) ts.refs.decref(v, ts);
    }

    private static PyObject dir(PyObject[] a, ThreadState ts) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        if (a.length == 0) {
            PyObject l = locals(ts);
            try {
                for (PyObject k : l instanceof PyDict ld ? ld.keys(ts) : org.interlock.runtime.vm.Iter.toArray(l, ts)) {
                    names.add(k.toString());
                    ts.refs.decref(k, ts);
                }
            } finally {
                ts.refs.decref(l, ts);
            }
        } else {
            PyObject o = a[0];
            if (o instanceof PyModule m) {
                for (PyObject k : m.dict.keys(ts)) {
                    names.add(k.toString());
                    ts.refs.decref(k, ts);
                }
            } else {
                if (o instanceof org.interlock.object.PyInstance inst && inst.dictOrNull() != null) {
                    for (PyObject k : inst.dictOrNull().keys(ts)) {
                        names.add(k.toString());
                        ts.refs.decref(k, ts);
                    }
                }
                PyType t = o instanceof PyType tt ? tt : o.type();
                for (PyType c : PyClass.mroOf(t)) {
                    if (c instanceof PyClass pc) {
                        for (PyObject k : pc.dict.keys(ts)) {
                            names.add(k.toString());
                            ts.refs.decref(k, ts);
                        }
                    } else {
                        names.addAll(TypeInfo.of(c).methods.keySet());
                    }
                }
            }
        }
        List<PyObject> out = new ArrayList<>();
        for (String n : names) out.add(PyStr.of(n, ts));
        PyObject[] arr = out.toArray(new PyObject[0]);
        return PyList.fromNewRefs(arr, arr.length, ts);
    }

    /** For {@code super()} with no arguments: the caller frame's first argument and __class__ cell. */
    static PyObject zeroArgSuper(ThreadState ts) {
        Frame f = ExecState.of(ts).frame;
        if (f == null || f.code.unit.argcount() == 0 && (f.code.flags & 4) == 0) {
            throw ExcTypes.raise(ExcTypes.RUNTIME_ERROR, "super(): no arguments", ts);
        }
        PyObject self = f.s[0];
        String[] cells = f.code.unit.cellvars();
        if (self == null && cells.length > 0 && f.code.unit.cell2arg()[0] == 0) {
            PyObject v = ((PyCell) f.s[f.code.nlocals]).get(ts);
            if (v != null) {
                ts.refs.decref(v, ts);
                self = v;
            }
        }
        if (self == null) throw ExcTypes.raise(ExcTypes.RUNTIME_ERROR, "super(): arg[0] deleted", ts);
        String[] frees = f.code.unit.freevars();
        for (int i = 0; i < frees.length; i++) {
            if (frees[i].equals("__class__")) {
                PyObject c = ((PyCell) f.s[f.code.nlocals + cells.length + i]).get(ts);
                if (c == null) throw ExcTypes.raise(ExcTypes.RUNTIME_ERROR, "super(): empty __class__ cell", ts);
                try {
                    if (!(c instanceof PyType t)) throw ExcTypes.raise(ExcTypes.RUNTIME_ERROR, "super(): __class__ is not a type", ts);
                    return new PySuper(t, self, ts);
                } finally {
                    ts.refs.decref(c, ts);
                }
            }
        }
        throw ExcTypes.raise(ExcTypes.RUNTIME_ERROR, "super(): __class__ cell not found", ts);
    }

    static PyObject unused(PyFloat f, PySlice s, PyDescriptor d) {
        return null;
    }

    static PyObject seqIter(PyObject o, ThreadState ts) {
        return new SeqIter(o, true, ts);
    }

    private static boolean isRealNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat;
    }

    /**
     * {@code divmod(x, y)} by a class's own {@code __divmod__} or the right operand's
     * {@code __rdivmod__} (new reference), or null when neither is a class defining one or
     * both answer NotImplemented, and the builtin pair applies.
     */
    private static PyObject userDivmod(PyObject x, PyObject y, ThreadState ts) {
        PyObject[] order = {x, y};
        PyStr[] names = {PyStr.intern("__divmod__"), PyStr.intern("__rdivmod__")};
        for (int i = 0; i < 2; i++) {
            PyObject self = order[i];
            if (!(self.type() instanceof PyClass) || (i == 1 && x.type() == y.type())) continue;
            PyObject m = Ops.special(self, names[i], ts);
            if (m == null) continue;
            PyObject r = Ops.callSpecial(m, self, ts, order[1 - i]);
            if (r != Singletons.NOT_IMPLEMENTED) return r;
            ts.refs.decref(r, ts);
        }
        return null;
    }
}
