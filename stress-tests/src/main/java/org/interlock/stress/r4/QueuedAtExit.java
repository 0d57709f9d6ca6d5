package org.interlock.stress.r4;

import org.interlock.stress.Fixture;
import org.interlock.stress.Outcomes;
import org.interlock.stress.Probe;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * R4: an object queued to its owner while the owner exits is merged exactly once, never
 * stranded.
 *
 * <p>Each of {@link #N} objects has two references, both counted in the owner's (actor 1's)
 * local count: the owner handed one to actor 2 without a count change, as moving a reference
 * to another thread does. Actor 1 drops its reference and exits its thread state (the final
 * drain); actor 2 drops the other reference. Under biased counting actor 2's decrement takes
 * the shared count negative, so the object is queued to the owner, or, once the owner has
 * exited, merged by actor 2 itself; either way each object must die exactly once, and nothing
 * may stay queued to the exited owner. Under the other schemes the same race is the plain one
 * between the two last decrefs and the owner's exit.
 *
 * <p>Result: actor 1's code, actor 2's code, deallocations (all {@link #N}), how many are dead.
 */
@Description("R4: an object queued to its owner while the owner exits is merged exactly once")
@Outcome(id = "0, 0, 4, 4", expect = Expect.ACCEPTABLE, desc = "every object merged and deallocated once")
@Outcome(expect = Expect.FORBIDDEN,
        desc = "an object stranded (never deallocated) or deallocated twice (1 dead object, 3 exception)")
public abstract class QueuedAtExit extends Fixture {
    static final int N = 4;

    private final Probe[] objs = new Probe[N];

    protected QueuedAtExit(String preset) {
        super(preset);
        for (int i = 0; i < N; i++) {
            objs[i] = new Probe(t1);
            t1.refs.incref(objs[i], t1); // the reference actor 2 will drop, counted by the owner
        }
    }

    protected final int first() {
        try {
            begin(t1);
            for (Probe p : objs) t1.refs.decref(p, t1);
            t1.exit(); // merges what is queued and detaches for good
            return Outcomes.CLEAN;
        } catch (Throwable e) {
            return Outcomes.of(e);
        }
    }

    protected final int second() {
        try {
            begin(t2);
            try {
                for (Probe p : objs) t2.refs.decref(p, t2);
            } finally {
                end(t2);
            }
            return Outcomes.CLEAN;
        } catch (Throwable e) {
            return Outcomes.of(e);
        }
    }

    protected final void judge(IIII_Result r) {
        int s = settle(); // t1 has exited: only t2 passes a safepoint; nothing may wait for t1
        if (s != Outcomes.CLEAN) r.r1 = Outcomes.worst(r.r1, s);
        int d = 0;
        int deadCount = 0;
        for (Probe p : objs) {
            d += p.deallocs();
            deadCount += dead(p);
        }
        r.r3 = d;
        r.r4 = deadCount;
    }
}
