package org.interlock.runtime.builtins;

import org.interlock.object.PyObject;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.ExcTypes;

/** Argument checks for builtins, with CPython's messages. */
final class Args {
    private Args() {}

    static int npos(PyObject[] a, String[] kw) {
        return a.length - (kw == null ? 0 : kw.length);
    }

    /** Checks the positional count and that no keywords were passed. */
    static void check(String name, PyObject[] a, String[] kw, int min, int max, ThreadState ts) {
        if (kw != null && kw.length > 0) throw ExcTypes.typeError(name + "() takes no keyword arguments", ts);
        count(name, a.length, min, max, ts);
    }

    static void count(String name, int n, int min, int max, ThreadState ts) {
        if (n >= min && n <= max) return;
        if (min == max) {
            if (min == 0) throw ExcTypes.typeError(name + "() takes no arguments (" + n + " given)", ts);
            if (min == 1) throw ExcTypes.typeError(name + "() takes exactly one argument (" + n + " given)", ts);
            throw ExcTypes.typeError(name + " expected " + min + " arguments, got " + n, ts);
        }
        if (n < min) throw ExcTypes.typeError(name + " expected at least " + min + " argument" + (min == 1 ? "" : "s")
                + ", got " + n, ts);
        throw ExcTypes.typeError(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n, ts);
    }

    /** The keyword argument {@code name} (borrowed) or null. */
    static PyObject kw(PyObject[] a, String[] kw, String name) {
        if (kw == null) return null;
        int base = a.length - kw.length;
        for (int i = 0; i < kw.length; i++) if (kw[i].equals(name)) return a[base + i];
        return null;
    }

    /** Rejects keywords other than {@code allowed}. */
    static void onlyKw(String fname, String[] kw, ThreadState ts, String... allowed) {
        if (kw == null) return;
        outer:
        for (String k : kw) {
            for (String ok : allowed) if (ok.equals(k)) continue outer;
            throw ExcTypes.typeError(fname + "() got an unexpected keyword argument '" + k + "'", ts);
        }
    }

    /** Positional argument i, or the keyword {@code name}, or null. */
    static PyObject arg(PyObject[] a, String[] kw, int i, String name) {
        if (i < npos(a, kw)) return a[i];
        return name == null ? null : kw(a, kw, name);
    }
}
