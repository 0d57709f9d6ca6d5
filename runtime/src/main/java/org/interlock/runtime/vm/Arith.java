package org.interlock.runtime.vm;

import java.math.BigInteger;
import org.interlock.object.OperationError;
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
import org.interlock.runtime.objects.PyComplex;
import org.interlock.runtime.objects.Singletons;
import org.interlock.runtime.objects.TypeInfo;

/**
 * Arithmetic (CPython's binary_op1 and the number protocol): int and float fast paths, the
 * builtin sequences' + and *, str %, set and dict operators, then the dunder protocol with
 * reflected operands (a subclass's reflected method first, as CPython does).
 */
public final class Arith {
    private Arith() {}

    /** {@code a OP b} for a BINARY_OP argument (in-place forms included); a new reference. */
    public static PyObject binary(int op, PyObject a, PyObject b, ThreadState ts) {
        try {
            if (a instanceof PyInt x && b instanceof PyInt y) return intOp(op % Op.INPLACE, x, y, ts);
            if (a instanceof PyFloat || b instanceof PyFloat) {
                PyObject r = floatCommon(op % Op.INPLACE, a, b, ts);
                if (r != null) return r;
                r = floatOp(op % Op.INPLACE, a, b, ts);
                if (r != null) return r;
            }
            if (a instanceof PyComplex || b instanceof PyComplex) {
                PyObject r = ComplexOps.binary(op, a, b, ts);
                if (r != null) return r;
            }
            PyObject r = builtinOp(op, a, b, ts);
            if (r != null) return r;
        } catch (OperationError e) {
            throw ExcTypes.fromOperationError(e, ts);
        }
        return dunder(op, a, b, ts);
    }

    static PyObject intOp(int op, PyInt x, PyInt y, ThreadState ts) {
        if (x.isSmall() && y.isSmall()) {
            long p = x.longValue(), q = y.longValue();
            switch (op) {
                case Op.B_ADD -> {
                    long r = p + q;
                    if (((p ^ r) & (q ^ r)) >= 0) return PyInt.of(r, ts);
                }
                case Op.B_SUB -> {
                    long r = p - q;
                    if (((p ^ q) & (p ^ r)) >= 0) return PyInt.of(r, ts);
                }
                default -> { }
            }
        }
        return switch (op) {
            case Op.B_ADD -> PyInt.add(x, y, ts);
            case Op.B_SUB -> PyInt.sub(x, y, ts);
            case Op.B_MUL -> PyInt.mul(x, y, ts);
            case Op.B_FLOORDIV -> PyInt.floordiv(x, y, ts);
            case Op.B_MOD -> PyInt.mod(x, y, ts);
            case Op.B_TRUEDIV -> PyFloat.of(PyInt.truediv(x, y), ts);
            case Op.B_POW -> PyInt.pow(x, y, ts);
            case Op.B_LSHIFT -> PyInt.lshift(x, y, ts);
            case Op.B_RSHIFT -> PyInt.rshift(x, y, ts);
            case Op.B_AND -> (x instanceof PyBool && y instanceof PyBool) ? PyBool.of(x.signum() != 0 && y.signum() != 0)
                    : PyInt.and(x, y, ts);
            case Op.B_OR -> (x instanceof PyBool && y instanceof PyBool) ? PyBool.of(x.signum() != 0 || y.signum() != 0)
                    : PyInt.or(x, y, ts);
            case Op.B_XOR -> (x instanceof PyBool && y instanceof PyBool) ? PyBool.of((x.signum() != 0) ^ (y.signum() != 0))
                    : PyInt.xor(x, y, ts);
            default -> null;
        };
    }

