package org.interlock.stress.g1;

import java.util.concurrent.atomic.AtomicInteger;
import org.interlock.object.ThreadState;
import org.interlock.stress.Fixture;
import org.interlock.stress.Outcomes;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * G1: under the global lock at most one thread runs bytecode.
 *
 * <p>Each actor attaches and then, {@link #OPS} times, "runs bytecode": it bumps a shared
 * in-section counter, records the highest value seen, spins briefly, leaves, and passes an eval
 * breaker (where a GIL holder asked to drop the lock does so). The maximum must be 1 under a
 * global-lock policy; under parallel scheduling it reaches 2, which is how {@code unsafe} shows
 * the test can fail (the parallel presets are {@code n/a}).
 *
 * <p>Result: actor 1's code, actor 2's code, the most threads seen in the section at once.
 */
@Description("G1: under the global lock at most one thread runs bytecode")
@Outcome(id = "0, 0, 1", expect = Expect.ACCEPTABLE, desc = "never two threads in the section")
@Outcome(expect = Expect.FORBIDDEN, desc = "two threads ran bytecode at once, or an actor error (3 exception)")
public abstract class OneAtATime extends Fixture {
    static final int OPS = 8;
    static final int SPINS = 16;

    private final AtomicInteger inSection = new AtomicInteger();
    private final AtomicInteger max = new AtomicInteger();

    protected OneAtATime(String preset) {
        super(preset);
    }

    protected final int first() {
        return run(t1);
    }

    protected final int second() {
        return run(t2);
    }

    private int run(ThreadState ts) {
        try {
            begin(ts);
            try {
                for (int i = 0; i < OPS; i++) {
                    int n = inSection.incrementAndGet();
                    max.accumulateAndGet(n, Math::max);
                    for (int k = 0; k < SPINS; k++) Thread.onSpinWait();
                    inSection.decrementAndGet();
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

    protected final void judge(III_Result r) {
        r.r3 = max.get();
    }
}
