package org.interlock.runtime.builtins;

import org.interlock.object.PyBool;
import org.interlock.object.PyFloat;
import org.interlock.object.PyInt;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyTuple;
import org.interlock.object.ThreadState;
import org.interlock.runtime.compiler.Op;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.Singletons;
import org.interlock.runtime.objects.PyComplex;
import org.interlock.runtime.objects.TypeInfo;
import org.interlock.runtime.vm.Arith;
import org.interlock.runtime.vm.ComplexOps;
import org.interlock.runtime.vm.Ops;

/** {@code complex}: the constructor (numbers, strings, {@code __complex__}) and its methods. */
final class ComplexType {
    private ComplexType() {}

    static void init() {
        TypeInfo c = TypeInfo.of(PyComplex.TYPE);
        c.constructor = (t, a, kw, ts) -> {
            if (kw != null) {
                for (String k : kw) {
                    if (!k.equals("real") && !k.equals("imag")) {
                        throw ExcTypes.typeError("'" + k + "' is an invalid keyword argument for complex()", ts);
                    }
                }
            }
            if (Args.npos(a, kw) > 2) {
                throw ExcTypes.typeError("complex() takes at most 2 arguments (" + Args.npos(a, kw) + " given)", ts);
            }
            PyObject r = Args.arg(a, kw, 0, "real");
            PyObject i = Args.arg(a, kw, 1, "imag");
            return construct(r, i, ts);
        };
        c.method("conjugate", (s, a, kw, ts) -> {
            PyComplex z = (PyComplex) s;
            return PyComplex.of(z.real, -z.imag, ts);
        });
        c.method("__complex__", (s, a, kw, ts) -> Ops.incref(s, ts));
        c.method("__getnewargs__", (s, a, kw, ts) -> {
            PyComplex z = (PyComplex) s;
            return PyTuple.fromNewRefs(new PyObject[] {PyFloat.of(z.real, ts), PyFloat.of(z.imag, ts)}, ts);
        });
        String[] ops = {"add", "sub", "mul", "truediv", "pow"};
        int[] codes = {Op.B_ADD, Op.B_SUB, Op.B_MUL, Op.B_TRUEDIV, Op.B_POW};
        for (int k = 0; k < ops.length; k++) {
            int code = codes[k];
            c.method("__" + ops[k] + "__", (s, a, kw, ts) -> orNotImplemented(ComplexOps.binary(code, s, a[0], ts)));
            c.method("__r" + ops[k] + "__", (s, a, kw, ts) -> orNotImplemented(ComplexOps.binary(code, a[0], s, ts)));
        }
        c.method("__neg__", (s, a, kw, ts) -> PyComplex.of(-((PyComplex) s).real, -((PyComplex) s).imag, ts));
        c.method("__pos__", (s, a, kw, ts) -> PyComplex.of(((PyComplex) s).real, ((PyComplex) s).imag, ts));
        c.method("__abs__", (s, a, kw, ts) -> PyFloat.of(ComplexOps.abs((PyComplex) s, ts), ts));
        c.method("__bool__", (s, a, kw, ts) -> PyBool.of(((PyComplex) s).real != 0 || ((PyComplex) s).imag != 0));
        c.method("__hash__", (s, a, kw, ts) -> PyInt.of(s.pyHash(ts), ts));
        c.method("__repr__", (s, a, kw, ts) -> PyStr.of(((PyComplex) s).repr(), ts));
        c.method("__str__", (s, a, kw, ts) -> PyStr.of(((PyComplex) s).repr(), ts));
        c.method("__format__", (s, a, kw, ts) -> PyStr.of(ComplexOps.format((PyComplex) s, a[0].toString(), ts), ts));
    }

    private static PyObject orNotImplemented(PyObject r) {
        return r != null ? r : Singletons.NOT_IMPLEMENTED;
    }

    /** {@code complex(r, i)} with CPython's rules; either may be null (absent). */
    static PyObject construct(PyObject r, PyObject i, ThreadState ts) {
        if (r == null) r = PyInt.of(0, ts);
        if (r instanceof PyStr s) {
            if (i != null) throw ExcTypes.typeError("complex() can't take second arg if first is a string", ts);
            double[] v = parse(s.value(), ts);
            return PyComplex.of(v[0], v[1], ts);
        }
        if (i instanceof PyStr) throw ExcTypes.typeError("complex() second arg can't be a string", ts);
        if (r instanceof PyComplex z && i == null) return PyComplex.of(z.real, z.imag, ts);
        double[] cr = toParts(r, "complex() first argument must be a string or a number, not '", ts);
        boolean crComplex = cr.length == 3;
        double[] ci;
        boolean ciComplex = false;
        if (i == null) {
            ci = new double[] {cr[1], 0.0};
        } else {
            ci = toParts(i, "complex() second argument must be a number, not '", ts);
            ciComplex = ci.length == 3;
        }
        double re = cr[0];
        double im = ci[0];
        if (ciComplex) re -= ci[1];
        if (crComplex && i != null) im += cr[1];
        return PyComplex.of(re, im, ts);
    }

