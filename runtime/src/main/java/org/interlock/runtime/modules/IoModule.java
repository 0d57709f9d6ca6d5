package org.interlock.runtime.modules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.interlock.object.PyBool;
import org.interlock.object.PyInt;
import org.interlock.object.PyList;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;
import org.interlock.runtime.Interpreter;
import org.interlock.runtime.builtins.ArgAccess;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyBaseException;
import org.interlock.runtime.objects.PyBuiltin;
import org.interlock.runtime.objects.PyBytes;
import org.interlock.runtime.objects.PyDescriptor;
import org.interlock.runtime.objects.PyModule;
import org.interlock.runtime.objects.PyObj;
import org.interlock.runtime.objects.TypeInfo;
import org.interlock.runtime.vm.Iter;
import org.interlock.runtime.vm.Ops;

/**
 * {@code io}: {@code StringIO} and {@code BytesIO} in Java ({@link MemoryStreams}), {@code open}
 * (the builtin), the file types, {@code UnsupportedOperation} and the SEEK constants. Each
 * method of a memory stream runs inside the stream's critical section, as list and bytearray
 * methods do, so a stream shared between threads never loses a write or tears its position.
 * Python subclasses get a stream as their backing ({@code __init__} sets the initial value).
 */
final class IoModule {
    private IoModule() {}

    static final PyType UNSUPPORTED = org.interlock.runtime.builtins.FileIO.UNSUPPORTED;

    private static PyObject locked(PyObject s, ThreadState ts, Supplier<PyObject> body) {
        ts.locks.enter(s, ts);
        try {
            return body.get();
        } finally {
            ts.locks.exit(ts);
        }
    }

    private static void checkOpen(MemoryStreams.Stream s, ThreadState ts) {
        // CPython's two classes word it differently
        if (s.closed) throw ExcTypes.valueError(s instanceof MemoryStreams.StringStream ? "I/O operation on closed file"
                : "I/O operation on closed file.", ts);
    }

    /** An optional size argument: -1 for None or absent. */
    private static int size(PyObject[] a, String[] kw, int i, String name, ThreadState ts) {
        PyObject v = ArgAccess.npos(a, kw) > i ? a[i] : ArgAccess.kw(a, kw, name);
        if (v == null || v == Ops.NONE) return -1;
        long n = Ops.index(v, ts);
        return n < 0 ? -1 : (int) Math.min(n, Integer.MAX_VALUE);
    }

    /** The next line for iteration (new reference) or null at the end; takes the lock itself. */
    static PyObject nextLine(MemoryStreams.Stream s, ThreadState ts) {
        PyObject line = locked(s, ts, () -> {
            checkOpen(s, ts);
            return readline(s, -1, ts);
        });
        boolean empty = line instanceof PyStr str ? str.length() == 0 : ((PyBytes) line).length() == 0;
        if (empty) {
            ts.refs.decref(line, ts);
            return null;
        }
        return line;
    }

    /** readline under the caller's lock. */
    private static PyObject readline(MemoryStreams.Stream s, int limit, ThreadState ts) {
        if (s instanceof MemoryStreams.StringStream t) {
            if (t.pos >= t.length) return PyStr.EMPTY;
            int end = t.lineEnd(t.pos, limit);
            String r = t.slice(t.pos, end);
            t.pos = end;
            return PyStr.of(r, ts);
        }
        MemoryStreams.BytesStream b = (MemoryStreams.BytesStream) s;
        if (b.pos >= b.length) return new PyBytes(new byte[0], false, ts);
        int end = b.lineEnd(b.pos, limit);
        byte[] r = Arrays.copyOfRange(b.data(), b.pos, end);
        b.pos = end;
        return new PyBytes(r, false, ts);
    }

    private static PyObject read(MemoryStreams.Stream s, int n, ThreadState ts) {
        int from = Math.min(s.pos, s.length);
        int to = n < 0 ? s.length : (int) Math.min((long) from + n, s.length);
        s.pos = Math.max(s.pos, to);
        if (s instanceof MemoryStreams.StringStream t) return PyStr.of(t.slice(from, to), ts);
        return new PyBytes(Arrays.copyOfRange(((MemoryStreams.BytesStream) s).data(), from, to), false, ts);
    }