    /**
     * The common float operations ({@code + - * /}, a float with a float or a long-backed int)
     * in a method small enough to inline where {@link #binary} is; null for everything else,
     * division by zero included, which {@link #floatOp} handles with its errors.
     */
    private static PyObject floatCommon(int op, PyObject a, PyObject b, ThreadState ts) {
        double x, y;
        if (a instanceof PyFloat f) x = f.value();
        else if (a instanceof PyInt i && i.isSmall()) x = i.longValue();
        else return null;
        if (b instanceof PyFloat f) y = f.value();
        else if (b instanceof PyInt i && i.isSmall()) y = i.longValue();
        else return null;
        double r;
        switch (op) {
            case Op.B_ADD -> r = x + y;
            case Op.B_SUB -> r = x - y;
            case Op.B_MUL -> r = x * y;
            case Op.B_TRUEDIV -> {
                if (y == 0.0) return null;
                r = x / y;
            }
            default -> {
                return null;
            }
        }
        return PyFloat.of(r, ts);
    }

    /** An int as a float; OverflowError when too large. */
    public static double toDoublePublic(PyInt i, ThreadState ts) {
        return toDouble(i, ts);
    }

    static double toDouble(PyObject o, ThreadState ts) {
        if (o instanceof PyFloat f) return f.value();
        PyInt i = (PyInt) o;
        if (i.isSmall()) return i.longValue();
        double d = i.toDouble();
        if (Double.isInfinite(d)) throw ExcTypes.raise(ExcTypes.OVERFLOW_ERROR, "int too large to convert to float", ts);
        return d;
    }

    private static PyObject floatOp(int op, PyObject a, PyObject b, ThreadState ts) {
        if (!(a instanceof PyFloat || a instanceof PyInt) || !(b instanceof PyFloat || b instanceof PyInt)) return null;
        double x = toDouble(a, ts), y = toDouble(b, ts);
        double r;
        switch (op) {
            case Op.B_ADD -> r = x + y;
            case Op.B_SUB -> r = x - y;
            case Op.B_MUL -> r = x * y;
            case Op.B_TRUEDIV -> r = PyFloat.truediv(x, y);
            case Op.B_FLOORDIV -> {
                if (y == 0) throw ExcTypes.raise(ExcTypes.ZERO_DIVISION_ERROR, "float floor division by zero", ts);
                r = PyFloat.floordiv(x, y);
            }
            case Op.B_MOD -> {
                if (y == 0) throw ExcTypes.raise(ExcTypes.ZERO_DIVISION_ERROR, "float modulo", ts);
                r = PyFloat.mod(x, y);
            }
            case Op.B_POW -> {
                // A negative base to a fractional power is complex, as CPython's float_pow delegates.
                if (x < 0 && y != Math.floor(y) && !Double.isInfinite(y) && !Double.isNaN(y)) {
                    PyComplex cx = PyComplex.of(x, 0.0, ts), cy = PyComplex.of(y, 0.0, ts);
                    try {
                        return ComplexOps.binary(op, cx, cy, ts);
                    } finally {
                        ts.refs.decref(cx, ts);
                        ts.refs.decref(cy, ts);
                    }
                }
                r = floatPow(x, y, ts);
            }
            default -> { return null; }
        }
        return PyFloat.of(r, ts);
    }

    static double floatPow(double x, double y, ThreadState ts) {
        if (x == 0 && y < 0) {
            throw ExcTypes.raise(ExcTypes.ZERO_DIVISION_ERROR, "0.0 cannot be raised to a negative power", ts);
        }
        if (x < 0 && y != Math.floor(y) && !Double.isInfinite(y)) {
            throw ExcTypes.valueError("complex results are not supported", ts); // CPython returns a complex
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw ExcTypes.raise(ExcTypes.OVERFLOW_ERROR, "(34, 'Numerical result out of range')", ts);
        }
        return r;
    }

