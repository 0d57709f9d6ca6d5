package org.interlock.runtime.modules;

import java.util.ArrayList;
import java.util.List;
import org.interlock.object.PyBool;
import org.interlock.object.PyDict;
import org.interlock.object.PyInt;
import org.interlock.object.PyList;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyTuple;
import org.interlock.object.ThreadState;
import org.interlock.runtime.Interpreter;
import org.interlock.runtime.builtins.FileIO;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyBaseException;
import org.interlock.runtime.objects.PyException;
import org.interlock.runtime.objects.PyModule;
import org.interlock.runtime.vm.ExecState;
import org.interlock.runtime.vm.Ops;

/** {@code sys}. */
final class SysModule {
    private SysModule() {}

    static PyModule create(Interpreter interp, PyDict modules, ThreadState ts) {
        PyModule m = new PyModule("sys", ts);
        ModuleDef d = new ModuleDef(m, ts);
        List<PyObject> argv = new ArrayList<>();
        for (String a : interp.config().argv()) argv.add(PyStr.of(a, ts));
        d.valNew("argv", PyList.fromNewRefs(argv.toArray(new PyObject[0]), argv.size(), ts));
        List<PyObject> path = new ArrayList<>();
        String env = System.getenv("INTERLOCK_PATH");
        if (env != null) for (String p : env.split(java.io.File.pathSeparator)) if (!p.isEmpty()) path.add(PyStr.of(p, ts));
        for (var p : interp.config().path()) path.add(PyStr.of(p.toString(), ts));
        d.valNew("path", PyList.fromNewRefs(path.toArray(new PyObject[0]), path.size(), ts));
        d.val("modules", modules);
        d.valNew("warnoptions", new PyList(ts));
        d.valNew("maxsize", PyInt.of(Long.MAX_VALUE, ts));
        d.valNew("platform", PyStr.of("linux", ts));
        d.valNew("byteorder", PyStr.of("little", ts));
        d.valNew("version", PyStr.of("3.11.0 (interlock)", ts));
        d.valNew("executable", PyStr.of("interlock", ts));
        d.valNew("implementation_name", PyStr.of("interlock", ts));
        // The plain tuple the Python half (ext/sys.py) turns into the struct sequence version_info.
        d.valNew("_version_info", PyTuple.fromNewRefs(new PyObject[] {PyInt.of(3, ts), PyInt.of(11, ts), PyInt.of(0, ts),
                PyStr.of("final", ts), PyInt.of(0, ts)}, ts));
        d.valNew("maxunicode", PyInt.of(0x10FFFF, ts));
        d.valNew("stdout", FileIO.PyFile.ofStream("<stdout>", interp.stdout(), ts));
        d.valNew("stderr", FileIO.PyFile.ofStream("<stderr>", interp.stderr(), ts));
        d.valNew("__stdout__", FileIO.PyFile.ofStream("<stdout>", interp.stdout(), ts));
        d.valNew("__stderr__", FileIO.PyFile.ofStream("<stderr>", interp.stderr(), ts));
        d.fn("exit", (s, a, kw, t) -> {
            throw new PyException(PyBaseException.of(ExcTypes.SYSTEM_EXIT, t, a));
        });
        d.fn("getrefcount", (s, a, kw, t) -> {
            if (a.length != 1) throw ExcTypes.typeError("getrefcount() takes exactly one argument (" + a.length + " given)", t);
            // the argument itself holds one reference, as in CPython
            return PyInt.of(a[0].isImmortal() ? (1L << 32) - 1 : t.refs.refcount(a[0]), t);
        });
        d.fn("getrecursionlimit", (s, a, kw, t) -> PyInt.of(interp.recursionLimit(), t));
        d.fn("setrecursionlimit", (s, a, kw, t) -> {
            long n = Ops.index(a[0], t);
            if (n < 1) throw ExcTypes.valueError("recursion limit must be greater or equal than 1", t);
            interp.setRecursionLimit((int) n);
            return Ops.NONE;
        });
        d.fn("_is_gil_enabled", (s, a, kw, t) -> PyBool.of(t.sched.isGlobalLock()));
        // Without a GIL the interval has no effect, but it is still remembered and reported,
        // as free-threaded CPython does.
        java.util.concurrent.atomic.AtomicLong interval = new java.util.concurrent.atomic.AtomicLong(
                ts.sched.isGlobalLock() ? ts.sched.switchIntervalNanos() : 5_000_000L);
        d.fn("getswitchinterval", (s, a, kw, t) -> org.interlock.object.PyFloat.of(
                (t.sched.isGlobalLock() ? t.sched.switchIntervalNanos() : interval.get()) / 1e9, t));
        d.fn("setswitchinterval", (s, a, kw, t) -> {
            double v = a[0] instanceof org.interlock.object.PyFloat f ? f.value() : Ops.index(a[0], t);
            if (v <= 0) throw ExcTypes.valueError("switch interval must be strictly positive", t);
            interval.set((long) (v * 1e9));
            t.sched.setSwitchIntervalNanos((long) (v * 1e9));
            return Ops.NONE;
        });
        d.fn("exc_info", (s, a, kw, t) -> {
            PyObject e = ExecState.of(t).excInfo;
            if (e == null) return PyTuple.of(t, Ops.NONE, Ops.NONE, Ops.NONE);
            org.interlock.runtime.objects.Traceback tb = e instanceof org.interlock.runtime.objects.PyBaseException b
                    ? b.traceback : null;
            if (tb == null) return PyTuple.of(t, e.type(), e, Ops.NONE);
            return PyTuple.fromNewRefs(new PyObject[] {Ops.incref(e.type(), t), Ops.incref(e, t),
                    new org.interlock.runtime.objects.PyTraceback(tb, t)}, t);
        });
        d.fn("exception", (s, a, kw, t) -> {
            PyObject e = ExecState.of(t).excInfo;
            return Ops.incref(e == null ? Ops.NONE : e, t);
        });
        d.fn("intern", (s, a, kw, t) -> PyStr.intern((PyStr) a[0]));
        d.fn("getsizeof", (s, a, kw, t) -> PyInt.of(64, t));
        d.fn("_getframe", (s, a, kw, t) -> org.interlock.runtime.vm.PyFrame.get(a.length == 0 ? 0 : (int) Ops.index(a[0], t), t));
        d.fn("_stdin_read", (s, a, kw, t) -> {
            long n = a.length > 0 && a[0] != Ops.NONE ? Ops.index(a[0], t) : -1;
            boolean line = a.length > 1 && Ops.isTrue(a[1], t);
            java.io.InputStream in = interp.config().stdin();
            String got;
            try {
                got = t.blocking(() -> readChars(in, n, line));
            } catch (java.io.IOException e) {
                throw ExcTypes.raise(ExcTypes.OS_ERROR, String.valueOf(e.getMessage()), t);
            }
            return PyStr.of(got, t);
        });
        d.valNew("policy", PyStr.of(interp.policy().name(), t(ts)));
        org.interlock.runtime.objects.PyBuiltin hook = new org.interlock.runtime.objects.PyBuiltin("unraisablehook",
                false, null, (s, a, kw, t) -> {
                    if (a.length != 1) {
                        throw ExcTypes.typeError("unraisablehook expected 1 argument, got " + a.length, t);
                    }
                    defaultUnraisableHook(interp, m, a[0], t);
                    return Ops.NONE;
                });
        org.interlock.runtime.objects.PyBuiltin excHook = new org.interlock.runtime.objects.PyBuiltin("excepthook",
                false, null, (s, a, kw, t) -> {
                    if (a.length != 3) throw ExcTypes.typeError("excepthook expected 3 arguments, got " + a.length, t);
                    if (a[1] instanceof PyBaseException e) {
                        writeStderr(interp, m, String.join("", org.interlock.runtime.vm.Errors.formatException(
                                e, true, Integer.MAX_VALUE, t)), t);
                    } else {
                        writeStderr(interp, m, "TypeError: print_exception(): Exception expected for value, "
                                + Ops.typeName(a[1]) + " found\n", t);
                    }
                    return Ops.NONE;
                });
        d.val("excepthook", excHook);
        d.val("__excepthook__", excHook);
        d.val("unraisablehook", hook);
        d.val("__unraisablehook__", hook);
        return m;
    }

