package org.interlock.runtime.objects;

import org.interlock.object.PyObject;
import org.interlock.object.PyTuple;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;

/**
 * An instance of {@code BaseExceptionGroup} or a subclass: besides {@code args}, the
 * {@code message} and the {@code exceptions} tuple its {@code __new__} validated (owned
 * references; null until then).
 */
public class PyExceptionGroup extends PyBaseException {
    private PyObject message;
    private PyTuple exceptions;

    public PyExceptionGroup(PyType type, ThreadState ts) {
        super(type, ts);
    }

    public PyObject message() {
        return message;
    }

    /** The nested exceptions; never empty once the group is made. */
    public PyTuple exceptions() {
        return exceptions == null ? PyTuple.EMPTY : exceptions;
    }

    /** Sets the message and exceptions (once, by {@code __new__}), taking new references to both. */
    public void setFields(PyObject msg, PyTuple excs, ThreadState ts) {
        if (message != null) throw new IllegalStateException("an exception group's fields are set once");
        ts.refs.incref(msg, ts);
        ts.refs.incref(excs, ts);
        message = msg;
        exceptions = excs;
    }

    @Override
    protected void traverse(Visitor v) {
        PyObject m = message;
        if (m != null) v.visit(m);
        PyTuple e = exceptions;
        if (e != null) v.visit(e);
        super.traverse(v);
    }

    @Override
    protected void releaseReferences(ThreadState ts) {
        PyObject m = message;
        PyTuple e = exceptions;
        message = null;
        exceptions = null;
        if (m != null) ts.refs.decref(m, ts);
        if (e != null) ts.refs.decref(e, ts);
        super.releaseReferences(ts);
    }
}
