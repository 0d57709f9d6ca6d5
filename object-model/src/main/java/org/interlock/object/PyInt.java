package org.interlock.object;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * Python's {@code int}: a {@code long} on the fast path, a {@link BigInteger} beyond it.
 *
 * <p>The representation is canonical: {@link #bigValue} is used only when the value does not fit
 * in a {@code long}; every factory normalizes ({@link #of(BigInteger, ThreadState)} returns a
 * long-backed int when the value fits). Small ints -5..256 are immortal and cached, as CPython's
 * are; every other factory result is a new counted object (a new reference).
 *
 * <p>{@code bool} is a subclass ({@link PyBool} extends this class, as in Python), so every
 * operation here accepts {@code True}/{@code False} as 1/0 and returns a plain {@code int}.
 *
 * <p>The static operations take borrowed operands and return a new reference. They follow
 * CPython 3.11: floor division and modulo round toward negative infinity (the remainder takes
 * the divisor's sign), {@code **} with a negative exponent gives a float, shifts by a negative
 * count fail. Long arithmetic detects overflow without exceptions and falls back to
 * {@code BigInteger}. Errors are {@link OperationError}s with CPython's messages.
 */
public class PyInt extends PyObject {
    public static final PyType TYPE = PyType.builtin("int");

    /** The modulus of CPython's numeric hash: the Mersenne prime 2**61 - 1. */
    public static final long HASH_MODULUS = (1L << 61) - 1;

    private static final int SMALL_MIN = -5;
    private static final int SMALL_MAX = 256;
    private static final PyInt[] SMALL = new PyInt[SMALL_MAX - SMALL_MIN + 1];
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(HASH_MODULUS);

    static {
        for (int i = SMALL_MIN; i <= SMALL_MAX; i++) SMALL[i - SMALL_MIN] = new PyInt(i);
    }

    /** The value when {@link #big} is null. */
    private final long value;
    /** Non-null only when the value does not fit in a long. */
    private final BigInteger big;

    /** An immortal int (the small-int cache, and bool's two instances). */
    PyInt(long value) {
        super();
        this.value = value;
        this.big = null;
    }

    private PyInt(long value, ThreadState ts) {
        super(ts);
        markLeaf();
        this.value = value;
        this.big = null;
    }

    private PyInt(BigInteger big, ThreadState ts) {
        super(ts);
        markLeaf();
        this.value = 0;
        this.big = big;
    }

    /** An int with this value: the immortal cached one for -5..256, else a new object. */
    public static PyInt of(long v, ThreadState ts) {
        if (v >= SMALL_MIN && v <= SMALL_MAX) return SMALL[(int) v - SMALL_MIN];
        return new PyInt(v, ts);
    }

    /** An int with this value, long-backed (and cached when small) if it fits in a long. */
    public static PyInt of(BigInteger v, ThreadState ts) {
        if (v.bitLength() < 64) return of(v.longValue(), ts);
        return new PyInt(v, ts);
    }

    /** The immortal cached int, for -5..256 only. */
    public static PyInt small(int v) {
        return SMALL[v - SMALL_MIN];
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    // ---- accessors ---------------------------------------------------------------------

    /** True when the value fits in a long ({@link #longValue} is exact). */
    public final boolean isSmall() {
        return big == null;
    }

    /** The value; only meaningful when {@link #isSmall}. */
    public final long longValue() {
        return value;
    }

    /** The value as a BigInteger (allocates when long-backed). */
    public final BigInteger bigValue() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    /** The sign: -1, 0 or 1. */
    public final int signum() {
        return big != null ? big.signum() : Long.signum(value);
    }

    /** True if the value fits in a Java int. */
    public final boolean fitsInt() {
        return big == null && value == (int) value;
    }

    /**
     * The value as a float, as {@code float(x)}: correctly rounded (BigInteger's conversion
     * rounds half-even); OverflowError if out of range.
     */
    public final double toDouble() {
        if (big == null) return value;
        double d = big.doubleValue();
        if (Double.isInfinite(d)) throw new OperationError(OperationError.Kind.OVERFLOW, "int too large to convert to float");
        return d;
    }

    // ---- hash and equality -------------------------------------------------------------

    /** CPython's int hash: the value modulo 2**61-1 with the value's sign; -1 becomes -2. */
    @Override
    public final long pyHash(ThreadState ts) {
        return hashOf(this);
    }

    static long hashOf(PyInt x) {
        long h;
        if (x.big == null) {
            h = x.value % HASH_MODULUS; // Java's % keeps the dividend's sign, as CPython's hash does
        } else {
            h = x.big.abs().mod(BIG_MODULUS).longValue();
            if (x.big.signum() < 0) h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /** Python's {@code ==} with an int, a bool or a float (compared exactly, as CPython does); other kinds decide. */
    @Override
    public boolean pyEquals(PyObject other, ThreadState ts) {
        if (other instanceof PyInt o) return compare(this, o) == 0;
        if (other instanceof PyFloat f) return compareToDouble(f.value()) == 0;
        return otherSideEquals(other, ts);
    }

    /**
     * Exact comparison with a double, as CPython's float/int comparison: -1, 0 or 1. A NaN
     * compares as 2 (unordered: every comparison with it is false except {@code !=}).
     */
    public final int compareToDouble(double d) {
        if (Double.isNaN(d)) return 2;
        if (d == Double.POSITIVE_INFINITY) return -1;
        if (d == Double.NEGATIVE_INFINITY) return 1;
        if (big == null && Math.abs(value) < (1L << 53)) {
            return Double.compare((double) value, d + 0.0); // both exact; +0.0 folds -0.0 into 0.0
        }
        return new BigDecimal(bigValue()).compareTo(new BigDecimal(d));
    }

    /** Compares two ints: negative, zero or positive. */
    public static int compare(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) return Long.compare(a.value, b.value);
        return a.bigValue().compareTo(b.bigValue());
    }

    // ---- arithmetic --------------------------------------------------------------------

    public static PyInt add(PyInt a, PyInt b, ThreadState ts) {
        if (a.big == null && b.big == null) {
            long x = a.value, y = b.value, r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) return of(r, ts);
        }
        return of(a.bigValue().add(b.bigValue()), ts);
    }

    public static PyInt sub(PyInt a, PyInt b, ThreadState ts) {
        if (a.big == null && b.big == null) {
            long x = a.value, y = b.value, r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) return of(r, ts);
        }
        return of(a.bigValue().subtract(b.bigValue()), ts);
    }

    public static PyInt mul(PyInt a, PyInt b, ThreadState ts) {
        if (a.big == null && b.big == null) {
            long x = a.value, y = b.value;
            long hi = Math.multiplyHigh(x, y), lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return of(lo, ts);
        }
        return of(a.bigValue().multiply(b.bigValue()), ts);
    }

    /** {@code a // b}, rounding toward negative infinity. */
    public static PyInt floordiv(PyInt a, PyInt b, ThreadState ts) {
        if (b.signum() == 0) throw new OperationError(OperationError.Kind.ZERO_DIVISION, "integer division or modulo by zero");
        if (a.big == null && b.big == null && !(a.value == Long.MIN_VALUE && b.value == -1)) {
            return of(Math.floorDiv(a.value, b.value), ts);
        }
        return of(bigDivmod(a.bigValue(), b.bigValue())[0], ts);
    }

    /** {@code a % b}: the remainder has the divisor's sign (or is zero). */
    public static PyInt mod(PyInt a, PyInt b, ThreadState ts) {
        if (b.signum() == 0) throw new OperationError(OperationError.Kind.ZERO_DIVISION, "integer modulo by zero");
        if (a.big == null && b.big == null) {
            return of(b.value == -1 ? 0 : Math.floorMod(a.value, b.value), ts);
        }
        return of(bigDivmod(a.bigValue(), b.bigValue())[1], ts);
    }

    /** {@code divmod(a, b)}: two new references, quotient then remainder. */
    public static PyInt[] divmod(PyInt a, PyInt b, ThreadState ts) {
        if (b.signum() == 0) throw new OperationError(OperationError.Kind.ZERO_DIVISION, "integer division or modulo by zero");
        if (a.big == null && b.big == null && !(a.value == Long.MIN_VALUE && b.value == -1)) {
            return new PyInt[] {of(Math.floorDiv(a.value, b.value), ts), of(Math.floorMod(a.value, b.value), ts)};
        }
        BigInteger[] qr = bigDivmod(a.bigValue(), b.bigValue());
        return new PyInt[] {of(qr[0], ts), of(qr[1], ts)};
    }

    private static BigInteger[] bigDivmod(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y); // truncating
        if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(y);
        }
        return qr;
    }

    /** {@code a / b}: true division, correctly rounded for operands up to 2**53. */
    public static double truediv(PyInt a, PyInt b) {
        if (b.signum() == 0) throw new OperationError(OperationError.Kind.ZERO_DIVISION, "division by zero");
        if (a.big == null && b.big == null && Math.abs(a.value) <= (1L << 53) && Math.abs(b.value) <= (1L << 53)) {
            return (double) a.value / (double) b.value; // both exact: IEEE division rounds once
        }
        // Beyond 2**53: 40 significant digits rounded to double is right in all but
        // pathological halfway cases (CPython rounds those exactly too; a known small gap).
        double d = new BigDecimal(a.bigValue()).divide(new BigDecimal(b.bigValue()), new MathContext(40)).doubleValue();
        if (Double.isInfinite(d)) {
            throw new OperationError(OperationError.Kind.OVERFLOW, "integer division result too large for a float");
        }
        return d;
    }

    /**
     * {@code a ** b}: an int for {@code b >= 0}; a {@link PyFloat} for a negative exponent.
     * A new reference either way.
     */
    public static PyObject pow(PyInt a, PyInt b, ThreadState ts) {
        if (b.signum() < 0) {
            double base = a.toDouble();
            if (base == 0.0) {
                throw new OperationError(OperationError.Kind.ZERO_DIVISION, "0.0 cannot be raised to a negative power");
            }
            return PyFloat.of(Math.pow(base, b.toDouble()), ts);
        }
        if (a.big == null) {
            long x = a.value;
            if (x == 0) return of(b.signum() == 0 ? 1 : 0, ts);
            if (x == 1) return of(1, ts);
            if (x == -1) return of(b.big == null ? ((b.value & 1) == 0 ? 1 : -1) : (b.big.testBit(0) ? -1 : 1), ts);
        }
        if (b.big != null || b.value > Integer.MAX_VALUE) {
            throw new OperationError(OperationError.Kind.MEMORY, "");
        }
        int e = (int) b.value;
        if (a.big == null) {
            long r = powLongExact(a.value, e);
            if (r != Long.MIN_VALUE) return of(r, ts);
        }
        return of(a.bigValue().pow(e), ts);
    }

    /** x**e by squaring; Long.MIN_VALUE when it overflows (or equals MIN_VALUE: the caller redoes it big). */
    private static long powLongExact(long x, int e) {
        long result = 1, base = x;
        while (true) {
            if ((e & 1) != 0) {
                long hi = Math.multiplyHigh(result, base), lo = result * base;
                if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) return Long.MIN_VALUE;
                result = lo;
            }
            e >>>= 1;
            if (e == 0) return result;
            long hi = Math.multiplyHigh(base, base), lo = base * base;
            if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) return Long.MIN_VALUE;
            base = lo;
        }
    }

    /** {@code pow(a, b, m)}: modular power; a negative exponent uses the inverse (3.8+). */
    public static PyInt powMod(PyInt a, PyInt b, PyInt m, ThreadState ts) {
        if (m.signum() == 0) throw new OperationError(OperationError.Kind.VALUE, "pow() 3rd argument cannot be 0");
        BigInteger mod = m.bigValue();
        BigInteger absMod = mod.abs();
        BigInteger base = a.bigValue();
        BigInteger exp = b.bigValue();
        BigInteger r;
        if (exp.signum() < 0) {
            BigInteger inv;
            try {
                inv = base.mod(absMod).modInverse(absMod);
            } catch (ArithmeticException e) {
                throw new OperationError(OperationError.Kind.VALUE, "base is not invertible for the given modulus");
            }
            r = inv.modPow(exp.negate(), absMod);
        } else {
            r = base.modPow(exp, absMod);
        }
        // Python: the result takes the modulus's sign.
        if (mod.signum() < 0 && r.signum() != 0) r = r.add(mod);
        return of(r, ts);
    }

    public static PyInt neg(PyInt a, ThreadState ts) {
        if (a.big == null && a.value != Long.MIN_VALUE) return of(-a.value, ts);
        return of(a.bigValue().negate(), ts);
    }

    public static PyInt abs(PyInt a, ThreadState ts) {
        return a.signum() < 0 ? neg(a, ts) : pos(a, ts);
    }

    /** {@code +a}: the same value as a plain int (a bool becomes 0 or 1). */
    public static PyInt pos(PyInt a, ThreadState ts) {
        if (a.getClass() == PyInt.class) {
            ts.refs.incref(a, ts);
            return a;
        }
        return a.big == null ? of(a.value, ts) : of(a.big, ts);
    }

    /** {@code ~a}, which is {@code -a - 1}. */
    public static PyInt invert(PyInt a, ThreadState ts) {
        if (a.big == null) return of(~a.value, ts);
        return of(a.big.not(), ts);
    }

    public static PyInt lshift(PyInt a, PyInt n, ThreadState ts) {
        if (n.signum() < 0) throw new OperationError(OperationError.Kind.VALUE, "negative shift count");
        if (a.signum() == 0) return of(0, ts);
        if (n.big != null || n.value > Integer.MAX_VALUE) {
            throw new OperationError(OperationError.Kind.OVERFLOW, "too many digits in integer");
        }
        int s = (int) n.value;
        if (a.big == null && s < 63) {
            long r = a.value << s;
            if ((r >> s) == a.value) return of(r, ts);
        }
        return of(a.bigValue().shiftLeft(s), ts);
    }

    /** {@code a >> n}: an arithmetic shift, rounding toward negative infinity. */
    public static PyInt rshift(PyInt a, PyInt n, ThreadState ts) {
        if (n.signum() < 0) throw new OperationError(OperationError.Kind.VALUE, "negative shift count");
        if (n.big != null || n.value > Integer.MAX_VALUE) return of(a.signum() < 0 ? -1 : 0, ts);
        int s = (int) n.value;
        if (a.big == null) return of(s >= 64 ? (a.value < 0 ? -1 : 0) : a.value >> s, ts);
        return of(a.big.shiftRight(s), ts);
    }

    public static PyInt and(PyInt a, PyInt b, ThreadState ts) {
        if (a.big == null && b.big == null) return of(a.value & b.value, ts);
        return of(a.bigValue().and(b.bigValue()), ts);
    }

    public static PyInt or(PyInt a, PyInt b, ThreadState ts) {
        if (a.big == null && b.big == null) return of(a.value | b.value, ts);
        return of(a.bigValue().or(b.bigValue()), ts);
    }

    public static PyInt xor(PyInt a, PyInt b, ThreadState ts) {
        if (a.big == null && b.big == null) return of(a.value ^ b.value, ts);
        return of(a.bigValue().xor(b.bigValue()), ts);
    }

    /** {@code int.bit_length()}. */
    public final long bitLength() {
        if (big == null) return 64 - Long.numberOfLeadingZeros(Math.abs(value)); // abs(MIN_VALUE) stays negative: 64, as Python says;
        return big.abs().bitLength();
    }

    /** The decimal representation ({@code str} and {@code repr} of an int). */
    @Override
    public String toString() {
        return big == null ? Long.toString(value) : big.toString();
    }
}
