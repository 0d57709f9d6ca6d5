package org.interlock.object;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A plain instance of a class made at run time: its type (a counted reference) and an
 * attribute dict created on first store. The runtime subclasses it (exceptions, functions
 * with a {@code __dict__}, and so on) and layers attribute lookup through the type on top.
 *
 * <h2>Synchronization</h2>
 * Creating the attribute dict and every attribute store or delete run in the instance's
 * critical section, so two threads setting the first attribute create one dict, and a store
 * cannot interleave with another on the same instance. Attribute reads take no instance lock:
 * they load the dict reference (acquire; it is published with a release store after it is
 * built, and never replaced while the instance lives) and read it through the dict's own
 * synchronization (lock-free when the policy allows optimistic reads).
 */
public class PyInstance extends PyObject {
    private static final VarHandle DICT;

    static {
        try {
            DICT = MethodHandles.lookup().findVarHandle(PyInstance.class, "dict", PyDict.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Counted (a builtin type is immortal, so counting it is free). */
    private final PyType type;
    /**
     * Null until the first attribute store; see the class comment for its access modes. A
     * volatile field so that the hot read is a plain field read for the JIT (an acquire, free
     * on x86) rather than a VarHandle call, whose expansion counts against the inlining budget
     * of the eval loop it is inlined into; the rare writes stay release stores.
     */
    private volatile PyDict dict;

    /** A new instance of {@code type} (a new reference); the instance takes its own reference to the type. */
    public PyInstance(PyType type, ThreadState ts) {
        super(ts, true);
        PerThreadTypeRefcounts.incref(type, ts); // the header count, or the thread's table
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** The attribute dict, or null if no attribute was ever stored. Borrowed. */
    public final PyDict dictOrNull() {
        return dict;
    }

    /** The attribute dict, created if needed. Borrowed: valid while the caller holds the instance. */
    public final PyDict dict(ThreadState ts) {
        PyDict d = dictOrNull();
        if (d != null) return d;
        ts.locks.enter(this, ts); // never called with this instance's section already held
        try {
            d = dict;
            if (d == null) {
                d = new PyDict(ts); // the instance owns this first reference
                DICT.setRelease(this, d);
            }
            return d;
        } finally {
            ts.locks.exit(ts);
        }
    }

    /** The instance attribute {@code name} as a new reference, or null if there is none. */
    public PyObject getAttr(PyStr name, ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(this, "attribute access");
        PyDict d = dictOrNull();
        return d == null ? null : d.get(name, ts);
    }

    /** Stores the instance attribute {@code name} (both borrowed). */
    public void setAttr(PyStr name, PyObject value, ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(this, "attribute access");
        long hash = name.pyHash(ts);
        ts.locks.enter(this, ts);
        try {
            PyDict d = dict;
            if (d == null) {
                d = new PyDict(ts);
                DICT.setRelease(this, d);
            }
            d.set(name, hash, value, ts);
        } finally {
            ts.locks.exit(ts);
        }
    }

    /** Deletes the instance attribute {@code name}; false if there was none (AttributeError). */
    public boolean delAttr(PyStr name, ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(this, "attribute access");
        PyObject old;
        ts.locks.enter(this, ts);
        try {
            PyDict d = dict;
            old = d == null ? null : d.pop(name, ts);
        } finally {
            ts.locks.exit(ts);
        }
        if (old == null) return false;
        ts.refs.decref(old, ts);
        return true;
    }

    /**
     * Reports the attribute dict and the type (a counted reference, as CPython's heap-type
     * instances visit {@code Py_TYPE}). Subclasses that hold further counted references report
     * them, then call this.
     */
    @Override
    protected void traverse(Visitor v) {
        PyDict d = dict;
        if (d != null) v.visit(d);
        PyType t = type;
        if (t != null) v.visit(t); // null only while the constructor runs
    }

    /** Subclasses release their own fields, then call this. */
    @Override
    protected void releaseReferences(ThreadState ts) {
        PyDict d = dict;
        if (d != null) {
            DICT.setRelease(this, null);
            ts.refs.decref(d, ts);
        }
        PerThreadTypeRefcounts.decref(type, ts);
    }
}
