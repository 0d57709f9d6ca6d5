package org.interlock.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.interlock.object.DeadObjectError;
import org.interlock.object.Instrumentation;
import org.interlock.object.ObjectSpace;
import org.interlock.object.ThreadState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PEP 703 critical sections: lock words, nesting, reentrancy, suspension, the GIL. */
class CriticalSectionTest {

    @ParameterizedTest
    @ValueSource(strings = {"fine-grained", "lock-free"})
    void enterLocksTheWordAndExitFreesIt(String spec) {
        ThreadState ts = Probe.newThread(spec);
        Probe a = new Probe(ts);
        ts.locks.enter(a, ts);
        assertEquals(1, a.lvLockWord());
        assertEquals(1, CriticalSectionLocking.depth(ts));
        ts.locks.exit(ts);
        assertEquals(0, a.lvLockWord());
        assertEquals(0, CriticalSectionLocking.depth(ts));
        assertThrows(IllegalStateException.class, () -> ts.locks.exit(ts));
    }

    @Test
    void reenteringAnObjectHeldByAnOuterSectionDoesNotSelfDeadlock() {
        ThreadState ts = Probe.newThread("fine-grained");
        Probe a = new Probe(ts);
        Probe b = new Probe(ts);
        ts.locks.enter(a, ts);
        ts.locks.enter(a, ts);              // borrows the outer lock
        ts.locks.enter2(b, a, ts);          // borrows a, locks b
        assertEquals(1, b.lvLockWord());
        ts.locks.exit(ts);
        assertEquals(0, b.lvLockWord());
        assertEquals(1, a.lvLockWord(), "still held by the outer sections");
        ts.locks.exit(ts);
        assertEquals(1, a.lvLockWord());
        ts.locks.exit(ts);
        assertEquals(0, a.lvLockWord());
        ts.locks.enter2(a, a, ts);          // the same object twice is one lock
        assertEquals(1, a.lvLockWord());
        ts.locks.exit(ts);
        assertEquals(0, a.lvLockWord());
    }

    @Test
    void suspendAllReleasesEveryHeldLockAndResumeAllRetakesTheInnermost() {
        ThreadState ts = Probe.newThread("fine-grained");
        Probe a = new Probe(ts);
        Probe b = new Probe(ts);
        Probe c = new Probe(ts);
        ts.locks.enter(a, ts);
        ts.locks.enter2(b, c, ts);
        ts.locks.suspendAll(ts);
        assertEquals(0, a.lvLockWord());
        assertEquals(0, b.lvLockWord());
        assertEquals(0, c.lvLockWord());
        ts.locks.resumeAll(ts);
        assertEquals(0, a.lvLockWord(), "the outer section resumes when the inner one ends");
        assertEquals(1, b.lvLockWord());
        assertEquals(1, c.lvLockWord());
        ts.locks.exit(ts);
        assertEquals(1, a.lvLockWord(), "resumed on pop");
        assertEquals(0, b.lvLockWord());
        ts.locks.exit(ts);
        assertEquals(0, a.lvLockWord());
    }

