package org.interlock.runtime.builtins;

import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicBoolean;
import org.interlock.object.OperationError;
import org.interlock.object.PyBool;
import org.interlock.object.PyFloat;
import org.interlock.object.PyInt;
import org.interlock.object.PyList;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyTuple;
import org.interlock.object.PyType;
import org.interlock.object.SliceIndices;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.BufferExporter;
import org.interlock.runtime.objects.BytesLike;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.FuncIter;
import org.interlock.runtime.objects.PyBuiltin;
import org.interlock.runtime.objects.PyBytes;
import org.interlock.runtime.objects.PyDescriptor;
import org.interlock.runtime.objects.PyObj;
import org.interlock.runtime.objects.PySlice;
import org.interlock.runtime.objects.Singletons;
import org.interlock.runtime.objects.TypeInfo;
import org.interlock.runtime.vm.Items;
import org.interlock.runtime.vm.Ops;

/**
 * {@code memoryview}: a one-dimensional view of a bytes, bytearray or array.array. The view
 * holds no bytes of its own: item {@code i} is the {@code itemsize} bytes at
 * {@code offset + i * stride} of the exporter, read and written through
 * {@link BufferExporter}, whose critical section makes each access atomic under every policy.
 * Each live view counts as one export of its exporter (a bytearray or array then refuses to be
 * resized) until {@code release()} or the view's death. Slices and casts are new views of the
 * same exporter. Items are unpacked in native (little-endian, 64-bit) layout.
 */
public final class MemoryView extends PyObject implements BytesLike {
    public static final PyType TYPE = PyType.builtin("memoryview");
    static final PyType ITER = PyType.builtin("memory_iterator");
    private static final String FORMATS = "bBchHiIlLqQfd?";

    final PyObject obj;
    final BufferExporter buf;
    final int offset;
    final int stride;
    final int length;
    final String format;
    final int itemsize;
    final boolean readonly;
    private final AtomicBoolean released = new AtomicBoolean();

    private MemoryView(PyObject obj, BufferExporter buf, int offset, int stride, int length, String format, int itemsize,
            boolean readonly, boolean exported, ThreadState ts) {
        super(ts);
        this.obj = obj;
        this.buf = buf;
        this.offset = offset;
        this.stride = stride;
        this.length = length;
        this.format = format;
        this.itemsize = itemsize;
        this.readonly = readonly;
        ts.refs.incref(obj, ts);
        if (!exported) buf.bufferExport(1, ts);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code memoryview(o)}. */
    static MemoryView of(PyObject o, ThreadState ts) {
        if (o instanceof MemoryView m) {
            m.check(ts);
            return m.derive(m.offset, m.stride, m.length, m.format, m.itemsize, m.readonly, ts);
        }
        BufferExporter b = o instanceof BufferExporter e ? e : o instanceof PyObj p && p.backing instanceof BufferExporter e ? e : null;
        if (b == null) throw ExcTypes.typeError("memoryview: a bytes-like object is required, not '" + Ops.typeName(o) + "'", ts);
        int n = b.bufferExport(1, ts);
        return new MemoryView(o, b, 0, b.bufferItemsize(), n / b.bufferItemsize(), b.bufferFormat(), b.bufferItemsize(),
                b.bufferReadonly(), true, ts);
    }

    private MemoryView derive(int off, int st, int n, String fmt, int isz, boolean ro, ThreadState ts) {
        return new MemoryView(obj, buf, off, st, n, fmt, isz, ro, false, ts);
    }

    private void check(ThreadState ts) {
        if (released.get()) throw ExcTypes.valueError("operation forbidden on released memoryview object", ts);
    }

    private void release(ThreadState ts) {
        if (released.compareAndSet(false, true)) buf.bufferExport(-1, ts);
    }

    @Override
    protected void releaseReferences(ThreadState ts) {
        release(ts);
        ts.refs.decref(obj, ts);
    }

    private boolean contiguous() {
        return length <= 1 || stride == itemsize;
    }

