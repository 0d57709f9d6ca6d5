package org.interlock.object;

import java.math.BigDecimal;

/**
 * Python's {@code float}: an IEEE double. Every {@link #of} is a new counted object (CPython
 * keeps no float cache either).
 *
 * <p>Hashing is CPython's numeric hash ({@code _Py_HashDouble}), so a float equal to an int
 * hashes like it ({@code hash(1.0) == hash(1)}) and both find the same dict entry; equality
 * with an int is exact, as CPython's. The static helpers give Python's floor division, modulo
 * and {@code repr}, with CPython's error messages.
 */
public final class PyFloat extends PyObject {
    public static final PyType TYPE = PyType.builtin("float");

    /** CPython's hash of {@code inf} ({@code -inf} hashes to its negation). */
    public static final long HASH_INF = 314159;

    /** Replaced only by {@link #consume}, on an object no other reference can see. */
    private double value;

    private PyFloat(double value, ThreadState ts) {
        super(ts);
        markLeaf();
        this.value = value;
    }

    /** A new float (a new reference). */
    public static PyFloat of(double v, ThreadState ts) {
        return new PyFloat(v, ts);
    }

    /**
     * The result {@code v} of a binary operation on {@code x} and {@code y}, taking over the
     * caller's reference to each (a new reference to the result; both operands released). An
     * operand the caller holds the only reference to ({@link RefCounting#isUnique}) becomes
     * the result, its value replaced, instead of dying while a new float is allocated: the
     * temporaries of an expression such as {@code dx * dx + dy * dy} cost no allocation and no
     * death. Its id may be the operand's, as CPython's freed float's address may be reused.
     */
    public static PyFloat consume(PyFloat x, PyFloat y, double v, ThreadState ts) {
        RefCounting rc = ts.refs;
        if (x.isPlainCounted() && rc.isUnique(x, ts)) {
            x.value = v;
            rc.decref(y, ts);
            return x;
        }
        if (y.isPlainCounted() && rc.isUnique(y, ts)) {
            y.value = v;
            rc.decref(x, ts);
            return y;
        }
        PyFloat r = new PyFloat(v, ts);
        rc.decref(x, ts);
        rc.decref(y, ts);
        return r;
    }

    public double value() {
        return value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public long pyHash(ThreadState ts) {
        if (Double.isNaN(value)) return super.pyHash(ts); // 3.10+: a NaN hashes by identity
        return hashOf(value);
    }

    /** CPython's {@code _Py_HashDouble} for a non-NaN double. */
    public static long hashOf(double v) {
        if (Double.isInfinite(v)) return v > 0 ? HASH_INF : -HASH_INF;
        if (v == 0.0) return 0;
        final long modulus = PyInt.HASH_MODULUS;
        final int bits = 61;
        int sign = 1;
        double m = Math.abs(v);
        if (v < 0) sign = -1;
        // frexp: m in [0.5, 1), v = m * 2**e (subnormals scaled up first).
        int e;
        int ge = Math.getExponent(m);
        if (ge == Double.MIN_EXPONENT - 1) {
            m *= 0x1p54;
            ge = Math.getExponent(m) - 54;
            e = ge + 1;
            m = Math.scalb(m, -(Math.getExponent(m) + 1));
        } else {
            e = ge + 1;
            m = Math.scalb(m, -e);
        }
        long x = 0;
        while (m != 0.0) {
            // 28 bits at a time: x = x * 2**28 mod modulus, by rotating within 61 bits.
            x = ((x << 28) & modulus) | x >>> (bits - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= modulus) x -= modulus;
        }
        e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits);
        x = ((x << e) & modulus) | x >>> (bits - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    @Override
    public boolean pyEquals(PyObject other, ThreadState ts) {
        if (other instanceof PyFloat f) return value == f.value;
        if (other instanceof PyInt i) return i.compareToDouble(value) == 0;
        return otherSideEquals(other, ts);
    }

    // ---- Python arithmetic on doubles ------------------------------------------------

    /** {@code x // y} as CPython computes it (via divmod). */
    public static double floordiv(double x, double y) {
        if (y == 0.0) throw new OperationError(OperationError.Kind.ZERO_DIVISION, "float floor division by zero");
        return divmodUnchecked(x, y)[0];
    }

    /** {@code x % y}: the result takes the divisor's sign. */
    public static double mod(double x, double y) {
        if (y == 0.0) throw new OperationError(OperationError.Kind.ZERO_DIVISION, "float modulo");
        double mod = x % y; // fmod
        if (mod != 0.0) {
            if ((y < 0) != (mod < 0)) mod += y;
        } else {
            mod = Math.copySign(0.0, y);
        }
        return mod;
    }

    /** {@code divmod(x, y)}: {quotient, remainder}. */
    public static double[] divmod(double x, double y) {
        if (y == 0.0) throw new OperationError(OperationError.Kind.ZERO_DIVISION, "float divmod()");
        return divmodUnchecked(x, y);
    }

    private static double[] divmodUnchecked(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    /** {@code x / y}. */
    public static double truediv(double x, double y) {
        if (y == 0.0) throw new OperationError(OperationError.Kind.ZERO_DIVISION, "float division by zero");
        return x / y;
    }

    // ---- repr --------------------------------------------------------------------------

    /**
     * Python's {@code repr(float)}: the shortest digits that round-trip (Java's
     * {@code Double.toString} gives those since JDK 19), laid out as CPython does: positional
     * when the decimal exponent is in [-4, 16), else {@code d.ddde+XX}.
     */
    public static String repr(double v) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (v == 0.0) return (1.0 / v < 0) ? "-0.0" : "0.0";
        double a = Math.abs(v);
        BigDecimal bd = new BigDecimal(Double.toString(a)).stripTrailingZeros();
        if (bd.precision() == 2) {
            // Java always writes two significant digits (4.9E-324), Python the shortest that
            // round-trips (5e-324): try the nearest one-digit value.
            BigDecimal one = bd.round(new java.math.MathContext(1, java.math.RoundingMode.HALF_EVEN));
            if (Double.parseDouble(one.toString()) == a) bd = one.stripTrailingZeros();
        }
        String digits = bd.unscaledValue().toString();
        int decpt = digits.length() - bd.scale(); // value = 0.DIGITS * 10**decpt
        StringBuilder sb = new StringBuilder(24);
        if (v < 0) sb.append('-');
        if (decpt <= -4 || decpt > 16) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) sb.append('.').append(digits, 1, digits.length());
            int exp = decpt - 1;
            sb.append('e').append(exp < 0 ? '-' : '+');
            int absExp = Math.abs(exp);
            if (absExp < 10) sb.append('0');
            sb.append(absExp);
        } else if (decpt <= 0) {
            sb.append("0.");
            for (int i = 0; i < -decpt; i++) sb.append('0');
            sb.append(digits);
        } else if (decpt >= digits.length()) {
            sb.append(digits);
            for (int i = digits.length(); i < decpt; i++) sb.append('0');
            sb.append(".0");
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return repr(value);
    }
}
