package org.interlock.stress.c2;

import org.interlock.object.PyList;
import org.interlock.object.ThreadState;
import org.interlock.stress.Fixture;
import org.interlock.stress.Outcomes;
import org.interlock.stress.Probe;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * C2: two-object operations in opposite orders never deadlock: {@code a.extend(b)} against
 * {@code b.extend(a)}. Both take a two-object critical section; taken in id order (and with
 * outer sections suspended while waiting) they serialize, so one extend sees the other's result.
 * A deadlock shows as a jcstress timeout.
 *
 * <p>Result: actor 1's code, actor 2's code, len(a), len(b).
 */
@Description("C2: a.extend(b) against b.extend(a) never deadlocks, and the two serialize")
@Outcome(id = "0, 0, 8, 12", expect = Expect.ACCEPTABLE, desc = "a.extend(b) first, then b.extend(a)")
@Outcome(id = "0, 0, 12, 8", expect = Expect.ACCEPTABLE, desc = "b.extend(a) first, then a.extend(b)")
@Outcome(expect = Expect.FORBIDDEN, desc = "interleaved extends (torn lengths) or an actor error (1 dead object, 3 exception)")
public abstract class ExtendOpposite extends Fixture {
    static final int N = 4;

    private final PyList a;
    private final PyList b;

    protected ExtendOpposite(String preset) {
        super(preset);
        a = filled(t1);
        b = filled(t2);
    }

    private static PyList filled(ThreadState ts) {
        PyList l = new PyList(ts);
        for (int i = 0; i < N; i++) {
            Probe p = new Probe(ts);
            l.append(p, ts);
            ts.refs.decref(p, ts);
        }
        return l;
    }

    protected final int first() {
        return extend(a, b, t1);
    }

    protected final int second() {
        return extend(b, a, t2);
    }

    private static int extend(PyList into, PyList from, ThreadState ts) {
        try {
            begin(ts);
            try {
                into.extend(from, ts);
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
        r.r3 = a.len(t1);
        r.r4 = b.len(t1);
    }
}
