package org.interlock.runtime.builtins;

import org.interlock.object.PyObject;

/** Keyword-argument access for builtin modules outside this package. */
public final class ArgAccess {
    private ArgAccess() {}

    /** The keyword argument {@code name} (borrowed) or null. */
    public static PyObject kw(PyObject[] a, String[] kw, String name) {
        return Args.kw(a, kw, name);
    }

    /** The bytes of a bytes-like value or an iterable of ints (bytes(x) semantics). */
    public static byte[] bytesOf(PyObject o, org.interlock.object.ThreadState ts) {
        return BytesMethods.fromArg(o, ts);
    }

    /** The number of positional arguments. */
    public static int npos(PyObject[] a, String[] kw) {
        return Args.npos(a, kw);
    }
}
