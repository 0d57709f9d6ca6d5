package org.interlock.runtime.objects;

import org.interlock.object.PyObject;
import org.interlock.object.PyTuple;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;

/**
 * {@code types.GenericAlias}: what subscripting a builtin generic class gives ({@code list[int]},
 * {@code dict[str, int]}, PEP 585). It remembers the class and the arguments, prints as
 * {@code list[int]}, makes instances of the class when called, and stands for the class when
 * used as a base ({@code __mro_entries__}). Holds counted references to both.
 */
public final class PyGenericAlias extends PyObject {
    /** {@code types.GenericAlias}. */
    public static final PyType TYPE = PyType.builtin("types.GenericAlias");

    /** The subscripted class ({@code __origin__}); owned. */
    public final PyObject origin;
    /** The arguments, always a tuple ({@code __args__}); owned. */
    public final PyTuple args;

    /** {@code origin[item]}: {@code item} becomes the one-element args unless it is a tuple. */
    public PyGenericAlias(PyObject origin, PyObject item, ThreadState ts) {
        super(ts, true);
        ts.refs.incref(origin, ts);
        this.origin = origin;
        if (item instanceof PyTuple t) {
            ts.refs.incref(t, ts);
            this.args = t;
        } else {
            this.args = PyTuple.of(ts, item);
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Equal when origin and args are (PEP 585 aliases compare by value). */
    @Override
    public boolean pyEquals(PyObject other, ThreadState ts) {
        return other instanceof PyGenericAlias g && g.origin == origin && args.pyEquals(g.args, ts);
    }

    @Override
    public long pyHash(ThreadState ts) {
        return origin.pyHash(ts) * 31 ^ args.pyHash(ts);
    }

    @Override
    protected void traverse(Visitor v) {
        if (origin != null) v.visit(origin);
        if (args != null) v.visit(args);
    }

    @Override
    protected void releaseReferences(ThreadState ts) {
        ts.refs.decref(origin, ts);
        ts.refs.decref(args, ts);
    }
}