    /**
     * CPython's default {@code sys.unraisablehook}: "ERR_MSG: repr(object)" (or "Exception
     * ignored in: repr(object)" without a message), then the exception's traceback and final
     * line, unchained, written to {@code sys.stderr} (which the program may have replaced).
     */
    private static void defaultUnraisableHook(Interpreter interp, PyModule sys, PyObject args, ThreadState ts) {
        PyObject msg = attr(args, "err_msg", ts);
        PyObject obj = attr(args, "object", ts);
        PyObject exc = attr(args, "exc_value", ts);
        try {
            StringBuilder sb = new StringBuilder();
            boolean hasMsg = msg != null && msg != Ops.NONE;
            if (obj != null && obj != Ops.NONE) {
                sb.append(hasMsg ? org.interlock.runtime.vm.Repr.str(msg, ts) + ": " : "Exception ignored in: ");
                String r;
                try {
                    r = org.interlock.runtime.vm.Repr.repr(obj, ts);
                } catch (PyException e) {
                    ts.refs.decref(e.exc, ts);
                    r = "<object repr() failed>";
                }
                sb.append(r).append('\n');
            } else if (hasMsg) {
                sb.append(org.interlock.runtime.vm.Repr.str(msg, ts)).append(":\n");
            }
            if (exc instanceof PyBaseException e) {
                for (String line : org.interlock.runtime.vm.Errors.formatException(e, false, Integer.MAX_VALUE, ts)) {
                    sb.append(line);
                }
            }
            writeStderr(interp, sys, sb.toString(), ts);
        } finally {
            if (msg != null) ts.refs.decref(msg, ts);
            if (obj != null) ts.refs.decref(obj, ts);
            if (exc != null) ts.refs.decref(exc, ts);
        }
    }

