package org.interlock.runtime.objects;

import org.interlock.object.PyObject;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;

/** A bound method: a callable and the {@code self} it was looked up on (both owned). */
public final class PyMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("method");
    public final PyObject func;
    public final PyObject self;

    public PyMethod(PyObject func, PyObject self, ThreadState ts) {
        super(ts, true); // tracked: a bound method stored on its own instance is a cycle
        ts.refs.incref(func, ts);
        ts.refs.incref(self, ts);
        this.func = func;
        this.self = self;
    }

    @Override
    public PyType type() {
        return func instanceof PyBuiltin ? PyBuiltin.TYPE : TYPE;
    }

    @Override
    public long pyHash(ThreadState ts) {
        return self.pyHash(ts) ^ func.pyHash(ts);
    }

    @Override
    public boolean pyEquals(PyObject other, ThreadState ts) {
        return other instanceof PyMethod m && m.func == func && m.self == self;
    }

    @Override
    protected void traverse(Visitor v) {
        if (func != null) v.visit(func); // null while the constructor runs
        if (self != null) v.visit(self);
    }

    @Override
    protected void releaseReferences(ThreadState ts) {
        ts.refs.decref(func, ts);
        ts.refs.decref(self, ts);
    }
}
