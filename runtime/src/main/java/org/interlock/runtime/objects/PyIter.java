package org.interlock.runtime.objects;

import org.interlock.object.PyObject;
import org.interlock.object.ThreadState;

/**
 * An iterator implemented in Java. {@link #next} returns the next item as a new reference, or
 * null when exhausted, so loops over builtin iterators never allocate a StopIteration.
 */
public abstract class PyIter extends PyObject {
    protected PyIter(ThreadState ts) {
        super(ts);
    }

    /** An iterator the cycle collector tracks (it reports its references in traverse). */
    protected PyIter(ThreadState ts, boolean gcTracked) {
        super(ts, gcTracked);
    }

    /** The next item (new reference) or null at the end. May throw a Python exception. */
    public abstract PyObject next(ThreadState ts);
}
