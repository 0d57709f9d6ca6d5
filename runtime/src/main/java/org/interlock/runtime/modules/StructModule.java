package org.interlock.runtime.modules;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import org.interlock.object.PyInt;
import org.interlock.object.PyList;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyTuple;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;
import org.interlock.runtime.builtins.ArgAccess;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyBaseException;
import org.interlock.runtime.objects.PyBuiltin;
import org.interlock.runtime.objects.PyBytes;
import org.interlock.runtime.objects.PyDescriptor;
import org.interlock.runtime.objects.PyModule;
import org.interlock.runtime.objects.TypeInfo;
import org.interlock.runtime.vm.Ops;

/**
 * {@code struct} in Java: {@code pack}, {@code unpack}, {@code calcsize}, {@code iter_unpack},
 * {@code pack_into}, {@code unpack_from} and the {@code Struct} class, on {@link StructFormat}.
 * Parsed formats are immutable and cached in a concurrent map, as CPython caches Struct
 * objects. {@code pack_into} writes a bytearray inside that object's critical section.
 */
final class StructModule {
    private StructModule() {}

    static final PyType ERROR = PyType.builtin("struct.error", ExcTypes.EXCEPTION);
    static final PyType STRUCT = PyType.builtin("_struct.Struct");

    static {
        TypeInfo.of(ERROR).factory = PyBaseException::new;
    }

    private static final ConcurrentHashMap<String, StructFormat> CACHE = new ConcurrentHashMap<>();

    /** A Struct: an immutable parsed format. */
    static final class StructObject extends PyObject {
        final StructFormat fmt;

        StructObject(StructFormat fmt, ThreadState ts) {
            super(ts);
            this.fmt = fmt;
        }

        @Override
        public PyType type() {
            return STRUCT;
        }
    }

    private static RuntimeException error(String msg, ThreadState ts) {
        return ExcTypes.raise(ERROR, msg, ts);
    }

    private static StructFormat format(PyObject o, ThreadState ts) {
        if (o instanceof StructObject s) return s.fmt;
        String f;
        if (o instanceof PyStr s) f = s.value();
        else if (o instanceof PyBytes b && !b.mutable) f = new String(b.bytes(), StandardCharsets.ISO_8859_1);
        else throw ExcTypes.typeError("Struct() argument 1 must be a str or bytes object, not " + Ops.typeName(o), ts);
        StructFormat sf = CACHE.get(f);
        if (sf != null) return sf;
        try {
            sf = StructFormat.parse(f);
        } catch (StructFormat.StructError e) {
            throw error(e.getMessage(), ts);
        }
        if (CACHE.size() > 1000) CACHE.clear();
        CACHE.put(f, sf);
        return sf;
    }

    private static byte[] buffer(PyObject o, ThreadState ts) {
        if (o instanceof PyBytes b) return b.bytes();
        byte[] view = org.interlock.runtime.objects.BytesLike.contiguousSnapshotOf(o, ts);
        if (view != null) return view;
        throw ExcTypes.typeError("a bytes-like object is required, not '" + Ops.typeName(o) + "'", ts);
    }

    private static PyObject pack(StructFormat f, PyObject[] a, int off, ThreadState ts) {
        int given = a.length - off;
        if (given != f.nargs) throw error("pack expected " + f.nargs + " items for packing (got " + given + ")", ts);
        byte[] out = new byte[f.size];
        try {
            f.pack(a, off, out, 0, ts);
        } catch (StructFormat.StructError e) {
            throw error(e.getMessage(), ts);
        }
        return new PyBytes(out, false, ts);
    }

    private static PyObject unpack(StructFormat f, PyObject buf, ThreadState ts) {
        byte[] d = buffer(buf, ts);
        if (d.length != f.size) throw error("unpack requires a buffer of " + f.size + " bytes", ts);
        return PyTuple.fromNewRefs(f.unpack(d, 0, ts), ts);
    }

    private static int offset(int off, int len, ThreadState ts) {
        if (off < 0) {
            if (off + len < 0) throw error("offset " + off + " out of range for " + len + "-byte buffer", ts);
            off += len;
        }
        return off;
    }

    private static PyObject unpackFrom(StructFormat f, PyObject buf, long offArg, ThreadState ts) {
        byte[] d = buffer(buf, ts);
        int off = offset((int) offArg, d.length, ts);
        if ((long) d.length - off < f.size) {
            throw error("unpack_from requires a buffer of at least " + ((long) f.size + offArg) + " bytes for unpacking "
                    + f.size + " bytes at offset " + offArg + " (actual buffer size is " + d.length + ")", ts);
        }
        return PyTuple.fromNewRefs(f.unpack(d, off, ts), ts);
    }

    private static PyObject packInto(StructFormat f, PyObject[] a, int off, ThreadState ts) {
        PyObject target = a[off];
        long offArg = Ops.index(a[off + 1], ts);
        int given = a.length - off - 2;
        if (given != f.nargs) throw error("pack_into expected " + f.nargs + " items for packing (got " + given + ")", ts);
        if (!(target instanceof PyBytes b) || !b.mutable) {
            throw ExcTypes.typeError("argument must be read-write bytes-like object, not " + Ops.typeName(target), ts);
        }
        ts.locks.enter(b, ts);
        try {
            byte[] d = b.bytes();
            int o = offset((int) offArg, d.length, ts);
            if ((long) d.length - o < f.size) {
                throw error("pack_into requires a buffer of at least " + ((long) f.size + offArg) + " bytes for packing "
                        + f.size + " bytes at offset " + offArg + " (actual buffer size is " + d.length + ")", ts);
            }
            try {
                f.pack(a, off + 2, d, o, ts);
            } catch (StructFormat.StructError e) {
                throw error(e.getMessage(), ts);
            }
            b.setBytes(d, ts);
        } finally {
            ts.locks.exit(ts);
        }
        return Ops.NONE;
    }

