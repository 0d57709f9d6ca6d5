package org.interlock.runtime.vm;

import org.interlock.object.PyBool;
import org.interlock.object.PyFloat;
import org.interlock.object.PyInt;
import org.interlock.object.PyObject;
import org.interlock.object.ThreadState;
import org.interlock.runtime.compiler.Op;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyComplex;

/**
 * Complex arithmetic with CPython's algorithms ({@code Objects/complexobject.c}), so that
 * results agree to the last bit: Smith's division, integer powers by repeated squaring for
 * exponents up to 100 in magnitude, the polar form otherwise.
 */
public final class ComplexOps {
    private ComplexOps() {}

    /** A number as {re, im}, or null when {@code o} is not an int, float or complex. */
    static double[] parts(PyObject o, ThreadState ts) {
        if (o instanceof PyComplex c) return new double[] {c.real, c.imag};
        if (o instanceof PyFloat f) return new double[] {f.value(), 0.0};
        if (o instanceof PyInt i) return new double[] {Arith.toDouble(i, ts), 0.0};
        return null;
    }

    private static final org.interlock.object.PyStr COMPLEX_DUNDER = org.interlock.object.PyStr.intern("__complex__");

    /** {@code o.__complex__()} as {re, im}, or null when o's type has no {@code __complex__}. */
    public static double[] viaDunder(PyObject o, ThreadState ts) {
        PyObject m = Ops.special(o, COMPLEX_DUNDER, ts);
        if (m == null) return null;
        PyObject r = Ops.callSpecial(m, o, ts);
        try {
            if (!(r instanceof PyComplex c)) {
                throw ExcTypes.typeError("__complex__ returned non-complex (type " + Ops.typeName(r) + ")", ts);
            }
            return new double[] {c.real, c.imag};
        } finally {
            ts.refs.decref(r, ts);
        }
    }

    /** {@code a OP b} when either side is complex and the other a number; null otherwise. */
    public static PyObject binary(int op, PyObject a, PyObject b, ThreadState ts) {
        double[] x = parts(a, ts);
        double[] y = x == null ? null : parts(b, ts);
        if (y == null) return null;
        double[] r;
        switch (op % Op.INPLACE) {
            case Op.B_ADD -> r = new double[] {x[0] + y[0], x[1] + y[1]};
            case Op.B_SUB -> r = new double[] {x[0] - y[0], x[1] - y[1]};
            case Op.B_MUL -> r = new double[] {x[0] * y[0] - x[1] * y[1], x[0] * y[1] + x[1] * y[0]};
            case Op.B_TRUEDIV -> {
                r = quot(x, y);
                if (r == null) throw ExcTypes.raise(ExcTypes.ZERO_DIVISION_ERROR, "complex division by zero", ts);
            }
            case Op.B_POW -> r = pow(x, y, b, ts);
            default -> {
                return null;
            }
        }
        return PyComplex.of(r[0], r[1], ts);
    }