    private static PyObject builtinOp(int op, PyObject a, PyObject b, ThreadState ts) {
        boolean inplace = op >= Op.INPLACE;
        int base = op % Op.INPLACE;
        switch (base) {
            case Op.B_ADD -> {
                if (a instanceof PyStr x) {
                    if (b instanceof PyStr y) return PyStr.concat(x, y, ts);
                    if (!(b.type() instanceof PyClass)) {
                        throw ExcTypes.typeError("can only concatenate str (not \"" + Ops.typeName(b) + "\") to str", ts);
                    }
                }
                if (a instanceof PyList x) {
                    if (b instanceof PyList y) {
                        if (inplace) {
                            x.extend(y, ts);
                            return Ops.incref(x, ts);
                        }
                        PyObject[] xs = x.snapshot(ts), ys = y.snapshot(ts);
                        PyObject[] all = new PyObject[xs.length + ys.length];
                        System.arraycopy(xs, 0, all, 0, xs.length);
                        System.arraycopy(ys, 0, all, xs.length, ys.length);
                        return PyList.fromNewRefs(all, all.length, ts);
                    }
                    if (inplace) {
                        PyObject[] items = Iter.toArray(b, ts);
                        try {
                            x.extend(items, ts);
                        } finally {
                            for (PyObject o : items) ts.refs.decref(o, ts);
                        }
                        return Ops.incref(x, ts);
                    }
                    if (!(b.type() instanceof PyClass)) {
                        throw ExcTypes.typeError("can only concatenate list (not \"" + Ops.typeName(b) + "\") to list", ts);
                    }
                }
                if (a instanceof PyTuple x) {
                    if (b instanceof PyTuple y) return PyTuple.concat(x, y, ts);
                    if (!(b.type() instanceof PyClass)) {
                        throw ExcTypes.typeError("can only concatenate tuple (not \"" + Ops.typeName(b) + "\") to tuple", ts);
                    }
                }
                if (a instanceof PyBytes x && (b instanceof PyBytes || !(b.type() instanceof PyClass))) {
                    // bytes, or another buffer (array, memoryview), which must be contiguous
                    byte[] q = b instanceof PyBytes y ? y.bytes() : org.interlock.runtime.objects.BytesLike.contiguousSnapshotOf(b, ts);
                    if (q == null) {
                        throw ExcTypes.typeError("can't concat " + Ops.typeName(b) + " to " + Ops.typeName(a), ts);
                    }
                    byte[] p = x.bytes();
                    byte[] r = java.util.Arrays.copyOf(p, p.length + q.length);
                    System.arraycopy(q, 0, r, p.length, q.length);
                    if (inplace && x.mutable) {
                        x.setBytes(r, ts);
                        return Ops.incref(x, ts);
                    }
                    return new PyBytes(r, x.mutable, ts);
                }
            }
            case Op.B_MUL -> {
                if (b instanceof PyInt n && (a instanceof PyStr || a instanceof PyList || a instanceof PyTuple || a instanceof PyBytes)) {
                    return repeat(a, n, inplace, ts);
                }
                if (a instanceof PyInt n && (b instanceof PyStr || b instanceof PyList || b instanceof PyTuple || b instanceof PyBytes)) {
                    return repeat(b, n, false, ts);
                }
            }
            case Op.B_MOD -> {
                if (a instanceof PyStr x) return PyStr.of(Format.percent(x.value(), b, ts), ts);
                if (a instanceof PyBytes x) {
                    String fmt = new String(x.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                    String r = Format.percent(fmt, b, true, ts);
                    return new PyBytes(r.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), x.mutable, ts);
                }
            }
            case Op.B_OR, Op.B_AND, Op.B_XOR, Op.B_SUB -> {
                // PEP 604: type.__or__ / __ror__ (None | None stays unsupported, as NoneType has no __or__).
                // A class made by a Python metaclass goes the dunder way, where the metaclass's own
                // __or__ / __ror__ may answer first.
                if (base == Op.B_OR && !(a.type() instanceof PyClass) && !(b.type() instanceof PyClass)
                        && org.interlock.runtime.objects.PyUnionType.unionable(a)
                        && org.interlock.runtime.objects.PyUnionType.unionable(b) && !(a == Ops.NONE && b == Ops.NONE)) {
                    return org.interlock.runtime.objects.PyUnionType.or(a, b, ts);
                }
                if ((a instanceof org.interlock.runtime.objects.DictView va && va.kind != 1)
                        || (b instanceof org.interlock.runtime.objects.DictView vb && vb.kind != 1)) {
                    PySet x = setOf(a, ts), y = setOf(b, ts);
                    try {
                        return Builtins.setOp(base, x, y, false, ts);
                    } finally {
                        ts.refs.decref(x, ts);
                        ts.refs.decref(y, ts);
                    }
                }
                if (a instanceof PySet x && b instanceof PySet y) return Builtins.setOp(base, x, y, inplace, ts);
                if (base == Op.B_OR && a instanceof PyDict x && b instanceof PyDict y) {
                    if (inplace) {
                        x.update(y, ts);
                        return Ops.incref(x, ts);
                    }
                    PyDict r = x.copy(ts);
                    r.update(y, ts);
                    return r;
                }
            }
            default -> { }
        }
        return null;
    }