    private static PyObject getvalue(MemoryStreams.Stream s, ThreadState ts) {
        if (s instanceof MemoryStreams.StringStream t) return PyStr.of(t.slice(0, t.length), ts);
        return new PyBytes(Arrays.copyOf(((MemoryStreams.BytesStream) s).data(), s.length), false, ts);
    }

    private static PyObject write(MemoryStreams.Stream s, PyObject v, ThreadState ts) {
        if (s instanceof MemoryStreams.StringStream t) {
            if (!(v instanceof PyStr str)) {
                throw ExcTypes.typeError("string argument expected, got '" + Ops.typeName(v) + "'", ts);
            }
            checkOpen(s, ts);
            t.write(str.value());
            return PyInt.of(str.length(), ts);
        }
        if (!(v instanceof PyBytes b)) {
            throw ExcTypes.typeError("a bytes-like object is required, not '" + Ops.typeName(v) + "'", ts);
        }
        checkOpen(s, ts);
        byte[] d = b.bytes();
        ((MemoryStreams.BytesStream) s).write(d);
        return PyInt.of(d.length, ts);
    }

    private static PyObject seek(MemoryStreams.Stream s, PyObject[] a, ThreadState ts) {
        if (a.length < 1) throw ExcTypes.typeError("seek expected at least 1 argument, got 0", ts);
        long off = Ops.index(a[0], ts);
        long whence = a.length > 1 ? Ops.index(a[1], ts) : 0;
        checkOpen(s, ts);
        boolean text = s instanceof MemoryStreams.StringStream;
        if (whence < 0 || whence > 2) {
            throw ExcTypes.valueError((text ? "Invalid" : "invalid") + " whence (" + whence + ", should be 0, 1 or 2)", ts);
        }
        if (text) {
            if (whence == 0 && off < 0) throw ExcTypes.valueError("Negative seek position " + off, ts);
            if (whence != 0 && off != 0) {
                throw ExcTypes.raise(ExcTypes.OS_ERROR, "Can't do nonzero cur-relative seeks", ts);
            }
            if (whence == 2) s.pos = s.length;
            else if (whence == 0) s.pos = (int) Math.min(off, Integer.MAX_VALUE);
            return PyInt.of(s.pos, ts);
        }
        if (whence == 0 && off < 0) throw ExcTypes.valueError("negative seek value " + off, ts);
        long p = whence == 0 ? off : whence == 1 ? s.pos + off : s.length + off;
        s.pos = (int) Math.max(0, Math.min(p, Integer.MAX_VALUE));
        return PyInt.of(s.pos, ts);
    }

    private static PyObject truncate(MemoryStreams.Stream s, PyObject[] a, ThreadState ts) {
        checkOpen(s, ts);
        long size = a.length > 0 && a[0] != Ops.NONE ? Ops.index(a[0], ts) : s.pos;
        if (size < 0) throw ExcTypes.valueError((s instanceof MemoryStreams.StringStream ? "Negative size value "
                : "negative size value ") + size, ts);
        s.truncate((int) Math.min(size, Integer.MAX_VALUE));
        return PyInt.of(size, ts);
    }

    private static PyObject readlines(MemoryStreams.Stream s, int hint, ThreadState ts) {
        List<PyObject> out = new ArrayList<>();
        long total = 0;
        while (true) {
            PyObject line = readline(s, -1, ts);
            int n = line instanceof PyStr str ? str.length() : ((PyBytes) line).length();
            if (n == 0) {
                ts.refs.decref(line, ts);
                break;
            }
            out.add(line);
            total += n;
            if (hint > 0 && total >= hint) break;
        }
        PyObject[] arr = out.toArray(new PyObject[0]);
        return PyList.fromNewRefs(arr, arr.length, ts);
    }

