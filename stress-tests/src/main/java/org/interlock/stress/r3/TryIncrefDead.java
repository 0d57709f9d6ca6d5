package org.interlock.stress.r3;

import org.interlock.stress.Fixture;
import org.interlock.stress.Outcomes;
import org.interlock.stress.Probe;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * R3: {@code tryIncref} of a dead or dying object fails.
 *
 * <p>Actor 1, the owner, drops the only reference. Actor 2 holds none: it reached the object
 * the way a lock-free reader does (a slot it read), and calls {@code tryIncref} several times.
 * Each success must hand it a live object, which it then releases; after both, the object is
 * dead, deallocated once. The constructor marks the object for {@code tryIncref} as a
 * container store or a weakref creation would (biased counting's weakrefs state).
 *
 * <p>Result: actor 1's code, actor 2's code, 1 if any tryIncref succeeded, deallocations.
 */
@Description("R3: tryIncref of a dead or dying object fails; owner drops the last reference meanwhile")
@Outcome(id = "0, 0, 0, 1", expect = Expect.ACCEPTABLE, desc = "every tryIncref came after the death and failed")
@Outcome(id = "0, 0, 1, 1", expect = Expect.ACCEPTABLE, desc = "a tryIncref won the race and got a live object")
@Outcome(expect = Expect.FORBIDDEN,
        desc = "a dead object handed out, a double or missing deallocation (1 dead object, 3 exception)")
public abstract class TryIncrefDead extends Fixture {
    static final int OPS = 8;

    private final Probe o;
    /** Written by actor 2 only, read by the arbiter after it. */
    private int got;

    protected TryIncrefDead(String preset) {
        this(preset, true);
    }

    /**
     * @param prepared whether the object is first marked for {@code tryIncref}; unprepared, a
     *                 biased non-owner's {@code tryIncref} must fail outright ({@link TryIncrefUnprepared})
     */
    protected TryIncrefDead(String preset, boolean prepared) {
        super(preset);
        o = new Probe(t1);
        if (prepared) t1.refs.enableTryIncref(o, t1);
    }

    protected final int first() {
        try {
            begin(t1);
            try {
                t1.refs.decref(o, t1);
            } finally {
                end(t1);
            }
            return Outcomes.CLEAN;
        } catch (Throwable e) {
            return Outcomes.of(e);
        }
    }

    protected final int second() {
        try {
            int code = Outcomes.CLEAN;
            begin(t2);
            try {
                for (int i = 0; i < OPS; i++) {
                    if (t2.refs.tryIncref(o, t2)) {
                        got = 1;
                        code = Outcomes.worst(code, heldAlive(o));
                        t2.refs.decref(o, t2);
                    }
                }
            } finally {
                end(t2);
            }
            return code;
        } catch (Throwable e) {
            return Outcomes.of(e);
        }
    }

    protected final void judge(IIII_Result r) {
        int s = settle();
        if (s != Outcomes.CLEAN) r.r1 = Outcomes.worst(r.r1, s);
        r.r3 = got;
        r.r4 = o.deallocs();
    }
}
