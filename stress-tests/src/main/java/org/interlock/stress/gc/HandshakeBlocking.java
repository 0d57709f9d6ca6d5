package org.interlock.stress.gc;

import java.util.concurrent.atomic.AtomicInteger;
import org.interlock.object.ThreadState;
import org.interlock.stress.Fixture;
import org.interlock.stress.Outcomes;
import org.interlock.stress.Presets;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * GC: the cycle collector's stop-the-world handshake against a thread entering and leaving a
 * blocking call. A stop never overlaps a thread running bytecode, and a thread returning from a
 * blocking call does not run bytecode again until the stop ends.
 *
 * <p>Actor 1 attaches and stops the world ({@link org.interlock.object.gc.Collector#runStopped},
 * the collection's own stop): inside, it marks the stop in force, checks that actor 2 is not
 * running bytecode, waits a bounded while for actor 2 to show up in bytecode (it never may), and
 * clears the mark. Actor 2 attaches and, {@link #ROUNDS} times, runs "bytecode" (marks itself in
 * bytecode, checks that no stop is in force, unmarks, passes an eval breaker), then enters a
 * blocking call that waits a bounded while for a stop to start, and on return checks that no
 * stop is still in force. The waits make the bad interleaving of a broken handshake happen every
 * time the stop meets actor 2 blocked, rather than by chance.
 *
 * <p>Under {@code gil} the stopper's global lock is the exclusion; under the parallel presets,
 * the DETACHED / ATTACHED / STOPPED handshake. The broken variant {@code broken-handshake} (a
 * lock-free space whose stopper does not hold a detached thread in place, and whose attach does
 * not look for a stop) must fail: actor 2 returns from the blocking call into the stop.
 *
 * <p>Result: actor 1's code, actor 2's code, bytecode seen during a stop (by either side),
 * returns from a blocking call into a stop in force.
 */
@Description("GC: a stop-the-world never overlaps bytecode; a thread leaving a blocking call waits for the restart")
@Outcome(id = "0, 0, 0, 0", expect = Expect.ACCEPTABLE, desc = "the stop and the bytecode never overlapped")
@Outcome(expect = Expect.FORBIDDEN,
        desc = "bytecode ran during a stop (r3), a blocked thread came back into a stop (r4), or an actor error (3)")
public abstract class HandshakeBlocking extends Fixture {
    /** Bytecode-then-blocking rounds of actor 2. */
    static final int ROUNDS = 4;
    /** The bounded waits (spin iterations) that line the two actors up. */
    static final int WAIT = 2_000;
    static final int SPINS = 8;

    private final AtomicInteger inStop = new AtomicInteger();
    private final AtomicInteger inBytecode = new AtomicInteger();
    private final AtomicInteger overlap = new AtomicInteger();
    private final AtomicInteger reentered = new AtomicInteger();

    protected HandshakeBlocking(String preset) {
        super(Presets.baseOf(preset));
        if (preset.equals(Presets.BROKEN_HANDSHAKE.name())) space.collector().breakHandshakeForStressTest();
    }

    /** Actor 1: one stop of the world. */
    protected final int first() {
        try {
            begin(t1);
            try {
                space.collector().runStopped(t1, () -> {
                    inStop.set(1);
                    if (inBytecode.get() != 0) overlap.set(1);
                    for (int i = 0; i < WAIT && inBytecode.get() == 0; i++) Thread.onSpinWait();
                    if (inBytecode.get() != 0) overlap.set(1);
                    inStop.set(0);
                });
            } finally {
                end(t1);
            }
            return Outcomes.CLEAN;
        } catch (Throwable e) {
            return Outcomes.of(e);
        }
    }

    /** Actor 2: bytecode, an eval breaker, a blocking call; a few times. */
    protected final int second() {
        ThreadState ts = t2;
        try {
            begin(ts);
            try {
                for (int r = 0; r < ROUNDS; r++) {
                    inBytecode.set(1);
                    if (inStop.get() != 0) overlap.set(1);
                    for (int k = 0; k < SPINS; k++) Thread.onSpinWait();
                    if (inStop.get() != 0) overlap.set(1);
                    inBytecode.set(0);
                    ts.safepoint();
                    ts.blocking(() -> {
                        for (int i = 0; i < WAIT && inStop.get() == 0; i++) Thread.onSpinWait();
                        return null;
                    });
                    if (inStop.get() != 0) reentered.set(1);
                }
            } finally {
                end(ts);
            }
            return Outcomes.CLEAN;
        } catch (Throwable e) {
            return Outcomes.of(e);
        }
    }

    protected final void judge(IIII_Result r) {
        r.r3 = overlap.get();
        r.r4 = reentered.get();
    }
}
