package org.interlock.runtime.modules;

import java.math.BigInteger;
import java.util.Arrays;
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
import org.interlock.runtime.compiler.Op;
import org.interlock.runtime.objects.BytesLike;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.FuncIter;
import org.interlock.runtime.objects.PyBuiltin;
import org.interlock.runtime.objects.PyBytes;
import org.interlock.runtime.objects.PyDescriptor;
import org.interlock.runtime.objects.PyModule;
import org.interlock.runtime.objects.PySlice;
import org.interlock.runtime.objects.Singletons;
import org.interlock.runtime.objects.TypeInfo;
import org.interlock.runtime.parser.PyRepr;
import org.interlock.runtime.vm.Compare;
import org.interlock.runtime.vm.Items;
import org.interlock.runtime.vm.Iter;
import org.interlock.runtime.vm.Ops;

/**
 * {@code array}: typed arrays of machine values with CPython 3.11's item sizes on x86-64 Linux
 * ({@code l}, {@code L}, {@code q}, {@code Q} and {@code d} are 8 bytes, {@code u} is a 4-byte
 * wchar_t) and its error messages.
 *
 * <h2>Storage and synchronization</h2>
 * An array holds its items as a {@code long[]} and a size: integers as their value (unsigned
 * codes zero-extended), {@code f} and {@code d} as the bits of the double value ({@code f}
 * already rounded to float), {@code u} as the code point. The array holds no references, so no
 * reference counting is involved; every read and write of {@code data} and {@code size} runs in
 * the array's critical section ({@code ts.locks.enter}), as bytearray's mutations do, so
 * fine-grained and lock-free threads never lose an append or see a torn state (C1). Converting
 * a Python value to an item may run Python code ({@code __index__}, {@code __float__}, an
 * iterator): that happens before the section is entered. Two-array operations copy the other
 * array first (in its own section), then enter this one, so no section holds two locks.
 */
final class ArrayModule {
    private ArrayModule() {}

    static final PyType ARRAY = PyType.builtin("array.array");
    static final PyType ITER = PyType.builtin("array.arrayiterator");
    static final String TYPECODES = "bBuhHiIlLqQfd";

    static final class PyArray extends PyObject implements org.interlock.runtime.objects.BufferExporter {
        final char code;
        final int itemsize;
        /** Guarded by the array's critical section. */
        private long[] data;
        private int size;

        PyArray(char code, long[] data, int size, ThreadState ts) {
            super(ts);
            this.code = code;
            this.itemsize = itemSize(code);
            this.data = data;
            this.size = size;
        }

        @Override
        public PyType type() {
            return ARRAY;
        }

        @Override
        public long pyHash(ThreadState ts) {
            throw ExcTypes.typeError("unhashable type: 'array.array'", ts);
        }

        @Override
        public boolean pyEquals(PyObject other, ThreadState ts) {
            if (asArray(other) == null) return other instanceof org.interlock.runtime.objects.PyObj && otherSideEquals(other, ts);
            return compare(this, other, Op.C_EQ, ts) == PyBool.TRUE;
        }

        /** A consistent copy of the items. */
        long[] snapshot(ThreadState ts) {
            ts.locks.enter(this, ts);
            try {
                return Arrays.copyOf(data, size);
            } finally {
                ts.locks.exit(ts);
            }
        }

        int length(ThreadState ts) {
            ts.locks.enter(this, ts);
            try {
                return size;
            } finally {
                ts.locks.exit(ts);
            }
        }

        @Override
        public byte[] bytesSnapshot(ThreadState ts) {
            return toBytes(code, snapshot(ts));
        }

        @Override
        public String bufferFormat() {
            return code == 'u' ? "w" : String.valueOf(code);
        }

        @Override
        public int bufferItemsize() {
            return itemsize;
        }

        @Override
        public boolean bufferReadonly() {
            return false;
        }

        @Override
        public byte[] bufferRead(int off, int len, ThreadState ts) {
            int lo = off / itemsize, hi = (off + len + itemsize - 1) / itemsize;
            long[] items;
            ts.locks.enter(this, ts);
            try {
                if (hi > size) throw ExcTypes.raise(ExcTypes.BUFFER_ERROR, RESIZE_ERROR, ts);
                items = Arrays.copyOfRange(data, lo, hi);
            } finally {
                ts.locks.exit(ts);
            }
            byte[] b = toBytes(code, items);
            return Arrays.copyOfRange(b, off - lo * itemsize, off - lo * itemsize + len);
        }

        @Override
        public void bufferWrite(int off, byte[] src, ThreadState ts) {
            int lo = off / itemsize, hi = (off + src.length + itemsize - 1) / itemsize;
            ts.locks.enter(this, ts);
            try {
                if (hi > size) throw ExcTypes.raise(ExcTypes.BUFFER_ERROR, RESIZE_ERROR, ts);
                byte[] b = toBytes(code, Arrays.copyOfRange(data, lo, hi));
                System.arraycopy(src, 0, b, off - lo * itemsize, src.length);
                long[] items = fromBytes(code, b, ts);
                System.arraycopy(items, 0, data, lo, items.length);
            } finally {
                ts.locks.exit(ts);
            }
        }