    /** CPython's {@code _Py_c_quot}; null for division by zero. */
    public static double[] quot(double[] a, double[] b) {
        double absBr = Math.abs(b[0]), absBi = Math.abs(b[1]);
        if (absBr >= absBi) {
            if (absBr == 0.0) return null;
            double ratio = b[1] / b[0];
            double denom = b[0] + b[1] * ratio;
            return new double[] {(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom};
        }
        if (absBi >= absBr) {
            double ratio = b[0] / b[1];
            double denom = b[0] * ratio + b[1];
            return new double[] {(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom};
        }
        return new double[] {Double.NaN, Double.NaN};
    }

    private static double[] pow(double[] a, double[] b, PyObject exponent, ThreadState ts) {
        double[] r;
        if (exponent instanceof PyInt i && i.isSmall() && Math.abs(i.longValue()) <= 100) {
            r = powi(a, (int) i.longValue(), ts);
        } else if (b[1] == 0.0 && b[0] == Math.rint(b[0]) && Math.abs(b[0]) <= 100.0) {
            r = powi(a, (int) b[0], ts);
        } else {
            r = powGeneral(a, b, ts);
        }
        // CPython's _Py_ADJUST_ERANGE2: an infinite part is reported as an overflow.
        if (Double.isInfinite(r[0]) || Double.isInfinite(r[1])) {
            throw ExcTypes.raise(ExcTypes.OVERFLOW_ERROR, "complex exponentiation", ts);
        }
        return r;
    }

    /** CPython's {@code _Py_c_pow}. */
    private static double[] powGeneral(double[] a, double[] b, ThreadState ts) {
        if (b[0] == 0.0 && b[1] == 0.0) return new double[] {1.0, 0.0};
        if (a[0] == 0.0 && a[1] == 0.0) {
            if (b[1] != 0.0 || b[0] < 0.0) {
                throw ExcTypes.raise(ExcTypes.ZERO_DIVISION_ERROR, "0.0 to a negative or complex power", ts);
            }
            return new double[] {0.0, 0.0};
        }
        double vabs = Math.hypot(a[0], a[1]);
        double len = Math.pow(vabs, b[0]);
        double at = Math.atan2(a[1], a[0]);
        double phase = at * b[0];
        if (b[1] != 0.0) {
            len /= Math.exp(at * b[1]);
            phase += b[1] * Math.log(vabs);
        }
        return new double[] {len * Math.cos(phase), len * Math.sin(phase)};
    }

    private static double[] powu(double[] x, int n) {
        double[] r = {1.0, 0.0};
        double[] p = x;
        int mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) r = new double[] {r[0] * p[0] - r[1] * p[1], r[0] * p[1] + r[1] * p[0]};
            mask <<= 1;
            p = new double[] {p[0] * p[0] - p[1] * p[1], p[0] * p[1] + p[1] * p[0]};
        }
        return r;
    }

    private static double[] powi(double[] x, int n, ThreadState ts) {
        if (n > 0) return powu(x, n);
        if (n == 0) return new double[] {1.0, 0.0};
        double[] d = powu(x, -n);
        double[] q = quot(new double[] {1.0, 0.0}, d);
        if (q == null) throw ExcTypes.raise(ExcTypes.ZERO_DIVISION_ERROR, "0.0 to a negative or complex power", ts);
        return q;
    }

    /** {@code abs(c)}. */
    public static double abs(PyComplex c, ThreadState ts) {
        if (Double.isInfinite(c.real) || Double.isInfinite(c.imag)) return Double.POSITIVE_INFINITY;
        if (Double.isNaN(c.real) || Double.isNaN(c.imag)) return Double.NaN;
        double r = Math.hypot(c.real, c.imag);
        if (Double.isInfinite(r)) throw ExcTypes.raise(ExcTypes.OVERFLOW_ERROR, "absolute value too large", ts);
        return r;
    }

    /**
     * A rich comparison with a complex operand: == and != against numbers, TypeError for
     * orderings; null when the other operand is not a number (the caller tries its methods).
     */
    static PyObject compare(PyObject a, PyObject b, int op, ThreadState ts) {
        double[] x = parts(a, ts);
        double[] y = parts(b, ts);
        if (x == null || y == null) return null;
        if (op == Op.C_EQ || op == Op.C_NE) {
            boolean eq;
            PyObject other = a instanceof PyComplex ? b : a;
            PyComplex c = (PyComplex) (a instanceof PyComplex ? a : b);
            eq = c.pyEquals(other, ts);
            return PyBool.of(op == Op.C_EQ ? eq : !eq);
        }
        throw ExcTypes.typeError("'" + Op.CMP_SYMBOLS[op] + "' not supported between instances of '"
                + Ops.typeName(a) + "' and '" + Ops.typeName(b) + "'", ts);
    }

