package org.interlock.stress.w1;

import org.interlock.object.PyObject;
import org.interlock.object.PyWeakRef;
import org.interlock.stress.Fixture;
import org.interlock.stress.Outcomes;
import org.interlock.stress.Probe;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * W1: a weakref read returns the live object with a new counted reference, or None; never a
 * dead object.
 *
 * <p>Actor 1, the owner, churns the count (incref/decref pairs, so the count moves while the
 * reader reads) and then drops the last reference. Actor 2 reads the weakref repeatedly; every
 * object it gets must be the referent and alive while it holds it, and its reference must
 * count: it drops it, and the object still dies exactly once.
 *
 * <p>Result: actor 1's code, actor 2's code, deallocations, 1 if a final read returns nothing.
 */
@Description("W1: a weakref read returns the live object with a counted reference, or None")
@Outcome(id = "0, 0, 1, 1", expect = Expect.ACCEPTABLE, desc = "every read got the live object or nothing")
@Outcome(expect = Expect.FORBIDDEN,
        desc = "a dead or wrong object read, a reference that did not count (1 dead object, 2 wrong object, 3 exception)")
public abstract class WeakrefNeverDead extends Fixture {
    static final int OPS = 8;

    private final Probe o;
    private final PyWeakRef w;

    protected WeakrefNeverDead(String preset) {
        super(preset);
        o = new Probe(t1);
        w = PyWeakRef.create(o, null, t1);
    }

    protected final int first() {
        try {
            begin(t1);
            try {
                for (int i = 0; i < OPS; i++) {
                    t1.refs.incref(o, t1);
                    t1.safepoint(); // keeps the JIT from folding the pair (see r1.NoLostUpdate)
                    t1.refs.decref(o, t1);
                }
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

    protected final void judge(IIII_Result r) {
        int s = settle();
        if (s != Outcomes.CLEAN) r.r1 = Outcomes.worst(r.r1, s);
        r.r3 = o.deallocs();
        try {
            begin(t1);
            try {
                PyObject x = w.get(t1);
                r.r4 = x == null ? 1 : 0;
                if (x != null) t1.refs.decref(x, t1);
            } finally {
                t1.detach();
            }
        } catch (Throwable e) {
            r.r4 = -Outcomes.of(e);
        }
    }
}
