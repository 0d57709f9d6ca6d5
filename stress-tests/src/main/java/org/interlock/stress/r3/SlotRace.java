package org.interlock.stress.r3;

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
 * R3: the owner drops the last reference to a list's items (by overwriting their slots) while
 * another thread reads those slots. Under {@code lock-free} this is the optimistic read (load,
 * {@code tryIncref}, re-validate); elsewhere the read takes the list's critical section. The
 * reader must get the old item alive or the new one, never a dead object or anything else.
 *
 * <p>Result: actor 1's code, actor 2's code, deallocations of the old items (all {@link #N}),
 * 1 if the list ends holding exactly the new items, alive.
 */
@Description("R3: owner overwrites list slots holding the last references while another thread reads them")
@Outcome(id = "0, 0, 4, 1", expect = Expect.ACCEPTABLE, desc = "reads saw old (alive) or new items; old items died once each")
@Outcome(expect = Expect.FORBIDDEN,
        desc = "a dead or never-stored item read, double/missing deallocation (1 dead, 2 wrong item, 3 exception)")
public abstract class SlotRace extends Fixture {
    static final int N = 4;

    private final PyList list;
    private final Probe[] old = new Probe[N];
    private final Probe[] fresh = new Probe[N];

    protected SlotRace(String preset) {
        super(preset);
        list = new PyList(t1);
        for (int i = 0; i < N; i++) {
            old[i] = new Probe(t1);
            list.append(old[i], t1);
            t1.refs.decref(old[i], t1); // the list now holds the only reference
            fresh[i] = new Probe(t1);   // the fixture keeps one reference to each new item
        }
    }

    protected final int first() {
        try {
            begin(t1);
            try {
                for (int i = 0; i < N; i++) list.set(i, fresh[i], t1);
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
                for (int i = 0; i < N; i++) {
                    PyObject x = list.get(i, t2);
                    code = Outcomes.worst(code, x == old[i] || x == fresh[i] ? heldAlive(x) : Outcomes.TORN);
                    t2.refs.decref(x, t2);
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
        int d = 0;
        for (Probe p : old) d += p.deallocs();
        r.r3 = d;
        int exact;
        try {
            begin(t1);
            try {
                exact = list.len(t1) == N ? 1 : 0;
                for (int i = 0; i < N && exact == 1; i++) {
                    PyObject x = list.get(i, t1);
                    if (x != fresh[i] || x.isDead()) exact = 0;
                    t1.refs.decref(x, t1);
                }
            } finally {
                t1.detach();
            }
        } catch (Throwable e) {
            exact = -Outcomes.of(e);
        }
        r.r4 = exact;
    }
}
