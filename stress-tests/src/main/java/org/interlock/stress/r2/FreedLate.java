package org.interlock.stress.r2;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.interlock.object.PyObject;
import org.interlock.object.QuiescentReclamation;
import org.interlock.stress.Fixture;
import org.interlock.stress.Outcomes;
import org.interlock.stress.Presets;
import org.interlock.stress.Probe;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * R2 for values read borrowed: a writer replaces a shared slot (as {@code C.m = ...} replaces a
 * class attribute that an attribute cache hands out borrowed) and retires the old value through
 * {@link QuiescentReclamation}, while a reader loads the slot, uses what it found without
 * counting it, and only then increfs it (a cache lookup followed by the incref of its result).
 * The old value must stay alive until the reader passes a quiescent point, and then die
 * exactly once. The broken variant {@code eager-free} releases at once, as the runtime did
 * before (the race behind the parallel policies' type-cache failures).
 *
 * <p>Result: writer's code, reader's code, deallocations of the old value (1), values still
 * waiting after both threads went offline (0).
 */
@Description("R2: a replaced value read borrowed is freed only after the reader's quiescent point, once")
@Outcome(id = "0, 0, 1, 0", expect = Expect.ACCEPTABLE, desc = "the reader saw the old value alive or the new one; old freed once, later")
@Outcome(expect = Expect.FORBIDDEN,
        desc = "the reader touched a freed value (1 dead, 3 exception), a double or missing free, a stranded value")
public abstract class FreedLate extends Fixture {
    private static final VarHandle SLOT;

    static {
        try {
            SLOT = MethodHandles.lookup().findVarHandle(FreedLate.class, "slot", PyObject.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Probe old;
    private final Probe fresh;
    /** The shared slot; holds one counted reference to its value. Volatile access (SLOT). */
    @SuppressWarnings("unused")
    private PyObject slot;
    private final boolean eager;

    protected FreedLate(String preset) {
        super(preset.equals(Presets.EAGER_FREE.name()) ? "fine-grained" : preset);
        eager = preset.equals(Presets.EAGER_FREE.name());
        old = new Probe(t1);   // the slot's reference is the only one
        fresh = new Probe(t1); // the fixture keeps one reference; the slot takes another
        SLOT.setVolatile(this, old);
    }

    protected final int first() {
        try {
            begin(t1);
            try {
                t1.refs.incref(fresh, t1);
                PyObject was = (PyObject) SLOT.getAndSet(this, fresh);
                if (eager) t1.refs.decref(was, t1);
                else space.reclamation().retire(was, t1);
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
            int code;
            begin(t2);
            try {
                PyObject x = (PyObject) SLOT.getVolatile(this); // borrowed, as from a cache
                if (x != old && x != fresh) return Outcomes.TORN;
                for (int i = 0; i < 64; i++) Thread.onSpinWait(); // the use between lookup and incref
                code = heldAlive(x);
                if (code == Outcomes.CLEAN) {
                    t2.refs.incref(x, t2);
                    code = heldAlive(x);
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
        r.r3 = old.deallocs();
        r.r4 = space.reclamation().pendingCount();
    }
}
