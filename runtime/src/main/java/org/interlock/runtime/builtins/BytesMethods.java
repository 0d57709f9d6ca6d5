package org.interlock.runtime.builtins;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.interlock.object.PyInt;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyBytes;
import org.interlock.runtime.objects.TypeInfo;
import org.interlock.runtime.vm.Iter;
import org.interlock.runtime.vm.Ops;

/** {@code bytes} and {@code bytearray}: constructors and the common methods. */
final class BytesMethods {
    private BytesMethods() {}

    static Charset charset(String enc, ThreadState ts) {
        String e = enc.toLowerCase().replace('_', '-');
        return switch (e) {
            case "utf-8", "utf8" -> StandardCharsets.UTF_8;
            case "ascii", "us-ascii" -> StandardCharsets.US_ASCII;
            case "latin-1", "latin1", "iso-8859-1" -> StandardCharsets.ISO_8859_1;
            case "utf-16" -> StandardCharsets.UTF_16;
            default -> {
                try {
                    yield Charset.forName(e);
                } catch (RuntimeException ex) {
                    throw ExcTypes.raise(ExcTypes.LOOKUP_ERROR, "unknown encoding: " + enc, ts);
                }
            }
        };
    }

    static byte[] encode(String s, String enc, ThreadState ts) {
        return Codecs.encode(s, enc, "strict", ts);
    }

    static String decode(byte[] b, String enc, ThreadState ts) {
        return Codecs.decode(b, enc, "strict", ts);
    }

    static byte[] fromArg(PyObject o, ThreadState ts) {
        if (o instanceof PyBytes b) return b.bytes();
        byte[] view = org.interlock.runtime.objects.BytesLike.snapshotOf(o, ts);
        if (view != null) return view;
        if (o instanceof PyInt) {
            long n = Ops.index(o, ts);
            if (n < 0) throw ExcTypes.valueError("negative count", ts);
            return new byte[(int) n];
        }
        if (o instanceof PyStr) throw ExcTypes.typeError("string argument without an encoding", ts);
        PyObject[] items = Iter.toArray(o, ts);
        try {
            byte[] out = new byte[items.length];
            for (int i = 0; i < items.length; i++) {
                long v = Ops.index(items[i], ts);
                if (v < 0 || v > 255) throw ExcTypes.valueError("bytes must be in range(0, 256)", ts);
                out[i] = (byte) v;
            }
            return out;
        } finally {
            for (PyObject x : items) ts.refs.decref(x, ts);
        }
    }

    private static PyObject latin1(byte[] b, ThreadState ts) {
        return PyStr.of(new String(b, StandardCharsets.ISO_8859_1), ts);
    }

    private static PyObject tupleToStr(org.interlock.object.PyTuple t, ThreadState ts) {
        PyObject[] out = new PyObject[t.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = t.get(i) instanceof PyBytes b ? latin1(b.bytes(), ts) : Ops.incref(t.get(i), ts);
        }
        return org.interlock.object.PyTuple.fromNewRefs(out, ts);
    }

    /** Converts str results of a delegated str method back to bytes (lists and tuples too); takes over r. */
    private static PyObject back(PyObject r, boolean mutable, ThreadState ts) {
        if (r instanceof PyStr s) {
            PyObject b = new PyBytes(s.value().getBytes(StandardCharsets.ISO_8859_1), mutable, ts);
            ts.refs.decref(r, ts);
            return b;
        }
        if (r instanceof org.interlock.object.PyList l) {
            PyObject[] items = l.snapshot(ts);
            for (int i = 0; i < items.length; i++) items[i] = back(items[i], mutable, ts);
            ts.refs.decref(r, ts);
            return org.interlock.object.PyList.fromNewRefs(items, items.length, ts);
        }
        if (r instanceof org.interlock.object.PyTuple t) {
            PyObject[] items = t.snapshot(ts);
            for (int i = 0; i < items.length; i++) items[i] = back(items[i], mutable, ts);
            ts.refs.decref(r, ts);
            return org.interlock.object.PyTuple.fromNewRefs(items, ts);
        }
        return r;
    }