    @Test
    void aBlockingCallReleasesTheThreadsLocksForOthers() {
        ObjectSpace s = new ObjectSpace(PolicyRegistry.create("fine-grained"));
        ThreadState t1 = s.newThreadState();
        ThreadState t2 = s.newThreadState();
        t1.bindCurrentThread();
        Probe a = new Probe(t1);
        CountDownLatch inBlocking = new CountDownLatch(1);
        CountDownLatch t2Done = new CountDownLatch(1);
        ConcurrentCountsTest.runTogether(List.of(
            () -> {
                t1.attach();
                t1.locks.enter(a, t1);
                t1.blocking(() -> {
                    inBlocking.countDown();
                    await(t2Done); // t2 must get a's lock while t1 blocks inside its section
                    return null;
                });
                assertEquals(1, a.lvLockWord());
                t1.locks.exit(t1);
            },
            () -> {
                t2.attach();
                await(inBlocking);
                t2.locks.enter(a, t2);
                t2.locks.exit(t2);
                t2Done.countDown();
            }));
        assertEquals(0, a.lvLockWord());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fine-grained", "lock-free"})
    void sectionsExcludeEachOther(String spec) {
        ObjectSpace s = new ObjectSpace(PolicyRegistry.create(spec));
        ThreadState t1 = s.newThreadState();
        ThreadState t2 = s.newThreadState();
        t1.bindCurrentThread();
        Probe a = new Probe(t1);
        long[] counter = {0}; // a plain field guarded only by a's critical section
        int n = 200_000;
        Runnable body1 = () -> bump(t1, a, counter, n);
        Runnable body2 = () -> bump(t2, a, counter, n);
        ConcurrentCountsTest.runTogether(List.of(body1, body2));
        assertEquals(2L * n, counter[0], "C1: no lost update inside sections");
    }

    private static void bump(ThreadState ts, Probe a, long[] counter, int n) {
        ts.bindCurrentThread();
        for (int i = 0; i < n; i++) {
            ts.locks.enter(a, ts);
            try {
                counter[0]++;
            } finally {
                ts.locks.exit(ts);
            }
        }
    }

    @Test
    void twoObjectSectionsInOppositeOrdersComplete() {
        ObjectSpace s = new ObjectSpace(PolicyRegistry.create("fine-grained"));
        ThreadState t1 = s.newThreadState();
        ThreadState t2 = s.newThreadState();
        t1.bindCurrentThread();
        Probe x = new Probe(t1);
        Probe y = new Probe(t1);
        long[] counter = {0};
        int n = 100_000;
        ConcurrentCountsTest.runTogether(List.of(
            () -> pairs(t1, x, y, counter, n),
            () -> pairs(t2, y, x, counter, n)));
        assertEquals(2L * n, counter[0]);
    }

    private static void pairs(ThreadState ts, Probe first, Probe second, long[] counter, int n) {
        ts.bindCurrentThread();
        for (int i = 0; i < n; i++) {
            ts.locks.enter(first, ts);
            ts.locks.enter2(first, second, ts);
            counter[0]++;
            ts.locks.exit(ts);
            ts.locks.exit(ts);
        }
    }

    /**
     * Under the GIL with per-object locks, a thread that parks on a contended object lock must
     * release the GIL, or the lock's holder, waiting at a safepoint for the GIL, never gets to
     * release the object: this test would hang (and hit the watchdog).
     */
    @Test
    void aParkedSectionReleasesTheGil() {
        ObjectSpace s = new ObjectSpace(PolicyRegistry.create("gil+per-object", Map.of("switch-interval", "0.05")));
        ThreadState holder = s.newThreadState();
        ThreadState waiter = s.newThreadState();
        holder.bindCurrentThread();
        Probe a = new Probe(holder);
        CountDownLatch locked = new CountDownLatch(1);
        AtomicBoolean waiterDone = new AtomicBoolean();
        ConcurrentCountsTest.runTogether(List.of(
            () -> {
                holder.attach();
                holder.locks.enter(a, holder);
                locked.countDown();
                // Hold the object until the waiter is parked on it (lock word 2), passing
                // safepoints so the waiter can take the GIL meanwhile.
                while (a.lvLockWord() != 2) holder.safepoint();
                holder.locks.exit(holder);
                while (!waiterDone.get()) holder.safepoint();
                holder.detach();
            },
            () -> {
                await(locked);
                waiter.attach();
                waiter.locks.enter(a, waiter); // contended: parks with the GIL released
                waiter.locks.exit(waiter);
                waiterDone.set(true);
                waiter.detach();
            }));
        assertTrue(waiterDone.get());
        assertTrue(waiter.counters.get(Instrumentation.CS_CONTENDED) >= 1);
    }

    @Test
    void aDeadObjectCannotBeLocked() {
        ThreadState ts = Probe.newThread("fine-grained");
        Probe a = new Probe(ts);
        ts.refs.decref(a, ts);
        assertThrows(DeadObjectError.class, () -> ts.locks.enter(a, ts));
    }

    @Test
    void lockingDimensionsDescribeThemselves() {
        assertTrue(new PerObjectLocking().threadSafe());
        assertFalse(new PerObjectLocking().optimisticReads());
        assertTrue(new OptimisticLocking().optimisticReads());
        assertFalse(new NoObjectLocking().threadSafe());
        assertFalse(new NoObjectLocking().optimisticReads());
    }

    static void await(CountDownLatch l) {
        try {
            l.await();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
