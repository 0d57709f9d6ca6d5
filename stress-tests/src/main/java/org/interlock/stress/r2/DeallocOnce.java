package org.interlock.stress.r2;

import org.interlock.object.ThreadState;
import org.interlock.stress.Fixture;
import org.interlock.stress.Outcomes;
import org.interlock.stress.Probe;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * R2: an object is deallocated exactly once, and never while a counted reference to it exists.
 *
 * <p>Each actor holds one counted reference (actor 1 the owner's, actor 2 one counted as a
 * non-owner's). Each churns, checking after every incref that the object it now holds is
 * alive, and then drops its reference: whichever drop is last deallocates, exactly once, and
 * under biased counting the owner's merge races the non-owner's shared decrement.
 *
 * <p>Result: actor 1's code, actor 2's code, deallocations, 1 if the object is dead.
 */
@Description("R2: deallocated exactly once, never while a counted reference exists")
@Outcome(id = "0, 0, 1, 1", expect = Expect.ACCEPTABLE, desc = "deallocated once, after both references went")
@Outcome(expect = Expect.FORBIDDEN,
        desc = "double or missing deallocation, or freed while held (1 dead object, 3 exception)")
public abstract class DeallocOnce extends Fixture {
    static final int OPS = 8;

    private final Probe o;

    protected DeallocOnce(String preset) {
        super(preset);
        o = new Probe(t1);         // actor 1's reference
        t2.refs.incref(o, t2);     // actor 2's reference, counted as a non-owner's
    }

    protected final int first() {
        return useThenDrop(t1);
    }

    protected final int second() {
        return useThenDrop(t2);
    }

    private int useThenDrop(ThreadState ts) {
        try {
            int code = Outcomes.CLEAN;
            begin(ts);
            try {
                for (int i = 0; i < OPS; i++) {
                    ts.refs.incref(o, ts);
                    code = Outcomes.worst(code, heldAlive(o));
                    ts.safepoint(); // keeps the JIT from folding the pair (see r1.NoLostUpdate)
                    ts.refs.decref(o, ts);
                }
                code = Outcomes.worst(code, heldAlive(o)); // still holds its own reference
                ts.refs.decref(o, ts);
            } finally {
                end(ts);
            }
            return code;
        } catch (Throwable e) {
            return Outcomes.of(e);
        }
    }

    protected final void judge(IIII_Result r) {
        int s = settle();
        if (s != Outcomes.CLEAN) r.r1 = Outcomes.worst(r.r1, s);
        r.r3 = o.deallocs();
        r.r4 = dead(o);
    }
}
