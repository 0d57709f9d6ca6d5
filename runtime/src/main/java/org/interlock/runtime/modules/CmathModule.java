package org.interlock.runtime.modules;

import org.interlock.object.PyBool;
import org.interlock.object.PyFloat;
import org.interlock.object.PyInt;
import org.interlock.object.PyObject;
import org.interlock.object.PyTuple;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyComplex;
import org.interlock.runtime.objects.PyModule;
import org.interlock.runtime.vm.ComplexOps;
import org.interlock.runtime.vm.Names;
import org.interlock.runtime.vm.Ops;

/**
 * {@code cmath}: the basic functions (sqrt, exp, log, log10, phase, polar, rect, isclose,
 * isfinite, isinf, isnan) with CPython's algorithms for finite arguments. CPython's tables of
 * special values for infinite and NaN arguments are not reproduced: those follow the plain
 * formulas here.
 */
final class CmathModule {
    private CmathModule() {}

    /** log(DBL_MAX / 4): above it exp() is computed in two steps to avoid a spurious overflow. */
    private static final double LOG_LARGE_DOUBLE = Math.log(Double.MAX_VALUE / 4);
    /** sqrt(DBL_MAX) / 4: beyond it log() halves the parts before hypot(). */
    private static final double LARGE_DOUBLE = Double.MAX_VALUE / 4;
    private static final double LN2 = 0.6931471805599453;

    /** The argument as {re, im}: a complex, a real number, or an object with __complex__ / __float__. */
    static double[] arg(PyObject o, ThreadState ts) {
        if (o instanceof PyComplex c) return new double[] {c.real, c.imag};
        if (o instanceof PyFloat || o instanceof PyInt) return new double[] {MathModule.d(o, ts), 0.0};
        double[] viaDunder = ComplexOps.viaDunder(o, ts);
        if (viaDunder != null) return viaDunder;
        if (Ops.special(o, Names.__float__, ts) != null || Ops.special(o, Names.__index__, ts) != null) {
            return new double[] {MathModule.d(o, ts), 0.0};
        }
        throw ExcTypes.typeError("must be real number, not " + Ops.typeName(o), ts);
    }

    private static PyObject c(double[] z, ThreadState ts) {
        return PyComplex.of(z[0], z[1], ts);
    }

    private static boolean finite(double[] z) {
        return Double.isFinite(z[0]) && Double.isFinite(z[1]);
    }

    static PyModule create(ThreadState ts) {
        PyModule m = new PyModule("cmath", ts);
        ModuleDef d = new ModuleDef(m, ts);
        d.valNew("pi", PyFloat.of(Math.PI, ts)).valNew("e", PyFloat.of(Math.E, ts))
                .valNew("tau", PyFloat.of(2 * Math.PI, ts)).valNew("inf", PyFloat.of(Double.POSITIVE_INFINITY, ts))
                .valNew("nan", PyFloat.of(Double.NaN, ts))
                .valNew("infj", PyComplex.of(0.0, Double.POSITIVE_INFINITY, ts))
                .valNew("nanj", PyComplex.of(0.0, Double.NaN, ts));
        d.fn("sqrt", (s, a, kw, t) -> c(sqrt(one("sqrt", a, kw, t)), t));
        d.fn("exp", (s, a, kw, t) -> c(exp(one("exp", a, kw, t), t), t));
        d.fn("log", (s, a, kw, t) -> {
            if (kw != null && kw.length > 0) throw ExcTypes.typeError("log() takes no keyword arguments", t);
            if (a.length < 1 || a.length > 2) {
                throw ExcTypes.typeError("log expected at " + (a.length < 1 ? "least 1 argument" : "most 2 arguments")
                        + ", got " + a.length, t);
            }
            double[] z = log(arg(a[0], t), t);
            if (a.length == 2) {
                double[] base = log(arg(a[1], t), t);
                z = ComplexOps.quot(z, base);
                if (z == null) throw ExcTypes.raise(ExcTypes.ZERO_DIVISION_ERROR, "complex division by zero", t);
            }
            return c(z, t);
        });
        d.fn("log10", (s, a, kw, t) -> {
            double[] z = log(one("log10", a, kw, t), t);
            return c(new double[] {z[0] / Math.log(10), z[1] / Math.log(10)}, t);
        });
        d.fn("phase", (s, a, kw, t) -> {
            double[] z = one("phase", a, kw, t);
            return PyFloat.of(Math.atan2(z[1], z[0]), t);
        });
        d.fn("polar", (s, a, kw, t) -> {
            double[] z = one("polar", a, kw, t);
            double r = Math.hypot(z[0], z[1]);
            if (Double.isInfinite(r) && finite(z)) throw ExcTypes.raise(ExcTypes.OVERFLOW_ERROR, "math range error", t);
            return PyTuple.fromNewRefs(new PyObject[] {PyFloat.of(r, t), PyFloat.of(Math.atan2(z[1], z[0]), t)}, t);
        });
        d.fn("rect", (s, a, kw, t) -> {
            if (kw != null && kw.length > 0) throw ExcTypes.typeError("rect() takes no keyword arguments", t);
            if (a.length != 2) throw ExcTypes.typeError("rect expected 2 arguments, got " + a.length, t);
            double r = MathModule.d(a[0], t), phi = MathModule.d(a[1], t);
            if (Double.isFinite(r) && Double.isInfinite(phi)) throw ExcTypes.valueError("math domain error", t);
            if (phi == 0.0) return PyComplex.of(r, r * phi, t);
            return PyComplex.of(r * Math.cos(phi), r * Math.sin(phi), t);
        });
        d.fn("isfinite", (s, a, kw, t) -> PyBool.of(finite(one("isfinite", a, kw, t))));
        d.fn("isnan", (s, a, kw, t) -> {
            double[] z = one("isnan", a, kw, t);
            return PyBool.of(Double.isNaN(z[0]) || Double.isNaN(z[1]));
        });
        d.fn("isinf", (s, a, kw, t) -> {
            double[] z = one("isinf", a, kw, t);
            return PyBool.of(Double.isInfinite(z[0]) || Double.isInfinite(z[1]));
        });
        d.fn("isclose", CmathModule::isclose);
        return m;
    }