    /** The bytes of every item, in order. */
    byte[] gather(ThreadState ts) {
        check(ts);
        if (length == 0) return new byte[0];
        if (stride == itemsize) return buf.bufferRead(offset, length * itemsize, ts);
        int first = offset, last = offset + (length - 1) * stride;
        int lo = Math.min(first, last);
        byte[] span = buf.bufferRead(lo, Math.max(first, last) - lo + itemsize, ts);
        byte[] out = new byte[length * itemsize];
        for (int i = 0; i < length; i++) System.arraycopy(span, offset + i * stride - lo, out, i * itemsize, itemsize);
        return out;
    }

    @Override
    public byte[] bytesSnapshot(ThreadState ts) {
        return gather(ts);
    }

    @Override
    public void requireContiguous(ThreadState ts) {
        check(ts);
        if (!contiguous()) throw ExcTypes.raise(ExcTypes.BUFFER_ERROR, "memoryview: underlying buffer is not C-contiguous", ts);
    }

    // ---- items --------------------------------------------------------------------------

    private static long word(byte[] b, int at, int n) {
        long v = 0;
        for (int k = n - 1; k >= 0; k--) v = v << 8 | (b[at + k] & 0xFF);
        return v;
    }

    /** The Java value of the item at {@code b[at]}: Long, BigInteger, Double, Boolean or byte[] (format 'c'). */
    private static Object unpack(char f, byte[] b, int at) {
        return switch (f) {
            case 'B' -> (long) (b[at] & 0xFF);
            case 'b' -> (long) b[at];
            case 'c' -> new byte[] {b[at]};
            case '?' -> b[at] != 0;
            case 'h' -> (long) (short) word(b, at, 2);
            case 'H' -> word(b, at, 2);
            case 'i' -> (long) (int) word(b, at, 4);
            case 'I' -> word(b, at, 4);
            case 'l', 'q' -> word(b, at, 8);
            case 'L', 'Q' -> {
                long v = word(b, at, 8);
                yield v >= 0 ? (Object) v : new BigInteger(Long.toUnsignedString(v));
            }
            case 'f' -> (double) Float.intBitsToFloat((int) word(b, at, 4));
            case 'd' -> Double.longBitsToDouble(word(b, at, 8));
            default -> null;
        };
    }

    private static PyObject toPy(Object v, ThreadState ts) {
        if (v instanceof Long l) return PyInt.of(l, ts);
        if (v instanceof BigInteger bi) return PyInt.of(bi, ts);
        if (v instanceof Double d) return PyFloat.of(d, ts);
        if (v instanceof Boolean z) return PyBool.of(z);
        return new PyBytes((byte[]) v, false, ts);
    }

    private char fmt(ThreadState ts) {
        String g = format.startsWith("@") ? format.substring(1) : format;
        char f = g.length() == 1 ? g.charAt(0) : 0;
        if (FORMATS.indexOf(f) < 0) {
            throw ExcTypes.raise(ExcTypes.NOT_IMPLEMENTED_ERROR, "memoryview: format " + format + " not supported", ts);
        }
        return f;
    }

    private Object[] values(ThreadState ts) {
        byte[] b = gather(ts);
        char f = fmt(ts);
        Object[] out = new Object[length];
        for (int i = 0; i < length; i++) out[i] = unpack(f, b, i * itemsize);
        return out;
    }

