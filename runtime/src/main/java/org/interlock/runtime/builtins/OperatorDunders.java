package org.interlock.runtime.builtins;

import org.interlock.object.PyBool;
import org.interlock.object.PyDict;
import org.interlock.object.PyFloat;
import org.interlock.object.PyInt;
import org.interlock.object.PyList;
import org.interlock.object.PyObject;
import org.interlock.object.PySet;
import org.interlock.object.PyStr;
import org.interlock.object.PyTuple;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;
import org.interlock.runtime.compiler.Op;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyBytes;
import org.interlock.runtime.objects.PyBuiltin;
import org.interlock.runtime.objects.Singletons;
import org.interlock.runtime.objects.TypeInfo;
import org.interlock.runtime.vm.Arith;
import org.interlock.runtime.vm.Compare;
import org.interlock.runtime.vm.Ops;

/**
 * The arithmetic and comparison dunders of the numeric and sequence builtins as attributes
 * ({@code int.__add__(2, 3)}, {@code (1).__eq__('a')}). One table maps each dunder name to the
 * operator the VM already implements; the method accepts the operand kinds the builtin type
 * itself handles and answers NotImplemented for the rest, as CPython's slot wrappers do. A
 * method already registered by a type's own setup is left in place. Also marks the mutable
 * containers unhashable ({@code list.__hash__ is None}).
 */
final class OperatorDunders {
    private OperatorDunders() {}

    private static final String[] BIN = {"add", "sub", "mul", "matmul", "truediv", "mod", "pow",
        "lshift", "rshift", "or", "xor", "and", "floordiv"};
    private static final String[] CMP = {"lt", "le", "eq", "ne", "gt", "ge"};

    static void init() {
        Accepts isInt = (o, ts) -> o instanceof PyInt;
        Accepts isNum = (o, ts) -> o instanceof PyInt || o instanceof PyFloat;
        int[] intOps = {Op.B_ADD, Op.B_SUB, Op.B_MUL, Op.B_TRUEDIV, Op.B_MOD, Op.B_POW, Op.B_LSHIFT, Op.B_RSHIFT,
            Op.B_OR, Op.B_XOR, Op.B_AND, Op.B_FLOORDIV};
        int[] floatOps = {Op.B_ADD, Op.B_SUB, Op.B_MUL, Op.B_TRUEDIV, Op.B_MOD, Op.B_POW, Op.B_FLOORDIV};
        // Mutable containers are unhashable: their __hash__ is None, so hash() and a subclass without
        // its own __hash__ refuse them and code testing `type(x).__hash__ is None` sees it.
        for (PyType t : new PyType[] {PyList.TYPE, PyDict.TYPE, PySet.TYPE, PyBytes.BYTEARRAY}) {
            TypeInfo.of(t).attr("__hash__", Ops.NONE);
        }
        numeric(PyInt.TYPE, intOps, isInt);
        numeric(PyFloat.TYPE, floatOps, isNum);
        // str: the comparisons its setup does not register, and repetition from the right.
        TypeInfo str = TypeInfo.of(PyStr.TYPE);
        for (int c = 0; c < CMP.length; c++) compare(str, c, (o, ts) -> o instanceof PyStr);
        binary(str, Op.B_MUL, true, (o, ts) -> {
            Ops.index(o, ts);
            return true;
        });
        // Sequences: concatenation with their own kind, repetition by an int.
        for (PyType t : new PyType[] {PyList.TYPE, PyTuple.TYPE}) {
            TypeInfo ti = TypeInfo.of(t);
            // CPython's sequence slots raise for a wrong operand rather than answer NotImplemented.
            Accepts same = (o, ts) -> {
                if (o.type() == t) return true;
                throw ExcTypes.typeError("can only concatenate " + t.name() + " (not \"" + Ops.typeName(o) + "\") to "
                        + t.name(), ts);
            };
            Accepts count = (o, ts) -> {
                Ops.index(o, ts);
                return true;
            };
            binary(ti, Op.B_ADD, false, same);
            binary(ti, Op.B_MUL, false, count);
            binary(ti, Op.B_MUL, true, count);
        }
    }