    /** bytes % args: bytes arguments become latin-1 str so the str formatter can insert them; a new reference. */
    private static PySet setOf(PyObject o, ThreadState ts) {
        PyObject[] items = Iter.toArray(o, ts);
        try {
            return PySet.of(false, items, ts);
        } finally {
            for (PyObject x : items) ts.refs.decref(x, ts);
        }
    }

    private static PyObject repeat(PyObject seq, PyInt count, boolean inplace, ThreadState ts) {
        if (!count.isSmall()) throw ExcTypes.raise(ExcTypes.OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer", ts);
        long n = Math.max(0, count.longValue());
        if (seq instanceof PyStr s) {
            if (n * s.value().length() > Integer.MAX_VALUE) throw ExcTypes.raise(ExcTypes.MEMORY_ERROR, "", ts);
            return PyStr.of(s.value().repeat((int) n), ts);
        }
        if (seq instanceof PyBytes b) {
            byte[] p = b.bytes();
            byte[] r = new byte[(int) (p.length * n)];
            for (int i = 0; i < n; i++) System.arraycopy(p, 0, r, i * p.length, p.length);
            return new PyBytes(r, b.mutable, ts);
        }
        PyObject[] items = seq instanceof PyList l ? l.snapshot(ts) : ((PyTuple) seq).snapshot(ts);
        try {
            if ((long) items.length * n > Integer.MAX_VALUE) throw ExcTypes.raise(ExcTypes.MEMORY_ERROR, "", ts);
            PyObject[] out = new PyObject[(int) (items.length * n)];
            for (int i = 0; i < n; i++) System.arraycopy(items, 0, out, i * items.length, items.length);
            if (seq instanceof PyList l) {
                if (inplace) {
                    l.replaceAll(out, ts);
                    return Ops.incref(l, ts);
                }
                return PyList.of(out, ts);
            }
            return PyTuple.of(out, ts);
        } finally {
            for (PyObject o : items) ts.refs.decref(o, ts);
        }
    }

    private static PyObject dunder(int op, PyObject a, PyObject b, ThreadState ts) {
        int base = op % Op.INPLACE;
        if (op >= Op.INPLACE) {
            PyObject m = Ops.special(a, Names.IBIN[base], ts);
            if (m != null) {
                PyObject r = Ops.callSpecial(m, a, ts, b);
                if (r != Singletons.NOT_IMPLEMENTED) return r;
            }
        }
        boolean sub = b.type() != a.type() && Ops.isSubtype(b.type(), a.type());
        if (sub) {
            PyObject r = tryOne(b, Names.RBIN[base], a, ts);
            if (r != null) return r;
        }
        PyObject r = tryOne(a, Names.BIN[base], b, ts);
        if (r != null) return r;
        if (!sub && b.type() != a.type()) {
            r = tryOne(b, Names.RBIN[base], a, ts);
            if (r != null) return r;
        }
        PyObject ba = Ops.backing(a), bb = Ops.backing(b);
        if (ba != null || bb != null) return binary(base, ba != null ? ba : a, bb != null ? bb : b, ts);
        if (base == Op.B_MUL) {
            boolean seqA = a instanceof PyStr || a instanceof PyList || a instanceof PyTuple || a instanceof PyBytes;
            boolean seqB = b instanceof PyStr || b instanceof PyList || b instanceof PyTuple || b instanceof PyBytes;
            if (seqA && !(b.type() instanceof PyClass)) {
                throw ExcTypes.typeError("can't multiply sequence by non-int of type '" + Ops.typeName(b) + "'", ts);
            }
            if (seqB && !(a.type() instanceof PyClass)) {
                throw ExcTypes.typeError("can't multiply sequence by non-int of type '" + Ops.typeName(a) + "'", ts);
            }
        }
        String sym = Op.BIN_SYMBOLS[base] + (op >= Op.INPLACE ? "=" : "");
        if (base == Op.B_POW && op < Op.INPLACE) sym = "** or pow()";
        throw ExcTypes.typeError("unsupported operand type(s) for " + sym + ": '" + Ops.typeName(a) + "' and '"
                + Ops.typeName(b) + "'", ts);
    }

    private static PyObject tryOne(PyObject self, org.interlock.object.PyStr name, PyObject other, ThreadState ts) {
        if (!(self.type() instanceof PyClass) && !TypeInfo.of(self.type()).dunderSlots) return null;
        PyObject m = Ops.special(self, name, ts);
        if (m == null) return null;
        PyObject r = Ops.callSpecial(m, self, ts, other);
        if (r == Singletons.NOT_IMPLEMENTED) return null;
        return r;
    }

    // ------------------------------------------------------------------ unary

    public static PyObject negative(PyObject a, ThreadState ts) {
        if (a instanceof PyInt i) return PyInt.neg(i, ts);
        if (a instanceof PyFloat f) return PyFloat.of(-f.value(), ts);
        return unaryDunder(a, Names.__neg__, "unary -", ts);
    }

    public static PyObject positive(PyObject a, ThreadState ts) {
        if (a instanceof PyInt i) return PyInt.pos(i, ts);
        if (a instanceof PyFloat f) return Ops.incref(f, ts);
        return unaryDunder(a, Names.__pos__, "unary +", ts);
    }

    public static PyObject invert(PyObject a, ThreadState ts) {
        if (a instanceof PyInt i) return PyInt.invert(i, ts);
        return unaryDunder(a, Names.__invert__, "unary ~", ts);
    }

    public static PyObject abs(PyObject a, ThreadState ts) {
        if (a instanceof PyInt i) return PyInt.abs(i, ts);
        if (a instanceof PyFloat f) return PyFloat.of(Math.abs(f.value()), ts);
        PyObject m = Ops.special(a, Names.__abs__, ts);
        if (m == null) throw ExcTypes.typeError("bad operand type for abs(): '" + Ops.typeName(a) + "'", ts);
        return Ops.callSpecial(m, a, ts);
    }

    private static PyObject unaryDunder(PyObject a, org.interlock.object.PyStr name, String what, ThreadState ts) {
        PyObject m = Ops.special(a, name, ts);
        if (m == null) throw ExcTypes.typeError("bad operand type for " + what + ": '" + Ops.typeName(a) + "'", ts);
        return Ops.callSpecial(m, a, ts);
    }

    /** {@code pow(a, b, m)}. */
    public static PyObject pow3(PyObject a, PyObject b, PyObject m, ThreadState ts) {
        if (a instanceof PyComplex || b instanceof PyComplex) throw ExcTypes.valueError("complex modulo", ts);
        if (a instanceof PyInt x && b instanceof PyInt y && m instanceof PyInt z) {
            try {
                return PyInt.powMod(x, y, z, ts);
            } catch (OperationError e) {
                throw ExcTypes.fromOperationError(e, ts);
            }
        }
        throw ExcTypes.typeError("pow() 3rd argument not allowed unless all arguments are integers", ts);
    }

    static BigInteger big(PyInt i) {
        return i.isSmall() ? BigInteger.valueOf(i.longValue()) : i.bigValue();
    }
}
