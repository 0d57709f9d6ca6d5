package org.interlock.runtime.objects;

import org.interlock.object.PyObject;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;

/**
 * The builtin descriptors: {@code property}, {@code staticmethod}, {@code classmethod}. Fields
 * are owned references (null for None).
 */
public final class PyDescriptor extends PyObject {
    public static final PyType PROPERTY = PyType.builtin("property");
    public static final PyType STATICMETHOD = PyType.builtin("staticmethod");
    public static final PyType CLASSMETHOD = PyType.builtin("classmethod");

    /** Which descriptor this is. */
    public enum Kind { PROPERTY, STATICMETHOD, CLASSMETHOD }

    public final Kind kind;
    /** fget for a property; the wrapped callable otherwise. */
    public final PyObject fget;
    public final PyObject fset;
    public final PyObject fdel;
    public final PyObject doc;

    public PyDescriptor(Kind kind, PyObject fget, PyObject fset, PyObject fdel, PyObject doc, ThreadState ts) {
        super(ts);
        this.kind = kind;
        for (PyObject o : new PyObject[] {fget, fset, fdel, doc}) if (o != null) ts.refs.incref(o, ts);
        this.fget = fget;
        this.fset = fset;
        this.fdel = fdel;
        this.doc = doc;
    }

    private PyDescriptor(Kind kind, PyObject fget) {
        super();
        this.kind = kind;
        this.fget = fget;
        this.fset = null;
        this.fdel = null;
        this.doc = null;
    }

    /** An immortal read-only property of a builtin type, computed by a builtin getter. */
    public static PyDescriptor builtinProperty(PyObject getter) {
        return new PyDescriptor(Kind.PROPERTY, getter);
    }

    @Override
    public PyType type() {
        return switch (kind) {
            case PROPERTY -> PROPERTY;
            case STATICMETHOD -> STATICMETHOD;
            case CLASSMETHOD -> CLASSMETHOD;
        };
    }

    @Override
    protected void releaseReferences(ThreadState ts) {
        for (PyObject o : new PyObject[] {fget, fset, fdel, doc}) if (o != null) ts.refs.decref(o, ts);
    }
}