        /** Live memoryviews; changed in the array's critical section. */
        private int exports;

        /** A BufferError if a view is exported and the size would become {@code n} (-1: changes). */
        void checkResize(int n, ThreadState ts) {
            if (exports > 0 && n != size) {
                throw ExcTypes.raise(ExcTypes.BUFFER_ERROR, "cannot resize an array that is exporting buffers", ts);
            }
        }

        @Override
        public int bufferExport(int delta, ThreadState ts) {
            ts.locks.enter(this, ts);
            try {
                exports += delta;
                return size * itemsize;
            } finally {
                ts.locks.exit(ts);
            }
        }

        // ---- mutations: the caller holds the critical section -------------------------------

        private void ensure(int n) {
            if (n > data.length) data = Arrays.copyOf(data, Math.max(n, data.length * 2 + 4));
        }

        /** Appends the first {@code n} of {@code v} inside the array's critical section. */
        void appendLocked(long[] v, int n, ThreadState ts) {
            ts.locks.enter(this, ts);
            try {
                checkResize(size + n, ts);
                appendAll(v, n);
            } finally {
                ts.locks.exit(ts);
            }
        }

        void appendAll(long[] v, int n) {
            ensure(size + n);
            System.arraycopy(v, 0, data, size, n);
            size += n;
        }

        /** Replaces items {@code [lo, hi)} by {@code v}. */
        void replace(int lo, int hi, long[] v) {
            int n = size - (hi - lo) + v.length;
            long[] out = new long[Math.max(n, 4)];
            System.arraycopy(data, 0, out, 0, lo);
            System.arraycopy(v, 0, out, lo, v.length);
            System.arraycopy(data, hi, out, lo + v.length, size - hi);
            data = out;
            size = n;
        }
    }

    // ---- typecodes ----------------------------------------------------------------------

    static int itemSize(char c) {
        return switch (c) {
            case 'b', 'B' -> 1;
            case 'h', 'H' -> 2;
            case 'i', 'I', 'f', 'u' -> 4;
            default -> 8; // l L q Q d
        };
    }

    private static boolean isFloat(char c) {
        return c == 'f' || c == 'd';
    }

    private static BigInteger intValue(PyObject v, ThreadState ts) {
        BigInteger b = StructFormat.indexValue(v, ts);
        if (b == null) throw ExcTypes.typeError("'" + Ops.typeName(v) + "' object cannot be interpreted as an integer", ts);
        return b;
    }

    private static RuntimeException overflow(String msg, ThreadState ts) {
        return ExcTypes.raise(ExcTypes.OVERFLOW_ERROR, msg, ts);
    }

    /** A narrow C integer's range check with CPython's wording for that C type. */
    private static long narrow(BigInteger b, long lo, long hi, String name, ThreadState ts) {
        if (b.bitLength() > 63) throw overflow("Python int too large to convert to C long", ts);
        long x = b.longValue();
        if (x < lo) throw overflow(name + " is less than minimum", ts);
        if (x > hi) throw overflow(name + " is greater than maximum", ts);
        return x;
    }

