package org.interlock.stress;

import java.util.concurrent.atomic.AtomicBoolean;
import org.interlock.object.DeadObjectError;

/**
 * The codes an actor reports in its result slot. Zero is the only acceptable one; every test's
 * catch-all {@code FORBIDDEN} outcome rejects the others, so an error inside an actor is a
 * failed invariant, never a silent crash.
 */
public final class Outcomes {
    /** The actor did everything and saw nothing wrong. */
    public static final int CLEAN = 0;
    /** A dead object was touched: {@link DeadObjectError}, or an object the actor holds a counted reference to is dead. */
    public static final int DEAD = 1;
    /** A reader saw a state that never existed: an item never stored, a torn length, a null slot. */
    public static final int TORN = 2;
    /** Any other throwable escaped the object model (an index error from a corrupted list, ...). */
    public static final int ERROR = 3;

    private static final AtomicBoolean REPORTED = new AtomicBoolean();

    private Outcomes() {}

    /**
     * The code for a throwable caught in an actor. The first one in each JVM is printed to
     * stderr, which jcstress shows under a failed test as its "VM error stream".
     */
    public static int of(Throwable e) {
        if (REPORTED.compareAndSet(false, true)) {
            System.err.println("interlock stress: first error in this fork:");
            e.printStackTrace(System.err);
        }
        return e instanceof DeadObjectError ? DEAD : ERROR;
    }

    /** The worse of two codes (the larger), so an actor can fold several checks into one slot. */
    public static int worst(int a, int b) {
        return Math.max(a, b);
    }
}
