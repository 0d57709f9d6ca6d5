package org.interlock.policy;

import java.util.concurrent.atomic.AtomicInteger;
import org.interlock.object.ObjectSpace;
import org.interlock.object.PyObject;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;

/** A counted test object that records how often it was torn down (R2: exactly once). */
final class Probe extends PyObject {
    static final PyType TYPE = PyType.builtin("probe");

    final AtomicInteger releases = new AtomicInteger();
    private final PyType type;

    Probe(ThreadState ts) {
        this(TYPE, ts);
    }

    Probe(PyType type, ThreadState ts) {
        super(ts);
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    protected void releaseReferences(ThreadState ts) {
        releases.incrementAndGet();
    }

    /** A space for {@code spec} with one bound thread state. */
    static ThreadState newThread(String spec) {
        return new ObjectSpace(PolicyRegistry.create(spec)).newThreadState().bindCurrentThread();
    }
}