    /** Sets the initial value and options of a fresh or re-initialized stream. */
    private static PyObject init(MemoryStreams.Stream s, PyObject[] a, String[] kw, ThreadState ts) {
        PyObject init = ArgAccess.npos(a, kw) > 0 ? a[0] : ArgAccess.kw(a, kw, "initial_value");
        if (init == null) init = ArgAccess.kw(a, kw, "initial_bytes");
        if (s instanceof MemoryStreams.StringStream t) {
            PyObject nl = ArgAccess.npos(a, kw) > 1 ? a[1] : ArgAccess.kw(a, kw, "newline");
            if (nl != null && nl != Ops.NONE && !(nl instanceof PyStr)) {
                throw ExcTypes.typeError("newline must be str or None, not " + Ops.typeName(nl), ts);
            }
            if (nl instanceof PyStr ns && !List.of("", "\n", "\r", "\r\n").contains(ns.value())) {
                throw ExcTypes.valueError("illegal newline value: " + ns.value(), ts);
            }
            if (init != null && init != Ops.NONE && !(init instanceof PyStr)) {
                throw ExcTypes.typeError("initial_value must be str or None, not " + Ops.typeName(init), ts);
            }
            return locked(s, ts, () -> {
                t.translate = nl == Ops.NONE;
                t.length = 0;
                t.pos = 0;
                t.closed = false;
                PyObject iv = ArgAccess.npos(a, kw) > 0 ? a[0] : ArgAccess.kw(a, kw, "initial_value");
                if (iv instanceof PyStr str) {
                    t.write(str.value());
                    t.pos = 0;
                }
                return Ops.NONE;
            });
        }
        MemoryStreams.BytesStream b = (MemoryStreams.BytesStream) s;
        if (init instanceof PyStr) {
            throw ExcTypes.typeError("a bytes-like object is required, not 'str'", ts);
        }
        byte[] d = init == null || init == Ops.NONE ? new byte[0] : ArgAccess.bytesOf(init, ts);
        return locked(s, ts, () -> {
            b.buf = Arrays.copyOf(d, Math.max(16, d.length));
            b.length = d.length;
            b.pos = 0;
            b.closed = false;
            return Ops.NONE;
        });
    }

    private static MemoryStreams.Stream st(PyObject s) {
        return (MemoryStreams.Stream) s;
    }

    /** The constructor (a stream with its initial value) and the factory for Python subclasses. */
    private static void makeable(TypeInfo ti, java.util.function.Function<ThreadState, MemoryStreams.Stream> make) {
        ti.constructor = (t, a, kw, ts) -> {
            MemoryStreams.Stream s = make.apply(ts);
            try {
                init(s, a, kw, ts);
            } catch (RuntimeException e) {
                ts.refs.decref(s, ts);
                throw e;
            }
            return s;
        };
        ti.factory = (cls, ts) -> PyObj.withBacking(cls, make.apply(ts), ts);
    }

    private static boolean initDone;