    private static double[] one(String name, PyObject[] a, String[] kw, ThreadState ts) {
        if (kw != null && kw.length > 0) throw ExcTypes.typeError(name + "() takes no keyword arguments", ts);
        if (a.length != 1) throw ExcTypes.typeError(name + "() takes exactly one argument (" + a.length + " given)", ts);
        return arg(a[0], ts);
    }

    /** CPython's {@code cmath_sqrt_impl} for finite arguments. */
    static double[] sqrt(double[] z) {
        if (z[0] == 0.0 && z[1] == 0.0) return new double[] {0.0, z[1]};
        double ax = Math.abs(z[0]), ay = Math.abs(z[1]);
        double s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            // hypot(ax, ay) would be subnormal: scale up, then down.
            ax = Math.scalb(ax, 53);
            s = Math.scalb(Math.sqrt(ax + Math.hypot(ax, Math.scalb(ay, 53))), -27);
        } else {
            ax /= 8.0;
            s = 2.0 * Math.sqrt(ax + Math.hypot(ax, ay / 8.0));
        }
        double dd = ay / (2.0 * s);
        if (z[0] >= 0.0) return new double[] {s, Math.copySign(dd, z[1])};
        return new double[] {dd, Math.copySign(s, z[1])};
    }

    /** CPython's {@code cmath_exp_impl} for finite arguments. */
    static double[] exp(double[] z, ThreadState ts) {
        double[] r;
        if (z[0] > LOG_LARGE_DOUBLE) {
            double l = Math.exp(z[0] - 1.0);
            r = new double[] {l * Math.cos(z[1]) * Math.E, l * Math.sin(z[1]) * Math.E};
        } else {
            double l = Math.exp(z[0]);
            r = new double[] {l * Math.cos(z[1]), l * Math.sin(z[1])};
        }
        if (finite(z) && !finite(r)) throw ExcTypes.raise(ExcTypes.OVERFLOW_ERROR, "math range error", ts);
        return r;
    }

    /** CPython's {@code c_log}: care near |z| = 1 and for very large or tiny parts. */
    static double[] log(double[] z, ThreadState ts) {
        double ax = Math.abs(z[0]), ay = Math.abs(z[1]);
        double re;
        if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
            re = Math.log(Math.hypot(ax / 2.0, ay / 2.0)) + LN2;
        } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            if (ax > 0.0 || ay > 0.0) {
                re = Math.log(Math.hypot(Math.scalb(ax, 53), Math.scalb(ay, 53))) - 53 * LN2;
            } else {
                throw ExcTypes.valueError("math domain error", ts);
            }
        } else {
            double h = Math.hypot(ax, ay);
            if (0.71 <= h && h <= 1.73) {
                double am = Math.max(ax, ay), an = Math.min(ax, ay);
                re = Math.log1p((am - 1) * (am + 1) + an * an) / 2.0;
            } else {
                re = Math.log(h);
            }
        }
        return new double[] {re, Math.atan2(z[1], z[0])};
    }

    private static PyObject isclose(PyObject self, PyObject[] a, String[] kw, ThreadState ts) {
        int npos = a.length - (kw == null ? 0 : kw.length);
        if (npos != 2) throw ExcTypes.typeError("isclose() takes exactly 2 positional arguments (" + npos + " given)", ts);
        double relTol = 1e-09, absTol = 0.0;
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                switch (kw[i]) {
                    case "rel_tol" -> relTol = MathModule.d(a[npos + i], ts);
                    case "abs_tol" -> absTol = MathModule.d(a[npos + i], ts);
                    default -> throw ExcTypes.typeError("isclose() got an unexpected keyword argument '" + kw[i] + "'", ts);
                }
            }
        }
        if (relTol < 0.0 || absTol < 0.0) throw ExcTypes.valueError("tolerances must be non-negative", ts);
        double[] x = arg(a[0], ts), y = arg(a[1], ts);
        if (x[0] == y[0] && x[1] == y[1]) return PyBool.TRUE;
        if (Double.isInfinite(x[0]) || Double.isInfinite(x[1]) || Double.isInfinite(y[0]) || Double.isInfinite(y[1])) {
            return PyBool.FALSE;
        }
        double diff = Math.hypot(x[0] - y[0], x[1] - y[1]);
        boolean close = diff <= relTol * Math.hypot(y[0], y[1]) || diff <= relTol * Math.hypot(x[0], x[1])
                || diff <= absTol;
        return PyBool.of(close);
    }
}