    /** The item value of {@code v} for typecode {@code c}; may run Python code. */
    static long encode(char c, PyObject v, ThreadState ts) {
        switch (c) {
            case 'f':
                return Double.doubleToRawLongBits((float) MathModule.d(v, ts));
            case 'd':
                return Double.doubleToRawLongBits(MathModule.d(v, ts));
            case 'u':
                if (v instanceof PyStr s && s.value().codePointCount(0, s.value().length()) == 1) return s.value().codePointAt(0);
                throw ExcTypes.typeError("array item must be unicode character", ts);
            default:
                break;
        }
        BigInteger b = intValue(v, ts);
        return switch (c) {
            // CPython reads b as a C short and H as a C int before the narrower check
            case 'b' -> {
                narrow(b, Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer", ts);
                yield narrow(b, Byte.MIN_VALUE, Byte.MAX_VALUE, "signed char", ts);
            }
            case 'B' -> narrow(b, 0, 255, "unsigned byte integer", ts);
            case 'h' -> narrow(b, Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer", ts);
            case 'H' -> {
                narrow(b, Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer", ts);
                yield narrow(b, 0, 65535, "unsigned short", ts);
            }
            case 'i' -> narrow(b, Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer", ts);
            case 'I' -> {
                if (b.signum() < 0) throw overflow("can't convert negative value to unsigned int", ts);
                if (b.bitLength() > 64) throw overflow("Python int too large to convert to C unsigned long", ts);
                if (b.bitLength() > 32) throw overflow("unsigned int is greater than maximum", ts);
                yield b.longValue();
            }
            case 'l' -> {
                if (b.bitLength() > 63) throw overflow("Python int too large to convert to C long", ts);
                yield b.longValue();
            }
            case 'L' -> {
                if (b.signum() < 0) throw overflow("can't convert negative value to unsigned int", ts);
                if (b.bitLength() > 64) throw overflow("Python int too large to convert to C unsigned long", ts);
                yield b.longValue();
            }
            case 'q' -> {
                if (b.bitLength() > 63) throw overflow("int too big to convert", ts);
                yield b.longValue();
            }
            default -> { // Q
                if (b.signum() < 0) throw overflow("can't convert negative int to unsigned", ts);
                if (b.compareTo(StructFormat.U64_MAX) > 0) throw overflow("int too big to convert", ts);
                yield b.longValue();
            }
        };
    }

    /** The Python value of an item (a new reference). */
    static PyObject box(char c, long bits, ThreadState ts) {
        return switch (c) {
            case 'f', 'd' -> PyFloat.of(Double.longBitsToDouble(bits), ts);
            case 'u' -> PyStr.ofCodePoint((int) bits, ts);
            case 'L', 'Q' -> bits >= 0 ? PyInt.of(bits, ts) : PyInt.of(new BigInteger(Long.toUnsignedString(bits)), ts);
            default -> PyInt.of(bits, ts);
        };
    }

    static byte[] toBytes(char c, long[] v) {
        int sz = itemSize(c);
        byte[] out = new byte[v.length * sz];
        for (int i = 0; i < v.length; i++) {
            long bits = c == 'f' ? Float.floatToRawIntBits((float) Double.longBitsToDouble(v[i])) : v[i];
            for (int j = 0; j < sz; j++) out[i * sz + j] = (byte) (bits >>> (8 * j));
        }
        return out;
    }

    static long[] fromBytes(char c, byte[] b, ThreadState ts) {
        int sz = itemSize(c);
        if (b.length % sz != 0) throw ExcTypes.valueError("bytes length not a multiple of item size", ts);
        long[] out = new long[b.length / sz];
        boolean signed = Character.isLowerCase(c) && c != 'u';
        for (int i = 0; i < out.length; i++) {
            long bits = 0;
            for (int j = sz - 1; j >= 0; j--) bits = (bits << 8) | (b[i * sz + j] & 0xFF);
            if (c == 'f') bits = Double.doubleToRawLongBits(Float.intBitsToFloat((int) bits));
            else if (signed && sz < 8) bits = (bits << (64 - 8 * sz)) >> (64 - 8 * sz);
            out[i] = bits;
        }
        return out;
    }

    // ---- argument helpers ---------------------------------------------------------------

    private static PyArray self(PyObject o) {
        return o instanceof PyArray a ? a : (PyArray) Ops.backing(o);
    }

    /** The array an argument is (an instance of a Python subclass gives its backing), or null. */
    private static PyArray asArray(PyObject o) {
        if (o instanceof PyArray a) return a;
        return Ops.backing(o) instanceof PyArray a ? a : null;
    }

    private static void nargs(String name, PyObject[] a, int lo, int hi, ThreadState ts) {
        int n = a.length;
        if (n >= lo && n <= hi) return;
        if (lo == hi && lo == 0) throw ExcTypes.typeError("array." + name + "() takes no arguments (" + n + " given)", ts);
        if (lo == hi && lo == 1) throw ExcTypes.typeError("array." + name + "() takes exactly one argument (" + n + " given)", ts);
        if (lo == hi) throw ExcTypes.typeError(name + " expected " + lo + " arguments, got " + n, ts);
        if (n < lo) throw ExcTypes.typeError(name + " expected at least " + lo + " argument" + (lo == 1 ? "" : "s") + ", got " + n, ts);
        throw ExcTypes.typeError(name + " expected at most " + hi + " argument" + (hi == 1 ? "" : "s") + ", got " + n, ts);
    }

    /** Converts every item of an iterable (Python code runs here, outside any section). */
    private static long[] encodeAll(char c, PyObject[] items, ThreadState ts) {
        long[] out = new long[items.length];
        for (int i = 0; i < items.length; i++) out[i] = encode(c, items[i], ts);
        return out;
    }

    /** Appends the items of an iterable as CPython does: one at a time, so a bad item keeps the ones before it. */
    private static void extendIterable(PyArray arr, PyObject src, ThreadState ts) {
        PyObject[] items = Iter.toArray(src, ts);
        long[] vals = new long[items.length];
        int n = 0;
        try {
            for (; n < items.length; n++) vals[n] = encode(arr.code, items[n], ts);
        } finally {
            for (PyObject o : items) ts.refs.decref(o, ts);
            arr.appendLocked(vals, n, ts);
        }
    }

    private static void extendArray(PyArray arr, PyArray other, ThreadState ts) {
        if (other.code != arr.code) throw ExcTypes.typeError("can only extend with array of same kind", ts);
        long[] v = other.snapshot(ts);
        arr.appendLocked(v, v.length, ts);
    }

    private static PyArray make(char c, long[] v, ThreadState ts) {
        return new PyArray(c, v, v.length, ts);
    }

    private static String fromUnicodeCheck(PyArray arr, PyObject s, ThreadState ts) {
        if (!(s instanceof PyStr str)) {
            throw ExcTypes.typeError("fromunicode() argument must be str, not " + Ops.typeName(s), ts);
        }
        if (arr.code != 'u') throw ExcTypes.valueError("fromunicode() may only be called on unicode type arrays", ts);
        return str.value();
    }

    private static long[] codePoints(String s) {
        return s.codePoints().asLongStream().toArray();
    }

    private static PyObject construct(PyObject[] a, String[] kw, ThreadState ts) {
        if (kw != null && kw.length > 0) throw ExcTypes.typeError("array.array() takes no keyword arguments", ts);
        if (a.length < 1) throw ExcTypes.typeError("array() takes at least 1 argument (0 given)", ts);
        if (a.length > 2) throw ExcTypes.typeError("array() takes at most 2 arguments (" + a.length + " given)", ts);
        if (!(a[0] instanceof PyStr tcs) || tcs.value().length() != 1) {
            String what = a[0] instanceof PyStr ? "str" : Ops.typeName(a[0]);
            throw ExcTypes.typeError("array() argument 1 must be a unicode character, not " + what, ts);
        }
        char c = tcs.value().charAt(0);
        if (TYPECODES.indexOf(c) < 0) {
            throw ExcTypes.valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)", ts);
        }
        PyArray arr = new PyArray(c, new long[4], 0, ts);
        if (a.length < 2 || a[1] == Ops.NONE) return arr;
        PyObject init = a[1];
        try {
            if (init instanceof PyStr s) {
                if (c != 'u') {
                    throw ExcTypes.typeError("cannot use a str to initialize an array with typecode '" + c + "'", ts);
                }
                long[] v = codePoints(s.value());
                arr.checkResize(arr.size + v.length, ts);
                arr.appendAll(v, v.length);
            } else if (init instanceof PyBytes b) {
                long[] v = fromBytes(c, b.bytes(), ts);
                arr.checkResize(arr.size + v.length, ts);
                arr.appendAll(v, v.length);
            } else if (asArray(init) instanceof PyArray other && other.code == 'u' && c != 'u') {
                throw ExcTypes.typeError("cannot use a unicode array to initialize an array with typecode '" + c + "'", ts);
            } else if (asArray(init) instanceof PyArray other && other.code == c) {
                long[] v = other.snapshot(ts);
                arr.checkResize(arr.size + v.length, ts);
                arr.appendAll(v, v.length);
            } else {
                PyObject[] items = Iter.toArray(init, ts);
                try {
                    long[] v = encodeAll(c, items, ts);
                    arr.checkResize(arr.size + v.length, ts);
                    arr.appendAll(v, v.length);
                } finally {
                    for (PyObject o : items) ts.refs.decref(o, ts);
                }
            }
        } catch (RuntimeException e) {
            ts.refs.decref(arr, ts);
            throw e;
        }
        return arr;
    }

    // ---- indexing -----------------------------------------------------------------------

    private static long itemIndex(PyObject k, ThreadState ts) {
        if (k instanceof PyInt i) {
            if (!i.isSmall()) throw ExcTypes.raise(ExcTypes.INDEX_ERROR, "cannot fit 'int' into an index-sized integer", ts);
            return i.longValue();
        }
        if (Ops.special(k, org.interlock.runtime.vm.Names.__index__, ts) != null) return Ops.index(k, ts);
        throw ExcTypes.typeError("array indices must be integers", ts);
    }

    private static PyObject getItem(PyArray arr, PyObject k, ThreadState ts) {
        if (k instanceof PySlice sl) {
            long[] d = arr.snapshot(ts);
            SliceIndices si = Items.indices(sl, d.length, ts);
            long[] out = new long[si.length()];
            for (int i = 0; i < out.length; i++) out[i] = d[si.index(i)];
            return make(arr.code, out, ts);
        }
        long i = itemIndex(k, ts);
        long bits;
        ts.locks.enter(arr, ts);
        try {
            if (i < 0) i += arr.size;
            if (i < 0 || i >= arr.size) throw ExcTypes.raise(ExcTypes.INDEX_ERROR, "array index out of range", ts);
            bits = arr.data[(int) i];
        } finally {
            ts.locks.exit(ts);
        }
        return box(arr.code, bits, ts);
    }

    private static void setItem(PyArray arr, PyObject k, PyObject v, ThreadState ts) {
        if (k instanceof PySlice sl) {
            if (!(asArray(v) instanceof PyArray other)) {
                throw ExcTypes.typeError("can only assign array (not \"" + Ops.typeName(v) + "\") to array slice", ts);
            }
            if (other.code != arr.code) throw ExcTypes.typeError("bad argument type for built-in operation", ts);
            long[] src = other.snapshot(ts);
            ts.locks.enter(arr, ts);
            try {
                SliceIndices si = Items.indices(sl, arr.size, ts);
                if (si.step() == 1) {
                    int lo = si.start(), hi = Math.max(lo, si.stop());
                    arr.checkResize(arr.size - (hi - lo) + src.length, ts);
                    arr.replace(lo, hi, src);
                } else if (src.length == 0) {
                    arr.checkResize(-1, ts);
                    removeExtended(arr, si); // an empty array deletes the extended slice, as CPython does
                } else {
                    if (src.length != si.length()) {
                        throw ExcTypes.valueError("attempt to assign array of size " + src.length
                                + " to extended slice of size " + si.length(), ts);
                    }
                    for (int i = 0; i < src.length; i++) arr.data[si.index(i)] = src[i];
                }
            } finally {
                ts.locks.exit(ts);
            }
            return;
        }
        long i = itemIndex(k, ts);
        // CPython checks the index before it converts the value
        int n = arr.length(ts);
        if (i < -n || i >= n) throw ExcTypes.raise(ExcTypes.INDEX_ERROR, "array assignment index out of range", ts);
        long bits = encode(arr.code, v, ts);
        ts.locks.enter(arr, ts);
        try {
            if (i < 0) i += arr.size;
            if (i < 0 || i >= arr.size) throw ExcTypes.raise(ExcTypes.INDEX_ERROR, "array assignment index out of range", ts);
            arr.data[(int) i] = bits;
        } finally {
            ts.locks.exit(ts);
        }
    }

    /** Removes the items an extended slice visits; the caller holds the array's section. */
    private static void removeExtended(PyArray arr, SliceIndices si) {
        boolean[] drop = new boolean[arr.size];
        for (int i = 0; i < si.length(); i++) drop[si.index(i)] = true;
        int w = 0;
        for (int r = 0; r < arr.size; r++) if (!drop[r]) arr.data[w++] = arr.data[r];
        arr.size = w;
    }

    private static void delItem(PyArray arr, PyObject k, ThreadState ts) {
        long idx = k instanceof PySlice ? 0 : itemIndex(k, ts);
        ts.locks.enter(arr, ts);
        try {
            if (k instanceof PySlice sl) {
                SliceIndices si = Items.indices(sl, arr.size, ts);
                if (si.length() == 0) return;
                if (si.step() == 1) {
                    arr.checkResize(-1, ts);
                    arr.replace(si.start(), si.stop(), new long[0]);
                    return;
                }
                arr.checkResize(-1, ts);
                removeExtended(arr, si);
                return;
            }
            if (idx < 0) idx += arr.size;
            if (idx < 0 || idx >= arr.size) throw ExcTypes.raise(ExcTypes.INDEX_ERROR, "array assignment index out of range", ts);
            arr.checkResize(-1, ts);
            arr.replace((int) idx, (int) idx + 1, new long[0]);
        } finally {
            ts.locks.exit(ts);
        }
    }

    // ---- searching and comparing --------------------------------------------------------

    /** The index of the first item in {@code [lo, hi)} equal to {@code x}, or -1. */
    private static int find(PyArray arr, PyObject x, long lo, long hi, ThreadState ts) {
        long[] d = arr.snapshot(ts);
        int n = d.length;
        if (lo < 0) lo = Math.max(0, lo + n);
        if (hi < 0) hi = Math.max(0, hi + n);
        hi = Math.min(hi, n);
        for (long i = lo; i < hi; i++) {
            if (itemEquals(arr.code, d[(int) i], x, ts)) return (int) i;
        }
        return -1;
    }

    private static boolean itemEquals(char c, long bits, PyObject x, ThreadState ts) {
        if (x instanceof PyInt xi && xi.isSmall() && !isFloat(c) && c != 'u' && c != 'L' && c != 'Q') {
            return xi.longValue() == bits;
        }
        PyObject b = box(c, bits, ts);
        try {
            return Ops.eq(b, x, ts);
        } finally {
            ts.refs.decref(b, ts);
        }
    }

    private static PyObject compare(PyArray a, PyObject other, int op, ThreadState ts) {
        if (!(asArray(other) instanceof PyArray b)) return Singletons.NOT_IMPLEMENTED;
        long[] x = a.snapshot(ts), y = b.snapshot(ts);
        if (x.length != y.length && (op == Op.C_EQ || op == Op.C_NE)) return PyBool.of(op == Op.C_NE);
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            if (a.code == b.code && x[i] == y[i] && !isFloat(a.code)) continue;
            PyObject u = box(a.code, x[i], ts), v = box(b.code, y[i], ts);
            try {
                if (Ops.eq(u, v, ts)) continue;
                if (op == Op.C_EQ) return PyBool.FALSE;
                if (op == Op.C_NE) return PyBool.TRUE;
                return Compare.richCompare(u, v, op, ts);
            } finally {
                ts.refs.decref(u, ts);
                ts.refs.decref(v, ts);
            }
        }
        return PyBool.of(Compare.cmpResult(Integer.compare(x.length, y.length), op));
    }

    static String repr(PyArray arr, ThreadState ts) {
        long[] d = arr.snapshot(ts);
        StringBuilder sb = new StringBuilder("array('").append(arr.code).append('\'');
        if (d.length == 0) return sb.append(')').toString();
        sb.append(", ");
        if (arr.code == 'u') {
            StringBuilder s = new StringBuilder();
            for (long cp : d) s.appendCodePoint((int) cp);
            return sb.append(org.interlock.runtime.vm.Repr.strRepr(s.toString())).append(')').toString();
        }
        sb.append('[');
        for (int i = 0; i < d.length; i++) {
            if (i > 0) sb.append(", ");
            if (isFloat(arr.code)) sb.append(PyRepr.floatRepr(Double.longBitsToDouble(d[i])));
            else if (arr.code == 'L' || arr.code == 'Q') sb.append(Long.toUnsignedString(d[i]));
            else sb.append(d[i]);
        }
        return sb.append("])").toString();
    }

    private static long repeatCount(PyObject n, ThreadState ts) {
        if (!(n instanceof PyInt) && Ops.special(n, org.interlock.runtime.vm.Names.__index__, ts) == null) {
            throw ExcTypes.typeError("can't multiply sequence by non-int of type '" + Ops.typeName(n) + "'", ts);
        }
        return Ops.index(n, ts);
    }

    private static long[] repeat(long[] d, long n, ThreadState ts) {
        if (n <= 0 || d.length == 0) return new long[0];
        if ((long) d.length * n > Integer.MAX_VALUE - 8) throw ExcTypes.raise(ExcTypes.MEMORY_ERROR, "", ts);
        long[] out = new long[(int) (d.length * n)];
        for (int i = 0; i < n; i++) System.arraycopy(d, 0, out, i * d.length, d.length);
        return out;
    }

    private static PyObject iter(PyArray arr, ThreadState ts) {
        int[] pos = {0};
        return new FuncIter(ITER, t -> {
            long bits;
            t.locks.enter(arr, t);
            try {
                if (pos[0] >= arr.size) return null;
                bits = arr.data[pos[0]++];
            } finally {
                t.locks.exit(t);
            }
            return box(arr.code, bits, t);
        }, ts, arr);
    }

    private static PyBuiltin prop(String name, PyBuiltin.Impl impl) {
        return new PyBuiltin(name, false, "array", impl);
    }

    private static boolean initDone;

    private static synchronized void initType() {
        if (initDone) return;
        initDone = true;
        TypeInfo ti = TypeInfo.of(ARRAY);
        ti.constructor = (t, a, kw, ts) -> construct(a, kw, ts);
        ti.dunderSlots = true;
        org.interlock.runtime.builtins.Subclassing.subclassableByValue(ARRAY);
        ti.attr("typecode", PyDescriptor.builtinProperty(prop("typecode",
                (s, a, kw, ts) -> PyStr.ofCodePoint(self(a[0]).code, ts))));
        ti.attr("itemsize", PyDescriptor.builtinProperty(prop("itemsize",
                (s, a, kw, ts) -> PyInt.of(self(a[0]).itemsize, ts))));
        ti.method("__len__", (s, a, kw, ts) -> PyInt.of(self(s).length(ts), ts));
        ti.method("__getitem__", (s, a, kw, ts) -> getItem(self(s), a[0], ts));
        ti.method("__setitem__", (s, a, kw, ts) -> {
            setItem(self(s), a[0], a[1], ts);
            return Ops.NONE;
        });
        ti.method("__delitem__", (s, a, kw, ts) -> {
            delItem(self(s), a[0], ts);
            return Ops.NONE;
        });
        ti.method("__iter__", (s, a, kw, ts) -> iter(self(s), ts));
        ti.method("__contains__", (s, a, kw, ts) -> PyBool.of(find(self(s), a[0], 0, Long.MAX_VALUE, ts) >= 0));
        ti.method("__repr__", (s, a, kw, ts) -> PyStr.of(repr(self(s), ts), ts));
        String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        int[] ops = {Op.C_LT, Op.C_LE, Op.C_EQ, Op.C_NE, Op.C_GT, Op.C_GE};
        for (int i = 0; i < cmp.length; i++) {
            int op = ops[i];
            ti.method(cmp[i], (s, a, kw, ts) -> compare(self(s), a[0], op, ts));
        }
        ti.attr("__hash__", Ops.NONE);
        ti.method("__add__", (s, a, kw, ts) -> {
            PyArray x = self(s);
            if (!(asArray(a[0]) instanceof PyArray y)) {
                throw ExcTypes.typeError("can only append array (not \"" + Ops.typeName(a[0]) + "\") to array", ts);
            }
            if (x.code != y.code) throw ExcTypes.typeError("bad argument type for built-in operation", ts);
            long[] u = x.snapshot(ts), v = y.snapshot(ts);
            long[] out = Arrays.copyOf(u, u.length + v.length);
            System.arraycopy(v, 0, out, u.length, v.length);
            return make(x.code, out, ts);
        });
        ti.method("__iadd__", (s, a, kw, ts) -> {
            if (!(asArray(a[0]) instanceof PyArray y)) {
                throw ExcTypes.typeError("can only extend array with array (not \"" + Ops.typeName(a[0]) + "\")", ts);
            }
            extendArray(self(s), y, ts);
            return Ops.incref(s, ts);
        });
        PyBuiltin.Impl mul = (s, a, kw, ts) -> {
            long n = repeatCount(a[0], ts);
            return make(self(s).code, repeat(self(s).snapshot(ts), n, ts), ts);
        };
        ti.method("__mul__", mul);
        ti.method("__rmul__", mul);
        ti.method("__imul__", (s, a, kw, ts) -> {
            PyArray x = self(s);
            long n = repeatCount(a[0], ts);
            ts.locks.enter(x, ts);
            try {
                long[] out = repeat(Arrays.copyOf(x.data, x.size), n, ts);
                x.checkResize(out.length, ts);
                x.data = out.length == 0 ? new long[4] : out;
                x.size = out.length;
            } finally {
                ts.locks.exit(ts);
            }
            return Ops.incref(s, ts);
        });
        ti.method("__copy__", (s, a, kw, ts) -> make(self(s).code, self(s).snapshot(ts), ts));
        ti.method("__deepcopy__", (s, a, kw, ts) -> make(self(s).code, self(s).snapshot(ts), ts));
        ti.method("append", (s, a, kw, ts) -> {
            nargs("append", a, 1, 1, ts);
            PyArray x = self(s);
            long v = encode(x.code, a[0], ts);
            ts.locks.enter(x, ts);
            try {
                x.checkResize(-1, ts);
                x.ensure(x.size + 1);
                x.data[x.size++] = v;
            } finally {
                ts.locks.exit(ts);
            }
            return Ops.NONE;
        });
        ti.method("extend", (s, a, kw, ts) -> {
            nargs("extend", a, 1, 1, ts);
            if (asArray(a[0]) instanceof PyArray y) extendArray(self(s), y, ts);
            else extendIterable(self(s), a[0], ts);
            return Ops.NONE;
        });
        ti.method("insert", (s, a, kw, ts) -> {
            nargs("insert", a, 2, 2, ts);
            PyArray x = self(s);
            long i = Ops.index(a[0], ts);
            long v = encode(x.code, a[1], ts);
            ts.locks.enter(x, ts);
            try {
                if (i < 0) i = Math.max(0, i + x.size);
                i = Math.min(i, x.size);
                x.checkResize(-1, ts);
                x.replace((int) i, (int) i, new long[] {v});
            } finally {
                ts.locks.exit(ts);
            }
            return Ops.NONE;
        });
        ti.method("pop", (s, a, kw, ts) -> {
            nargs("pop", a, 0, 1, ts);
            PyArray x = self(s);
            long i = a.length > 0 ? Ops.index(a[0], ts) : -1;
            long bits;
            ts.locks.enter(x, ts);
            try {
                if (x.size == 0) throw ExcTypes.raise(ExcTypes.INDEX_ERROR, "pop from empty array", ts);
                if (i < 0) i += x.size;
                if (i < 0 || i >= x.size) throw ExcTypes.raise(ExcTypes.INDEX_ERROR, "pop index out of range", ts);
                bits = x.data[(int) i];
                x.checkResize(-1, ts);
                if (i == x.size - 1) x.size--;
                else x.replace((int) i, (int) i + 1, new long[0]);
            } finally {
                ts.locks.exit(ts);
            }
            return box(x.code, bits, ts);
        });
        ti.method("remove", (s, a, kw, ts) -> {
            nargs("remove", a, 1, 1, ts);
            PyArray x = self(s);
            // the comparison may run Python code, so it runs on a snapshot; the removal then checks
            // that the array still holds the same item there, and searches again if it changed
            while (true) {
                long[] d = x.snapshot(ts);
                int at = -1;
                for (int i = 0; i < d.length && at < 0; i++) if (itemEquals(x.code, d[i], a[0], ts)) at = i;
                if (at < 0) throw ExcTypes.valueError("array.remove(x): x not in array", ts);
                ts.locks.enter(x, ts);
                try {
                    if (x.size == d.length && x.data[at] == d[at]) {
                        x.checkResize(-1, ts);
                        x.replace(at, at + 1, new long[0]);
                        return Ops.NONE;
                    }
                } finally {
                    ts.locks.exit(ts);
                }
            }
        });
        ti.method("index", (s, a, kw, ts) -> {
            nargs("index", a, 1, 3, ts);
            long lo = a.length > 1 ? Ops.index(a[1], ts) : 0;
            long hi = a.length > 2 ? Ops.index(a[2], ts) : Long.MAX_VALUE;
            int at = find(self(s), a[0], lo, hi, ts);
            if (at < 0) throw ExcTypes.valueError("array.index(x): x not in array", ts);
            return PyInt.of(at, ts);
        });
        ti.method("count", (s, a, kw, ts) -> {
            nargs("count", a, 1, 1, ts);
            PyArray x = self(s);
            int n = 0;
            for (long bits : x.snapshot(ts)) if (itemEquals(x.code, bits, a[0], ts)) n++;
            return PyInt.of(n, ts);
        });
        ti.method("reverse", (s, a, kw, ts) -> {
            nargs("reverse", a, 0, 0, ts);
            PyArray x = self(s);
            ts.locks.enter(x, ts);
            try {
                for (int i = 0, j = x.size - 1; i < j; i++, j--) {
                    long t = x.data[i];
                    x.data[i] = x.data[j];
                    x.data[j] = t;
                }
            } finally {
                ts.locks.exit(ts);
            }
            return Ops.NONE;
        });
        ti.method("byteswap", (s, a, kw, ts) -> {
            nargs("byteswap", a, 0, 0, ts);
            PyArray x = self(s);
            ts.locks.enter(x, ts);
            try {
                byte[] b = toBytes(x.code, Arrays.copyOf(x.data, x.size));
                int sz = x.itemsize;
                for (int i = 0; i < b.length; i += sz) {
                    for (int p = i, q = i + sz - 1; p < q; p++, q--) {
                        byte t = b[p];
                        b[p] = b[q];
                        b[q] = t;
                    }
                }
                long[] v = fromBytes(x.code, b, ts);
                System.arraycopy(v, 0, x.data, 0, v.length);
            } finally {
                ts.locks.exit(ts);
            }
            return Ops.NONE;
        });
        ti.method("tolist", (s, a, kw, ts) -> {
            nargs("tolist", a, 0, 0, ts);
            PyArray x = self(s);
            long[] d = x.snapshot(ts);
            PyObject[] out = new PyObject[d.length];
            for (int i = 0; i < d.length; i++) out[i] = box(x.code, d[i], ts);
            return PyList.fromNewRefs(out, out.length, ts);
        });
        ti.method("fromlist", (s, a, kw, ts) -> {
            nargs("fromlist", a, 1, 1, ts);
            if (!(a[0] instanceof PyList l)) throw ExcTypes.typeError("arg must be list", ts);
            PyObject[] items = l.snapshot(ts);
            try {
                long[] v = encodeAll(self(s).code, items, ts); // all or nothing, as CPython
                self(s).appendLocked(v, v.length, ts);
            } finally {
                for (PyObject o : items) ts.refs.decref(o, ts);
            }
            return Ops.NONE;
        });
        ti.method("tobytes", (s, a, kw, ts) -> {
            nargs("tobytes", a, 0, 0, ts);
            return new PyBytes(self(s).bytesSnapshot(ts), false, ts);
        });
        ti.method("frombytes", (s, a, kw, ts) -> {
            nargs("frombytes", a, 1, 1, ts);
            byte[] b;
            if (a[0] instanceof PyBytes pb) b = pb.bytes();
            else if (a[0] instanceof BytesLike bl) b = bl.bytesSnapshot(ts);
            else throw ExcTypes.typeError("a bytes-like object is required, not '" + Ops.typeName(a[0]) + "'", ts);
            long[] v = fromBytes(self(s).code, b, ts);
            self(s).appendLocked(v, v.length, ts);
            return Ops.NONE;
        });
        ti.method("tounicode", (s, a, kw, ts) -> {
            nargs("tounicode", a, 0, 0, ts);
            PyArray x = self(s);
            if (x.code != 'u') throw ExcTypes.valueError("tounicode() may only be called on unicode type arrays", ts);
            StringBuilder sb = new StringBuilder();
            for (long cp : x.snapshot(ts)) sb.appendCodePoint((int) cp);
            return PyStr.of(sb.toString(), ts);
        });
        ti.method("fromunicode", (s, a, kw, ts) -> {
            nargs("fromunicode", a, 1, 1, ts);
            long[] v = codePoints(fromUnicodeCheck(self(s), a[0], ts));
            self(s).appendLocked(v, v.length, ts);
            return Ops.NONE;
        });
        ti.method("buffer_info", (s, a, kw, ts) -> {
            nargs("buffer_info", a, 0, 0, ts);
            // no machine address exists: an identity number stands in for it
            PyObject addr = PyInt.of(System.identityHashCode(s) & 0xFFFFFFFFL, ts);
            PyObject len = PyInt.of(self(s).length(ts), ts);
            return PyTuple.fromNewRefs(new PyObject[] {addr, len}, ts);
        });
    }

    static PyModule create(ThreadState ts) {
        initType();
        PyModule m = new PyModule("array", ts);
        ModuleDef d = new ModuleDef(m, ts);
        d.val("array", ARRAY);
        d.val("ArrayType", ARRAY);
        d.valNew("typecodes", PyStr.of(TYPECODES, ts));
        return m;
    }
}
