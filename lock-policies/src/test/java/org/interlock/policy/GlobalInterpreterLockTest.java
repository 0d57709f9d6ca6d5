package org.interlock.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.interlock.object.Instrumentation;
import org.interlock.object.ObjectSpace;
import org.interlock.object.Policy;
import org.interlock.object.ThreadState;
import org.junit.jupiter.api.Test;

/**
 * The GIL: mutual exclusion (G1), drop requests served at safepoints, the switch interval, the
 * I/O-priority hand-off and seeded forced switching. No assertion on elapsed time: a test that
 * depends on a hand-off either finishes or hits ConcurrentCountsTest's watchdog.
 */
class GlobalInterpreterLockTest {

    private static ObjectSpace space(String spec, Map<String, String> options) {
        return new ObjectSpace(PolicyRegistry.create(spec, options));
    }

    private static GlobalInterpreterLock gil(ObjectSpace s) {
        return (GlobalInterpreterLock) s.policy().scheduling();
    }

    /** Two threads loop on safepoints under a tiny switch interval; the gauge never sees two. */
    @Test
    void atMostOneThreadRunsBytecode() {
        ObjectSpace s = space("gil", Map.of("switch-interval", "0.02"));
        GlobalInterpreterLock g = gil(s);
        ThreadState a = s.newThreadState();
        ThreadState b = s.newThreadState();
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        ConcurrentCountsTest.runTogether(List.of(() -> work(a, inside, maxInside), () -> work(b, inside, maxInside)));
        assertEquals(1, g.gauge().max(), "G1: the gauge saw at most one running thread");
        assertEquals(1, maxInside.get(), "G1: the workers' own count agrees");
        assertEquals(0, g.gauge().current());
        long switches = a.counters.get(Instrumentation.GIL_SWITCHES) + b.counters.get(Instrumentation.GIL_SWITCHES);
        assertTrue(switches >= 2, "both threads took the GIL: " + switches);
    }

    private static void work(ThreadState ts, AtomicInteger inside, AtomicInteger maxInside) {
        ts.attach();
        for (int i = 0; i < 200_000; i++) {
            int n = inside.incrementAndGet();
            maxInside.accumulateAndGet(n, Math::max);
            inside.decrementAndGet();
            ts.safepoint();
        }
        ts.detach();
    }

    /** A waiter asks, the holder drops at its next safepoint: the waiter gets in, the loop ends. */
    @Test
    void aDropRequestIsServedAtTheHoldersSafepoint() {
        ObjectSpace s = space("gil", Map.of("switch-interval", "0.1"));
        ThreadState holder = s.newThreadState();
        ThreadState waiter = s.newThreadState();
        CountDownLatch holding = new CountDownLatch(1);
        AtomicBoolean waiterRan = new AtomicBoolean();
        ConcurrentCountsTest.runTogether(List.of(
            () -> {
                holder.attach();
                holding.countDown();
                while (!waiterRan.get()) holder.safepoint(); // only a drop lets the waiter in
                holder.detach();
            },
            () -> {
                awaitQuietly(holding);
                waiter.attach();
                waiterRan.set(true);
                waiter.detach();
            }));
        assertTrue(waiterRan.get());
        assertTrue(waiter.counters.get(Instrumentation.GIL_DROP_REQUESTS) >= 1, "the waiter asked");
    }

    /**
     * Forced switching: a holder that dropped on request waits until the requester took the
     * GIL, so the waiter gets in at the holder's first drop; the holder has taken the GIL
     * exactly once (its attach) when the waiter holds it. Without forcing, the holder could
     * win the race back any number of times.
     */
    @Test
    void aHolderThatDroppedOnRequestCannotRetakeBeforeTheWaiter() {
        ObjectSpace s = space("gil", Map.of("switch-interval", "0.2", "force-switching", "true"));
        ThreadState holder = s.newThreadState();
        ThreadState waiter = s.newThreadState();
        CountDownLatch holding = new CountDownLatch(1);
        AtomicBoolean waiterRan = new AtomicBoolean();
        long[] holderAcquisitionsSeenByWaiter = {-1};
        ConcurrentCountsTest.runTogether(List.of(
            () -> {
                holder.attach();
                holding.countDown();
                while (!waiterRan.get()) holder.safepoint();
                holder.detach();
            },
            () -> {
                awaitQuietly(holding);
                waiter.attach();
                holderAcquisitionsSeenByWaiter[0] = holder.counters.get(Instrumentation.GIL_ACQUISITIONS);
                waiterRan.set(true);
                waiter.detach();
            }));
        assertEquals(1, holderAcquisitionsSeenByWaiter[0]);
    }