    static void init() {
        for (boolean mutable : new boolean[] {false, true}) {
            TypeInfo t = TypeInfo.of(mutable ? PyBytes.BYTEARRAY : PyBytes.BYTES);
            t.constructor = (ty, a, kw, ts) -> {
                PyObject src = Args.arg(a, kw, 0, "source");
                PyObject enc = Args.arg(a, kw, 1, "encoding");
                if (src == null) return new PyBytes(new byte[0], mutable, ts);
                if (src instanceof PyStr s) {
                    if (enc == null) throw ExcTypes.typeError("string argument without an encoding", ts);
                    return new PyBytes(encode(s.value(), enc.toString(), ts), mutable, ts);
                }
                return new PyBytes(fromArg(src, ts), mutable, ts);
            };
            t.method("decode", (s, a, kw, ts) -> {
                PyObject enc = Args.arg(a, kw, 0, "encoding");
                PyObject err = Args.arg(a, kw, 1, "errors");
                return PyStr.of(Codecs.decode(((PyBytes) s).bytes(), enc == null ? "utf-8" : enc.toString(),
                        err == null ? "strict" : err.toString(), ts), ts);
            });
            t.attr("fromhex", new org.interlock.runtime.objects.PyBuiltin("fromhex", false, t.type.name(), (s, a, kw, ts) -> {
                String h = a[0].toString().replace(" ", "");
                if (h.length() % 2 != 0) throw ExcTypes.valueError("non-hexadecimal number found in fromhex() arg at position " + h.length(), ts);
                byte[] out = new byte[h.length() / 2];
                for (int i = 0; i < out.length; i++) out[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
                return new PyBytes(out, mutable, ts);
            }));
            t.method("isascii", (s, a, kw, ts) -> {
                for (byte x : ((PyBytes) s).bytes()) if (x < 0) return org.interlock.object.PyBool.FALSE;
                return org.interlock.object.PyBool.TRUE;
            });
            t.attr("maketrans", new org.interlock.runtime.objects.PyBuiltin("maketrans", false, t.type.name(), (s, a, kw, ts) -> {
                if (a.length != 2) throw ExcTypes.typeError("maketrans expected 2 arguments, got " + a.length, ts);
                byte[] from = fromArg(a[0], ts), to = fromArg(a[1], ts);
                if (from.length != to.length) throw ExcTypes.valueError("maketrans arguments must have same length", ts);
                byte[] table = new byte[256];
                for (int i = 0; i < 256; i++) table[i] = (byte) i;
                for (int i = 0; i < from.length; i++) table[from[i] & 0xff] = to[i];
                return new PyBytes(table, false, ts);
            }));
            t.method("translate", (s, a, kw, ts) -> {
                PyObject tableArg = Args.arg(a, kw, 0, "table");
                PyObject delArg = Args.arg(a, kw, 1, "delete");
                if (tableArg == null) throw ExcTypes.typeError("translate() takes at least 1 argument (0 given)", ts);
                byte[] table = tableArg == Ops.NONE ? null : fromArg(tableArg, ts);
                if (table != null && table.length != 256) throw ExcTypes.valueError("translation table must be 256 characters long", ts);
                boolean[] del = new boolean[256];
                if (delArg != null) for (byte x : fromArg(delArg, ts)) del[x & 0xff] = true;
                byte[] src = ((PyBytes) s).bytes();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(src.length);
                for (byte x : src) {
                    if (del[x & 0xff]) continue;
                    out.write(table == null ? x : table[x & 0xff]);
                }
                return new PyBytes(out.toByteArray(), mutable, ts);
            });
            t.method("hex", (s, a, kw, ts) -> {
                StringBuilder sb = new StringBuilder();
                for (byte x : ((PyBytes) s).bytes()) sb.append(String.format("%02x", x & 0xff));
                return PyStr.of(sb.toString(), ts);
            });
            t.method("__len__", (s, a, kw, ts) -> PyInt.of(((PyBytes) s).length(), ts));
            t.method("startswith", (s, a, kw, ts) -> org.interlock.object.PyBool.of(
                    new String(((PyBytes) s).bytes(), StandardCharsets.ISO_8859_1).startsWith(
                            new String(fromArg(a[0], ts), StandardCharsets.ISO_8859_1))));
            t.method("join", (s, a, kw, ts) -> {
                PyObject[] items = Iter.toArray(a[0], ts);
                try {
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                    byte[] sep = ((PyBytes) s).bytes();
                    for (int i = 0; i < items.length; i++) {
                        if (i > 0) out.writeBytes(sep);
                        out.writeBytes(fromArg(items[i], ts));
                    }
                    return new PyBytes(out.toByteArray(), mutable, ts);
                } finally {
                    for (PyObject x : items) ts.refs.decref(x, ts);
                }
            });
            for (String m : new String[] {"upper", "lower", "strip", "lstrip", "rstrip", "split", "rsplit", "replace", "find",
                    "rfind", "index", "rindex", "count", "endswith", "isdigit", "isalpha", "isspace", "isalnum",
                    "isupper", "islower", "title", "capitalize", "swapcase", "center", "ljust", "rjust", "zfill",
                    "partition", "rpartition", "splitlines", "removeprefix", "removesuffix", "expandtabs", "istitle"}) {
                PyObject strM = TypeInfo.of(PyStr.TYPE).methods.get(m);
                t.method(m, (s, a, kw, ts) -> {
                    PyObject self = latin1(((PyBytes) s).bytes(), ts);
                    PyObject[] args = new PyObject[a.length];
                    for (int i = 0; i < a.length; i++) {
                        args[i] = i == 0 && a[i] instanceof org.interlock.object.PyInt iv && (m.equals("count") || m.contains("find")
                                || m.contains("index")) ? PyStr.ofCodePoint((int) Ops.index(iv, ts) & 0xff, ts)
                                : a[i] instanceof PyBytes b ? latin1(b.bytes(), ts)
                                : a[i] instanceof org.interlock.object.PyTuple tp ? tupleToStr(tp, ts) : Ops.incref(a[i], ts);
                    }
                    try {
                        PyObject r = ((org.interlock.runtime.objects.PyBuiltin) strM).impl.call(self, args, kw, ts);
                        return back(r, mutable, ts);
                    } finally {
                        ts.refs.decref(self, ts);
                        for (PyObject o : args) ts.refs.decref(o, ts);
                    }
                });
            }
            if (mutable) {
                t.method("append", (s, a, kw, ts) -> locked(s, ts, () -> {
                    PyBytes b = (PyBytes) s;
                    long v = Ops.index(a[0], ts);
                    if (v < 0 || v > 255) throw ExcTypes.valueError("byte must be in range(0, 256)", ts);
                    byte[] d = java.util.Arrays.copyOf(b.bytes(), b.length() + 1);
                    d[d.length - 1] = (byte) v;
                    b.setBytes(d, ts);
                    return Ops.NONE;
                }));
                t.method("insert", (s, a, kw, ts) -> locked(s, ts, () -> {
                    PyBytes b = (PyBytes) s;
                    byte[] d = b.bytes();
                    long i = Ops.index(a[0], ts);
                    if (i < 0) i = Math.max(0, i + d.length);
                    i = Math.min(i, d.length);
                    long v = Ops.index(a[1], ts);
                    if (v < 0 || v > 255) throw ExcTypes.valueError("byte must be in range(0, 256)", ts);
                    byte[] out = new byte[d.length + 1];
                    System.arraycopy(d, 0, out, 0, (int) i);
                    out[(int) i] = (byte) v;
                    System.arraycopy(d, (int) i, out, (int) i + 1, d.length - (int) i);
                    b.setBytes(out, ts);
                    return Ops.NONE;
                }));
                t.method("pop", (s, a, kw, ts) -> locked(s, ts, () -> {
                    PyBytes b = (PyBytes) s;
                    byte[] d = b.bytes();
                    if (d.length == 0) throw ExcTypes.raise(ExcTypes.INDEX_ERROR, "pop from empty bytearray", ts);
                    long i = a.length > 0 ? Ops.index(a[0], ts) : d.length - 1;
                    if (i < 0) i += d.length;
                    if (i < 0 || i >= d.length) throw ExcTypes.raise(ExcTypes.INDEX_ERROR, "pop index out of range", ts);
                    int v = d[(int) i] & 0xff;
                    byte[] out = new byte[d.length - 1];
                    System.arraycopy(d, 0, out, 0, (int) i);
                    System.arraycopy(d, (int) i + 1, out, (int) i, d.length - (int) i - 1);
                    b.setBytes(out, ts);
                    return org.interlock.object.PyInt.of(v, ts);
                }));
                t.method("remove", (s, a, kw, ts) -> locked(s, ts, () -> {
                    PyBytes b = (PyBytes) s;
                    long v = Ops.index(a[0], ts);
                    if (v < 0 || v > 255) throw ExcTypes.valueError("byte must be in range(0, 256)", ts);
                    byte[] d = b.bytes();
                    for (int i = 0; i < d.length; i++) {
                        if ((d[i] & 0xff) == v) {
                            byte[] out = new byte[d.length - 1];
                            System.arraycopy(d, 0, out, 0, i);
                            System.arraycopy(d, i + 1, out, i, d.length - i - 1);
                            b.setBytes(out, ts);
                            return Ops.NONE;
                        }
                    }
                    throw ExcTypes.valueError("value not found in bytearray", ts);
                }));
                t.method("reverse", (s, a, kw, ts) -> locked(s, ts, () -> {
                    PyBytes b = (PyBytes) s;
                    byte[] d = b.bytes();
                    for (int i = 0, j = d.length - 1; i < j; i++, j--) {
                        byte x = d[i];
                        d[i] = d[j];
                        d[j] = x;
                    }
                    b.setBytes(d, ts);
                    return Ops.NONE;
                }));
                t.method("clear", (s, a, kw, ts) -> locked(s, ts, () -> {
                    ((PyBytes) s).setBytes(new byte[0], ts);
                    return Ops.NONE;
                }));
                t.method("copy", (s, a, kw, ts) -> new PyBytes(((PyBytes) s).bytes(), true, ts));
                t.method("extend", (s, a, kw, ts) -> {
                    PyBytes b = (PyBytes) s;
                    byte[] add = fromArg(a[0], ts); // may run Python code: outside the critical section
                    return locked(s, ts, () -> {
                        byte[] d = java.util.Arrays.copyOf(b.bytes(), b.length() + add.length);
                        System.arraycopy(add, 0, d, b.length(), add.length);
                        b.setBytes(d, ts);
                        return Ops.NONE;
                    });
                });
            }
        }
    }

    /** Runs a bytearray mutation inside the object's critical section. */
    private static PyObject locked(PyObject o, ThreadState ts, java.util.function.Supplier<PyObject> body) {
        ts.locks.enter(o, ts);
        try {
            return body.get();
        } finally {
            ts.locks.exit(ts);
        }
    }
}
