package org.interlock.runtime;

import java.math.BigInteger;
import java.util.List;
import org.interlock.object.PyBool;
import org.interlock.object.PyFloat;
import org.interlock.object.PyInt;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyTuple;
import org.interlock.object.ThreadState;
import org.interlock.runtime.compiler.CodeUnit;
import org.interlock.runtime.objects.PyBytes;
import org.interlock.runtime.objects.PyCode;
import org.interlock.runtime.objects.Singletons;
import org.interlock.runtime.parser.Ast;
import org.interlock.runtime.vm.Ops;

/** Turns compiled units into code objects: constants become Python objects (strings interned). */
public final class Loader {
    private Loader() {}

    /** A new code object (a new reference). */
    public static PyCode load(CodeUnit unit, ThreadState ts) {
        Object[] raw = unit.consts();
        PyObject[] consts = new PyObject[raw.length];
        for (int i = 0; i < raw.length; i++) consts[i] = constant(raw[i], ts);
        return new PyCode(unit, consts, ts);
    }

    static PyObject constant(Object v, ThreadState ts) {
        if (v instanceof Long l) return PyInt.of(l, ts);
        if (v instanceof BigInteger b) return PyInt.of(b, ts);
        if (v instanceof Double d) return PyFloat.of(d, ts);
        if (v instanceof org.interlock.runtime.lexer.ImaginaryLiteral im) {
            return org.interlock.runtime.objects.PyComplex.of(0.0, im.imag(), ts);
        }
        if (v instanceof String s) return s.length() <= 40 ? PyStr.intern(s) : PyStr.of(s, ts);
        if (v instanceof Boolean b) return PyBool.of(b);
        if (v instanceof byte[] b) return new PyBytes(b.clone(), false, ts);
        if (v == Ast.Special.NONE) return Ops.NONE;
        if (v == Ast.Special.ELLIPSIS) return Singletons.ELLIPSIS;
        if (v instanceof CodeUnit u) return load(u, ts);
        if (v instanceof CodeUnit.ConstTuple t) {
            List<Object> items = t.items();
            PyObject[] out = new PyObject[items.size()];
            for (int i = 0; i < out.length; i++) out[i] = constant(items.get(i), ts);
            return PyTuple.fromNewRefs(out, ts);
        }
        throw new IllegalArgumentException("constant " + v);
    }
}
