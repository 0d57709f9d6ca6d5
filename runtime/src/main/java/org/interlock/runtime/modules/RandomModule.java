package org.interlock.runtime.modules;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.interlock.object.PyFloat;
import org.interlock.object.PyInt;
import org.interlock.object.PyList;
import org.interlock.object.PyObject;
import org.interlock.object.PySet;
import org.interlock.object.PyStr;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;
import org.interlock.runtime.builtins.ArgAccess;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyBytes;
import org.interlock.runtime.objects.PyMethod;
import org.interlock.runtime.objects.PyModule;
import org.interlock.runtime.objects.TypeInfo;
import org.interlock.runtime.vm.Items;
import org.interlock.runtime.vm.Iter;
import org.interlock.runtime.vm.Ops;

/**
 * {@code random}, in Java, following CPython 3.11's algorithms on the same Mersenne Twister so
 * that a seeded program draws the same numbers: random, getrandbits, randrange/randint
 * (rejection sampling with getrandbits), choice, shuffle, sample, choices, uniform, triangular,
 * gauss (the cached pair), normalvariate, expovariate.
 */
final class RandomModule {
    private RandomModule() {}

    static final PyType RANDOM = PyType.builtin("Random");

    /** A {@code random.Random} instance. */
    static final class PyRandom extends PyObject {
        final MersenneTwister mt = new MersenneTwister();
        Double gaussNext;

        PyRandom(ThreadState ts) {
            super(ts);
            mt.seed(BigInteger.valueOf(System.nanoTime() ^ System.currentTimeMillis() << 20));
        }

        @Override
        public PyType type() {
            return RANDOM;
        }
    }

    private static boolean init;

    private static BigInteger big(PyObject o, ThreadState ts) {
        if (o instanceof PyInt i) return i.isSmall() ? BigInteger.valueOf(i.longValue()) : i.bigValue();
        if (o instanceof PyFloat f && f.value() == Math.floor(f.value())) return BigInteger.valueOf((long) f.value());
        return BigInteger.valueOf(Ops.index(o, ts));
    }

    static void seed(PyRandom r, PyObject a, ThreadState ts) {
        r.gaussNext = null;
        if (a == null || a == Ops.NONE) {
            r.mt.seed(BigInteger.valueOf(System.nanoTime()).shiftLeft(20).xor(BigInteger.valueOf(System.currentTimeMillis())));
        } else if (a instanceof PyInt i) {
            r.mt.seed(i.isSmall() ? BigInteger.valueOf(i.longValue()) : i.bigValue());
        } else if (a instanceof PyStr || a instanceof PyBytes) {
            byte[] b = a instanceof PyStr s ? s.value().getBytes(StandardCharsets.UTF_8) : ((PyBytes) a).bytes();
            try {
                byte[] h = MessageDigest.getInstance("SHA-512").digest(b);
                byte[] all = new byte[b.length + h.length];
                System.arraycopy(b, 0, all, 0, b.length);
                System.arraycopy(h, 0, all, b.length, h.length);
                r.mt.seed(new BigInteger(1, all));
            } catch (NoSuchAlgorithmException e) {
                throw ExcTypes.raise(ExcTypes.SYSTEM_ERROR, "no SHA-512", ts);
            }
        } else if (a instanceof PyFloat f) {
            r.mt.seed(BigInteger.valueOf(Ops.hash(f, ts)).abs());
        } else {
            throw ExcTypes.typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.", ts);
        }
    }

