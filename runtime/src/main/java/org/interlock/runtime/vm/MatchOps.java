package org.interlock.runtime.vm;

import java.util.ArrayList;
import java.util.List;
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
import org.interlock.runtime.objects.PyClass;
import org.interlock.runtime.objects.PyException;
import org.interlock.runtime.objects.PyRange;

/**
 * The instructions of structural pattern matching (CPython 3.11's {@code MATCH_MAPPING},
 * {@code MATCH_SEQUENCE}, {@code MATCH_KEYS}, {@code MATCH_CLASS}, {@code GET_LEN}, and
 * 3.10's {@code COPY_DICT_WITHOUT_KEYS}). They are rare, so they live outside the eval loop.
 *
 * <p>CPython decides "sequence" and "mapping" by type flags that {@code collections.abc}
 * sets on registration; here the builtin types and their subclasses qualify, plus any class
 * with a base named like the corresponding abstract class (or {@code deque}).
 */
final class MatchOps {
    private MatchOps() {}

    private static final PyStr MATCH_ARGS = PyStr.intern("__match_args__");
    private static final PyStr GET = PyStr.intern("get");

    /** Builtin types whose single positional sub-pattern matches the subject itself. */
    private static boolean matchesSelf(PyType t) {
        return t == PyBool.TYPE || t == PyBytes.BYTEARRAY || t == PyBytes.BYTES || t == PyDict.TYPE
                || t == PyFloat.TYPE || t == PySet.FROZEN_TYPE || t == PyInt.TYPE || t == PyList.TYPE
                || t == PySet.TYPE || t == PyStr.TYPE || t == PyTuple.TYPE;
    }

    /** Runs one of the matching instructions on frame {@code f}. */
    static void exec(Frame f, int insn, ThreadState ts) {
        PyObject[] s = f.s;
        switch (insn & 0xFF) {
            case Op.MATCH_SEQUENCE -> push(f, PyBool.of(isSequence(s[f.sp - 1])));
            case Op.MATCH_MAPPING -> push(f, PyBool.of(isMapping(s[f.sp - 1])));
            case Op.GET_LEN -> push(f, PyInt.of(org.interlock.runtime.builtins.BuiltinsModule.len(s[f.sp - 1], ts), ts));
            case Op.MATCH_KEYS -> push(f, matchKeys(s[f.sp - 2], (PyTuple) s[f.sp - 1], ts));
            case Op.COPY_DICT_WITHOUT_KEYS -> {
                PyObject rest = copyWithout(s[f.sp - 2], (PyTuple) s[f.sp - 1], ts);
                ts.refs.decref(s[f.sp - 1], ts);
                s[f.sp - 1] = rest;
            }
            case Op.MATCH_CLASS -> {
                PyObject r = matchClass(s[f.sp - 3], s[f.sp - 2], insn >>> 8, (PyTuple) s[f.sp - 1], ts);
                for (int i = 1; i <= 3; i++) {
                    PyObject v = s[f.sp - i];
                    s[f.sp - i] = null;
                    ts.refs.decref(v, ts);
                }
                f.sp -= 3;
                s[f.sp++] = r;
            }
            default -> throw ExcTypes.raise(ExcTypes.SYSTEM_ERROR, "unknown opcode " + Op.name(insn & 0xFF), ts);
        }
    }

    private static void push(Frame f, PyObject v) {
        f.s[f.sp++] = v;
    }

    private static boolean hasBaseNamed(PyType t, String... names) {
        for (PyType b : PyClass.mroOf(t)) {
            for (String n : names) if (b.name().equals(n)) return true;
        }
        for (String n : names) if (t.name().equals(n)) return true;
        return false;
    }

    static boolean isSequence(PyObject o) {
        PyType t = o.type();
        if (Ops.isInstance(o, PyStr.TYPE) || Ops.isInstance(o, PyBytes.BYTES) || Ops.isInstance(o, PyBytes.BYTEARRAY)) {
            return false;
        }
        return Ops.isInstance(o, PyList.TYPE) || Ops.isInstance(o, PyTuple.TYPE) || Ops.isInstance(o, PyRange.TYPE)
                || hasBaseNamed(t, "Sequence", "MutableSequence", "deque", "memoryview");
    }

    static boolean isMapping(PyObject o) {
        return Ops.isInstance(o, PyDict.TYPE) || hasBaseNamed(o.type(), "Mapping", "MutableMapping", "mappingproxy");
    }

