package org.interlock.stress;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.interlock.object.PyObject;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;

/**
 * A counted object that counts its own deallocations: the lifecycle calls
 * {@link #releaseReferences} once per death, so more than one means a double deallocation
 * (R2) and zero means a lost decref or a stranded object (R1, R4).
 */
public final class Probe extends PyObject {
    /** The probes' type: a builtin (immortal) type without {@code __del__}. */
    public static final PyType TYPE = PyType.builtin("interlock.stress.Probe");

    private static final VarHandle DEALLOCS;

    static {
        try {
            DEALLOCS = MethodHandles.lookup().findVarHandle(Probe.class, "deallocs", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Bumped atomically in {@link #releaseReferences}: two racing deallocations must both count. */
    private volatile int deallocs;

    /** A new probe owned by {@code ts}, with one reference held by the caller. */
    public Probe(ThreadState ts) {
        super(ts);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** How many times the lifecycle tore this object down (exactly one after its death). */
    public int deallocs() {
        return deallocs;
    }

    @Override
    protected void releaseReferences(ThreadState ts) {
        DEALLOCS.getAndAdd(this, 1);
    }
}
