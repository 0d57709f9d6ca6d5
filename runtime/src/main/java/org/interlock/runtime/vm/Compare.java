package org.interlock.runtime.vm;

import org.interlock.object.PyBool;
import org.interlock.object.PyDict;
import org.interlock.object.PyFloat;
import org.interlock.object.PyInt;
import org.interlock.object.PyList;
import org.interlock.object.PyObject;
import org.interlock.object.PySet;
import org.interlock.object.PyStr;
import org.interlock.object.PyTuple;
import org.interlock.object.ThreadState;
import org.interlock.runtime.compiler.Op;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyBytes;
import org.interlock.runtime.objects.PyClass;
import org.interlock.runtime.objects.Singletons;

/** Rich comparison (CPython's do_richcompare): builtin fast paths, then the dunder protocol. */
public final class Compare {
    private Compare() {}

    /** Whether a three-way comparison result {@code c} satisfies comparison {@code op}. */
    public static boolean cmpResult(int c, int op) {
        return switch (op) {
            case Op.C_LT -> c < 0;
            case Op.C_LE -> c <= 0;
            case Op.C_EQ -> c == 0;
            case Op.C_NE -> c != 0;
            case Op.C_GT -> c > 0;
            default -> c >= 0;
        };
    }

    /** {@code a OP b} as a new reference. */
    public static PyObject richCompare(PyObject a, PyObject b, int op, ThreadState ts) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            if (x.isSmall() && y.isSmall()) return PyBool.of(cmpResult(Long.compare(x.longValue(), y.longValue()), op));
            return PyBool.of(cmpResult(PyInt.compare(x, y), op));
        }
        if (a instanceof PyFloat x) {
            if (b instanceof PyFloat y) return PyBool.of(floatCmp(x.value(), y.value(), op));
            if (b instanceof PyInt y) return PyBool.of(intFloat(y, x.value(), Names.CMP_SWAP[op]));
        } else if (a instanceof PyInt x && b instanceof PyFloat y) {
            return PyBool.of(intFloat(x, y.value(), op));
        }
        if (a instanceof PyStr x && b instanceof PyStr y) {
            if (op == Op.C_EQ) return PyBool.of(x == y || x.value().equals(y.value()));
            if (op == Op.C_NE) return PyBool.of(x != y && !x.value().equals(y.value()));
            return PyBool.of(cmpResult(PyStr.compare(x, y), op));
        }
        PyObject ba = Ops.backing(a), bb = Ops.backing(b);
        if ((ba != null || bb != null) && !Ops.overrides(a, Names.CMP[op], ts) && !Ops.overrides(b, Names.CMP[Names.CMP_SWAP[op]], ts)) {
            return richCompare(ba != null ? ba : a, bb != null ? bb : b, op, ts);
        }
        if (a instanceof org.interlock.runtime.objects.PyComplex || b instanceof org.interlock.runtime.objects.PyComplex) {
            PyObject c = ComplexOps.compare(a, b, op, ts);
            if (c != null) return c;
        }
        PyObject r = builtinCompare(a, b, op, ts);
        if (r != null) return r;
        return dunderCompare(a, b, op, ts);
    }

    private static boolean floatCmp(double x, double y, int op) {
        return switch (op) {
            case Op.C_LT -> x < y;
            case Op.C_LE -> x <= y;
            case Op.C_EQ -> x == y;
            case Op.C_NE -> x != y;
            case Op.C_GT -> x > y;
            default -> x >= y;
        };
    }

    private static boolean intFloat(PyInt i, double d, int op) {
        if (Double.isNaN(d)) return op == Op.C_NE;
        return cmpResult(i.compareToDouble(d), op);
    }

    private static PyObject builtinCompare(PyObject a, PyObject b, int op, ThreadState ts) {
        if (a instanceof PyList x && b instanceof PyList y) {
            return seqCompare(x.snapshot(ts), y.snapshot(ts), op, true, ts);
        }
        if (a instanceof PyTuple x && b instanceof PyTuple y) {
            return seqCompare(x.snapshot(ts), y.snapshot(ts), op, true, ts);
        }
        if (a instanceof PyDict x && b instanceof PyDict y && (op == Op.C_EQ || op == Op.C_NE)) {
            boolean eq = x.pyEquals(y, ts);
            return PyBool.of(op == Op.C_EQ ? eq : !eq);
        }
        if (a instanceof PySet x && b instanceof PySet y) {
            return PyBool.of(Builtins.setCompare(x, y, op, ts));
        }
        if ((op == Op.C_EQ || op == Op.C_NE) && a.type() == b.type() && !(a.type() instanceof PyClass)
                && (a instanceof org.interlock.runtime.objects.PyRange || a instanceof org.interlock.runtime.objects.PyGenericAlias
                    || a instanceof org.interlock.runtime.objects.PyUnionType)) {
            boolean eq = a.pyEquals(b, ts);
            return PyBool.of(op == Op.C_EQ ? eq : !eq);
        }
        if (a instanceof PyBytes x && b instanceof PyBytes y) {
            return PyBool.of(cmpResult(java.util.Arrays.compareUnsigned(x.bytes(), y.bytes()), op));
        }
        if (a instanceof org.interlock.object.PyWeakRef x && b instanceof org.interlock.object.PyWeakRef
                && (op == Op.C_EQ || op == Op.C_NE)) {
            return PyBool.of(org.interlock.runtime.modules.WeakrefModule.refEquals(x, b, ts) == (op == Op.C_EQ));
        }
        return null;
    }

    private static PyObject seqCompare(PyObject[] x, PyObject[] y, int op, boolean release, ThreadState ts) {
        try {
            if ((op == Op.C_EQ || op == Op.C_NE) && x.length != y.length) return PyBool.of(op == Op.C_NE);
            int n = Math.min(x.length, y.length);
            for (int i = 0; i < n; i++) {
                if (!Ops.eq(x[i], y[i], ts)) {
                    if (op == Op.C_EQ) return PyBool.FALSE;
                    if (op == Op.C_NE) return PyBool.TRUE;
                    return richCompare(x[i], y[i], op, ts);
                }
            }
            return PyBool.of(cmpResult(Integer.compare(x.length, y.length), op));
        } finally {
            if (release) {
                for (PyObject o : x) ts.refs.decref(o, ts);
                for (PyObject o : y) ts.refs.decref(o, ts);
            }
        }
    }

    private static PyObject dunderCompare(PyObject a, PyObject b, int op, ThreadState ts) {
        boolean reflectedFirst = b.type() != a.type() && Ops.isSubtype(b.type(), a.type()) && b.type() instanceof PyClass;
        if (reflectedFirst) {
            PyObject r = tryDunder(b, a, Names.CMP_SWAP[op], ts);
            if (r != null) return r;
        }
        PyObject r = tryDunder(a, b, op, ts);
        if (r != null) return r;
        if (!reflectedFirst) {
            r = tryDunder(b, a, Names.CMP_SWAP[op], ts);
            if (r != null) return r;
        }
        if (op == Op.C_EQ) return PyBool.of(a == b);
        if (op == Op.C_NE) return PyBool.of(a != b);
        throw ExcTypes.typeError("'" + Op.CMP_SYMBOLS[op] + "' not supported between instances of '"
                + Ops.typeName(a) + "' and '" + Ops.typeName(b) + "'", ts);
    }

    private static PyObject tryDunder(PyObject a, PyObject b, int op, ThreadState ts) {
        if (!(a.type() instanceof PyClass)) {
            if (!org.interlock.runtime.objects.TypeInfo.of(a.type()).dunderSlots) return null;
            PyObject m = Ops.special(a, Names.CMP[op], ts);
            if (m == null) return null;
            PyObject r = Ops.callSpecial(m, a, ts, b);
            if (r == Singletons.NOT_IMPLEMENTED) return null;
            return r;
        }
        PyObject m = Ops.special(a, Names.CMP[op], ts);
        if (m == null || m == Ops.NONE || m instanceof org.interlock.runtime.objects.PyBuiltin) {
            if (op == Op.C_NE) {
                // default __ne__ inverts __eq__
                PyObject eq = Ops.special(a, Names.__eq__, ts);
                if (eq != null && !(eq instanceof org.interlock.runtime.objects.PyBuiltin)) {
                    PyObject r = Ops.callSpecial(eq, a, ts, b);
                    if (r == Singletons.NOT_IMPLEMENTED) return null;
                    boolean t = Ops.isTrue(r, ts);
                    ts.refs.decref(r, ts);
                    return PyBool.of(!t);
                }
            }
            return null;
        }
        PyObject r = Ops.callSpecial(m, a, ts, b);
        if (r == Singletons.NOT_IMPLEMENTED) return null;
        return r;
    }

    /** {@code a < b} as a boolean (sorting, min, max). */
    public static boolean lt(PyObject a, PyObject b, ThreadState ts) {
        if (a instanceof PyInt x && b instanceof PyInt y && x.isSmall() && y.isSmall()) return x.longValue() < y.longValue();
        if (a instanceof PyFloat x && b instanceof PyFloat y) return x.value() < y.value();
        if (a instanceof PyStr x && b instanceof PyStr y) return PyStr.compare(x, y) < 0;
        PyObject r = richCompare(a, b, Op.C_LT, ts);
        try {
            return Ops.isTrue(r, ts);
        } finally {
            ts.refs.decref(r, ts);
        }
    }

    /** {@code item in container}. */
    public static boolean contains(PyObject container, PyObject item, ThreadState ts) {
        if (container instanceof PyDict d) return d.contains(checkHashable(item, ts), ts);
        if (container instanceof PySet s) return s.contains(checkHashable(item, ts), ts);
        if (container instanceof PyList l) {
            PyObject[] items = l.snapshot(ts);
            try {
                for (PyObject o : items) if (Ops.eq(o, item, ts)) return true;
                return false;
            } finally {
                for (PyObject o : items) ts.refs.decref(o, ts);
            }
        }
        if (container instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) if (Ops.eq(t.get(i), item, ts)) return true;
            return false;
        }
        if (container instanceof PyStr s) {
            if (!(item instanceof PyStr sub)) {
                throw ExcTypes.typeError("'in <string>' requires string as left operand, not " + Ops.typeName(item), ts);
            }
            return s.value().contains(sub.value());
        }
        if (container instanceof PyBytes b) return bytesContains(b, item, ts);
        PyObject m = Ops.special(container, Names.__contains__, ts);
        if (m != null) {
            PyObject r = Ops.callSpecial(m, container, ts, item);
            try {
                return Ops.isTrue(r, ts);
            } finally {
                ts.refs.decref(r, ts);
            }
        }
        PyObject it = Iter.iter(container, ts);
        try {
            PyObject x;
            while ((x = Iter.next(it, ts)) != null) {
                try {
                    if (Ops.eq(x, item, ts)) return true;
                } finally {
                    ts.refs.decref(x, ts);
                }
            }
            return false;
        } finally {
            ts.refs.decref(it, ts);
        }
    }

    /** {@code item in b} for bytes/bytearray: a byte value (an int) or a sub-sequence. */
    private static boolean bytesContains(PyBytes b, PyObject item, ThreadState ts) {
        byte[] hay = b.bytes();
        if (item instanceof PyInt i) {
            long v = Ops.index(i, ts);
            if (v < 0 || v > 255) throw ExcTypes.valueError("byte must be in range(0, 256)", ts);
            for (byte x : hay) if ((x & 0xFF) == v) return true;
            return false;
        }
        if (!(item instanceof PyBytes sub)) {
            throw ExcTypes.typeError("a bytes-like object is required, not '" + Ops.typeName(item) + "'", ts);
        }
        byte[] needle = sub.bytes();
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return true;
        }
        return false;
    }

    private static PyObject checkHashable(PyObject o, ThreadState ts) {
        Ops.hash(o, ts);
        return o;
    }
}