    private static PyObject iterUnpack(StructFormat f, PyObject buf, ThreadState ts) {
        byte[] d = buffer(buf, ts);
        if (f.size == 0) throw error("cannot iteratively unpack with a struct of length 0", ts);
        if (d.length % f.size != 0) {
            throw error("iterative unpacking requires a buffer of a multiple of " + f.size + " bytes", ts);
        }
        // CPython returns a lazy iterator; the snapshot taken here gives the same values
        PyList out = new PyList(ts);
        for (int at = 0; at < d.length; at += f.size) {
            PyObject t = PyTuple.fromNewRefs(f.unpack(d, at, ts), ts);
            out.append(t, ts);
            ts.refs.decref(t, ts);
        }
        try {
            return org.interlock.runtime.vm.Iter.iter(out, ts);
        } finally {
            ts.refs.decref(out, ts);
        }
    }

    private static PyObject arg(PyObject[] a, String[] kw, int i, String name, String fn, ThreadState ts) {
        PyObject v = ArgAccess.npos(a, kw) > i ? a[i] : ArgAccess.kw(a, kw, name);
        if (v == null) throw ExcTypes.typeError(fn + "() missing required argument '" + name + "' (pos " + (i + 1) + ")", ts);
        return v;
    }

    private static long optOffset(PyObject[] a, String[] kw, int i, ThreadState ts) {
        PyObject v = ArgAccess.npos(a, kw) > i ? a[i] : ArgAccess.kw(a, kw, "offset");
        return v == null ? 0 : Ops.index(v, ts);
    }

    private static boolean initDone;

    private static synchronized void initType() {
        if (initDone) return;
        initDone = true;
        TypeInfo ti = TypeInfo.of(STRUCT);
        ti.constructor = (t, a, kw, ts) -> {
            PyObject f = arg(a, kw, 0, "format", "Struct", ts);
            return new StructObject(format(f, ts), ts);
        };
        ti.method("pack", (s, a, kw, ts) -> pack(((StructObject) s).fmt, a, 0, ts));
        ti.method("unpack", (s, a, kw, ts) -> unpack(((StructObject) s).fmt, arg(a, kw, 0, "buffer", "unpack", ts), ts));
        ti.method("unpack_from", (s, a, kw, ts) -> unpackFrom(((StructObject) s).fmt,
                arg(a, kw, 0, "buffer", "unpack_from", ts), optOffset(a, kw, 1, ts), ts));
        ti.method("pack_into", (s, a, kw, ts) -> {
            if (a.length < 2) throw ExcTypes.typeError("pack_into expected buffer argument", ts);
            return packInto(((StructObject) s).fmt, a, 0, ts);
        });
        ti.method("iter_unpack", (s, a, kw, ts) -> iterUnpack(((StructObject) s).fmt, arg(a, kw, 0, "buffer", "iter_unpack", ts), ts));
        ti.attr("format", PyDescriptor.builtinProperty(new PyBuiltin("format", false, "Struct",
                (s, a, kw, ts) -> PyStr.of(((StructObject) a[0]).fmt.format, ts))));
        ti.attr("size", PyDescriptor.builtinProperty(new PyBuiltin("size", false, "Struct",
                (s, a, kw, ts) -> PyInt.of(((StructObject) a[0]).fmt.size, ts))));
    }

    private static PyObject first(PyObject[] a, String fn, ThreadState ts) {
        if (a.length == 0) throw ExcTypes.typeError(fn + " expected at least 1 argument, got 0", ts);
        return a[0];
    }

    static PyModule create(ThreadState ts) {
        initType();
        PyModule m = new PyModule("struct", ts);
        ModuleDef d = new ModuleDef(m, ts);
        d.val("error", ERROR);
        d.val("Struct", STRUCT);
        d.fn("calcsize", (s, a, kw, t) -> PyInt.of(format(first(a, "calcsize", t), t).size, t));
        d.fn("pack", (s, a, kw, t) -> pack(format(first(a, "pack", t), t), a, 1, t));
        d.fn("unpack", (s, a, kw, t) -> {
            if (a.length != 2) throw ExcTypes.typeError("unpack expected 2 arguments, got " + a.length, t);
            return unpack(format(a[0], t), a[1], t);
        });
        d.fn("unpack_from", (s, a, kw, t) -> unpackFrom(format(first(a, "unpack_from", t), t),
                arg(a, kw, 1, "buffer", "unpack_from", t), optOffset(a, kw, 2, t), t));
        d.fn("pack_into", (s, a, kw, t) -> {
            if (a.length < 3) throw ExcTypes.typeError("pack_into expected at least 3 arguments, got " + a.length, t);
            return packInto(format(a[0], t), a, 1, t);
        });
        d.fn("iter_unpack", (s, a, kw, t) -> {
            if (a.length != 2) throw ExcTypes.typeError("iter_unpack expected 2 arguments, got " + a.length, t);
            return iterUnpack(format(a[0], t), a[1], t);
        });
        return m;
    }
}