    /** A tuple of the values under {@code keys} in {@code map}, or None if one is missing (new reference). */
    private static PyObject matchKeys(PyObject map, PyTuple keys, ThreadState ts) {
        int n = keys.size();
        if (n == 0) return PyTuple.EMPTY;
        PyObject get = Ops.getAttr(map, GET, ts);
        PyObject dummy = new org.interlock.runtime.objects.PyObj(PyType.OBJECT, ts);
        PyObject[] values = new PyObject[n];
        List<PyObject> seen = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                PyObject k = keys.get(i);
                for (PyObject prev : seen) {
                    if (Ops.eq(prev, k, ts)) {
                        throw ExcTypes.valueError("mapping pattern checks duplicate key (" + Repr.repr(k, ts) + ")", ts);
                    }
                }
                seen.add(k);
                PyObject v = Calls.call(get, new PyObject[] {k, dummy}, null, ts);
                if (v == dummy) {
                    ts.refs.decref(v, ts);
                    for (int j = 0; j < i; j++) ts.refs.decref(values[j], ts);
                    return Ops.NONE;
                }
                values[i] = v;
            }
        } finally {
            ts.refs.decref(get, ts);
            ts.refs.decref(dummy, ts);
        }
        return PyTuple.fromNewRefs(values, ts);
    }

    /** {@code dict(map)} without {@code keys} (new reference). */
    private static PyObject copyWithout(PyObject map, PyTuple keys, ThreadState ts) {
        PyObject d = Calls.call1(PyDict.TYPE, map, ts);
        for (int i = 0; i < keys.size(); i++) ((PyDict) d).delete(keys.get(i), ts);
        return d;
    }

    /** The attribute, a new reference, or null when it is missing (AttributeError). */
    private static PyObject attr(PyObject o, PyStr name, ThreadState ts) {
        try {
            return Ops.getAttrOrNull(o, name, ts);
        } catch (PyException e) {
            if (Ops.isInstance(e.exc, ExcTypes.ATTRIBUTE_ERROR)) return null;
            throw e;
        }
    }

    /** A tuple of the attributes the sub-patterns match against, or None (new reference). */
    private static PyObject matchClass(PyObject subject, PyObject cls, int nargs, PyTuple kwNames, ThreadState ts) {
        if (!(cls instanceof PyType type)) {
            throw ExcTypes.typeError("called match pattern must be a type", ts);
        }
        if (!Ops.isInstance(subject, type)) return Ops.NONE;
        List<PyObject> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        try {
            if (nargs > 0) {
                PyObject matchArgs = attr(cls, MATCH_ARGS, ts);
                boolean self = false;
                try {
                    int allowed;
                    if (matchArgs == null) {
                        self = isMatchSelf(type);
                        allowed = self ? 1 : 0;
                    } else if (!(matchArgs instanceof PyTuple)) {
                        throw ExcTypes.typeError(type.name() + ".__match_args__ must be a tuple (got "
                                + Ops.typeName(matchArgs) + ")", ts);
                    } else {
                        allowed = ((PyTuple) matchArgs).size();
                    }
                    if (nargs > allowed) {
                        throw ExcTypes.typeError(type.name() + "() accepts " + allowed + " positional sub-pattern"
                                + (allowed == 1 ? "" : "s") + " (" + nargs + " given)", ts);
                    }
                    if (self) {
                        out.add(Ops.incref(subject, ts));
                    } else {
                        PyTuple ma = (PyTuple) matchArgs;
                        for (int i = 0; i < nargs; i++) {
                            PyObject name = ma.get(i);
                            if (!(name instanceof PyStr ns)) {
                                throw ExcTypes.typeError("__match_args__ elements must be strings (got "
                                        + Ops.typeName(name) + ")", ts);
                            }
                            if (!fetch(subject, type, ns, seen, out, ts)) return Ops.NONE;
                        }
                    }
                } finally {
                    if (matchArgs != null) ts.refs.decref(matchArgs, ts);
                }
            }
            for (int i = 0; i < kwNames.size(); i++) {
                if (!fetch(subject, type, (PyStr) kwNames.get(i), seen, out, ts)) return Ops.NONE;
            }
            PyObject r = PyTuple.fromNewRefs(out.toArray(new PyObject[0]), ts);
            out.clear();
            return r;
        } finally {
            for (PyObject o : out) ts.refs.decref(o, ts);
        }
    }

    private static boolean isMatchSelf(PyType t) {
        if (matchesSelf(t)) return true;
        for (PyType b : PyClass.mroOf(t)) if (matchesSelf(b)) return true;
        return false;
    }

    private static boolean fetch(PyObject subject, PyType type, PyStr name, List<String> seen, List<PyObject> out,
                                 ThreadState ts) {
        if (seen.contains(name.value())) {
            throw ExcTypes.typeError(type.name() + "() got multiple sub-patterns for attribute '" + name.value() + "'", ts);
        }
        seen.add(name.value());
        PyObject v = attr(subject, name, ts);
        if (v == null) return false;
        out.add(v);
        return true;
    }
}
