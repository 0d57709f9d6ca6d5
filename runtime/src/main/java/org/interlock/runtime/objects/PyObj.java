package org.interlock.runtime.objects;

import org.interlock.object.PyInstance;
import org.interlock.object.PyObject;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;
import org.interlock.runtime.vm.Ops;

/**
 * An instance of a Python class: the object model's {@link PyInstance} with hashing and
 * equality through the class's {@code __hash__} and {@code __eq__}, so that dicts and sets
 * keyed by instances behave as in CPython.
 */
public class PyObj extends PyInstance {
    /**
     * For an instance of a subclass of a builtin container or value type (dict, list, set,
     * tuple, int, str, float): the builtin object holding its value (owned), to which the
     * builtin type's methods apply. Null otherwise.
     */
    public PyObject backing;

    public PyObj(PyType type, ThreadState ts) {
        super(type, ts);
    }

    /** An instance of a builtin-type subclass with the given backing value (a new reference handed over). */
    public static PyObj withBacking(PyType type, PyObject backing, ThreadState ts) {
        PyObj o = new PyObj(type, ts);
        o.backing = backing;
        return o;
    }

    /** The backing value (owned), then the instance's dict and type (cycle collector). */
    @Override
    protected void traverse(Visitor v) {
        PyObject b = backing;
        if (b != null) v.visit(b);
        super.traverse(v);
    }

    @Override
    protected void releaseReferences(ThreadState ts) {
        PyObject b = backing;
        backing = null;
        if (b != null) ts.refs.decref(b, ts);
        super.releaseReferences(ts);
    }

    @Override
    public long pyHash(ThreadState ts) {
        return Ops.hashInstance(this, ts);
    }

    @Override
    public boolean pyEquals(PyObject other, ThreadState ts) {
        return Ops.eqInstance(this, other, ts);
    }
}
