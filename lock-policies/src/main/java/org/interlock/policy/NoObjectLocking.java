package org.interlock.policy;

import org.interlock.object.ObjectLocking;
import org.interlock.object.PyObject;
import org.interlock.object.ThreadState;

/**
 * No object locking: critical sections are empty, as in CPython's default build, where the GIL
 * makes every bytecode's effect on an object atomic.
 *
 * <p>Keeps C1 and C2 only under the global lock (C2 trivially: nothing is locked). Under
 * parallel scheduling concurrent {@code append}s lose items, which the {@code unsafe} preset is
 * there to show; {@link #threadSafe()} is false so the registry refuses that combination unless
 * told {@code unsafe}.
 */
public final class NoObjectLocking implements ObjectLocking {
    public static final String NAME = "none";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean threadSafe() {
        return false;
    }

    @Override
    public boolean optimisticReads() {
        return false;
    }

    @Override
    public void enter(PyObject o, ThreadState ts) {
        // Nothing to lock.
    }

    @Override
    public void enter2(PyObject a, PyObject b, ThreadState ts) {
        // Nothing to lock.
    }

    @Override
    public void exit(ThreadState ts) {
        // Nothing to unlock.
    }

    @Override
    public void suspendAll(ThreadState ts) {
        // Nothing held.
    }

    @Override
    public void resumeAll(ThreadState ts) {
        // Nothing to re-take.
    }
}