    /** The bytes of {@code v} as one item of this view's format, with CPython's errors. */
    private byte[] pack(PyObject v, ThreadState ts) {
        char f = fmt(ts);
        byte[] out = new byte[itemsize];
        long bits;
        switch (f) {
            case 'c' -> {
                if (!(v instanceof PyBytes b) || b.mutable) throw invalidType(ts);
                if (b.length() != 1) throw invalidValue(ts);
                return b.bytes();
            }
            case 'f', 'd' -> {
                double d;
                if (v instanceof PyFloat x) d = x.value();
                else if (v instanceof PyInt x) d = org.interlock.runtime.vm.Arith.toDoublePublic(x, ts);
                else throw invalidType(ts);
                bits = f == 'f' ? Float.floatToRawIntBits((float) d) & 0xFFFFFFFFL : Double.doubleToRawLongBits(d);
            }
            case '?' -> bits = Ops.isTrue(v, ts) ? 1 : 0;
            default -> {
                if (!(v instanceof PyInt) && Ops.special(v, org.interlock.runtime.vm.Names.__index__, ts) == null) throw invalidType(ts);
                BigInteger x = v instanceof PyInt n ? n.bigValue() : BigInteger.valueOf(Ops.index(v, ts));
                boolean signed = Character.isLowerCase(f);
                BigInteger lo = signed ? BigInteger.ONE.shiftLeft(itemsize * 8 - 1).negate() : BigInteger.ZERO;
                BigInteger hi = signed ? BigInteger.ONE.shiftLeft(itemsize * 8 - 1).subtract(BigInteger.ONE)
                        : BigInteger.ONE.shiftLeft(itemsize * 8).subtract(BigInteger.ONE);
                if (x.compareTo(lo) < 0 || x.compareTo(hi) > 0) throw invalidValue(ts);
                bits = x.longValue();
            }
        }
        for (int k = 0; k < itemsize; k++) out[k] = (byte) (bits >>> (8 * k));
        return out;
    }

    private RuntimeException invalidType(ThreadState ts) {
        return ExcTypes.typeError("memoryview: invalid type for format '" + format + "'", ts);
    }

    private RuntimeException invalidValue(ThreadState ts) {
        return ExcTypes.valueError("memoryview: invalid value for format '" + format + "'", ts);
    }

    private int index(PyObject k, ThreadState ts) {
        long i = Ops.index(k, ts);
        if (i < 0) i += length;
        if (i < 0 || i >= length) throw ExcTypes.raise(ExcTypes.INDEX_ERROR, "index out of bounds on dimension 1", ts);
        return (int) i;
    }

    private static boolean isIndex(PyObject k, ThreadState ts) {
        return k instanceof PyInt || Ops.special(k, org.interlock.runtime.vm.Names.__index__, ts) != null;
    }

    private SliceIndices slice(PySlice s, ThreadState ts) {
        try {
            return Items.indices(s, length, ts);
        } catch (OperationError e) {
            throw ExcTypes.fromOperationError(e, ts);
        }
    }

    private RuntimeException badKey(PyObject k, ThreadState ts) {
        if (k instanceof PyTuple t) {
            throw ExcTypes.typeError("cannot index 1-dimension view with " + t.size() + "-element tuple", ts);
        }
        return ExcTypes.typeError("memoryview: invalid slice key", ts);
    }

    PyObject getItem(PyObject k, ThreadState ts) {
        check(ts);
        if (k instanceof PySlice s) {
            SliceIndices si = slice(s, ts);
            return derive(offset + si.start() * stride, stride * si.step(), si.length(), format, itemsize, readonly, ts);
        }
        if (!isIndex(k, ts)) throw badKey(k, ts);
        char f = fmt(ts);
        int i = index(k, ts);
        return toPy(unpack(f, buf.bufferRead(offset + i * stride, itemsize, ts), 0), ts);
    }

