package org.interlock.runtime.modules;

import java.math.BigInteger;
import org.interlock.object.PyBool;
import org.interlock.object.PyFloat;
import org.interlock.object.PyInt;
import org.interlock.object.PyObject;
import org.interlock.object.PyTuple;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyModule;
import org.interlock.runtime.vm.Iter;
import org.interlock.runtime.vm.Names;
import org.interlock.runtime.vm.Ops;

/** {@code math}: CPython's functions and error messages for the common set. */
final class MathModule {
    private MathModule() {}

    /** A float argument (int, float, or __float__). */
    static double d(PyObject o, ThreadState ts) {
        if (o instanceof PyFloat f) return f.value();
        if (o instanceof PyInt i) {
            double v = i.toDouble();
            if (Double.isInfinite(v)) throw ExcTypes.raise(ExcTypes.OVERFLOW_ERROR, "int too large to convert to float", ts);
            return v;
        }
        PyObject m = Ops.special(o, Names.__float__, ts);
        if (m != null) {
            PyObject r = Ops.callSpecial(m, o, ts);
            try {
                return ((PyFloat) r).value();
            } finally {
                ts.refs.decref(r, ts);
            }
        }
        throw ExcTypes.typeError("must be real number, not " + Ops.typeName(o), ts);
    }

    private static BigInteger big(PyObject o, ThreadState ts) {
        if (o instanceof PyInt i) return i.isSmall() ? BigInteger.valueOf(i.longValue()) : i.bigValue();
        if (o instanceof PyFloat) throw ExcTypes.typeError("'float' object cannot be interpreted as an integer", ts);
        return BigInteger.valueOf(Ops.index(o, ts));
    }

    private static PyObject f(double v, ThreadState ts) {
        return PyFloat.of(v, ts);
    }

    private static PyObject checked(double v, double x, ThreadState ts) {
        if (Double.isNaN(v) && !Double.isNaN(x)) throw ExcTypes.valueError("math domain error", ts);
        if (Double.isInfinite(v) && !Double.isInfinite(x)) throw ExcTypes.raise(ExcTypes.OVERFLOW_ERROR, "math range error", ts);
        return f(v, ts);
    }

    private interface D1 {
        double apply(double x);
    }

