package org.interlock.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicReference;
import org.interlock.object.ObjectSpace;
import org.interlock.object.ThreadState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Smoke tests of R1/R2 with two real threads: no timing assertions, only final counts. (The
 * jcstress suite is the real proof; these catch a scheme that is grossly wrong.)
 */
class ConcurrentCountsTest {
    private static final int OPS = 1_000_000;

    /** Runs each body on its own thread, started together; rethrows the first failure. */
    static void runTogether(List<Runnable> bodies) {
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            CyclicBarrier start = new CyclicBarrier(bodies.size());
            AtomicReference<Throwable> failure = new AtomicReference<>();
            List<Thread> threads = new ArrayList<>();
            for (Runnable b : bodies) {
                Thread t = new Thread(() -> {
                    try {
                        start.await();
                        b.run();
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                });
                t.start();
                threads.add(t);
            }
            for (Thread t : threads) t.join();
            if (failure.get() != null) throw new AssertionError("a worker failed", failure.get());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"fine-grained", "lock-free"})
    void concurrentIncrefsThenDecrefsLoseNothing(String spec) {
        ObjectSpace space = new ObjectSpace(PolicyRegistry.create(spec));
        ThreadState a = space.newThreadState();
        ThreadState b = space.newThreadState();
        Probe p = new Probe(a);
        runTogether(List.of(
            () -> { a.bindCurrentThread(); for (int i = 0; i < OPS; i++) a.refs.incref(p, a); },
            () -> { b.bindCurrentThread(); for (int i = 0; i < OPS; i++) b.refs.incref(p, b); }));
        assertEquals(2L * OPS + 1, a.refs.refcount(p), "R1: no lost incref");
        runTogether(List.of(
            () -> { a.bindCurrentThread(); for (int i = 0; i < OPS; i++) a.refs.decref(p, a); },
            () -> { b.bindCurrentThread(); for (int i = 0; i < OPS; i++) b.refs.decref(p, b); }));
        assertEquals(1, a.refs.refcount(p), "R1: no lost decref");
        assertFalse(p.isDead());
        a.bindCurrentThread();
        a.refs.decref(p, a);
        assertTrue(p.isDead());
        assertEquals(1, p.releases.get(), "R2: freed once");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fine-grained", "lock-free"})
    void interleavedPairsLoseNothing(String spec) {
        ObjectSpace space = new ObjectSpace(PolicyRegistry.create(spec));
        ThreadState a = space.newThreadState();
        ThreadState b = space.newThreadState();
        Probe p = new Probe(a);
        runTogether(List.of(
            () -> {
                a.bindCurrentThread();
                for (int i = 0; i < OPS; i++) {
                    a.refs.incref(p, a);
                    a.refs.decref(p, a);
                }
            },
            () -> {
                b.bindCurrentThread();
                for (int i = 0; i < OPS; i++) {
                    b.refs.incref(p, b);
                    b.refs.decref(p, b);
                }
            }));
        assertEquals(1, a.refs.refcount(p));
        assertFalse(p.isDead());
    }

    /**
     * Biased: the owner's references are dropped by the other thread (the shared count goes
     * negative and the object is queued) while the owner keeps counting and passing safepoints.
     * Whichever way the merge happens (owner's drain, or its zero-local merge), it is freed once.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void referencesHandedToAnotherThreadAreMergedAndFreedOnce(int ownerExitsFirst) {
        ObjectSpace space = new ObjectSpace(PolicyRegistry.create("lock-free"));
        ThreadState owner = space.newThreadState();
        ThreadState other = space.newThreadState();
        int n = 100_000;
        List<Probe> probes = new ArrayList<>();
        owner.bindCurrentThread();
        for (int k = 0; k < 50; k++) {
            Probe p = new Probe(owner);
            for (int i = 0; i < n; i++) owner.refs.incref(p, owner); // n+1 local references
            probes.add(p);
        }
        runTogether(List.of(
            () -> {
                owner.bindCurrentThread();
                for (Probe p : probes) {
                    for (int i = 0; i < 1000; i++) {
                        owner.refs.incref(p, owner);
                        owner.safepoint();
                        owner.refs.decref(p, owner);
                    }
                }
                if (ownerExitsFirst == 1) owner.exit();
            },
            () -> {
                other.bindCurrentThread();
                for (Probe p : probes) {
                    for (int i = 0; i < n; i++) other.refs.decref(p, other); // takes n of them
                }
            }));
        if (ownerExitsFirst == 0) {
            owner.bindCurrentThread();
            owner.safepoint();
            for (Probe p : probes) {
                assertEquals(1, owner.refs.refcount(p));
                assertFalse(p.isDead());
                owner.refs.decref(p, owner);
            }
        } else {
            other.bindCurrentThread();
            for (Probe p : probes) other.refs.decref(p, other); // the owner exited: `other` merges
        }
        for (Probe p : probes) {
            assertTrue(p.isDead(), "R4: merged, not stranded");
            assertEquals(1, p.releases.get(), "R2: freed once");
        }
    }
}