    /**
     * With I/O priority and a switch interval far longer than the test's watchdog, the thread
     * returning from a blocking call gets the GIL only because it asks at once.
     */
    @Test
    void aThreadReturningFromABlockingCallAsksForTheGilAtOnce() {
        ObjectSpace s = space("gil", Map.of("switch-interval", "600000", "io-priority", "true"));
        ThreadState cpu = s.newThreadState();
        ThreadState io = s.newThreadState();
        CountDownLatch ioBlocking = new CountDownLatch(1);
        CountDownLatch cpuHolds = new CountDownLatch(1);
        AtomicBoolean ioBack = new AtomicBoolean();
        ConcurrentCountsTest.runTogether(List.of(
            () -> {
                io.attach();
                io.blocking(() -> {
                    ioBlocking.countDown();
                    awaitQuietly(cpuHolds); // the "I/O" completes while the CPU-bound thread holds the GIL
                    return null;
                });
                ioBack.set(true);
                io.detach();
            },
            () -> {
                awaitQuietly(ioBlocking);
                cpu.attach();
                cpuHolds.countDown();
                while (!ioBack.get()) cpu.safepoint();
                cpu.detach();
            }));
        assertTrue(ioBack.get());
        assertEquals(1, io.counters.get(Instrumentation.GIL_DROP_REQUESTS), "one immediate request, no timeout");
    }

    @Test
    void theSwitchIntervalIsAnOptionAndChangesWhileRunning() {
        ObjectSpace s = space("gil", Map.of("switch-interval", "0.5"));
        GlobalInterpreterLock g = gil(s);
        assertEquals(500_000L, g.switchIntervalNanos());
        g.setSwitchIntervalNanos(1_000_000L);
        assertEquals(1_000_000L, g.switchIntervalNanos());
        assertThrows(IllegalArgumentException.class, () -> g.setSwitchIntervalNanos(0));
        assertEquals(PolicyOptions.DEFAULT_SWITCH_INTERVAL_NANOS,
            PolicyRegistry.create("gil").scheduling().switchIntervalNanos(), "CPython's 5 ms by default");
        // The new interval is used: with 0.02 ms, a waiter still gets in.
        g.setSwitchIntervalNanos(20_000L);
        ThreadState a = s.newThreadState();
        ThreadState b = s.newThreadState();
        ConcurrentCountsTest.runTogether(List.of(() -> work(a, new AtomicInteger(), new AtomicInteger()),
            () -> work(b, new AtomicInteger(), new AtomicInteger())));
        assertEquals(1, g.gauge().max());
    }

    @Test
    void seededForcedSwitchingHandsTheGilOverAndKeepsExclusion() {
        ObjectSpace s = space("gil", Map.of("switch-every", "3", "seed", "42", "switch-interval", "600000"));
        GlobalInterpreterLock g = gil(s);
        assertEquals(3, g.switchEvery());
        ThreadState a = s.newThreadState();
        ThreadState b = s.newThreadState();
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger max = new AtomicInteger();
        // With a 10-minute interval no waiter ever times out: only the seeded draws switch.
        ConcurrentCountsTest.runTogether(List.of(() -> work(a, inside, max), () -> work(b, inside, max)));
        assertEquals(1, g.gauge().max());
        assertEquals(0, a.counters.get(Instrumentation.GIL_DROP_REQUESTS) + b.counters.get(Instrumentation.GIL_DROP_REQUESTS));
    }

    @Test
    void attachTwiceIsAnErrorAndDetachWithoutAttachIsHarmless() {
        ObjectSpace s = space("gil", Map.of());
        ThreadState a = s.newThreadState().bindCurrentThread();
        a.detach(); // never attached: nothing to release
        a.attach();
        assertTrue(gil(s).holds(a));
        assertThrows(IllegalStateException.class, a::attach);
        a.detach();
        assertFalse(gil(s).holds(a));
        a.exit();
    }

    @Test
    void eachInterpreterHasItsOwnGil() {
        Policy p1 = PolicyRegistry.create("gil");
        Policy p2 = PolicyRegistry.create("gil");
        assertFalse(p1.scheduling() == p2.scheduling());
        ThreadState a = new ObjectSpace(p1).newThreadState();
        ThreadState b = new ObjectSpace(p2).newThreadState();
        a.attach();
        b.attach(); // a different GIL: does not wait for a
        a.detach();
        b.detach();
    }

    private static void awaitQuietly(CountDownLatch l) {
        try {
            l.await();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