    void setItem(PyObject k, PyObject v, ThreadState ts) {
        check(ts);
        if (readonly) throw ExcTypes.typeError("cannot modify read-only memory", ts);
        if (k instanceof PySlice s) {
            SliceIndices si = slice(s, ts);
            MemoryView src = v instanceof MemoryView m ? m : null;
            byte[] data;
            String srcFormat;
            int srcLen;
            if (src != null) {
                data = src.gather(ts);
                srcFormat = src.format;
                srcLen = src.length;
            } else {
                BufferExporter e = v instanceof BufferExporter x ? x : v instanceof PyObj p && p.backing instanceof BufferExporter x ? x : null;
                if (e == null) throw ExcTypes.typeError("a bytes-like object is required, not '" + Ops.typeName(v) + "'", ts);
                data = e.bytesSnapshot(ts);
                srcFormat = e.bufferFormat();
                srcLen = data.length / e.bufferItemsize();
            }
            if (!sameFormat(srcFormat, format) || srcLen != si.length()) {
                throw ExcTypes.valueError("memoryview assignment: lvalue and rvalue have different structures", ts);
            }
            if (si.step() == 1 && stride == itemsize) {
                if (data.length > 0) buf.bufferWrite(offset + si.start() * stride, data, ts);
                return;
            }
            for (int i = 0; i < srcLen; i++) {
                byte[] item = java.util.Arrays.copyOfRange(data, i * itemsize, (i + 1) * itemsize);
                buf.bufferWrite(offset + si.index(i) * stride, item, ts);
            }
            return;
        }
        if (!isIndex(k, ts)) throw badKey(k, ts);
        int i = index(k, ts);
        buf.bufferWrite(offset + i * stride, pack(v, ts), ts);
    }

    private static boolean sameFormat(String a, String b) {
        return strip(a).equals(strip(b));
    }

    private static String strip(String f) {
        return f.startsWith("@") ? f.substring(1) : f;
    }

    MemoryView cast(String f, ThreadState ts) {
        check(ts);
        String g = f.startsWith("@") ? f.substring(1) : f;
        if (g.length() != 1 || FORMATS.indexOf(g.charAt(0)) < 0) {
            throw ExcTypes.valueError(
                    "memoryview: destination format must be a native single character format prefixed with an optional '@'", ts);
        }
        if (!contiguous()) throw ExcTypes.typeError("memoryview: casts are restricted to C-contiguous views", ts);
        if (!isByteFormat(format) && !isByteFormat(g)) {
            throw ExcTypes.typeError("memoryview: cannot cast between two non-byte formats", ts);
        }
        int size = itemSize(g.charAt(0));
        int nbytes = length * itemsize;
        if (nbytes % size != 0) throw ExcTypes.typeError("memoryview: length is not a multiple of itemsize", ts);
        return derive(offset, size, nbytes / size, f, size, readonly, ts);
    }

    private static boolean isByteFormat(String f) {
        String g = strip(f);
        return g.equals("B") || g.equals("b") || g.equals("c");
    }

    static int itemSize(char c) {
        return switch (c) {
            case 'b', 'B', 'c', '?' -> 1;
            case 'h', 'H' -> 2;
            case 'i', 'I', 'f' -> 4;
            default -> 8;
        };
    }

    // ---- comparison and hashing ---------------------------------------------------------

    /** The view of {@code o} for a comparison, or null if it exports no buffer. */
    private static MemoryView viewOf(PyObject o, ThreadState ts) {
        if (o instanceof MemoryView m) return m;
        if (o instanceof BufferExporter || o instanceof PyObj p && p.backing instanceof BufferExporter) return of(o, ts);
        return null;
    }

    private static boolean sameValue(Object x, Object y) {
        if (x instanceof byte[] p) return y instanceof byte[] q && p[0] == q[0];
        if (y instanceof byte[]) return false;
        if (x instanceof Boolean z) x = z ? 1L : 0L;
        if (y instanceof Boolean z) y = z ? 1L : 0L;
        if (x instanceof Double d || y instanceof Double) {
            double a = x instanceof Double d1 ? d1 : ((Number) x).doubleValue();
            double b = y instanceof Double d2 ? d2 : ((Number) y).doubleValue();
            return a == b;
        }
        return new BigInteger(x.toString()).equals(new BigInteger(y.toString()));
    }

