package org.interlock.runtime.objects;

import org.interlock.object.PyObject;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;

/** A closure cell: one counted reference, or null when empty. */
public final class PyCell extends PyObject {
    public static final PyType TYPE = PyType.builtin("cell");
    /** Counted; null when the variable is unbound. Guarded by the cell's critical section for writes. */
    private volatile PyObject ref;

    public PyCell(PyObject initial, ThreadState ts) {
        super(ts, true); // tracked: a closure cell often closes a cycle (a function that refers to itself)
        if (initial != null) ts.refs.incref(initial, ts);
        this.ref = initial;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The content as a new reference, or null. */
    public PyObject get(ThreadState ts) {
        if (ts.locks.optimisticReads() || !ts.locks.threadSafe()) {
            PyObject v = ref;
            if (v == null) return null;
            if (ts.refs.tryIncref(v, ts)) {
                if (ref == v) return v;
                ts.refs.decref(v, ts);
            }
        }
        ts.locks.enter(this, ts);
        try {
            PyObject v = ref;
            if (v != null) ts.refs.incref(v, ts);
            return v;
        } finally {
            ts.locks.exit(ts);
        }
    }

    /** Stores {@code v} (borrowed; null empties the cell). */
    public void set(PyObject v, ThreadState ts) {
        if (v != null) {
            ts.refs.incref(v, ts);
            ts.refs.enableTryIncref(v, ts);
        }
        PyObject old;
        ts.locks.enter(this, ts);
        try {
            old = ref;
            ref = v;
        } finally {
            ts.locks.exit(ts);
        }
        if (old != null) ts.refs.decref(old, ts);
    }

    @Override
    protected void traverse(Visitor v) {
        PyObject r = ref;
        if (r != null) v.visit(r);
    }

    @Override
    protected void releaseReferences(ThreadState ts) {
        PyObject old = ref;
        ref = null;
        if (old != null) ts.refs.decref(old, ts);
    }
}
