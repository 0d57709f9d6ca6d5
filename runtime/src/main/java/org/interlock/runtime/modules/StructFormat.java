package org.interlock.runtime.modules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.interlock.object.PyBool;
import org.interlock.object.PyFloat;
import org.interlock.object.PyInt;
import org.interlock.object.PyObject;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyBytes;
import org.interlock.runtime.vm.Names;
import org.interlock.runtime.vm.Ops;

/**
 * A parsed {@code struct} format: its items with their offsets, the packed size and the number
 * of values it packs. Immutable, so one instance is shared by every thread that uses the
 * format. Sizes, alignment and the error messages are CPython 3.11's on x86-64 Linux: native
 * mode ({@code @}) aligns each item to its size and has 8-byte {@code l}, {@code n},
 * {@code P}; the standard modes ({@code = < > !}) have no padding and 4-byte {@code l}. The
 * messages differ between little- and big-endian standard modes because CPython packs
 * little-endian standard items that have the native size with the native packers.
 */
final class StructFormat {
    /** One item: a code repeated (or, for s and p, a length), at an offset. */
    record Item(char code, int count, int offset, int size) {}

    final String format;
    final List<Item> items;
    final int size;
    final int nargs;
    final boolean native_;
    final boolean bigEndian;

    private StructFormat(String format, List<Item> items, int size, int nargs, boolean nat, boolean big) {
        this.format = format;
        this.items = items;
        this.size = size;
        this.nargs = nargs;
        this.native_ = nat;
        this.bigEndian = big;
    }

