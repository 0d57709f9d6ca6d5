package org.interlock.runtime.objects;

import org.interlock.object.PyObject;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;

/** A slice object: start, stop, step (owned; None when omitted). */
public final class PySlice extends PyObject {
    public static final PyType TYPE = PyType.builtin("slice");
    public final PyObject start;
    public final PyObject stop;
    public final PyObject step;

    public PySlice(PyObject start, PyObject stop, PyObject step, ThreadState ts) {
        super(ts);
        ts.refs.incref(start, ts);
        ts.refs.incref(stop, ts);
        ts.refs.incref(step, ts);
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    protected void releaseReferences(ThreadState ts) {
        ts.refs.decref(start, ts);
        ts.refs.decref(stop, ts);
        ts.refs.decref(step, ts);
    }
}
