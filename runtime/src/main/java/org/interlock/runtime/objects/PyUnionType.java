package org.interlock.runtime.objects;

import java.util.ArrayList;
import java.util.List;

import org.interlock.object.PyObject;
import org.interlock.object.PyTuple;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;
import org.interlock.runtime.vm.Ops;

/**
 * {@code types.UnionType}: what {@code X | Y} gives for classes, None and generic aliases (PEP 604).
 * The arguments are flattened (a union inside a union contributes its members), duplicates are
 * dropped keeping the first, and None is stored as {@code NoneType}. Equality and hash ignore
 * order. Holds a counted reference to its argument tuple.
 */
public final class PyUnionType extends PyObject {
    /** {@code types.UnionType}. */
    public static final PyType TYPE = PyType.builtin("types.UnionType");

    /** The members in first-seen order ({@code __args__}); owned. */
    public final PyTuple args;

    private PyUnionType(PyTuple args, ThreadState ts) {
        super(ts, true);
        this.args = args;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Whether {@code o} may stand on either side of a PEP 604 {@code |}. */
    public static boolean unionable(PyObject o) {
        return o == Ops.NONE || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnionType;
    }

    /**
     * {@code a | b} for two unionable operands: a new reference, either a union or, when only one
     * distinct member remains ({@code int | int}), that member itself.
     */
    public static PyObject or(PyObject a, PyObject b, ThreadState ts) {
        List<PyObject> members = new ArrayList<>();
        addMembers(members, a, ts);
        addMembers(members, b, ts);
        if (members.size() == 1) return Ops.incref(members.get(0), ts);
        PyTuple t = PyTuple.of(ts, members.toArray(new PyObject[0]));
        return new PyUnionType(t, ts);
    }

    private static void addMembers(List<PyObject> out, PyObject o, ThreadState ts) {
        if (o instanceof PyUnionType u) {
            for (int i = 0; i < u.args.size(); i++) addMember(out, u.args.get(i), ts);
        } else {
            addMember(out, o == Ops.NONE ? Ops.NONE.type() : o, ts);
        }
    }

    private static void addMember(List<PyObject> out, PyObject o, ThreadState ts) {
        for (PyObject m : out) if (same(m, o, ts)) return;
        out.add(o);
    }

    // As CPython: classes are the same only by identity, generic aliases by value.
    private static boolean same(PyObject x, PyObject y, ThreadState ts) {
        if (x == y) return true;
        return x instanceof PyGenericAlias && y instanceof PyGenericAlias && x.pyEquals(y, ts);
    }

    private boolean containsAll(PyUnionType other, ThreadState ts) {
        outer:
        for (int i = 0; i < other.args.size(); i++) {
            PyObject o = other.args.get(i);
            for (int j = 0; j < args.size(); j++) if (same(args.get(j), o, ts)) continue outer;
            return false;
        }
        return true;
    }

    /** Equal when both hold the same members, in any order. */
    @Override
    public boolean pyEquals(PyObject other, ThreadState ts) {
        return other instanceof PyUnionType u && containsAll(u, ts) && u.containsAll(this, ts);
    }

    /** Order-independent: a sum of the members' hashes (members are distinct, so no cancelling by repeats). */
    @Override
    public long pyHash(ThreadState ts) {
        long h = 0x5a17;
        for (int i = 0; i < args.size(); i++) h += args.get(i).pyHash(ts) * 0x9E3779B97F4A7C15L;
        return h == -1 ? -2 : h;
    }

    @Override
    protected void traverse(Visitor v) {
        if (args != null) v.visit(args);
    }

    @Override
    protected void releaseReferences(ThreadState ts) {
        ts.refs.decref(args, ts);
    }
}