    /** {@code self == other}: null when other exports no buffer (NotImplemented). */
    Boolean equalTo(PyObject other, ThreadState ts) {
        if (other == this) return true;
        if (released.get() || other instanceof MemoryView m && m.released.get()) return false;
        MemoryView w = viewOf(other, ts);
        if (w == null) return null;
        try {
            if (w.length != length) return false;
            if (sameFormat(format, w.format) && isByteFormat(format)) {
                return java.util.Arrays.equals(gather(ts), w.gather(ts));
            }
            Object[] a = values(ts), b = w.values(ts);
            for (int i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
            return true;
        } finally {
            if (w != other) ts.refs.decref(w, ts);
        }
    }

    @Override
    public boolean pyEquals(PyObject other, ThreadState ts) {
        return Boolean.TRUE.equals(equalTo(other, ts));
    }

    @Override
    public long pyHash(ThreadState ts) {
        check(ts);
        if (!readonly) throw ExcTypes.valueError("cannot hash writable memoryview object", ts);
        if (!isByteFormat(format)) throw ExcTypes.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'", ts);
        byte[] b = gather(ts);
        return PyBytes.hashOf(b, b.length);
    }

    // ---- the type -----------------------------------------------------------------------

    private static MemoryView self(PyObject o, ThreadState ts) {
        if (o instanceof MemoryView m) return m;
        throw ExcTypes.typeError("descriptor requires a 'memoryview' object but received a '" + Ops.typeName(o) + "'", ts);
    }

    private static void property(TypeInfo t, String name, PyBuiltin.Impl get) {
        t.attr(name, PyDescriptor.builtinProperty(new PyBuiltin(name, false, "memoryview", (s, a, kw, ts) -> {
            MemoryView m = self(a[0], ts);
            m.check(ts);
            return get.call(m, a, kw, ts);
        })));
    }

    private static PyObject ints(ThreadState ts, int... v) {
        PyObject[] out = new PyObject[v.length];
        for (int i = 0; i < v.length; i++) out[i] = PyInt.of(v[i], ts);
        return PyTuple.fromNewRefs(out, ts);
    }

    static void init() {
        TypeInfo t = TypeInfo.of(TYPE);
        t.dunderSlots = true;
        t.constructor = (ty, a, kw, ts) -> {
            PyObject o = Args.arg(a, kw, 0, "object");
            if (o == null) throw ExcTypes.typeError("memoryview() missing required argument 'object' (pos 1)", ts);
            return of(o, ts);
        };
        property(t, "obj", (s, a, kw, ts) -> Ops.incref(((MemoryView) s).obj, ts));
        property(t, "nbytes", (s, a, kw, ts) -> PyInt.of(((MemoryView) s).length * ((MemoryView) s).itemsize, ts));
        property(t, "readonly", (s, a, kw, ts) -> PyBool.of(((MemoryView) s).readonly));
        property(t, "itemsize", (s, a, kw, ts) -> PyInt.of(((MemoryView) s).itemsize, ts));
        property(t, "format", (s, a, kw, ts) -> PyStr.of(((MemoryView) s).format, ts));
        property(t, "ndim", (s, a, kw, ts) -> PyInt.of(1, ts));
        property(t, "shape", (s, a, kw, ts) -> ints(ts, ((MemoryView) s).length));
        property(t, "strides", (s, a, kw, ts) -> ints(ts, ((MemoryView) s).stride));
        property(t, "suboffsets", (s, a, kw, ts) -> ints(ts));
        for (String c : new String[] {"contiguous", "c_contiguous", "f_contiguous"}) {
            property(t, c, (s, a, kw, ts) -> PyBool.of(((MemoryView) s).contiguous()));
        }
        t.method("__len__", (s, a, kw, ts) -> {
            MemoryView m = self(s, ts);
            m.check(ts);
            return PyInt.of(m.length, ts);
        });
        t.method("__getitem__", (s, a, kw, ts) -> self(s, ts).getItem(a[0], ts));
        t.method("__setitem__", (s, a, kw, ts) -> {
            self(s, ts).setItem(a[0], a[1], ts);
            return Ops.NONE;
        });
        t.method("__delitem__", (s, a, kw, ts) -> {
            MemoryView m = self(s, ts);
            m.check(ts);
            if (m.readonly) throw ExcTypes.typeError("cannot modify read-only memory", ts);
            throw ExcTypes.typeError("cannot delete memory", ts);
        });
        t.method("__iter__", (s, a, kw, ts) -> {
            MemoryView m = self(s, ts);
            m.check(ts);
            char f = m.fmt(ts);
            int[] pos = {0};
            return new FuncIter(ITER, u -> {
                if (pos[0] >= m.length) return null;
                m.check(u);
                int i = pos[0]++;
                return toPy(unpack(f, m.buf.bufferRead(m.offset + i * m.stride, m.itemsize, u), 0), u);
            }, ts, m);
        });
        t.method("__contains__", (s, a, kw, ts) -> {
            MemoryView m = self(s, ts);
            Object[] vals = m.values(ts);
            for (Object v : vals) {
                PyObject x = toPy(v, ts);
                try {
                    if (Ops.eq(x, a[0], ts)) return PyBool.TRUE;
                } finally {
                    ts.refs.decref(x, ts);
                }
            }
            return PyBool.FALSE;
        });
        t.method("__eq__", (s, a, kw, ts) -> {
            Boolean r = self(s, ts).equalTo(a[0], ts);
            return r == null ? Singletons.NOT_IMPLEMENTED : PyBool.of(r);
        });
        t.method("__ne__", (s, a, kw, ts) -> {
            Boolean r = self(s, ts).equalTo(a[0], ts);
            return r == null ? Singletons.NOT_IMPLEMENTED : PyBool.of(!r);
        });
        t.method("__hash__", (s, a, kw, ts) -> PyInt.of(self(s, ts).pyHash(ts), ts));
        t.method("__repr__", (s, a, kw, ts) -> {
            MemoryView m = self(s, ts);
            return PyStr.of((m.released.get() ? "<released memory at 0x" : "<memory at 0x") + Long.toHexString(m.id()) + ">", ts);
        });
        t.method("tobytes", (s, a, kw, ts) -> new PyBytes(self(s, ts).gather(ts), false, ts));
        t.method("tolist", (s, a, kw, ts) -> {
            Object[] vals = self(s, ts).values(ts);
            PyObject[] out = new PyObject[vals.length];
            for (int i = 0; i < vals.length; i++) out[i] = toPy(vals[i], ts);
            return PyList.fromNewRefs(out, out.length, ts);
        });
        t.method("hex", (s, a, kw, ts) -> {
            StringBuilder sb = new StringBuilder();
            for (byte x : self(s, ts).gather(ts)) sb.append(Character.forDigit((x >> 4) & 0xF, 16)).append(Character.forDigit(x & 0xF, 16));
            return PyStr.of(sb.toString(), ts);
        });
        t.method("cast", (s, a, kw, ts) -> {
            PyObject f = Args.arg(a, kw, 0, "format");
            if (f == null) throw ExcTypes.typeError("cast() missing required argument 'format' (pos 1)", ts);
            if (!(f instanceof PyStr str)) {
                throw ExcTypes.typeError("cast() argument 'format' must be str, not " + Ops.typeName(f), ts);
            }
            if (Args.arg(a, kw, 1, "shape") != null) {
                throw ExcTypes.raise(ExcTypes.NOT_IMPLEMENTED_ERROR, "memoryview: cast with a shape is not supported", ts);
            }
            return self(s, ts).cast(str.value(), ts);
        });
        t.method("toreadonly", (s, a, kw, ts) -> {
            MemoryView m = self(s, ts);
            m.check(ts);
            return m.derive(m.offset, m.stride, m.length, m.format, m.itemsize, true, ts);
        });
        t.method("release", (s, a, kw, ts) -> {
            self(s, ts).release(ts);
            return Ops.NONE;
        });
        t.method("__enter__", (s, a, kw, ts) -> {
            MemoryView m = self(s, ts);
            m.check(ts);
            return Ops.incref(m, ts);
        });
        t.method("__exit__", (s, a, kw, ts) -> {
            self(s, ts).release(ts);
            return PyBool.FALSE;
        });
    }
}
