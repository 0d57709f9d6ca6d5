package org.interlock.stress;

import org.interlock.object.ObjectSpace;
import org.interlock.object.PyObject;
import org.interlock.object.ThreadState;

/**
 * The state every stress test starts from: a fresh policy built from a preset name, an object
 * space of its own, and two thread states, {@link #t1} for actor 1 and {@link #t2} for actor 2.
 *
 * <p>Thread states are made here, in the jcstress state constructor, and attached inside the
 * actors: objects the constructor makes with {@code t1} are therefore owned (biased counting)
 * by actor 1 in every run, whichever Java thread jcstress runs it on. Each state gets its own
 * policy instance, so a GIL or a critical-section stack is never shared between two runs.
 */
public abstract class Fixture {
    /** The preset this run tests ({@code gil}, {@code fine-grained}, {@code lock-free}, {@code unsafe}). */
    protected final String preset;
    protected final ObjectSpace space;
    /** Actor 1's thread state: the owner of what the constructor makes with it. */
    protected final ThreadState t1;
    /** Actor 2's thread state: a non-owner of actor 1's objects. */
    protected final ThreadState t2;

    protected Fixture(String preset) {
        this.preset = preset;
        // Few weakref stripes: a state is made per run, and the stripes are per space.
        this.space = new ObjectSpace(Presets.build(preset), 4);
        this.t1 = space.newThreadState();
        this.t2 = space.newThreadState();
    }

    /** The actor starts running "bytecode" on {@code ts} (takes the GIL under global-lock). */
    protected static void begin(ThreadState ts) {
        ts.attach();
    }

    /**
     * The actor is done: it passes an eval breaker, as the VM would before the thread goes
     * idle (a biased owner merges what was queued to it), and detaches.
     */
    protected static void end(ThreadState ts) {
        try {
            ts.safepoint();
        } finally {
            ts.detach();
        }
    }

    /**
     * For the arbiter, after both actors: each thread state that has not exited passes one more
     * eval breaker, as its thread eventually would, so objects queued to an owner are merged
     * before the arbiter counts deallocations. Returns an {@link Outcomes} code.
     */
    protected final int settle() {
        int code = Outcomes.CLEAN;
        for (ThreadState ts : new ThreadState[] {t1, t2}) {
            if (ts.isExited()) continue;
            try {
                ts.attach();
                end(ts);
            } catch (Throwable e) {
                code = Outcomes.worst(code, Outcomes.of(e));
            }
        }
        return code;
    }

    /** 1 if {@code o} is dead, else 0. */
    protected static int dead(PyObject o) {
        return o.isDead() ? 1 : 0;
    }

    /**
     * Checks that an object the caller holds a counted reference to is alive: a dead one means
     * it was freed while a counted reference existed (R2, R3, W1).
     */
    protected static int heldAlive(PyObject o) {
        return o.isDead() ? Outcomes.DEAD : Outcomes.CLEAN;
    }
}