    /** Thrown for struct.error; the module turns it into the Python exception. */
    static final class StructError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StructError(String msg) {
            super(msg, null, false, false);
        }
    }

    private static int sizeOf(char c, boolean nat) {
        return switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p' -> 1;
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L' -> nat ? 8 : 4;
            case 'q', 'Q', 'd' -> 8;
            case 'n', 'N', 'P' -> nat ? 8 : -1;
            default -> -1;
        };
    }

    static StructFormat parse(String fmt) {
        int i = 0;
        boolean nat = true, big = false;
        if (!fmt.isEmpty()) {
            switch (fmt.charAt(0)) {
                case '@' -> i = 1;
                case '=', '<' -> {
                    nat = false;
                    i = 1;
                }
                case '>', '!' -> {
                    nat = false;
                    big = true;
                    i = 1;
                }
                default -> { }
            }
        }
        List<Item> items = new ArrayList<>();
        long size = 0;
        int nargs = 0;
        int n = fmt.length();
        while (i < n) {
            char c = fmt.charAt(i++);
            if (Character.isWhitespace(c)) continue;
            long num = 1;
            if (c >= '0' && c <= '9') {
                num = c - '0';
                while (i < n && fmt.charAt(i) >= '0' && fmt.charAt(i) <= '9') {
                    num = num * 10 + (fmt.charAt(i++) - '0');
                    if (num > Integer.MAX_VALUE) throw new StructError("total struct size too long");
                }
                if (i >= n) throw new StructError("repeat count given without format specifier");
                c = fmt.charAt(i++);
            }
            int isz = sizeOf(c, nat);
            if (isz < 0) throw new StructError("bad char in struct format");
            if (nat && isz > 1) size = (size + isz - 1) / isz * isz;
            if (c == 's' || c == 'p') {
                items.add(new Item(c, (int) num, (int) size, (int) num));
                size += num;
                nargs++;
            } else {
                if (c != 'x') {
                    for (int k = 0; k < num; k++) items.add(new Item(c, 1, (int) (size + (long) k * isz), isz));
                    nargs += (int) num;
                }
                size += num * isz;
            }
            if (size > Integer.MAX_VALUE) throw new StructError("total struct size too long");
        }
        return new StructFormat(fmt, List.copyOf(items), (int) size, nargs, nat, big);
    }

    // --- packing ------------------------------------------------------------------------

    /** Packs {@code args[off .. off+nargs)} into {@code out} at {@code base}. */
    void pack(PyObject[] args, int off, byte[] out, int base, ThreadState ts) {
        int k = off;
        for (Item it : items) {
            PyObject v = args[k++];
            int at = base + it.offset();
            switch (it.code()) {
                case 'c' -> {
                    if (!(v instanceof PyBytes b) || b.mutable || b.length() != 1) {
                        throw new StructError("char format requires a bytes object of length 1");
                    }
                    out[at] = (byte) b.at(0);
                }
                case 's', 'p' -> {
                    if (!(v instanceof PyBytes b)) throw new StructError("argument for '" + it.code() + "' must be a bytes object");
                    byte[] d = b.bytes();
                    int room = it.code() == 'p' ? Math.max(0, it.count() - 1) : it.count();
                    int len = Math.min(d.length, room);
                    if (it.code() == 'p') {
                        if (it.count() == 0) break;
                        out[at] = (byte) Math.min(len, 255);
                        System.arraycopy(d, 0, out, at + 1, len);
                    } else {
                        System.arraycopy(d, 0, out, at, len);
                    }
                }
                case '?' -> out[at] = (byte) (Ops.isTrue(v, ts) ? 1 : 0);
                case 'e' -> putBits(out, at, 2, halfBits(floatArg(v, ts), ts));
                case 'f' -> {
                    double d = floatArg(v, ts);
                    float f = (float) d;
                    // CPython's native packer casts without the overflow check of the standard one
                    if (!native_ && Float.isInfinite(f) && !Double.isInfinite(d)) {
                        throw ExcTypes.raise(ExcTypes.OVERFLOW_ERROR, "float too large to pack with f format", ts);
                    }
                    putBits(out, at, 4, Float.floatToRawIntBits(f) & 0xFFFFFFFFL);
                }
                case 'd' -> putBits(out, at, 8, Double.doubleToRawLongBits(floatArg(v, ts)));
                default -> putBits(out, at, it.size(), intBits(it.code(), it.size(), v, ts));
            }
        }
    }

    private void putBits(byte[] out, int at, int n, long bits) {
        for (int j = 0; j < n; j++) {
            int idx = bigEndian ? at + n - 1 - j : at + j;
            out[idx] = (byte) (bits >>> (8 * j));
        }
    }

    static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final BigInteger S64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger S64_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private static BigInteger intArg(PyObject v, ThreadState ts) {
        BigInteger b = indexValue(v, ts);
        if (b == null) throw new StructError("required argument is not an integer");
        return b;
    }

    /** The integer value of an int or an object with {@code __index__}; null if it has neither. */
    static BigInteger indexValue(PyObject v, ThreadState ts) {
        if (v instanceof PyInt i) return i.bigValue();
        PyObject m = Ops.special(v, Names.__index__, ts);
        if (m == null) return null;
        PyObject r = Ops.callSpecial(m, v, ts);
        try {
            if (!(r instanceof PyInt i)) throw ExcTypes.typeError("__index__ returned non-int (type " + Ops.typeName(r) + ")", ts);
            return i.bigValue();
        } finally {
            ts.refs.decref(r, ts);
        }
    }

    private long intBits(char code, int size, PyObject v, ThreadState ts) {
        BigInteger b = intArg(v, ts);
        boolean signed = Character.isLowerCase(code);
        if (code == 'P') {
            // a pointer: any value of a signed or unsigned 64-bit word
            if (b.compareTo(S64_MIN) < 0 || b.compareTo(U64_MAX) > 0) throw new StructError("int too large to convert");
            return b.longValue();
        }
        boolean nativeStyle = !bigEndian && (native_ || sizeOf(code, true) == size);
        if (code == 'b' || code == 'B' || (nativeStyle && (code == 'h' || code == 'H'))) {
            // CPython checks these through a C long first, then the narrow range
            if (b.compareTo(S64_MIN) < 0 || b.compareTo(S64_MAX) > 0) throw new StructError("argument out of range");
            long x = b.longValue();
            long lo = signed ? -(1L << (8 * size - 1)) : 0;
            long hi = signed ? (1L << (8 * size - 1)) - 1 : (1L << (8 * size)) - 1;
            if (x < lo || x > hi) {
                String name = switch (code) {
                    case 'b' -> "byte";
                    case 'B' -> "ubyte";
                    case 'h' -> "short";
                    default -> "ushort";
                };
                throw new StructError(name + " format requires " + lo + " <= number <= " + hi);
            }
            return x;
        }
        if (signed) {
            if (b.compareTo(S64_MIN) < 0 || b.compareTo(S64_MAX) > 0) throw new StructError("argument out of range");
            long x = b.longValue();
            if (size < 8) {
                long lo = -(1L << (8 * size - 1)), hi = (1L << (8 * size - 1)) - 1;
                if (x < lo || x > hi) throw new StructError("'" + code + "' format requires " + lo + " <= number <= " + hi);
            }
            return x;
        }
        if (b.signum() < 0 || b.compareTo(U64_MAX) > 0) throw new StructError("argument out of range");
        long x = b.longValue();
        if (size < 8) {
            long hi = (1L << (8 * size)) - 1;
            if (x > hi) throw new StructError("'" + code + "' format requires 0 <= number <= " + hi);
        }
        return x;
    }

    private static double floatArg(PyObject v, ThreadState ts) {
        if (v instanceof PyFloat f) return f.value();
        if (v instanceof PyInt) return MathModule.d(v, ts);
        if (Ops.special(v, Names.__float__, ts) == null && Ops.special(v, Names.__index__, ts) == null) {
            throw new StructError("required argument is not a float");
        }
        return MathModule.d(v, ts);
    }

    /** IEEE 754 binary16 bits of {@code x}, rounded half to even straight from the double. */
    static long halfBits(double x, ThreadState ts) {
        int sign = (Double.doubleToRawLongBits(x) < 0) ? 1 : 0;
        if (Double.isNaN(x)) return (sign << 15) | 0x7e00;
        if (Double.isInfinite(x)) return (sign << 15) | 0x7c00;
        double a = Math.abs(x);
        if (a == 0.0) return sign << 15;
        // frexp: a = f * 2^e with 1 <= f < 2 (CPython's doubled mantissa)
        int e = Math.getExponent(a);
        double f;
        if (e < Double.MIN_EXPONENT) {
            f = 0.0;
            e = 0;
        } else {
            f = Math.scalb(a, -e);
        }
        if (e >= 16) throw ExcTypes.raise(ExcTypes.OVERFLOW_ERROR, "float too large to pack with e format", ts);
        if (e < -25) {
            f = 0.0;
            e = 0;
        } else if (e < -14) {
            f = Math.scalb(f, 14 + e);
            e = 0;
        } else if (f != 0.0) {
            e += 15;
            f -= 1.0;
        }
        f *= 1024.0;
        int bits = (int) f;
        double rest = f - bits;
        if (rest > 0.5 || (rest == 0.5 && (bits & 1) == 1)) {
            bits++;
            if (bits == 1024) {
                bits = 0;
                e++;
                if (e == 31) throw ExcTypes.raise(ExcTypes.OVERFLOW_ERROR, "float too large to pack with e format", ts);
            }
        }
        return bits | ((long) e << 10) | ((long) sign << 15);
    }

    static double halfValue(int h) {
        int sign = (h >> 15) & 1;
        int e = (h >> 10) & 0x1f;
        int f = h & 0x3ff;
        if (e == 0x1f) {
            if (f == 0) return sign == 1 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            return sign == 1 ? -Double.NaN : Double.NaN;
        }
        double x = f / 1024.0;
        if (e == 0) {
            e = -14;
        } else {
            x += 1.0;
            e -= 15;
        }
        x = Math.scalb(x, e);
        return sign == 1 ? -x : x;
    }

    // --- unpacking ----------------------------------------------------------------------

    private long getBits(byte[] in, int at, int n) {
        long v = 0;
        for (int j = n - 1; j >= 0; j--) {
            int idx = bigEndian ? at + n - 1 - j : at + j;
            v = (v << 8) | (in[idx] & 0xFF);
        }
        return v;
    }

    /** The values at {@code base} of {@code in} as new references. */
    PyObject[] unpack(byte[] in, int base, ThreadState ts) {
        PyObject[] out = new PyObject[items.size()];
        int k = 0;
        for (Item it : items) {
            int at = base + it.offset();
            int sz = it.size();
            out[k++] = switch (it.code()) {
                case 'c' -> new PyBytes(new byte[] {in[at]}, false, ts);
                case 's' -> new PyBytes(java.util.Arrays.copyOfRange(in, at, at + it.count()), false, ts);
                case 'p' -> {
                    if (it.count() == 0) yield new PyBytes(new byte[0], false, ts);
                    int len = Math.min(in[at] & 0xFF, it.count() - 1);
                    yield new PyBytes(java.util.Arrays.copyOfRange(in, at + 1, at + 1 + len), false, ts);
                }
                case '?' -> PyBool.of(in[at] != 0);
                case 'e' -> PyFloat.of(halfValue((int) getBits(in, at, 2)), ts);
                case 'f' -> PyFloat.of(Float.intBitsToFloat((int) getBits(in, at, 4)), ts);
                case 'd' -> PyFloat.of(Double.longBitsToDouble(getBits(in, at, 8)), ts);
                default -> {
                    long bits = getBits(in, at, sz);
                    if (Character.isLowerCase(it.code())) {
                        yield PyInt.of(sz == 8 ? bits : (bits << (64 - 8 * sz)) >> (64 - 8 * sz), ts);
                    }
                    yield bits >= 0 ? PyInt.of(bits, ts) : PyInt.of(new BigInteger(Long.toUnsignedString(bits)), ts);
                }
            };
        }
        return out;
    }
}
