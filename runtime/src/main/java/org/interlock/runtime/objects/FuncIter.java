package org.interlock.runtime.objects;

import org.interlock.object.PyObject;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;

/**
 * An iterator whose step is a Java function over owned state (enumerate, zip, map, filter,
 * dict views, set iteration...). The state objects it holds are released with it.
 */
public final class FuncIter extends PyIter {
    /** The step: returns the next item (new reference) or null at the end. */
    @FunctionalInterface
    public interface Step {
        PyObject next(ThreadState ts);
    }

    private final PyType type;
    private Step step;
    private PyObject[] owned;

    /** {@code owned} are borrowed here; the iterator takes its own references. */
    public FuncIter(PyType type, Step step, ThreadState ts, PyObject... owned) {
        super(ts);
        this.type = type;
        this.step = step;
        for (PyObject o : owned) if (o != null) ts.refs.incref(o, ts);
        this.owned = owned;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyObject next(ThreadState ts) {
        Step s = step;
        if (s == null) return null;
        PyObject r = s.next(ts);
        if (r == null) release(ts);
        return r;
    }

    private void release(ThreadState ts) {
        step = null;
        PyObject[] o = owned;
        owned = new PyObject[0];
        for (PyObject x : o) if (x != null) ts.refs.decref(x, ts);
    }

    @Override
    protected void releaseReferences(ThreadState ts) {
        release(ts);
    }
}
