package org.interlock.runtime.objects;

import org.interlock.object.PyObject;
import org.interlock.object.PyTuple;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;

/**
 * An instance of {@code BaseException} or a subclass: {@code args}, {@code __cause__},
 * {@code __context__}, {@code __suppress_context__} and the traceback, plus an attribute dict
 * for user subclasses. Fields are owned references (null for None).
 */
public class PyBaseException extends PyObj {
    private PyTuple args = PyTuple.EMPTY;
    public PyObject cause;
    public PyObject context;
    public boolean suppressContext;
    /** Java-level traceback (see {@link Traceback}); no Python references. */
    public Traceback traceback;
    /** CPython 3.11's "Did you mean" hint for NameError, printed with the traceback only. */
    public String suggestion;
    /**
     * An OSError's errno, strerror, filename and filename2 (owned references; null for a
     * field never set, which reads as None), as CPython's OSError keeps them; null for an
     * exception that has none of them.
     */
    public PyObject[] osFields;

    public PyBaseException(PyType type, ThreadState ts) {
        super(type, ts);
    }

    /** An exception of {@code type} with the given (borrowed) args. */
    public static PyBaseException of(PyType type, ThreadState ts, PyObject... args) {
        PyBaseException e = new PyBaseException(type, ts);
        e.setArgs(PyTuple.of(args, ts), ts);
        return e;
    }

    public PyTuple args() {
        return args;
    }

    /** Replaces args, taking over the caller's reference to {@code t}. */
    public void setArgs(PyTuple t, ThreadState ts) {
        PyTuple old = args;
        args = t;
        ts.refs.decref(old, ts);
    }

    /**
     * OSError's argument parsing: with two to five arguments (errno, strerror, filename,
     * winerror, filename2) the fields are set and {@code args} keeps only the first two.
     */
    public void initOsError(PyObject[] a, ThreadState ts) {
        if (a.length >= 2 && a.length <= 5) {
            PyObject[] f = {a[0], a[1], a.length > 2 ? a[2] : null, a.length > 4 ? a[4] : null};
            for (PyObject o : f) if (o != null) ts.refs.incref(o, ts);
            setOsFields(f, ts);
            setArgs(PyTuple.of(ts, a[0], a[1]), ts);
        } else {
            setOsFields(null, ts);
            setArgs(PyTuple.of(a, ts), ts);
        }
    }

    /** Sets OSError field {@code i} (0 errno .. 3 filename2), taking a new reference to {@code v}. */
    public void setOsField(int i, PyObject v, ThreadState ts) {
        PyObject[] f = osFields == null ? new PyObject[4] : osFields.clone();
        for (PyObject o : f) if (o != null) ts.refs.incref(o, ts); // the copy owns its counts; the old array is dropped
        ts.refs.incref(v, ts);
        if (f[i] != null) ts.refs.decref(f[i], ts);
        f[i] = v;
        setOsFields(f, ts);
    }

    private void setOsFields(PyObject[] f, ThreadState ts) {
        PyObject[] old = osFields;
        osFields = f;
        if (old != null) for (PyObject o : old) if (o != null) ts.refs.decref(o, ts);
    }

    public void setCause(PyObject c, ThreadState ts) {
        if (c != null) ts.refs.incref(c, ts);
        PyObject old = cause;
        cause = c;
        if (old != null) ts.refs.decref(old, ts);
    }

    public void setContext(PyObject c, ThreadState ts) {
        if (c != null) ts.refs.incref(c, ts);
        PyObject old = context;
        context = c;
        if (old != null) ts.refs.decref(old, ts);
    }

    /** A plain-Java message for debugging output. */
    public String messageForJava() {
        if (args.size() == 0) return "";
        return String.valueOf(args.get(0));
    }

    @Override
    protected void traverse(Visitor v) {
        PyTuple a = args;
        if (a != null) v.visit(a); // null while the constructor runs
        PyObject c = cause;
        if (c != null) v.visit(c);
        c = context;
        if (c != null) v.visit(c);
        PyObject[] f = osFields;
        if (f != null) for (PyObject o : f) if (o != null) v.visit(o);
        super.traverse(v);
    }

    @Override
    protected void releaseReferences(ThreadState ts) {
        PyTuple a = args;
        args = PyTuple.EMPTY;
        ts.refs.decref(a, ts);
        if (cause != null) ts.refs.decref(cause, ts);
        if (context != null) ts.refs.decref(context, ts);
        cause = null;
        context = null;
        setOsFields(null, ts);
        super.releaseReferences(ts);
    }
}