    private static PyObject randrange(PyRandom r, PyObject[] a, String[] kw, ThreadState ts) {
        int np = ArgAccess.npos(a, kw);
        PyObject startO = a[0];
        PyObject stopO = np > 1 ? a[1] : ArgAccess.kw(a, kw, "stop");
        PyObject stepO = np > 2 ? a[2] : ArgAccess.kw(a, kw, "step");
        BigInteger start = big(startO, ts);
        if (stopO == null || stopO == Ops.NONE) {
            if (stepO != null) throw ExcTypes.typeError("Missing a non-None stop argument", ts);
            if (start.signum() > 0) return PyInt.of(below(r, start), ts);
            throw ExcTypes.valueError("empty range for randrange()", ts);
        }
        BigInteger stop = big(stopO, ts);
        BigInteger width = stop.subtract(start);
        BigInteger step = stepO == null ? BigInteger.ONE : big(stepO, ts);
        if (step.equals(BigInteger.ONE)) {
            if (width.signum() > 0) return PyInt.of(start.add(below(r, width)), ts);
            throw ExcTypes.valueError("empty range for randrange() (" + start + ", " + stop + ", " + width + ")", ts);
        }
        BigInteger n;
        if (step.signum() > 0) n = floorDiv(width.add(step).subtract(BigInteger.ONE), step);
        else if (step.signum() < 0) n = floorDiv(width.add(step).add(BigInteger.ONE), step);
        else throw ExcTypes.valueError("zero step for randrange()", ts);
        if (n.signum() <= 0) throw ExcTypes.valueError("empty range for randrange()", ts);
        return PyInt.of(start.add(step.multiply(below(r, n))), ts);
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) return qr[0].subtract(BigInteger.ONE);
        return qr[0];
    }

    private static BigInteger below(PyRandom r, BigInteger n) {
        if (n.bitLength() < 63) return BigInteger.valueOf(r.mt.below(n.longValue()));
        return r.mt.below(n);
    }

    private static long len(PyObject o, ThreadState ts) {
        PyObject l = org.interlock.runtime.vm.Calls.call(lenFn(ts), new PyObject[] {o}, null, ts);
        try {
            return Ops.index(l, ts);
        } finally {
            ts.refs.decref(l, ts);
        }
    }

    private static PyObject lenFn(ThreadState ts) {
        PyObject f = org.interlock.runtime.vm.ExecState.of(ts).interp.builtinsDict().get(PyStr.intern("len"), ts);
        ts.refs.decref(f, ts);
        return f;
    }

    private static synchronized void initType() {
        if (init) return;
        init = true;
        TypeInfo t = TypeInfo.of(RANDOM);
        t.constructor = (ty, a, kw, ts) -> {
            PyRandom r = new PyRandom(ts);
            if (a.length > 0) seed(r, a[0], ts);
            return r;
        };
        // a Python subclass's instance carries a generator of its own (seeded by its __init__)
        t.factory = (cls, ts) -> org.interlock.runtime.objects.PyObj.withBacking(cls, new PyRandom(ts), ts);
        t.method("seed", (s, a, kw, ts) -> {
            seed((PyRandom) s, a.length > 0 ? a[0] : null, ts);
            return Ops.NONE;
        });
        t.method("random", (s, a, kw, ts) -> PyFloat.of(((PyRandom) s).mt.random(), ts));
        t.method("getstate", (s, a, kw, ts) -> {
            PyRandom r = (PyRandom) s;
            long[] st = r.mt.state();
            PyObject[] words = new PyObject[st.length];
            for (int i = 0; i < st.length; i++) words[i] = PyInt.of(st[i], ts);
            PyObject g = r.gaussNext == null ? Ops.incref(Ops.NONE, ts) : PyFloat.of(r.gaussNext, ts);
            return org.interlock.object.PyTuple.fromNewRefs(new PyObject[] {PyInt.of(3, ts),
                    org.interlock.object.PyTuple.fromNewRefs(words, ts), g}, ts);
        });
        t.method("setstate", (s, a, kw, ts) -> {
            PyRandom r = (PyRandom) s;
            org.interlock.object.PyTuple st = (org.interlock.object.PyTuple) a[0];
            org.interlock.object.PyTuple words = (org.interlock.object.PyTuple) st.get(1);
            long[] w = new long[words.size()];
            for (int i = 0; i < w.length; i++) w[i] = Ops.index(words.get(i), ts);
            r.mt.setState(w);
            PyObject g = st.get(2);
            r.gaussNext = g == Ops.NONE ? null : ((PyFloat) g).value();
            return Ops.NONE;
        });
        t.method("getrandbits", (s, a, kw, ts) -> {
            long k = Ops.index(a[0], ts);
            if (k < 0) throw ExcTypes.valueError("number of bits must be non-negative", ts);
            return PyInt.of(((PyRandom) s).mt.getrandbits((int) k), ts);
        });
        t.method("randrange", (s, a, kw, ts) -> randrange((PyRandom) s, a, kw, ts));
        t.method("randint", (s, a, kw, ts) -> {
            PyObject hi = PyInt.of(big(a[1], ts).add(BigInteger.ONE), ts);
            try {
                return randrange((PyRandom) s, new PyObject[] {a[0], hi}, null, ts);
            } finally {
                ts.refs.decref(hi, ts);
            }
        });
        t.method("_randbelow", (s, a, kw, ts) -> PyInt.of(below((PyRandom) s, big(a[0], ts)), ts));
        t.method("choice", (s, a, kw, ts) -> {
            long n = len(a[0], ts);
            if (n == 0) throw ExcTypes.raise(ExcTypes.INDEX_ERROR, "Cannot choose from an empty sequence", ts);
            PyObject idx = PyInt.of(((PyRandom) s).mt.below(n), ts);
            try {
                return Items.getItem(a[0], idx, ts);
            } finally {
                ts.refs.decref(idx, ts);
            }
        });
        t.method("shuffle", (s, a, kw, ts) -> {
            PyRandom r = (PyRandom) s;
            PyObject x = a[0];
            long n = len(x, ts);
            for (long i = n - 1; i >= 1; i--) {
                long j = r.mt.below(i + 1);
                PyObject ii = PyInt.of(i, ts), jj = PyInt.of(j, ts);
                PyObject vi = Items.getItem(x, ii, ts), vj = Items.getItem(x, jj, ts);
                Items.setItem(x, ii, vj, ts);
                Items.setItem(x, jj, vi, ts);
                for (PyObject o : new PyObject[] {ii, jj, vi, vj}) ts.refs.decref(o, ts);
            }
            return Ops.NONE;
        });
        t.method("sample", (s, a, kw, ts) -> {
            PyRandom r = (PyRandom) s;
            PyObject pop = a[0];
            if (pop instanceof PySet) {
                throw ExcTypes.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).", ts);
            }
            PyObject kO = a.length > 1 ? a[1] : ArgAccess.kw(a, kw, "k");
            long k = Ops.index(kO, ts);
            long n = len(pop, ts);
            if (k < 0 || k > n) throw ExcTypes.valueError("Sample larger than population or is negative", ts);
            PyObject[] result = new PyObject[(int) k];
            long setsize = 21;
            if (k > 5) setsize += (long) Math.pow(4, Math.ceil(Math.log(k * 3) / Math.log(4)));
            if (n <= setsize) {
                PyObject[] pool = Iter.toArray(pop, ts);
                PyObject[] orig = pool.clone();
                try {
                    for (int i = 0; i < k; i++) {
                        int j = (int) r.mt.below(n - i);
                        result[i] = pool[j];
                        pool[j] = pool[(int) n - i - 1];
                    }
                    return PyList.of(result, ts);
                } finally {
                    for (PyObject o : orig) ts.refs.decref(o, ts);
                }
            }
            java.util.HashSet<Long> selected = new java.util.HashSet<>();
            try {
                for (int i = 0; i < k; i++) {
                    long j = r.mt.below(n);
                    while (selected.contains(j)) j = r.mt.below(n);
                    selected.add(j);
                    PyObject idx = PyInt.of(j, ts);
                    try {
                        result[i] = Items.getItem(pop, idx, ts);
                    } finally {
                        ts.refs.decref(idx, ts);
                    }
                }
                return PyList.of(result, ts);
            } finally {
                for (PyObject o : result) if (o != null) ts.refs.decref(o, ts);
            }
        });
        t.method("choices", (s, a, kw, ts) -> {
            PyRandom r = (PyRandom) s;
            PyObject pop = a[0];
            PyObject weights = a.length > 1 && ArgAccess.npos(a, kw) > 1 ? a[1] : ArgAccess.kw(a, kw, "weights");
            PyObject cum = ArgAccess.kw(a, kw, "cum_weights");
            PyObject kO = ArgAccess.kw(a, kw, "k");
            long k = kO == null ? 1 : Ops.index(kO, ts);
            PyObject[] items = Iter.toArray(pop, ts);
            int n = items.length;
            try {
                PyObject[] out = new PyObject[(int) k];
                if ((weights == null || weights == Ops.NONE) && (cum == null || cum == Ops.NONE)) {
                    for (int i = 0; i < k; i++) out[i] = items[(int) Math.floor(r.mt.random() * (n + 0.0))];
                    return PyList.of(out, ts);
                }
                double[] cw = new double[n];
                PyObject[] w = Iter.toArray(cum != null && cum != Ops.NONE ? cum : weights, ts);
                double acc = 0;
                for (int i = 0; i < n; i++) {
                    double v = MathModule.d(w[i], ts);
                    if (cum != null && cum != Ops.NONE) cw[i] = v;
                    else cw[i] = acc += v;
                }
                for (PyObject o : w) ts.refs.decref(o, ts);
                double total = cw[n - 1] + 0.0;
                for (int i = 0; i < k; i++) {
                    double x = r.mt.random() * total;
                    int lo = 0, hi = n - 1;
                    while (lo < hi) {
                        int mid = (lo + hi) >>> 1;
                        if (x < cw[mid]) hi = mid;
                        else lo = mid + 1;
                    }
                    out[i] = items[lo];
                }
                return PyList.of(out, ts);
            } finally {
                for (PyObject o : items) ts.refs.decref(o, ts);
            }
        });
        t.method("uniform", (s, a, kw, ts) -> {
            double lo = MathModule.d(a[0], ts), hi = MathModule.d(a[1], ts);
            return PyFloat.of(lo + (hi - lo) * ((PyRandom) s).mt.random(), ts);
        });
        t.method("triangular", (s, a, kw, ts) -> {
            double low = a.length > 0 ? MathModule.d(a[0], ts) : 0.0, high = a.length > 1 ? MathModule.d(a[1], ts) : 1.0;
            double u = ((PyRandom) s).mt.random();
            double c;
            if (a.length > 2 && a[2] != Ops.NONE) {
                if (high == low) return PyFloat.of(low, ts);
                c = (MathModule.d(a[2], ts) - low) / (high - low);
            } else {
                c = 0.5;
            }
            if (u > c) {
                u = 1.0 - u;
                c = 1.0 - c;
                double tmp = low;
                low = high;
                high = tmp;
            }
            return PyFloat.of(low + (high - low) * Math.sqrt(u * c), ts);
        });
        t.method("gauss", (s, a, kw, ts) -> {
            PyRandom r = (PyRandom) s;
            double mu = a.length > 0 ? MathModule.d(a[0], ts) : 0.0, sigma = a.length > 1 ? MathModule.d(a[1], ts) : 1.0;
            Double z = r.gaussNext;
            r.gaussNext = null;
            if (z == null) {
                double x2pi = r.mt.random() * 2 * Math.PI;
                double g2rad = Math.sqrt(-2.0 * Math.log(1.0 - r.mt.random()));
                z = Math.cos(x2pi) * g2rad;
                r.gaussNext = Math.sin(x2pi) * g2rad;
            }
            return PyFloat.of(mu + z * sigma, ts);
        });
        t.method("normalvariate", (s, a, kw, ts) -> {
            PyRandom r = (PyRandom) s;
            double mu = a.length > 0 ? MathModule.d(a[0], ts) : 0.0, sigma = a.length > 1 ? MathModule.d(a[1], ts) : 1.0;
            double magic = 4 * Math.exp(-0.5) / Math.sqrt(2.0);
            double z;
            while (true) {
                double u1 = r.mt.random();
                double u2 = 1.0 - r.mt.random();
                z = magic * (u1 - 0.5) / u2;
                double zz = z * z / 4.0;
                if (zz <= -Math.log(u2)) break;
            }
            return PyFloat.of(mu + z * sigma, ts);
        });
        t.method("expovariate", (s, a, kw, ts) -> PyFloat.of(-Math.log(1.0 - ((PyRandom) s).mt.random())
                / MathModule.d(a[0], ts), ts));
    }

    static PyModule create(ThreadState ts) {
        initType();
        PyModule m = new PyModule("random", ts);
        ModuleDef d = new ModuleDef(m, ts);
        d.val("_Random", RANDOM);
        PyRandom inst = new PyRandom(ts);
        d.val("_inst", inst);
        // an instance of a Python subclass (random.Random) sharing the module's generator
        d.fn("_sharing", (s, a, kw, t) -> org.interlock.runtime.objects.PyObj.withBacking((PyType) a[0], Ops.incref(inst, t), t));
        for (String name : new String[] {"seed", "random", "getrandbits", "randrange", "randint", "choice", "shuffle",
                "sample", "choices", "uniform", "triangular", "gauss", "normalvariate", "expovariate", "getstate", "setstate"}) {
            d.valNew(name, new PyMethod(TypeInfo.of(RANDOM).methods.get(name), inst, ts));
        }
        ts.refs.decref(inst, ts);
        return m;
    }
}