    private static synchronized void initTypes() {
        if (initDone) return;
        initDone = true;
        TypeInfo sio = TypeInfo.of(MemoryStreams.STRING_IO);
        TypeInfo bio = TypeInfo.of(MemoryStreams.BYTES_IO);
        makeable(sio, MemoryStreams.StringStream::new);
        makeable(bio, MemoryStreams.BytesStream::new);
        for (TypeInfo ti : new TypeInfo[] {sio, bio}) {
            ti.method("__init__", (s, a, kw, ts) -> init(st(s), a, kw, ts));
            ti.method("read", (s, a, kw, ts) -> locked(s, ts, () -> {
                checkOpen(st(s), ts);
                return read(st(s), size(a, kw, 0, "size", ts), ts);
            }));
            ti.method("read1", (s, a, kw, ts) -> locked(s, ts, () -> {
                checkOpen(st(s), ts);
                return read(st(s), size(a, kw, 0, "size", ts), ts);
            }));
            ti.method("readline", (s, a, kw, ts) -> locked(s, ts, () -> {
                checkOpen(st(s), ts);
                return readline(st(s), size(a, kw, 0, "size", ts), ts);
            }));
            ti.method("readlines", (s, a, kw, ts) -> locked(s, ts, () -> {
                checkOpen(st(s), ts);
                return readlines(st(s), size(a, kw, 0, "hint", ts), ts);
            }));
            ti.method("write", (s, a, kw, ts) -> {
                if (a.length != 1) throw ExcTypes.typeError("write() takes exactly one argument (" + a.length + " given)", ts);
                return locked(s, ts, () -> write(st(s), a[0], ts));
            });
            ti.method("writelines", (s, a, kw, ts) -> {
                if (a.length != 1) throw ExcTypes.typeError("writelines() takes exactly one argument (" + a.length + " given)", ts);
                PyObject it = Iter.iter(a[0], ts);
                try {
                    PyObject x;
                    while ((x = Iter.next(it, ts)) != null) {
                        PyObject item = x;
                        try {
                            ts.refs.decref(locked(s, ts, () -> write(st(s), item, ts)), ts);
                        } finally {
                            ts.refs.decref(item, ts);
                        }
                    }
                } finally {
                    ts.refs.decref(it, ts);
                }
                return Ops.NONE;
            });
            ti.method("getvalue", (s, a, kw, ts) -> locked(s, ts, () -> {
                checkOpen(st(s), ts);
                return getvalue(st(s), ts);
            }));
            ti.method("seek", (s, a, kw, ts) -> locked(s, ts, () -> seek(st(s), a, ts)));
            ti.method("tell", (s, a, kw, ts) -> locked(s, ts, () -> {
                checkOpen(st(s), ts);
                return PyInt.of(st(s).pos, ts);
            }));
            ti.method("truncate", (s, a, kw, ts) -> locked(s, ts, () -> truncate(st(s), a, ts)));
            ti.method("close", (s, a, kw, ts) -> locked(s, ts, () -> {
                st(s).closed = true;
                return Ops.NONE;
            }));
            ti.method("flush", (s, a, kw, ts) -> {
                checkOpen(st(s), ts);
                return Ops.NONE;
            });
            for (String q : new String[] {"readable", "writable", "seekable"}) {
                ti.method(q, (s, a, kw, ts) -> {
                    checkOpen(st(s), ts);
                    return PyBool.TRUE;
                });
            }
            ti.method("isatty", (s, a, kw, ts) -> {
                checkOpen(st(s), ts);
                return PyBool.FALSE;
            });
            ti.method("__enter__", (s, a, kw, ts) -> {
                checkOpen(st(s), ts);
                return Ops.incref(s, ts);
            });
            ti.method("__exit__", (s, a, kw, ts) -> locked(s, ts, () -> {
                st(s).closed = true;
                return Ops.NONE;
            }));
            ti.method("__iter__", (s, a, kw, ts) -> {
                checkOpen(st(s), ts);
                return Ops.incref(s, ts);
            });
            ti.method("__next__", (s, a, kw, ts) -> {
                PyObject v = nextLine(st(s), ts);
                if (v == null) throw ExcTypes.raiseArgs(ExcTypes.STOP_ITERATION, ts);
                return v;
            });
            ti.attr("closed", PyDescriptor.builtinProperty(new PyBuiltin("closed", false, ti.type.name(),
                    (s, a, kw, ts) -> PyBool.of(st(a[0]).closed))));
        }
        sio.attr("newlines", Ops.NONE);
        sio.attr("line_buffering", PyBool.FALSE);
        sio.attr("encoding", Ops.NONE);
        sio.attr("errors", Ops.NONE);
    }

    static PyModule create(Interpreter interp, ThreadState ts) {
        initTypes();
        PyModule m = new PyModule("io", ts);
        ModuleDef d = new ModuleDef(m, ts);
        d.val("StringIO", MemoryStreams.STRING_IO);
        d.val("BytesIO", MemoryStreams.BYTES_IO);
        d.val("UnsupportedOperation", UNSUPPORTED);
        d.val("TextIOWrapper", org.interlock.runtime.builtins.FileIO.TEXT);
        d.val("BufferedReader", org.interlock.runtime.builtins.FileIO.BINARY);
        d.val("BufferedWriter", org.interlock.runtime.builtins.FileIO.BINARY_WRITER);
        d.val("BufferedRandom", org.interlock.runtime.builtins.FileIO.BINARY_RANDOM);
        PyObject open = interp.builtinsModule().dict.get(PyStr.intern("open"), ts);
        if (open != null) d.valNew("open", open);
        d.valNew("SEEK_SET", PyInt.of(0, ts));
        d.valNew("SEEK_CUR", PyInt.of(1, ts));
        d.valNew("SEEK_END", PyInt.of(2, ts));
        d.valNew("DEFAULT_BUFFER_SIZE", PyInt.of(8192, ts));
        return m;
    }
}
