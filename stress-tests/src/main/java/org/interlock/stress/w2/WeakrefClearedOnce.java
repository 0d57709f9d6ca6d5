package org.interlock.stress.w2;

import java.util.concurrent.atomic.AtomicInteger;
import org.interlock.object.NativeCallable;
import org.interlock.object.PyObject;
import org.interlock.object.PyWeakRef;
import org.interlock.object.ThreadState;
import org.interlock.stress.Fixture;
import org.interlock.stress.Outcomes;
import org.interlock.stress.Probe;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.infra.results.IIIII_Result;

/**
 * W2: each weakref to an object that died is cleared exactly once, and its callback runs
 * exactly once, after death.
 *
 * <p>The object has two weakrefs with callbacks and two counted references, one per actor;
 * each actor churns the count and drops its reference, so either may run the lifecycle. Each
 * callback counts its calls and checks, when it runs, that the referent is already dying and
 * that its weakref already reads as cleared.
 *
 * <p>Result: actor 1's code, actor 2's code, callback 1's calls, callback 2's calls, 1 if both
 * weakrefs are cleared, the object is dead, and no callback ran before the death.
 */
@Description("W2: each weakref to a dead object is cleared once; its callback runs once, after death")
@Outcome(id = "0, 0, 1, 1, 1", expect = Expect.ACCEPTABLE, desc = "both cleared, both callbacks ran once, after death")
@Outcome(expect = Expect.FORBIDDEN,
        desc = "a callback ran twice, never, or before death; a weakref not cleared (1 dead object, 3 exception)")
public abstract class WeakrefClearedOnce extends Fixture {
    static final int OPS = 16;

    private final Probe o;
    private final PyWeakRef w1;
    private final PyWeakRef w2;
    private final AtomicInteger calls1 = new AtomicInteger();
    private final AtomicInteger calls2 = new AtomicInteger();
    /** Set by a callback that ran before its referent was dying or before its weakref was cleared. */
    private volatile boolean early;

    protected WeakrefClearedOnce(String preset) {
        super(preset);
        o = new Probe(t1);
        t2.refs.incref(o, t2);
        w1 = weakref(calls1);
        w2 = weakref(calls2);
    }

    private PyWeakRef weakref(AtomicInteger calls) {
        NativeCallable cb = new NativeCallable((ref, ts) -> called(ref, calls, ts), t1);
        PyWeakRef w = PyWeakRef.create(o, cb, t1); // the weakref takes its own reference to cb
        t1.refs.decref(cb, t1);
        return w;
    }

    private void called(PyWeakRef ref, AtomicInteger calls, ThreadState ts) {
        calls.incrementAndGet();
        boolean dying = (o.laFlags() & (PyObject.DYING | PyObject.DEAD)) != 0;
        if (!dying || !ref.isCleared(ts)) early = true;
    }

    protected final int first() {
        return churnThenDrop(t1);
    }

    protected final int second() {
        return churnThenDrop(t2);
    }

    private int churnThenDrop(ThreadState ts) {
        try {
            begin(ts);
            try {
                for (int i = 0; i < OPS; i++) {
                    ts.refs.incref(o, ts);
                    ts.safepoint(); // keeps the JIT from folding the pair (see r1.NoLostUpdate)
                    ts.refs.decref(o, ts);
                }
                ts.refs.decref(o, ts);
            } finally {
                end(ts);
            }
            return Outcomes.CLEAN;
        } catch (Throwable e) {
            return Outcomes.of(e);
        }
    }

    protected final void judge(IIIII_Result r) {
        int s = settle();
        if (s != Outcomes.CLEAN) r.r1 = Outcomes.worst(r.r1, s);
        r.r3 = calls1.get();
        r.r4 = calls2.get();
        try {
            boolean ok = w1.isCleared(t1) && w2.isCleared(t1) && o.isDead() && o.deallocs() == 1 && !early;
            r.r5 = ok ? 1 : 0;
        } catch (Throwable e) {
            r.r5 = -Outcomes.of(e);
        }
    }
}
