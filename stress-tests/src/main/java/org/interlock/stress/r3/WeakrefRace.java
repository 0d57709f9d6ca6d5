package org.interlock.stress.r3;

import org.interlock.object.PyObject;
import org.interlock.object.PyWeakRef;
import org.interlock.stress.Fixture;
import org.interlock.stress.Outcomes;
import org.interlock.stress.Probe;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.infra.results.IIIII_Result;

/**
 * R3: the owner drops the last reference while another thread reads a weakref to the object.
 * The read returns the live object (with a counted reference, which the reader releases) or
 * nothing; a dead object is never handed out again, and the object dies exactly once.
 *
 * <p>Result: actor 1's code, actor 2's code, 1 if a read got the object, deallocations, 1 if
 * the weakref reads as cleared afterwards.
 */
@Description("R3: owner drops the last reference while another thread reads a weakref")
@Outcome(id = "0, 0, 0, 1, 1", expect = Expect.ACCEPTABLE, desc = "the reads came after the death: nothing")
@Outcome(id = "0, 0, 1, 1, 1", expect = Expect.ACCEPTABLE, desc = "a read won the race and got the live object")
@Outcome(expect = Expect.FORBIDDEN,
        desc = "dead object handed out, double/missing deallocation, weakref not cleared (1 dead object, 3 exception)")
public abstract class WeakrefRace extends Fixture {
    static final int OPS = 8;

    private final Probe o;
    private final PyWeakRef w;
    private int got;

    protected WeakrefRace(String preset) {
        super(preset);
        o = new Probe(t1);
        w = PyWeakRef.create(o, null, t1); // the fixture keeps the weakref's own reference
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
                    PyObject r = w.get(t2);
                    if (r != null) {
                        got = 1;
                        code = Outcomes.worst(code, r == o ? heldAlive(r) : Outcomes.TORN);
                        t2.refs.decref(r, t2);
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

    protected final void judge(IIIII_Result r) {
        int s = settle();
        if (s != Outcomes.CLEAN) r.r1 = Outcomes.worst(r.r1, s);
        r.r3 = got;
        r.r4 = o.deallocs();
        try {
            r.r5 = w.isCleared(t1) ? 1 : 0;
        } catch (Throwable e) {
            r.r5 = -Outcomes.of(e);
        }
    }
}
