package org.interlock.stress.c1;

import org.interlock.object.PyList;
import org.interlock.object.PyObject;
import org.interlock.stress.Fixture;
import org.interlock.stress.Outcomes;
import org.interlock.stress.Probe;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * C1: a concurrent reader never sees a torn state or an item that was never stored.
 *
 * <p>The list starts with {@link #N} old items, held only by the list. Actor 1 overwrites each
 * slot with a new item (the old one dies) and then appends one more, which grows the array.
 * Actor 2 reads the length and every slot: the length is {@code N} or {@code N + 1}, slot
 * {@code i} holds its old or its new item, alive, and slot {@code N} (when the length says it
 * exists) holds the appended item.
 *
 * <p>Result: actor 1's code, actor 2's code, 1 if the final list is exact, how many old items died.
 */
@Description("C1: a reader concurrent with setitem/append never sees a torn state or a never-stored item")
@Outcome(id = "0, 0, 1, 4", expect = Expect.ACCEPTABLE, desc = "reads consistent; final list exact; old items died")
@Outcome(expect = Expect.FORBIDDEN,
        desc = "torn or never-stored item read, lost write (1 dead object, 2 torn read, 3 exception)")
public abstract class ListReadWrite extends Fixture {
    static final int N = 4;
    /** Passes of the reader over the list: several, so a racy scheme is caught in quick mode. */
    static final int ROUNDS = 4;

    private final PyList list;
    private final Probe[] old = new Probe[N];
    private final Probe[] fresh = new Probe[N];
    private final Probe appended;

    protected ListReadWrite(String preset) {
        super(preset);
        list = new PyList(t1);
        for (int i = 0; i < N; i++) {
            old[i] = new Probe(t1);
            list.append(old[i], t1);
            t1.refs.decref(old[i], t1);
            fresh[i] = new Probe(t1);
        }
        appended = new Probe(t1);
    }

    protected final int first() {
        try {
            begin(t1);
            try {
                for (int i = 0; i < N; i++) list.set(i, fresh[i], t1);
                list.append(appended, t1);
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
                for (int round = 0; round < ROUNDS; round++) {
                    int n = list.len(t2);
                    if (n != N && n != N + 1) code = Outcomes.worst(code, Outcomes.TORN);
                    for (int i = 0; i < N; i++) {
                        PyObject x = list.get(i, t2);
                        code = Outcomes.worst(code, x == old[i] || x == fresh[i] ? heldAlive(x) : Outcomes.TORN);
                        t2.refs.decref(x, t2);
                    }
                    if (n == N + 1) {
                        PyObject x = list.get(N, t2);
                        code = Outcomes.worst(code, x == appended ? heldAlive(x) : Outcomes.TORN);
                        t2.refs.decref(x, t2);
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
        try {
            begin(t1);
            try {
                boolean exact = list.len(t1) == N + 1;
                for (int i = 0; i <= N && exact; i++) {
                    PyObject x = list.get(i, t1);
                    exact = x == (i < N ? fresh[i] : appended) && !x.isDead() && t1.refs.refcount(x) == 3;
                    t1.refs.decref(x, t1);
                }
                r.r3 = exact ? 1 : 0;
            } finally {
                t1.detach();
            }
        } catch (Throwable e) {
            r.r3 = -Outcomes.of(e);
        }
        int d = 0;
        for (Probe p : old) d += p.deallocs();
        r.r4 = d;
    }
}