    static PyModule create(ThreadState ts) {
        PyModule m = new PyModule("math", ts);
        ModuleDef d = new ModuleDef(m, ts);
        d.valNew("pi", f(Math.PI, ts)).valNew("e", f(Math.E, ts)).valNew("tau", f(2 * Math.PI, ts))
                .valNew("inf", f(Double.POSITIVE_INFINITY, ts)).valNew("nan", f(Double.NaN, ts));
        one(d, "sqrt", x -> x < 0 ? Double.NaN : Math.sqrt(x));
        one(d, "exp", Math::exp);
        one(d, "sin", Math::sin);
        one(d, "cos", Math::cos);
        one(d, "tan", Math::tan);
        one(d, "asin", Math::asin);
        one(d, "acos", Math::acos);
        one(d, "atan", Math::atan);
        one(d, "sinh", Math::sinh);
        one(d, "cosh", Math::cosh);
        one(d, "tanh", Math::tanh);
        one(d, "fabs", Math::abs);
        one(d, "log2", x -> x <= 0 ? Double.NaN : Math.log(x) / Math.log(2));
        one(d, "log10", x -> x <= 0 ? Double.NaN : Math.log10(x));
        one(d, "log1p", x -> x <= -1 ? Double.NaN : Math.log1p(x));
        one(d, "expm1", Math::expm1);
        one(d, "degrees", Math::toDegrees);
        one(d, "radians", Math::toRadians);
        one(d, "asinh", x -> Math.log(x + Math.sqrt(x * x + 1)));
        one(d, "acosh", x -> x < 1 ? Double.NaN : Math.log(x + Math.sqrt(x * x - 1)));
        one(d, "atanh", x -> Math.abs(x) >= 1 ? Double.NaN : 0.5 * Math.log((1 + x) / (1 - x)));
        one(d, "erf", MathModule::erf);
        one(d, "erfc", x -> 1 - erf(x));
        one(d, "gamma", x -> x <= 0 && x == Math.floor(x) ? Double.NaN : gamma(x));
        one(d, "lgamma", x -> x <= 0 && x == Math.floor(x) ? Double.POSITIVE_INFINITY : Math.log(Math.abs(gamma(x))));
        d.fn("log", (s, a, kw, t) -> {
            double x = a[0] instanceof PyInt i && !i.isSmall() ? bigLog(i.bigValue(), t) : d(a[0], t);
            if (a[0] instanceof PyInt i && !i.isSmall() && i.signum() > 0) {
                double r = bigLog(i.bigValue(), t);
                if (a.length > 1) r /= Math.log(d(a[1], t));
                return f(r, t);
            }
            if (x <= 0) throw ExcTypes.valueError("math domain error", t);
            double r = Math.log(x);
            if (a.length > 1) {
                double b = d(a[1], t);
                if (b <= 0 || b == 1) throw b == 1 ? ExcTypes.raise(ExcTypes.ZERO_DIVISION_ERROR, "float division by zero", t)
                        : ExcTypes.valueError("math domain error", t);
                r /= Math.log(b);
            }
            return f(r, t);
        });
        d.fn("pow", (s, a, kw, t) -> {
            double x = d(a[0], t), y = d(a[1], t);
            if (x == 0 && y < 0) throw ExcTypes.valueError("math domain error", t);
            double r = Math.pow(x, y);
            return checked(r, x + y, t);
        });
        d.fn("atan2", (s, a, kw, t) -> f(Math.atan2(d(a[0], t), d(a[1], t)), t));
        d.fn("hypot", (s, a, kw, t) -> {
            double acc = 0;
            for (PyObject o : a) acc = Math.hypot(acc, d(o, t));
            return f(acc, t);
        });
        one(d, "cbrt", StrictMath::cbrt);
        one(d, "exp2", MathModule::exp2);
        d.fn("nextafter", (s, a, kw, t) -> {
            if (a.length != 2) throw ExcTypes.typeError("nextafter expected 2 arguments, got " + a.length, t);
            return f(Math.nextAfter(d(a[0], t), d(a[1], t)), t);
        });
        d.fn("ulp", (s, a, kw, t) -> {
            double x = Math.abs(d(a[0], t));
            if (Double.isNaN(x) || Double.isInfinite(x)) return f(x, t);
            // the gap to the next float up; the largest float's ulp is the gap below it
            double up = Math.nextUp(x);
            return f(Double.isInfinite(up) ? x - Math.nextDown(x) : up - x, t);
        });
        d.fn("remainder", (s, a, kw, t) -> {
            double x = d(a[0], t), y = d(a[1], t);
            if (Double.isNaN(x) || Double.isNaN(y)) return f(Double.NaN, t);
            if (Double.isInfinite(x) || y == 0) throw ExcTypes.valueError("math domain error", t);
            if (Double.isInfinite(y)) return f(x, t);
            return f(Math.IEEEremainder(x, y), t);
        });
        d.fn("copysign", (s, a, kw, t) -> f(Math.copySign(d(a[0], t), d(a[1], t)), t));
        d.fn("fmod", (s, a, kw, t) -> {
            double y = d(a[1], t);
            if (y == 0) throw ExcTypes.valueError("math domain error", t);
            return f(d(a[0], t) % y, t);
        });
        d.fn("floor", (s, a, kw, t) -> rounding(a[0], true, t));
        d.fn("ceil", (s, a, kw, t) -> rounding(a[0], false, t));
        d.fn("trunc", (s, a, kw, t) -> {
            if (a[0] instanceof PyInt) return Ops.incref(a[0], t);
            if (!(a[0] instanceof PyFloat)) {
                PyObject tr = Ops.special(a[0], org.interlock.object.PyStr.intern("__trunc__"), t);
                if (tr == null) throw ExcTypes.typeError("type " + Ops.typeName(a[0]) + " doesn't define __trunc__ method", t);
                return Ops.callSpecial(tr, a[0], t);
            }
            double x = d(a[0], t);
            return toInt(x < 0 ? Math.ceil(x) : Math.floor(x), t);
        });
        d.fn("modf", (s, a, kw, t) -> {
            double x = d(a[0], t);
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return PyTuple.fromNewRefs(new PyObject[] {f(Double.isInfinite(x) ? Math.copySign(0.0, x) : x - ip, t), f(ip, t)}, t);
        });
        d.fn("frexp", (s, a, kw, t) -> {
            double x = d(a[0], t);
            if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
                return PyTuple.fromNewRefs(new PyObject[] {f(x, t), PyInt.of(0, t)}, t);
            }
            int e = Math.getExponent(x) + 1;
            double mant = x / Math.pow(2, e);
            if (Math.abs(mant) >= 1) { mant /= 2; e++; }
            if (Math.abs(mant) < 0.5) { mant *= 2; e--; }
            return PyTuple.fromNewRefs(new PyObject[] {f(mant, t), PyInt.of(e, t)}, t);
        });
        d.fn("ldexp", (s, a, kw, t) -> f(d(a[0], t) * Math.pow(2, Ops.index(a[1], t)), t));
        d.fn("isnan", (s, a, kw, t) -> PyBool.of(Double.isNaN(d(a[0], t))));
        d.fn("isinf", (s, a, kw, t) -> PyBool.of(Double.isInfinite(d(a[0], t))));
        d.fn("isfinite", (s, a, kw, t) -> PyBool.of(Double.isFinite(d(a[0], t))));
        d.fn("isclose", (s, a, kw, t) -> {
            double x = d(a[0], t), y = d(a[1], t);
            PyObject rt = org.interlock.runtime.builtins.ArgAccess.kw(a, kw, "rel_tol");
            PyObject at = org.interlock.runtime.builtins.ArgAccess.kw(a, kw, "abs_tol");
            double rel = rt == null ? 1e-9 : d(rt, t), abs = at == null ? 0 : d(at, t);
            if (rel < 0 || abs < 0) throw ExcTypes.valueError("tolerances must be non-negative", t);
            if (x == y) return PyBool.TRUE;
            if (Double.isInfinite(x) || Double.isInfinite(y)) return PyBool.FALSE;
            double diff = Math.abs(y - x);
            return PyBool.of(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
        });
        d.fn("gcd", (s, a, kw, t) -> {
            BigInteger g = BigInteger.ZERO;
            for (PyObject o : a) g = g.gcd(big(o, t));
            return PyInt.of(g, t);
        });
        d.fn("lcm", (s, a, kw, t) -> {
            BigInteger l = BigInteger.ONE;
            for (PyObject o : a) {
                BigInteger v = big(o, t).abs();
                if (v.signum() == 0) return PyInt.of(0, t);
                l = l.divide(l.gcd(v)).multiply(v);
            }
            return PyInt.of(l, t);
        });
        d.fn("factorial", (s, a, kw, t) -> {
            if (a[0] instanceof PyFloat) throw ExcTypes.typeError("'float' object cannot be interpreted as an integer", t);
            long n = Ops.index(a[0], t);
            if (n < 0) throw ExcTypes.valueError("factorial() not defined for negative values", t);
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= n; i++) r = r.multiply(BigInteger.valueOf(i));
            return PyInt.of(r, t);
        });
        d.fn("isqrt", (s, a, kw, t) -> {
            BigInteger n = big(a[0], t);
            if (n.signum() < 0) throw ExcTypes.valueError("isqrt() argument must be nonnegative", t);
            return PyInt.of(n.sqrt(), t);
        });
        d.fn("comb", (s, a, kw, t) -> {
            long n = Ops.index(a[0], t), k = Ops.index(a[1], t);
            if (n < 0) throw ExcTypes.valueError("n must be a non-negative integer", t);
            if (k < 0) throw ExcTypes.valueError("k must be a non-negative integer", t);
            if (k > n) return PyInt.of(0, t);
            k = Math.min(k, n - k);
            BigInteger r = BigInteger.ONE;
            for (long i = 0; i < k; i++) r = r.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
            return PyInt.of(r, t);
        });
        d.fn("perm", (s, a, kw, t) -> {
            long n = Ops.index(a[0], t);
            long k = a.length > 1 && a[1] != Ops.NONE ? Ops.index(a[1], t) : n;
            if (n < 0) throw ExcTypes.valueError("n must be a non-negative integer", t);
            if (k < 0) throw ExcTypes.valueError("k must be a non-negative integer", t);
            if (k > n) return PyInt.of(0, t);
            BigInteger r = BigInteger.ONE;
            for (long i = 0; i < k; i++) r = r.multiply(BigInteger.valueOf(n - i));
            return PyInt.of(r, t);
        });
        d.fn("prod", (s, a, kw, t) -> {
            PyObject start = org.interlock.runtime.builtins.ArgAccess.kw(a, kw, "start");
            PyObject acc = Ops.incref(start == null ? PyInt.of(1, t) : start, t);
            for (PyObject o : Iter.toArray(a[0], t)) {
                try {
                    PyObject r = org.interlock.runtime.vm.Arith.binary(org.interlock.runtime.compiler.Op.B_MUL, acc, o, t);
                    t.refs.decref(acc, t);
                    acc = r;
                } finally {
                    t.refs.decref(o, t);
                }
            }
            return acc;
        });
        d.fn("fsum", (s, a, kw, t) -> {
            // Shewchuk's algorithm with exact partials, as CPython's math.fsum
            java.util.List<Double> partials = new java.util.ArrayList<>();
            for (PyObject o : Iter.toArray(a[0], t)) {
                double x = d(o, t);
                t.refs.decref(o, t);
                int i = 0;
                for (double y : partials) {
                    if (Math.abs(x) < Math.abs(y)) {
                        double tmp = x;
                        x = y;
                        y = tmp;
                    }
                    double hi = x + y;
                    double lo = y - (hi - x);
                    if (lo != 0.0) partials.set(i++, lo);
                    x = hi;
                }
                partials.subList(i, partials.size()).clear();
                partials.add(x);
            }
            double sum = 0;
            int n = partials.size();
            if (n > 0) {
                sum = partials.get(--n);
                while (n > 0) {
                    double x = sum;
                    double y = partials.get(--n);
                    sum = x + y;
                    double yr = sum - x;
                    double lo = y - yr;
                    if (lo != 0.0) {
                        if (n > 0 && ((lo < 0 && partials.get(n - 1) < 0) || (lo > 0 && partials.get(n - 1) > 0))) {
                            y = lo * 2;
                            x = sum + y;
                            yr = x - sum;
                            if (y == yr) sum = x;
                        }
                        break;
                    }
                }
            }
            return f(sum, t);
        });
        d.fn("dist", (s, a, kw, t) -> {
            PyObject[] p = Iter.toArray(a[0], t), q = Iter.toArray(a[1], t);
            double acc = 0;
            for (int i = 0; i < p.length; i++) acc = Math.hypot(acc, d(p[i], t) - d(q[i], t));
            for (PyObject o : p) t.refs.decref(o, t);
            for (PyObject o : q) t.refs.decref(o, t);
            return f(acc, t);
        });
        return m;
    }

    /** erf by its Maclaurin series near 0 and the continued fraction of erfc elsewhere (double accuracy). */
    static double erf(double x) {
        if (Double.isNaN(x)) return x;
        double ax = Math.abs(x);
        if (ax < 2.5) {
            double sum = 0, term = x, n = 0;
            // erf(x) = 2/sqrt(pi) * sum_{n} (-1)^n x^(2n+1) / (n! (2n+1))
            double pw = x;
            double fact = 1;
            for (int k = 0; k < 200; k++) {
                double t = pw / (fact * (2 * k + 1));
                sum += t;
                if (Math.abs(t) < 1e-17 * Math.abs(sum)) break;
                pw *= -x * x;
                fact *= (k + 1);
            }
            return 2 / Math.sqrt(Math.PI) * sum;
        }
        if (ax > 6) return Math.signum(x);
        // continued fraction for erfc (Lentz)
        double f = ax, c = ax, dd = 0, tiny = 1e-300;
        for (int k = 1; k < 500; k++) {
            double an = k / 2.0;
            dd = ax + an * dd;
            dd = dd == 0 ? tiny : dd;
            c = ax + an / c;
            c = c == 0 ? tiny : c;
            dd = 1 / dd;
            double delta = c * dd;
            f *= delta;
            if (Math.abs(delta - 1) < 1e-16) break;
        }
        double erfc = Math.exp(-ax * ax) / Math.sqrt(Math.PI) / f;
        return x > 0 ? 1 - erfc : erfc - 1;
    }

    /** Gamma by the Lanczos approximation (g=7, n=9), with reflection below 0.5. */
    static double gamma(double x) {
        if (x == Math.floor(x) && x > 0 && x < 30) {
            double r = 1;
            for (int i = 2; i < x; i++) r *= i;
            return r;
        }
        if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
        double[] g = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61503916999185, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};
        x -= 1;
        double a = g[0];
        double t = x + 7.5;
        for (int i = 1; i < 9; i++) a += g[i] / (x + i);
        return Math.sqrt(2 * Math.PI) * Math.pow(t, x + 0.5) * Math.exp(-t) * a;
    }

    private static double bigLog(BigInteger v, ThreadState ts) {
        if (v.signum() <= 0) throw ExcTypes.valueError("math domain error", ts);
        int shift = Math.max(0, v.bitLength() - 60);
        return Math.log(v.shiftRight(shift).doubleValue()) + shift * Math.log(2);
    }

    /** 2**x: the integer part exactly by scaling, the fraction (at most a half) by pow. */
    static double exp2(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || Math.abs(x) > 2000) return StrictMath.pow(2.0, x);
        double n = Math.rint(x);
        double f = x - n;
        double frac = f == 0 ? 1.0 : StrictMath.pow(2.0, f);
        int e = (int) n;
        // scale in two steps so a subnormal result is rounded once, from the full fraction
        if (e < -1000) return Math.scalb(Math.scalb(frac, e + 1000), -1000);
        return Math.scalb(frac, e);
    }

    private static void one(ModuleDef d, String name, D1 fn) {
        d.fn(name, (s, a, kw, t) -> {
            if (a.length != 1) throw ExcTypes.typeError("math." + name + "() takes exactly one argument (" + a.length + " given)", t);
            double x = d(a[0], t);
            return checked(fn.apply(x), x, t);
        });
    }

    private static PyObject rounding(PyObject o, boolean floor, ThreadState ts) {
        if (o instanceof PyInt) return Ops.incref(o, ts);
        if (!(o instanceof PyFloat)) {
            PyObject m = Ops.special(o, org.interlock.object.PyStr.intern(floor ? "__floor__" : "__ceil__"), ts);
            if (m != null) return Ops.callSpecial(m, o, ts);
        }
        double x = d(o, ts);
        return toInt(floor ? Math.floor(x) : Math.ceil(x), ts);
    }

    static PyObject toInt(double x, ThreadState ts) {
        if (Double.isNaN(x)) throw ExcTypes.valueError("cannot convert float NaN to integer", ts);
        if (Double.isInfinite(x)) throw ExcTypes.raise(ExcTypes.OVERFLOW_ERROR, "cannot convert float infinity to integer", ts);
        if (Math.abs(x) < 9e18) return PyInt.of((long) x, ts);
        return PyInt.of(new java.math.BigDecimal(x).toBigInteger(), ts);
    }
}