    /** {re, im} for a real number, {re, im, 1} for a complex one (or a {@code __complex__} result). */
    private static double[] toParts(PyObject o, String error, ThreadState ts) {
        if (o instanceof PyComplex z) return new double[] {z.real, z.imag, 1};
        if (o instanceof PyFloat f) return new double[] {f.value(), 0.0};
        if (o instanceof PyInt n) return new double[] {Arith.toDoublePublic(n, ts), 0.0};
        double[] viaDunder = ComplexOps.viaDunder(o, ts);
        if (viaDunder != null) return new double[] {viaDunder[0], viaDunder[1], 1};
        if (Ops.special(o, org.interlock.runtime.vm.Names.__float__, ts) != null
                || Ops.special(o, org.interlock.runtime.vm.Names.__index__, ts) != null) {
            PyObject f = NumberMethods.toFloat(o, ts);
            try {
                return new double[] {((PyFloat) f).value(), 0.0};
            } finally {
                ts.refs.decref(f, ts);
            }
        }
        throw ExcTypes.typeError(error + Ops.typeName(o) + "'", ts);
    }

    /** The end of the longest prefix of {@code s} from {@code i} that reads as a float, or {@code i}. */
    private static int scanFloat(String s, int i) {
        int j = i;
        if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) j++;
        String rest = s.substring(j).toLowerCase();
        if (rest.startsWith("infinity")) return j + 8;
        if (rest.startsWith("inf") || rest.startsWith("nan")) return j + 3;
        int k = j;
        int digits = 0;
        while (k < s.length() && Character.isDigit(s.charAt(k)) && s.charAt(k) < 128) { k++; digits++; }
        if (k < s.length() && s.charAt(k) == '.') {
            k++;
            while (k < s.length() && Character.isDigit(s.charAt(k)) && s.charAt(k) < 128) { k++; digits++; }
        }
        if (digits == 0) return i;
        if (k < s.length() && (s.charAt(k) == 'e' || s.charAt(k) == 'E')) {
            int m = k + 1;
            if (m < s.length() && (s.charAt(m) == '+' || s.charAt(m) == '-')) m++;
            if (m < s.length() && Character.isDigit(s.charAt(m)) && s.charAt(m) < 128) {
                while (m < s.length() && Character.isDigit(s.charAt(m)) && s.charAt(m) < 128) m++;
                k = m;
            }
        }
        return k;
    }

    private static double value(String t) {
        String u = t.toLowerCase();
        boolean neg = u.startsWith("-");
        String v = u.startsWith("+") || u.startsWith("-") ? u.substring(1) : u;
        if (v.startsWith("inf")) return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (v.startsWith("nan")) return Double.NaN;
        return Double.parseDouble(t);
    }

    /** The string without its underscores, each of which must stand between two digits. */
    private static String withoutUnderscores(String s, ThreadState ts) {
        if (s.indexOf('_') < 0) return s;
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < s.length(); k++) {
            char ch = s.charAt(k);
            if (ch == '_') {
                boolean ok = k > 0 && k + 1 < s.length() && isAsciiDigit(s.charAt(k - 1)) && isAsciiDigit(s.charAt(k + 1));
                if (!ok) throw ExcTypes.valueError("complex() arg is a malformed string", ts);
                continue;
            }
            sb.append(ch);
        }
        return sb.toString();
    }

    private static boolean isAsciiDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    /** CPython's {@code complex_from_string}: {@code 1}, {@code 2j}, {@code 1+2j}, {@code -j}, with optional parentheses. */
    static double[] parse(String str, ThreadState ts) {
        String s = withoutUnderscores(str, ts);
        int n = s.length();
        int i = 0;
        while (i < n && Character.isWhitespace(s.charAt(i))) i++;
        boolean bracket = false;
        if (i < n && s.charAt(i) == '(') {
            bracket = true;
            i++;
            while (i < n && Character.isWhitespace(s.charAt(i))) i++;
        }
        double x = 0.0, y = 0.0;
        int end = scanFloat(s, i);
        boolean ok = true;
        if (end != i) {
            double z = value(s.substring(i, end));
            i = end;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                x = z;
                int e2 = scanFloat(s, i);
                if (e2 != i) {
                    y = value(s.substring(i, e2));
                    i = e2;
                } else {
                    y = s.charAt(i) == '+' ? 1.0 : -1.0;
                    i++;
                }
                if (i < n && (s.charAt(i) == 'j' || s.charAt(i) == 'J')) i++;
                else ok = false;
            } else if (i < n && (s.charAt(i) == 'j' || s.charAt(i) == 'J')) {
                i++;
                y = z;
            } else {
                x = z;
            }
        } else {
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                y = s.charAt(i) == '+' ? 1.0 : -1.0;
                i++;
            } else {
                y = 1.0;
            }
            if (i < n && (s.charAt(i) == 'j' || s.charAt(i) == 'J')) i++;
            else ok = false;
        }
        if (ok) {
            while (i < n && Character.isWhitespace(s.charAt(i))) i++;
            if (bracket) {
                if (i < n && s.charAt(i) == ')') {
                    i++;
                    while (i < n && Character.isWhitespace(s.charAt(i))) i++;
                } else {
                    ok = false;
                }
            }
        }
        if (!ok || i != n) throw ExcTypes.valueError("complex() arg is a malformed string", ts);
        return new double[] {x, y};
    }
}
