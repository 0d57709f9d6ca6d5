package org.interlock.object.gc;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.interlock.object.ObjectSpace;
import org.interlock.object.PyObject;
import org.interlock.object.PyType;
import org.interlock.object.TestPolicies;
import org.interlock.object.ThreadState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The stop-the-world handshake under a parallel policy: an attached thread stops at its
 * safepoint, a thread inside a blocking call counts as stopped and cannot come back until the
 * collection ends. Latches, no timing assertions (the timeout only turns a deadlock into a
 * failure).
 */
@Timeout(60)
class StopTheWorldTest {
    private final ObjectSpace space = TestPolicies.parallelSpace();
    private final ThreadState main = space.newThreadState().attach();
    private final Collector gc = space.collector();

    /** A tracked object whose traverse runs a hook once: a window in which the world is stopped. */
    static final class Probe extends PyObject {
        static final PyType TYPE = PyType.builtin("probe");
        final AtomicReference<Runnable> onTraverse = new AtomicReference<>();

        Probe(ThreadState ts) {
            super(ts, true);
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        protected void traverse(Visitor v) {
            Runnable r = onTraverse.getAndSet(null);
            if (r != null) r.run();
        }
    }

    private static Thread start(Runnable body) {
        Thread t = new Thread(body);
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Test
    void aThreadLoopingOnSafepointsStopsUntilTheCollectionEnds() throws Exception {
        ThreadState other = space.newThreadState();
        CountDownLatch attached = new CountDownLatch(1);
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger loops = new AtomicInteger();
        Thread t = start(() -> {
            other.attach();
            attached.countDown();
            while (!done.get()) {
                loops.incrementAndGet();
                other.safepoint();
            }
            other.exit();
        });
        attached.await();
        Probe p = new Probe(main);
        List<Object> seen = new ArrayList<>();
        p.onTraverse.set(() -> {
            int before = loops.get();
            seen.add(other.gc.lvState());
            seen.add(loops.get() - before); // stopped: it cannot be counting
        });
        gc.collect(main);
        assertEquals(List.of(GcThreadState.STOPPED, 0), seen);
        assertEquals(GcThreadState.ATTACHED, awaitState(other, GcThreadState.ATTACHED), "restarted");
        int after = loops.get();
        while (loops.get() == after) Thread.onSpinWait(); // and running again
        done.set(true);
        t.join();
        main.refs.decref(p, main);
    }

    @Test
    void aThreadInABlockingCallCountsAsStoppedAndCannotLeaveUntilTheCollectionEnds() throws Exception {
        ThreadState other = space.newThreadState();
        CountDownLatch inBlocking = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean left = new AtomicBoolean();
        Thread t = start(() -> {
            other.attach();
            try {
                other.blocking(() -> {
                    inBlocking.countDown();
                    release.await();
                    return null;
                });
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            left.set(true);
            other.exit();
        });
        inBlocking.await();
        Probe p = new Probe(main);
        List<Object> seen = new ArrayList<>();
        p.onTraverse.set(() -> {
            seen.add(other.gc.lvState()); // parked in place by the stopper
            release.countDown(); // its blocking call returns now...
            // ...and it must park trying to attach: wait until it does (no timing involved)
            while (LockSupport.getBlocker(t) != other.gc && !left.get()) Thread.onSpinWait();
            seen.add(left.get());
        });
        gc.collect(main);
        assertEquals(List.of(GcThreadState.STOPPED, false), seen);
        t.join(); // it comes back once the world restarts
        assertTrue(left.get());
        main.refs.decref(p, main);
    }

    @Test
    void aThreadStateMadeDuringAStopCannotAttachUntilItEnds() throws Exception {
        Probe p = new Probe(main);
        List<String> seen = new ArrayList<>();
        Thread[] th = new Thread[1];
        p.onTraverse.set(() -> {
            ThreadState fresh = space.newThreadState();
            th[0] = start(() -> {
                fresh.attach();
                fresh.exit();
            });
            for (;;) {
                if (LockSupport.getBlocker(th[0]) == fresh.gc) {
                    seen.add("parked in attach");
                    break;
                }
                if (!th[0].isAlive()) {
                    seen.add("ran during the stop");
                    break;
                }
                Thread.onSpinWait();
            }
        });
        gc.collect(main);
        th[0].join();
        assertEquals(List.of("parked in attach"), seen);
        main.refs.decref(p, main);
    }

    @Test
    void aThreadThatEndedWithoutDetachingDoesNotHoldTheWorldBack() throws Exception {
        ThreadState other = space.newThreadState();
        Thread t = start(other::attach); // attaches, then its thread ends: never detached
        t.join();
        assertEquals(GcThreadState.ATTACHED, other.gc.lvState());
        org.interlock.object.PyList l = new org.interlock.object.PyList(main);
        l.append(l, main);
        main.refs.decref(l, main);
        assertEquals(1, gc.collect(main), "the collection ran to the end");
        assertEquals(GcThreadState.DETACHED, other.gc.lvState(), "released by the restart");
        Thread again = start(() -> {
            other.attach(); // re-bound to a new thread: attaches normally
            other.exit();
        });
        again.join();
    }

    private static int awaitState(ThreadState t, int want) {
        while (t.gc.lvState() != want) Thread.onSpinWait();
        return want;
    }
}
