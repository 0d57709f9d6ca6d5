package org.interlock.runtime.vm;

import java.util.IdentityHashMap;
import org.interlock.object.PyObject;
import org.interlock.object.ThreadState;
import org.interlock.runtime.Interpreter;

/**
 * The runtime's per-thread state ({@link ThreadState#runtimeState}): the interpreter, the
 * current frame, the Python call depth against the recursion limit, the exception being
 * handled ({@code sys.exc_info()}), and the set of containers whose repr is in progress.
 */
public final class ExecState extends ExecStatePad1 {
    public final Interpreter interp;
    final IdentityHashMap<PyObject, Boolean> reprActive = new IdentityHashMap<>();
    /** Deferred reference counting is on: calls may hold a deferred callable uncounted ({@link Frame#selfSlot}). */
    public final boolean deferred;

    public ExecState(Interpreter interp) {
        this.interp = interp;
        this.deferred = interp.space().deferredRefcount();
    }

    public static ExecState of(ThreadState ts) {
        return (ExecState) ts.runtimeState;
    }
}
