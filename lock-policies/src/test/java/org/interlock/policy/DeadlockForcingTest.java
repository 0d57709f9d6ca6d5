package org.interlock.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicReference;
import org.interlock.object.ObjectSpace;
import org.interlock.object.Policy;
import org.interlock.object.PyObject;
import org.interlock.object.ThreadState;
import org.junit.jupiter.api.Test;

/**
 * C2, forced: a latch holds two threads between their first and second lock acquisition, in
 * opposite orders, every time. The broken variant (no id order, no suspension) deadlocks every
 * time, which the test detects by both threads parked on object locks for good; PEP 703's
 * critical sections complete under the very same forcing.
 */
class DeadlockForcingTest {

    /** Nested single-object sections: t1 does x then y, t2 does y then x, a latch in between. */
    private static void nested(ThreadState ts, PyObject outer, PyObject inner, CyclicBarrier latch) {
        ts.bindCurrentThread();
        ts.locks.enter(outer, ts);
        try {
            awaitLatch(latch); // both threads now hold their outer object
            ts.locks.enter(inner, ts);
            ts.locks.exit(ts);
        } finally {
            ts.locks.exit(ts);
        }
    }

    @Test
    void perObjectLockingCompletesNestedSectionsInOppositeOrdersUnderTheLatch() {
        for (int round = 0; round < 200; round++) {
            ObjectSpace s = new ObjectSpace(PolicyRegistry.create("fine-grained"));
            ThreadState t1 = s.newThreadState();
            ThreadState t2 = s.newThreadState();
            t1.bindCurrentThread();
            Probe x = new Probe(t1);
            Probe y = new Probe(t1);
            CyclicBarrier latch = new CyclicBarrier(2);
            ConcurrentCountsTest.runTogether(List.of(() -> nested(t1, x, y, latch), () -> nested(t2, y, x, latch)));
            assertEquals(0, x.lvLockWord());
            assertEquals(0, y.lvLockWord());
        }
    }

    @Test
    void optimisticLockingCompletesNestedSectionsInOppositeOrdersUnderTheLatch() {
        ObjectSpace s = new ObjectSpace(PolicyRegistry.create("lock-free"));
        ThreadState t1 = s.newThreadState();
        ThreadState t2 = s.newThreadState();
        t1.bindCurrentThread();
        Probe x = new Probe(t1);
        Probe y = new Probe(t1);
        CyclicBarrier latch = new CyclicBarrier(2);
        ConcurrentCountsTest.runTogether(List.of(() -> nested(t1, x, y, latch), () -> nested(t2, y, x, latch)));
    }

    @Test
    void theUnorderedVariantDeadlocksOnNestedSectionsUnderTheLatch() {
        Policy broken = BrokenVariants.unorderedLockingPolicy(BrokenVariants.BetweenLocks.NONE);
        CyclicBarrier latch = new CyclicBarrier(2);
        assertDeadlocks(broken, (t, first, second) -> nested(t, first, second, latch));
    }

    @Test
    void theUnorderedVariantDeadlocksOnTwoObjectSectionsUnderItsHookLatch() {
        CyclicBarrier latch = new CyclicBarrier(2);
        Policy broken = BrokenVariants.unorderedLockingPolicy((first, second, ts) -> awaitLatch(latch));
        assertDeadlocks(broken, (t, first, second) -> {
            t.bindCurrentThread();
            t.locks.enter2(first, second, t);
            t.locks.exit(t);
        });
    }

    @FunctionalInterface
    private interface TwoLockBody {
        void run(ThreadState ts, PyObject first, PyObject second);
    }

    /**
     * Runs t1 on (x, y) and t2 on (y, x), waits until both are parked on an object lock while
     * each object's lock is held (a deadlock: nobody else can release them), then interrupts
     * them to end the test.
     */
    private static void assertDeadlocks(Policy broken, TwoLockBody body) {
        ObjectSpace s = new ObjectSpace(broken);
        ThreadState t1 = s.newThreadState();
        ThreadState t2 = s.newThreadState();
        t1.bindCurrentThread();
        Probe x = new Probe(t1);
        Probe y = new Probe(t1);
        AtomicReference<Throwable> end1 = new AtomicReference<>();
        AtomicReference<Throwable> end2 = new AtomicReference<>();
        Thread a = worker(() -> body.run(t1, x, y), end1);
        Thread b = worker(() -> body.run(t2, y, x), end2);
        a.start();
        b.start();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            // Both parked in the parking lot AND both lock words marked "held, with a waiter":
            // a thread can briefly wait inside the parking lot on its stripe's own mutex
            // before it has marked the word, so the stack alone is not enough.
            while (!(parkedOnObjectLock(a) && parkedOnObjectLock(b)
                    && x.lvLockWord() == 2 && y.lvLockWord() == 2)) {
                Thread.sleep(5);
            }
        }, "the broken variant was expected to deadlock");
        assertEquals(2, x.lvLockWord(), "x held, with a waiter");
        assertEquals(2, y.lvLockWord(), "y held, with a waiter");
        assertTrue(a.isAlive() && b.isAlive());
        a.interrupt();
        b.interrupt();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            a.join();
            b.join();
        });
        // The first interrupted thread abandons its wait and, unwinding, releases its outer lock;
        // the other may get that lock before its own interrupt lands and finish normally.
        assertTrue(end1.get() instanceof BrokenVariants.AbandonedWait || end2.get() instanceof BrokenVariants.AbandonedWait,
            "a deadlocked thread abandoned its wait: " + end1.get() + ", " + end2.get());
        for (Throwable t : List.of(Optional.ofNullable(end1.get()), Optional.ofNullable(end2.get())).stream()
                .flatMap(Optional::stream).toList()) {
            assertInstanceOf(BrokenVariants.AbandonedWait.class, t);
        }
    }

    private static Thread worker(Runnable r, AtomicReference<Throwable> end) {
        Thread t = new Thread(() -> {
            try {
                r.run();
            } catch (Throwable e) {
                end.set(e);
            }
        });
        t.setDaemon(true); // if detection fails, a stuck worker must not keep the JVM alive
        return t;
    }

    /** Whether {@code t} is waiting inside the parking lot's lock method. */
    private static boolean parkedOnObjectLock(Thread t) {
        if (t.getState() != Thread.State.WAITING) return false;
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().equals(ParkingLot.class.getName()) && e.getMethodName().startsWith("lock")) {
                return true;
            }
        }
        return false;
    }

    private static void awaitLatch(CyclicBarrier latch) {
        try {
            latch.await();
        } catch (InterruptedException | BrokenBarrierException e) {
            throw new AssertionError(e);
        }
    }
}
