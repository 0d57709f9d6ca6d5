package org.interlock.object;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A short smoke run of real threads against the containers' read paths (lock-free and locked),
 * with a test policy that is thread-safe (atomic counts, one coarse lock). A writer replaces
 * slot values with fresh objects, dropping the old ones, which die at once; readers must only
 * ever get a live object that was stored in that slot, never an older one than they already
 * saw (per-slot values only grow), and every count must balance at the end. The jcstress suite
 * proves the invariants under every real policy; this only catches the containers' own bugs
 * early. Fixed operation counts, no timing.
 */
class ConcurrentContainersTest {
    private static final int SLOTS = 8;
    private static final int WRITES = 20_000;

    private interface Body {
        void run(ThreadState ts) throws Exception;
    }

    private static void runThreads(ObjectSpace space, List<Body> bodies) throws InterruptedException {
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (Body b : bodies) {
            ThreadState ts = space.newThreadState();
            Thread t = new Thread(() -> {
                ts.attach();
                try {
                    start.await();
                    b.run(ts);
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
            threads.add(t);
            t.start();
        }
        start.countDown();
        for (Thread t : threads) t.join();
        if (!errors.isEmpty()) {
            AssertionError ae = new AssertionError("a thread failed: " + errors.peek());
            errors.forEach(ae::addSuppressed);
            throw ae;
        }
    }

    @ParameterizedTest(name = "optimistic={0}")
    @ValueSource(booleans = {true, false})
    void listReadersSeeOnlyLiveStoredItems(boolean optimistic) throws InterruptedException {
        ObjectSpace space = TestPolicies.threadSafeSpace(optimistic);
        ThreadState main = space.newThreadState().attach();
        PyObject[] init = new PyObject[SLOTS];
        for (int i = 0; i < SLOTS; i++) init[i] = PyInt.of(1_000_000L + i, main);
        PyList list = PyList.of(init, main);
        for (PyObject o : init) main.refs.decref(o, main);
        AtomicBoolean done = new AtomicBoolean();
        Body writer = ts -> {
            for (int k = 1; k <= WRITES; k++) {
                int i = k % SLOTS;
                PyInt v = PyInt.of(1_000_000L + (long) k * SLOTS + i, ts);
                list.set(i, v, ts); // drops the old item: it dies unless a reader holds it
                ts.refs.decref(v, ts);
            }
            done.set(true);
        };
        Body reader = ts -> {
            long[] last = new long[SLOTS];
            while (!done.get()) {
                for (int i = 0; i < SLOTS; i++) {
                    PyInt v = (PyInt) list.get(i, ts);
                    assertFalse(v.isDead(), "handed out a dead item");
                    long x = v.longValue() - 1_000_000L;
                    assertEquals(i, x % SLOTS, "an item never stored in this slot");
                    assertTrue(x >= last[i], "went back in time");
                    last[i] = x;
                    ts.refs.decref(v, ts);
                }
            }
        };
        runThreads(space, List.of(writer, reader));
        PyObject[] snap = list.snapshot(main);
        for (PyObject o : snap) {
            assertEquals(2, main.refs.refcount(o), "the list's and the snapshot's");
            main.refs.decref(o, main);
        }
        main.refs.decref(list, main);
        for (PyObject o : snap) assertTrue(o.isDead());
    }

    @ParameterizedTest(name = "optimistic={0}")
    @ValueSource(booleans = {true, false})
    void dictReadersSeeOnlyLiveStoredValues(boolean optimistic) throws InterruptedException {
        ObjectSpace space = TestPolicies.threadSafeSpace(optimistic);
        ThreadState main = space.newThreadState().attach();
        PyDict dict = new PyDict(main);
        PyStr[] keys = new PyStr[SLOTS];
        for (int i = 0; i < SLOTS; i++) {
            keys[i] = PyStr.intern("key" + i);
            PyInt v = PyInt.of(1_000_000L + i, main);
            dict.set(keys[i], v, main);
            main.refs.decref(v, main);
        }
        AtomicBoolean done = new AtomicBoolean();
        Body writer = ts -> {
            for (int k = 1; k <= WRITES; k++) {
                int i = k % SLOTS;
                PyInt v = PyInt.of(1_000_000L + (long) k * SLOTS + i, ts);
                dict.set(keys[i], v, ts);
                ts.refs.decref(v, ts);
                if (k % 1000 == 0) { // grow and shrink: forces resizes under the readers
                    for (int j = 0; j < 20; j++) dict.set(PyStr.of("tmp" + j, ts), PyNone.NONE, ts);
                    for (int j = 0; j < 20; j++) dict.delete(PyStr.of("tmp" + j, ts), ts);
                }
            }
            done.set(true);
        };
        Body reader = ts -> {
            long[] last = new long[SLOTS];
            while (!done.get()) {
                for (int i = 0; i < SLOTS; i++) {
                    PyInt v = (PyInt) dict.get(PyStr.of("key" + i, ts), ts);
                    assertNotNull(v, "a present key was missed");
                    assertFalse(v.isDead(), "handed out a dead value");
                    long x = v.longValue() - 1_000_000L;
                    assertEquals(i, x % SLOTS, "a value never stored under this key");
                    assertTrue(x >= last[i], "went back in time");
                    last[i] = x;
                    ts.refs.decref(v, ts);
                }
            }
        };
        runThreads(space, List.of(writer, reader));
        assertEquals(SLOTS, dict.len(main));
        PyObject[] vals = dict.values(main);
        for (PyObject o : vals) {
            assertEquals(2, main.refs.refcount(o));
            main.refs.decref(o, main);
        }
        main.refs.decref(dict, main);
        for (PyObject o : vals) assertTrue(o.isDead());
    }
}