    /**
     * {@code format(z, spec)} as CPython's {@code format_complex_internal}: each part is
     * formatted as a float with the spec's sign, precision and type (the imaginary part always
     * signed); without a type the result reads like {@code str(z)}; fill, alignment (right by
     * default) and width apply to the whole.
     */
    public static String format(PyComplex z, String spec, ThreadState ts) {
        if (spec.isEmpty()) return z.repr();
        int i = 0, n = spec.length();
        String fill = " ";
        char align = '>';
        if (n >= 2 && "<>=^".indexOf(spec.charAt(1)) >= 0) {
            fill = spec.substring(0, 1);
            align = spec.charAt(1);
            i = 2;
        } else if (n >= 1 && "<>=^".indexOf(spec.charAt(0)) >= 0) {
            align = spec.charAt(0);
            i = 1;
        }
        String sign = "";
        if (i < n && "+- ".indexOf(spec.charAt(i)) >= 0) sign = String.valueOf(spec.charAt(i++));
        String alt = "";
        if (i < n && spec.charAt(i) == '#') {
            alt = "#";
            i++;
        }
        if (i < n && spec.charAt(i) == '0') {
            throw ExcTypes.valueError("Zero padding is not allowed in complex format specifier", ts);
        }
        int ws = i;
        while (i < n && Character.isDigit(spec.charAt(i))) i++;
        int width = i > ws ? Integer.parseInt(spec.substring(ws, i)) : 0;
        String grouping = "";
        if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) grouping = String.valueOf(spec.charAt(i++));
        int precision = -1;
        if (i < n && spec.charAt(i) == '.') {
            int ps = ++i;
            while (i < n && Character.isDigit(spec.charAt(i))) i++;
            if (i == ps) throw ExcTypes.valueError("Format specifier missing precision", ts);
            precision = Integer.parseInt(spec.substring(ps, i));
        }
        char type = 0;
        if (i < n) type = spec.charAt(i++);
        if (i < n) throw ExcTypes.valueError("Invalid format specifier", ts);
        if (align == '=') {
            throw ExcTypes.valueError("'=' alignment flag is not allowed in complex format specifier", ts);
        }
        if (type != 0 && "eEfFgGn".indexOf(type) < 0) {
            throw ExcTypes.valueError("Unknown format code '" + type + "' for object of type 'complex'", ts);
        }
        boolean skipRe = false, parens = false;
        if (type == 0) {
            if (z.real == 0 && Math.copySign(1.0, z.real) == 1.0) skipRe = true;
            else parens = true;
        }
        if (type == 'n') type = 'g';
        String re = skipRe ? "" : part(z.real, sign, alt, grouping, precision, type, ts);
        String im = part(z.imag, skipRe ? sign : "+", alt, grouping, precision, type, ts);
        String body = (parens ? "(" : "") + re + im + "j" + (parens ? ")" : "");
        int pad = width - body.length();
        if (pad <= 0) return body;
        return switch (align) {
            case '<' -> body + fill.repeat(pad);
            case '^' -> fill.repeat(pad / 2) + body + fill.repeat(pad - pad / 2);
            default -> fill.repeat(pad) + body;
        };
    }

    /** One part of a complex, formatted as a float (type 0: the shortest repr, or 'g' with a precision). */
    private static String part(double v, String sign, String alt, String grouping, int precision, char type,
                               ThreadState ts) {
        if (type == 0 && precision < 0 && grouping.isEmpty() && alt.isEmpty()) {
            String r = org.interlock.runtime.parser.PyRepr.complexPart(v);
            return !r.startsWith("-") && !sign.equals("-") ? sign + r : r;
        }
        String t = type == 0 ? (precision < 0 ? "r" : "g") : String.valueOf(type);
        String spec = sign + alt + grouping + (precision >= 0 ? "." + precision : "") + (t.equals("r") ? "" : t);
        PyFloat f = PyFloat.of(v, ts);
        try {
            return Format.format(f, spec, ts);
        } finally {
            ts.refs.decref(f, ts);
        }
    }
}
