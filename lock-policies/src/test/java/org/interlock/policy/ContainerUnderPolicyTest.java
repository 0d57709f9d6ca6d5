package org.interlock.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.interlock.object.ObjectSpace;
import org.interlock.object.PyList;
import org.interlock.object.PyObject;
import org.interlock.object.ThreadState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The object model's list under the real thread-safe policies, with two threads: smoke tests of
 * C1 (no lost append), C2 (opposite extends finish) and R3/W1 through the optimistic read path
 * (a reader never gets a dead item while a writer replaces and frees them).
 */
class ContainerUnderPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"fine-grained", "lock-free", "gil+atomic+per-object"})
    void concurrentAppendsLoseNothing(String spec) {
        ObjectSpace s = new ObjectSpace(PolicyRegistry.create(spec));
        ThreadState t1 = s.newThreadState();
        ThreadState t2 = s.newThreadState();
        t1.bindCurrentThread();
        PyList list = new PyList(t1);
        Probe p1 = new Probe(t1);
        t2.bindCurrentThread();
        Probe p2 = new Probe(t2);
        int n = 50_000;
        ConcurrentCountsTest.runTogether(List.of(() -> appends(t1, list, p1, n), () -> appends(t2, list, p2, n)));
        t1.bindCurrentThread();
        t1.attach();
        assertEquals(2 * n, list.len(t1), "C1: every append landed");
        assertEquals(n + 1, t1.refs.refcount(p1));
        assertEquals(n + 1, t1.refs.refcount(p2));
        t1.refs.decref(list, t1); // drops 2n item references, from t1 (p2's are non-owner decrefs)
        t1.detach();
        t2.bindCurrentThread();
        t2.attach();
        t2.safepoint(); // merge anything queued to t2 under biased counting
        t2.refs.decref(p2, t2);
        t2.detach();
        t1.bindCurrentThread();
        t1.attach();
        t1.refs.decref(p1, t1);
        t1.detach();
        assertTrue(p1.isDead() && p2.isDead());
        assertEquals(1, p1.releases.get());
        assertEquals(1, p2.releases.get());
    }

    private static void appends(ThreadState ts, PyList list, PyObject item, int n) {
        ts.attach();
        for (int i = 0; i < n; i++) {
            list.append(item, ts);
            ts.safepoint();
        }
        ts.detach();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fine-grained", "lock-free"})
    void oppositeExtendsFinish(String spec) {
        ObjectSpace s = new ObjectSpace(PolicyRegistry.create(spec));
        ThreadState t1 = s.newThreadState();
        ThreadState t2 = s.newThreadState();
        t1.bindCurrentThread();
        Probe item = new Probe(t1);
        PyList a = PyList.of(new PyObject[] {item, item}, t1);
        PyList b = PyList.of(new PyObject[] {item, item}, t1);
        ConcurrentCountsTest.runTogether(List.of(() -> extendAndTrim(t1, a, b), () -> extendAndTrim(t2, b, a)));
        t1.bindCurrentThread();
        assertEquals(2, a.len(t1));
        assertEquals(2, b.len(t1));
        t1.safepoint();
        assertEquals(5, t1.refs.refcount(item), "four list slots and the test's own reference");
    }

    private static void extendAndTrim(ThreadState ts, PyList self, PyList other) {
        ts.bindCurrentThread();
        for (int i = 0; i < 5_000; i++) {
            self.extend(other, ts); // a.extend(b) against b.extend(a): C2
            while (self.len(ts) > 2) ts.refs.decref(self.pop(ts), ts);
            ts.safepoint();
        }
    }

    /**
     * Lock-free: the writer replaces slot 0 with fresh objects it owns and drops the old ones
     * (freed by the owner, through the merge CAS once a reader shared them); the reader reads
     * slot 0 without a lock. With stress checks on, a dead item handed out throws.
     */
    @ParameterizedTest
    @ValueSource(strings = {"lock-free", "fine-grained"})
    void optimisticReadsNeverSeeADeadItem(String spec) {
        ObjectSpace s = new ObjectSpace(PolicyRegistry.create(spec));
        ThreadState writer = s.newThreadState();
        ThreadState reader = s.newThreadState();
        writer.bindCurrentThread();
        Probe first = new Probe(writer);
        PyList list = PyList.of(new PyObject[] {first}, writer);
        writer.refs.decref(first, writer);
        List<Probe> made = new ArrayList<>();
        made.add(first);
        int n = 20_000;
        ConcurrentCountsTest.runTogether(List.of(
            () -> {
                writer.bindCurrentThread();
                for (int i = 0; i < n; i++) {
                    Probe p = new Probe(writer);
                    list.set(0, p, writer);
                    writer.refs.decref(p, writer); // the list holds the only reference now
                    made.add(p);
                    writer.safepoint();
                }
            },
            () -> {
                reader.bindCurrentThread();
                for (int i = 0; i < n; i++) {
                    PyObject o = list.get(0, reader);
                    assertTrue(!o.isDead(), "W1/R3: a live item");
                    reader.refs.decref(o, reader);
                    reader.safepoint();
                }
                reader.exit(); // anything still queued to the reader is merged now (R4)
            }));
        writer.bindCurrentThread();
        writer.safepoint();
        writer.refs.decref(list, writer);
        writer.safepoint();
        for (Probe p : made) {
            assertTrue(p.isDead(), "freed: " + p);
            assertEquals(1, p.releases.get(), "R2: freed once: " + p);
        }
    }
}
