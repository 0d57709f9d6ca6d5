package org.interlock.object.gc;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.interlock.object.NativeCallable;
import org.interlock.object.ObjectSpace;
import org.interlock.object.PyInstance;
import org.interlock.object.PyList;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyType;
import org.interlock.object.PyWeakRef;
import org.interlock.object.TestPolicies;
import org.interlock.object.ThreadState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Cyclic garbage made and dropped by two threads while collections run (explicit ones from a
 * third thread, automatic ones from the workers' safepoints): every {@code __del__} exactly
 * once, every weakref callback exactly once, no live object collected (a use of a dead one
 * throws with checks on).
 */
@Timeout(120)
class ConcurrentCollectionTest {
    private static final int WORKERS = 2;
    private static final int ROUNDS = 600;

    @Test
    void garbageFromSeveralThreadsIsFinalizedAndFreedOnceAndLiveObjectsSurvive() throws Exception {
        ObjectSpace space = TestPolicies.parallelSpace();
        ThreadState main = space.newThreadState().attach();
        Collector gc = space.collector();
        gc.setThreshold(50, 10, 10); // workers also collect on their own
        Map<PyObject, AtomicInteger> finalized = new ConcurrentHashMap<>();
        Map<PyWeakRef, AtomicInteger> callbacks = new ConcurrentHashMap<>();
        PyType cls = new PyType("Node", PyType.OBJECT, main);
        cls.setFinalizer((self, t) -> finalized.computeIfAbsent(self, k -> new AtomicInteger()).incrementAndGet());
        PyStr x = PyStr.of("x", main);
        NativeCallable cb = new NativeCallable(
                (w, t) -> callbacks.computeIfAbsent(w, k -> new AtomicInteger()).incrementAndGet(), main);

        List<PyInstance> made = Collections.synchronizedList(new ArrayList<>());
        List<PyWeakRef> weakrefs = Collections.synchronizedList(new ArrayList<>());
        List<PyList> kept = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(WORKERS);
        for (int w = 0; w < WORKERS; w++) {
            ThreadState ts = space.newThreadState();
            Thread t = new Thread(() -> {
                ts.attach();
                try {
                    PyList keep = new PyList(ts); // live, cyclic, referenced from here: never collected
                    keep.append(keep, ts);
                    kept.add(keep);
                    for (int i = 0; i < ROUNDS && failure.get() == null; i++) {
                        PyInstance a = new PyInstance(cls, ts);
                        PyInstance b = new PyInstance(cls, ts);
                        a.setAttr(x, b, ts);
                        b.setAttr(x, a, ts);
                        weakrefs.add(PyWeakRef.create(a, cb, ts)); // we keep the weakref
                        made.add(a);
                        made.add(b);
                        if (i % 50 == 0) {
                            PyList l = new PyList(ts);
                            l.append(l, ts);
                            keep.append(l, ts);
                            ts.refs.decref(l, ts);
                        }
                        ts.refs.decref(a, ts);
                        ts.refs.decref(b, ts);
                        ts.safepoint();
                        if (i % 100 == 0) assertEquals(1 + (i / 50 + 1), keep.len(ts), "the kept list is intact");
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    ts.exit();
                    done.countDown();
                }
            });
            t.setDaemon(true);
            t.start();
        }
        while (done.getCount() > 0 && failure.get() == null) {
            gc.collect(main);
            main.safepoint();
        }
        done.await();
        if (failure.get() != null) throw new AssertionError(failure.get());
        while (gc.collect(main) > 0) {
            // the workers' last cycles
        }
        for (PyInstance o : made) {
            assertTrue(o.isDead(), "collected");
            AtomicInteger n = finalized.get(o);
            assertNotNull(n, "finalized");
            assertEquals(1, n.get(), "__del__ exactly once");
        }
        for (PyWeakRef w : weakrefs) {
            assertNull(w.get(main));
            AtomicInteger n = callbacks.get(w);
            assertNotNull(n, "callback ran");
            assertEquals(1, n.get(), "callback exactly once");
            main.refs.decref(w, main);
        }
        for (PyList keep : kept) {
            assertFalse(keep.isDead());
            for (int i = 0; i < keep.len(main); i++) {
                PyObject item = keep.get(i, main);
                assertFalse(item.isDead(), "a live list was never collected");
                main.refs.decref(item, main);
            }
            main.refs.decref(keep, main);
        }
        assertTrue(gc.collect(main) > 0, "the kept lists, now dropped, are cyclic garbage");
        for (PyList keep : kept) assertTrue(keep.isDead());
    }
}
