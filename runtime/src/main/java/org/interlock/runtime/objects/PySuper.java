package org.interlock.runtime.objects;

import org.interlock.object.PyObject;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;

/** {@code super(type, obj)}: attribute lookup along obj's MRO after {@code type} (both owned). */
public final class PySuper extends PyObject {
    public static final PyType TYPE = PyType.builtin("super");
    public final PyType start;
    public final PyObject obj;

    public PySuper(PyType start, PyObject obj, ThreadState ts) {
        super(ts);
        ts.refs.incref(start, ts);
        ts.refs.incref(obj, ts);
        this.start = start;
        this.obj = obj;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    protected void releaseReferences(ThreadState ts) {
        ts.refs.decref(start, ts);
        ts.refs.decref(obj, ts);
    }
}