    private static void numeric(PyType t, int[] ops, Accepts accepts) {
        TypeInfo ti = TypeInfo.of(t);
        for (int op : ops) {
            binary(ti, op, false, accepts);
            binary(ti, op, true, accepts);
        }
        divmod(ti, false, accepts);
        divmod(ti, true, accepts);
        for (int c = 0; c < CMP.length; c++) compare(ti, c, accepts);
        unary(ti, "__neg__", Arith::negative);
        unary(ti, "__pos__", Arith::positive);
        unary(ti, "__abs__", Arith::abs);
        unary(ti, "__bool__", (x, ts) -> PyBool.of(Ops.isTrue(x, ts)));
        if (t == PyInt.TYPE) unary(ti, "__invert__", Arith::invert);
    }

    /** The builtin value behind an instance of a Python subclass of a builtin type, else the object. */
    private static PyObject value(PyObject o) {
        PyObject b = Ops.backing(o);
        return b != null ? b : o;
    }

    /** Registers {@code impl} unless the type's setup did; the receiver is checked as a slot wrapper checks it. */
    private static void define(TypeInfo ti, String name, PyBuiltin.Impl impl) {
        if (ti.methods.containsKey(name)) return;
        ti.method(name, (self, a, kw, ts) -> {
            if (!Ops.isSubtype(self.type(), ti.type)) {
                throw ExcTypes.typeError("descriptor '" + name + "' requires a '" + ti.type.name()
                        + "' object but received a '" + Ops.typeName(self) + "'", ts);
            }
            return impl.call(self, a, kw, ts);
        });
    }

    private static void binary(TypeInfo ti, int op, boolean reflected, Accepts accepts) {
        String name = "__" + (reflected ? "r" : "") + BIN[op] + "__";
        define(ti, name, (self, a, kw, ts) -> {
            Args.check(name, a, kw, 1, 1, ts);
            PyObject x = value(self), y = value(a[0]);
            if (!accepts.test(y, ts)) return Singletons.NOT_IMPLEMENTED;
            return reflected ? Arith.binary(op, y, x, ts) : Arith.binary(op, x, y, ts);
        });
    }

    private static void divmod(TypeInfo ti, boolean reflected, Accepts accepts) {
        String name = reflected ? "__rdivmod__" : "__divmod__";
        define(ti, name, (self, a, kw, ts) -> {
            Args.check(name, a, kw, 1, 1, ts);
            PyObject x = value(self), y = value(a[0]);
            if (!accepts.test(y, ts)) return Singletons.NOT_IMPLEMENTED;
            PyObject p = reflected ? y : x, q = reflected ? x : y;
            PyObject d = Arith.binary(Op.B_FLOORDIV, p, q, ts);
            PyObject m;
            try {
                m = Arith.binary(Op.B_MOD, p, q, ts);
            } catch (RuntimeException e) {
                ts.refs.decref(d, ts);
                throw e;
            }
            return PyTuple.fromNewRefs(new PyObject[] {d, m}, ts);
        });
    }

    private static void compare(TypeInfo ti, int op, Accepts accepts) {
        String name = "__" + CMP[op] + "__";
        define(ti, name, (self, a, kw, ts) -> {
            Args.check(name, a, kw, 1, 1, ts);
            PyObject x = value(self), y = value(a[0]);
            if (!accepts.test(y, ts)) return Singletons.NOT_IMPLEMENTED;
            return Compare.richCompare(x, y, op, ts);
        });
    }

    /** Whether a builtin type's operation takes this (unwrapped) operand; may raise instead. */
    private interface Accepts {
        boolean test(PyObject o, ThreadState ts);
    }

    /** A one-operand operation of the VM. */
    private interface Unary {
        PyObject apply(PyObject x, ThreadState ts);
    }

    private static void unary(TypeInfo ti, String name, Unary f) {
        define(ti, name, (self, a, kw, ts) -> {
            Args.check(name, a, kw, 0, 0, ts);
            return f.apply(value(self), ts);
        });
    }
}
