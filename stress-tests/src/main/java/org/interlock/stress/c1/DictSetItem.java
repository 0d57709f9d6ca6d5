package org.interlock.stress.c1;

import org.interlock.object.PyDict;
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
 * C1: concurrent {@code dict[k] = v} lose nothing.
 *
 * <p>Both actors store {@link #N} distinct keys each (mapped to themselves) into one dict that
 * starts empty, so the table resizes under the race. Afterwards every key maps to itself, the
 * length is {@code 2 * N}, and each key's count is exactly what the dict and the fixture hold.
 *
 * <p>Result: actor 1's code, actor 2's code, the length, 1 if every key maps to itself with
 * exact counts.
 */
@Description("C1: concurrent dict setitems lose nothing")
@Outcome(id = "0, 0, 16, 1", expect = Expect.ACCEPTABLE, desc = "all 16 keys present, counts exact")
@Outcome(expect = Expect.FORBIDDEN, desc = "lost key, wrong value or count (1 dead object, 3 exception)")
public abstract class DictSetItem extends Fixture {
    static final int N = 8;

    private final PyDict dict;
    private final Probe[] mine = new Probe[N];
    private final Probe[] theirs = new Probe[N];

    protected DictSetItem(String preset) {
        super(preset);
        dict = new PyDict(t1);
        for (int i = 0; i < N; i++) {
            mine[i] = new Probe(t1);
            theirs[i] = new Probe(t2);
        }
    }

    protected final int first() {
        return storeAll(mine, t1);
    }

    protected final int second() {
        return storeAll(theirs, t2);
    }

    private int storeAll(Probe[] keys, ThreadState ts) {
        try {
            begin(ts);
            try {
                for (Probe k : keys) dict.set(k, k, ts);
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
                r.r3 = dict.len(t1);
                boolean exact = true;
                for (Probe[] side : new Probe[][] {mine, theirs}) {
                    for (Probe k : side) {
                        PyObject v = dict.get(k, t1);
                        // fixture + dict key + dict value + this lookup's reference
                        exact &= v == k && t1.refs.refcount(k) == 4 && !k.isDead();
                        if (v != null) t1.refs.decref(v, t1);
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
