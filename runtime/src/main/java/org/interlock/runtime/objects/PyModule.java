package org.interlock.runtime.objects;

import org.interlock.object.PyDict;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;

/** A module: a name and its globals dict. */
public final class PyModule extends PyObject {
    public static final PyType TYPE = PyType.builtin("module");
    public final String name;
    /** The module's namespace; owned (one reference). */
    public final PyDict dict;

    public PyModule(String name, ThreadState ts) {
        super(ts, true); // tracked: a module's functions refer back to its dict
        this.name = name;
        this.dict = new PyDict(ts);
        PyStr n = PyStr.intern(name);
        dict.set(PyStr.intern("__name__"), n, ts);
        ts.space.defer(this, ts); // deferred-refcount option: only the cycle collector frees it
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Sets a global (both borrowed). */
    public void put(String key, PyObject value, ThreadState ts) {
        dict.set(PyStr.intern(key), value, ts);
    }

    /** Sets a global and drops the caller's reference to {@code value} (a new reference handed over). */
    public void putNew(String key, PyObject value, ThreadState ts) {
        dict.set(PyStr.intern(key), value, ts);
        ts.refs.decref(value, ts);
    }

    @Override
    protected void traverse(Visitor v) {
        if (dict != null) v.visit(dict); // null while the constructor runs
    }

    @Override
    protected void releaseReferences(ThreadState ts) {
        ts.refs.decref(dict, ts);
    }
}
