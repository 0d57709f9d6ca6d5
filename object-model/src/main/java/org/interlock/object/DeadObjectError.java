package org.interlock.object;

/**
 * An internal error: a path touched an object that had already been deallocated. It is an
 * {@link Error}, not a Python exception: it means the runtime or the policy is broken, and the
 * stress suite counts it as a failed invariant (R2, R3, W1).
 */
public final class DeadObjectError extends Error {
    private static final long serialVersionUID = 1L;

    /** The id of the dead object that was touched. */
    public final long objectId;

    public DeadObjectError(PyObject o, String path) {
        super("internal error: " + path + " touched dead object <" + o.type().name()
                + " id=" + o.id() + ">");
        this.objectId = o.id();
    }
}
