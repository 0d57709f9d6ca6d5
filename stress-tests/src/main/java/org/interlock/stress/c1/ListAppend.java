package org.interlock.stress.c1;

import java.util.IdentityHashMap;
import java.util.Map;
import org.interlock.object.PyList;
import org.interlock.object.PyObject;
import org.interlock.object.ThreadState;
import org.interlock.stress.Fixture;
import org.interlock.stress.Outcomes;
import org.interlock.stress.Probe;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * C1: concurrent {@code append}s lose nothing.
 *
 * <p>Both actors append {@link #N} distinct items each to one list (owned by actor 1), starting
 * empty so that the array grows under the race. Afterwards the list must hold all
 * {@code 2 * N} items, each exactly once, each with its count raised by exactly one.
 *
 * <p>Result: actor 1's code, actor 2's code, the length, 1 if the contents and counts are exact.
 */
@Description("C1: concurrent list appends lose nothing")
@Outcome(id = "0, 0, 16, 1", expect = Expect.ACCEPTABLE, desc = "all 16 items present once, counts exact")
@Outcome(expect = Expect.FORBIDDEN,
        desc = "lost or duplicated item, wrong count (1 dead object, 3 exception)")
public abstract class ListAppend extends Fixture {
    static final int N = 8;

    private final PyList list;
    private final Probe[] mine = new Probe[N];
    private final Probe[] theirs = new Probe[N];

    protected ListAppend(String preset) {
        super(preset);
        list = new PyList(t1);
        for (int i = 0; i < N; i++) {
            mine[i] = new Probe(t1);
            theirs[i] = new Probe(t2);
        }
    }

    protected final int first() {
        return appendAll(mine, t1);
    }

    protected final int second() {
        return appendAll(theirs, t2);
    }

    private int appendAll(Probe[] items, ThreadState ts) {
        try {
            begin(ts);
            try {
                for (Probe p : items) list.append(p, ts);
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
        try {
            begin(t1);
            try {
                int n = list.len(t1);
                r.r3 = n;
                Map<PyObject, Integer> seen = new IdentityHashMap<>();
                for (int i = 0; i < n; i++) {
                    PyObject x = list.get(i, t1);
                    seen.merge(x, 1, Integer::sum);
                    t1.refs.decref(x, t1);
                }
                boolean exact = seen.size() == 2 * N;
                for (Probe[] side : new Probe[][] {mine, theirs}) {
                    for (Probe p : side) {
                        exact &= seen.getOrDefault(p, 0) == 1 && t1.refs.refcount(p) == 2 && !p.isDead();
                    }
                }
                r.r4 = exact ? 1 : 0;
            } finally {
                t1.detach();
            }
        } catch (Throwable e) {
            r.r4 = -Outcomes.of(e);
        }
    }
}