    /** Writes {@code s} with {@code sys.stderr.write} and flushes it; nothing when sys.stderr is None. */
    private static void writeStderr(Interpreter interp, PyModule sys, String s, ThreadState ts) {
        PyObject file = Ops.getAttrOrNull(sys, PyStr.intern("stderr"), ts);
        if (file == null) return;
        try {
            if (file == Ops.NONE) return;
            interp.stdout().flush();
            write(file, s, ts);
            PyObject fl = Ops.getAttrOrNull(file, PyStr.intern("flush"), ts);
            if (fl != null) {
                try {
                    ts.refs.decref(org.interlock.runtime.vm.Calls.call(fl, new PyObject[0], null, ts), ts);
                } finally {
                    ts.refs.decref(fl, ts);
                }
            }
        } finally {
            ts.refs.decref(file, ts);
        }
    }

    /** {@code file.write(s)}, for a file object the program may have supplied. */
    static void write(PyObject file, String s, ThreadState ts) {
        PyStr text = PyStr.of(s, ts);
        try {
            PyObject w = Ops.getAttr(file, PyStr.intern("write"), ts);
            try {
                ts.refs.decref(org.interlock.runtime.vm.Calls.call(w, new PyObject[] {text}, null, ts), ts);
            } finally {
                ts.refs.decref(w, ts);
            }
        } finally {
            ts.refs.decref(text, ts);
        }
    }

    private static PyObject attr(PyObject o, String name, ThreadState ts) {
        return Ops.getAttrOrNull(o, PyStr.intern(name), ts);
    }

    /**
     * Up to {@code n} characters (all when negative) of UTF-8 text from {@code in}, one byte
     * at a time so that {@code input()} and {@code sys.stdin} share the stream; with
     * {@code line}, stops after a newline.
     */
    static String readChars(java.io.InputStream in, long n, boolean line) throws java.io.IOException {
        StringBuilder sb = new StringBuilder();
        long count = 0;
        while (n < 0 || count < n) {
            int c = in.read();
            if (c < 0) break;
            if (c < 0x80) {
                sb.append((char) c);
            } else {
                int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
                byte[] b = new byte[extra + 1];
                b[0] = (byte) c;
                for (int i = 1; i <= extra; i++) {
                    int x = in.read();
                    if (x < 0) {
                        b = java.util.Arrays.copyOf(b, i);
                        break;
                    }
                    b[i] = (byte) x;
                }
                sb.append(new String(b, java.nio.charset.StandardCharsets.UTF_8));
            }
            count++;
            if (line && c == '\n') break;
        }
        return sb.toString();
    }

    private static ThreadState t(ThreadState ts) {
        return ts;
    }
}
