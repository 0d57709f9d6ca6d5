package org.interlock.stress.r1;

import org.interlock.object.ThreadState;
import org.interlock.stress.Fixture;
import org.interlock.stress.Outcomes;
import org.interlock.stress.Probe;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * R1: balanced increfs and decrefs from two threads leave the count where it started.
 *
 * <p>Actor 1 is the owner (biased counting counts it in the local field, the other actor in the
 * shared one). Each actor adds {@link #OPS} references and then takes them away again; the
 * constructor's reference stays, so afterwards the count must be 1 and the object alive. A lost
 * incref lets the count reach zero early (a deallocation, then decrefs of a dead object); a
 * lost decref leaves the count above 1.
 *
 * <p>Result: actor 1's code, actor 2's code, the final count, deallocations.
 */
@Description("R1: balanced increfs/decrefs from two threads leave the count where it started")
@Outcome(id = "0, 0, 1, 0", expect = Expect.ACCEPTABLE, desc = "count back to 1, never deallocated")
@Outcome(expect = Expect.FORBIDDEN,
        desc = "lost update: count not 1, a deallocation, or an actor error (1 dead object, 3 exception)")
public abstract class NoLostUpdate extends Fixture {
    /** Increfs (then decrefs) per actor: several, so that a racy scheme loses one often. */
    static final int OPS = 64;

    private final Probe o;

    protected NoLostUpdate(String preset) {
        super(preset);
        o = new Probe(t1);
    }

    protected final int first() {
        return churn(t1);
    }

    protected final int second() {
        return churn(t2);
    }

    private int churn(ThreadState ts) {
        try {
            begin(ts);
            try {
                // The eval breaker between operations, as the VM checks it between bytecodes:
                // its volatile load also keeps the JIT from folding the plain increments of
                // one loop into a single store, which would hide the race being tested.
                for (int i = 0; i < OPS; i++) {
                    ts.refs.incref(o, ts);
                    ts.safepoint();
                }
                for (int i = 0; i < OPS; i++) {
                    ts.refs.decref(o, ts);
                    ts.safepoint();
                }
            } finally {
                end(ts);
            }
            return Outcomes.CLEAN;
        } catch (Throwable e) {
            return Outcomes.of(e);
        }
    }

    protected final void judge(IIII_Result r) {
        int s = settle();
        if (s != Outcomes.CLEAN) r.r1 = Outcomes.worst(r.r1, s);
        r.r3 = (int) t1.refs.refcount(o);
        r.r4 = o.deallocs();
    }
}
