package org.interlock.object.gc;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.interlock.object.DeadObjectError;
import org.interlock.object.NativeCallable;
import org.interlock.object.PyDict;
import org.interlock.object.PyInstance;
import org.interlock.object.PyInt;
import org.interlock.object.PyList;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PySet;
import org.interlock.object.PyTuple;
import org.interlock.object.PyType;
import org.interlock.object.PyWeakRef;
import org.interlock.object.TestPolicies;
import org.interlock.object.ThreadState;
import org.junit.jupiter.api.Test;

/** The collector on one thread: cycles found and freed, PEP 442, weakrefs, live objects kept. */
class CollectorTest {
    private final TestPolicies.Env env = TestPolicies.env();
    private final ThreadState ts = env.ts();
    private final Collector gc = env.space().collector();
    private final PyStr x = PyStr.of("x", ts);

    private PyType newClass(String name, PyType.Finalizer fin) {
        PyType t = new PyType(name, PyType.OBJECT, ts);
        t.setFinalizer(fin);
        return t;
    }

    /** a.x = b; b.x = a; both references dropped. Returns them (borrowed, for inspection). */
    private PyInstance[] pair(PyType cls) {
        PyInstance a = new PyInstance(cls, ts);
        PyInstance b = new PyInstance(cls, ts);
        a.setAttr(x, b, ts);
        b.setAttr(x, a, ts);
        ts.refs.decref(a, ts);
        ts.refs.decref(b, ts);
        return new PyInstance[] {a, b};
    }

    /** An untracked object holding one counted reference (as a runtime object without traverse). */
    static final class Holder extends PyObject {
        static final PyType TYPE = PyType.builtin("holder");
        final PyObject held;

        Holder(PyObject held, ThreadState ts) {
            super(ts);
            ts.refs.incref(held, ts);
            this.held = held;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        protected void releaseReferences(ThreadState ts) {
            ts.refs.decref(held, ts);
        }
    }

    @Test
    void containersAreTrackedAndScalarsAreNot() {
        PyList l = new PyList(ts);
        PyTuple t = PyTuple.of(new PyObject[] {l}, ts);
        assertTrue(gc.isTracked(l));
        assertTrue(gc.isTracked(new PyDict(ts)));
        assertTrue(gc.isTracked(new PySet(ts)));
        assertTrue(gc.isTracked(t));
        assertTrue(gc.isTracked(new PyInstance(PyType.OBJECT, ts)));
        assertTrue(gc.isTracked(new PyType("C", PyType.OBJECT, ts)));
        assertFalse(gc.isTracked(PyStr.of("not interned, not tracked", ts)));
        assertFalse(gc.isTracked(PyInt.of(1_000_000, ts)));
        assertFalse(gc.isTracked(PyType.OBJECT));
    }

    @Test
    void selfReferencingListIsFreedByCollect() {
        PyList l = new PyList(ts);
        PyStr s = PyStr.of("payload " + 1, ts);
        l.append(l, ts);
        l.append(s, ts);
        ts.refs.decref(l, ts);
        assertFalse(l.isDead(), "reference counting alone never frees a cycle");
        assertEquals(1, gc.collect(ts));
        assertTrue(l.isDead());
        assertEquals(1, env.rc(s), "the garbage released the string it held");
        ts.refs.decref(s, ts);
        assertTrue(s.isDead());
        assertEquals(0, gc.collect(ts), "nothing is left");
        assertThrows(DeadObjectError.class, () -> l.len(ts), "a use of the collected list is caught");
    }

    @Test
    void collectReturnsTheUnreachableCount() {
        for (int i = 0; i < 5; i++) {
            PyList l = new PyList(ts);
            l.append(l, ts);
            ts.refs.decref(l, ts);
        }
        PyList a = new PyList(ts);
        PyDict d = new PyDict(ts);
        PyTuple t = PyTuple.of(new PyObject[] {d}, ts);
        a.append(t, ts);
        d.set(x, a, ts); // a -> t -> d -> a
        for (PyObject o : new PyObject[] {a, d, t}) ts.refs.decref(o, ts);
        assertEquals(8, gc.collect(ts));
        assertTrue(a.isDead() && d.isDead() && t.isDead());
        assertEquals(8, gc.collected());
    }

    @Test
    void aCycleOfInstancesIsFinalizedOnceAndFreed() {
        List<PyObject> finalized = new ArrayList<>();
        PyType cls = newClass("Node", (self, t) -> finalized.add(self));
        PyInstance[] ab = pair(cls);
        assertEquals(4, gc.collect(ts), "two instances and their two attribute dicts");
        assertEquals(List.of(ab[0], ab[1]), finalized);
        assertTrue(ab[0].isDead() && ab[1].isDead());
        assertTrue(ab[0].dictOrNull() == null, "released");
        assertEquals(1, env.rc(cls), "the instances released their class");
        assertEquals(0, gc.collect(ts));
        assertEquals(2, finalized.size(), "__del__ never runs twice");
    }

    @Test
    void aRevivingFinalizerKeepsTheRevivedPartAndAnotherCollectFreesItWithoutFinalizing() {
        PyList keep = new PyList(ts);
        int[] runs = {0};
        PyInstance[][] holder = new PyInstance[1][];
        PyType cls = newClass("Phoenix", (self, t) -> {
            runs[0]++;
            if (self == holder[0][0]) keep.append(self, t); // a revives itself, and b with it
        });
        PyType plain = newClass("Plain", null);
        holder[0] = pair(cls);
        PyInstance a = holder[0][0];
        PyInstance b = holder[0][1];
        PyInstance[] cd = pair(plain); // an unrelated cycle in the same collection
        assertEquals(8, gc.collect(ts), "all eight were unreachable when found");
        assertEquals(2, runs[0]);
        assertFalse(a.isDead());
        assertFalse(b.isDead(), "reachable from the revived object");
        assertFalse(a.dictOrNull().isDead());
        PyObject bx = a.getAttr(x, ts);
        assertSame(b, bx, "the revived part is intact");
        ts.refs.decref(bx, ts);
        assertTrue(cd[0].isDead() && cd[1].isDead(), "the unrelated cycle is freed");

        keep.clear(ts);
        assertFalse(a.isDead(), "still a cycle");
        assertEquals(4, gc.collect(ts));
        assertTrue(a.isDead() && b.isDead());
        assertEquals(2, runs[0], "no second __del__ after revival");
    }

    @Test
    void aFinalizerThatBreaksTheCycleLetsTheLifecycleFreeItOnce() {
        int[] runs = {0};
        PyType cls = newClass("Breaker", (self, t) -> {
            runs[0]++;
            ((PyInstance) self).delAttr(x, t); // drops the reference to the other one
        });
        PyInstance[] ab = pair(cls);
        assertEquals(4, gc.collect(ts));
        assertEquals(2, runs[0]);
        assertTrue(ab[0].isDead() && ab[1].isDead());
        assertEquals(1, env.rc(cls));
    }

    @Test
    void aRaisingFinalizerIsReportedAndTheCycleStillFreed() {
        List<String> reported = new ArrayList<>();
        env.space().setUnraisableHook((ctx, err, t) -> reported.add(err.getMessage()));
        PyType cls = newClass("Bad", (self, t) -> {
            throw new IllegalStateException("boom");
        });
        PyInstance[] ab = pair(cls);
        assertEquals(4, gc.collect(ts));
        assertEquals(List.of("boom", "boom"), reported);
        assertTrue(ab[0].isDead() && ab[1].isDead());
    }

    @Test
    void weakrefsToCyclicGarbageAreClearedAndTheirCallbackRunsOnce() {
        PyType cls = newClass("W", null);
        PyInstance a = new PyInstance(cls, ts);
        a.setAttr(x, a, ts);
        List<String> calls = new ArrayList<>();
        PyWeakRef outside = PyWeakRef.create(a, new NativeCallable((w, t) -> {
            calls.add("outside");
            assertNull(w.get(t), "cleared before its callback runs");
        }, ts), ts);
        // A weakref that is itself part of the garbage: cleared, its callback never runs.
        PyWeakRef inside = PyWeakRef.create(a, new NativeCallable((w, t) -> calls.add("inside"), ts), ts);
        a.setAttr(PyStr.of("w", ts), inside, ts);
        ts.refs.decref(inside, ts);
        ts.refs.decref(a, ts);
        assertEquals(3, gc.collect(ts), "the instance, its dict and the inner weakref (a native callback is untracked)");
        assertTrue(a.isDead());
        assertTrue(inside.isDead());
        assertNull(outside.get(ts));
        assertEquals(List.of("outside"), calls);
        gc.collect(ts);
        assertEquals(List.of("outside"), calls, "exactly once");
        ts.refs.decref(outside, ts);
    }

    @Test
    void weakrefCallbacksRunBeforeFinalizersAsInCPython311() {
        List<String> events = new ArrayList<>();
        PyList keep = new PyList(ts);
        PyType cls = newClass("Order", (self, t) -> {
            events.add("del");
            keep.append(self, t); // revived
        });
        PyInstance a = new PyInstance(cls, ts);
        a.setAttr(x, a, ts);
        PyWeakRef w = PyWeakRef.create(a, new NativeCallable((r, t) -> events.add("callback"), ts), ts);
        ts.refs.decref(a, ts);
        assertEquals(2, gc.collect(ts));
        assertEquals(List.of("callback", "del"), events);
        assertFalse(a.isDead(), "revived");
        assertNull(w.get(ts), "a collection clears the weakrefs before finalizers run, revival or not");
        ts.refs.decref(w, ts);
        keep.clear(ts);
        assertEquals(2, gc.collect(ts));
        assertTrue(a.isDead());
        assertEquals(List.of("callback", "del"), events);
    }

    @Test
    void objectsReferencedFromOutsideAreNeverCollected() {
        PyList l = new PyList(ts);
        PyList inner = new PyList(ts);
        l.append(inner, ts);
        inner.append(l, ts); // l <-> inner
        Holder h = new Holder(l, ts); // an untracked holder with a counted reference
        ts.refs.decref(inner, ts);
        ts.refs.decref(l, ts);
        assertEquals(0, gc.collect(ts));
        assertFalse(l.isDead() || inner.isDead());

        PyList javaHeld = new PyList(ts); // the caller's own reference
        javaHeld.append(javaHeld, ts);
        assertEquals(0, gc.collect(ts));
        assertFalse(javaHeld.isDead());
        assertEquals(2, env.rc(javaHeld), "the collector gave back every count it took");

        ts.refs.decref(h, ts);
        ts.refs.decref(javaHeld, ts);
        assertEquals(3, gc.collect(ts));
        assertTrue(l.isDead() && inner.isDead() && javaHeld.isDead());
    }

    @Test
    void anAcyclicTailHangingOffACycleIsCollectedWithIt() {
        PyList cyc = new PyList(ts);
        cyc.append(cyc, ts);
        PyDict tail = new PyDict(ts);
        PySet leaf = new PySet(ts);
        leaf.add(x, ts);
        tail.set(x, leaf, ts);
        cyc.append(tail, ts);
        ts.refs.decref(tail, ts);
        ts.refs.decref(leaf, ts);
        ts.refs.decref(cyc, ts);
        assertEquals(3, gc.collect(ts));
        assertTrue(cyc.isDead() && tail.isDead() && leaf.isDead());
    }

    @Test
    void thresholdsTriggerAnAutomaticCollectionAtASafepoint() {
        assertArrayEquals(new int[] {700, 10, 10}, gc.getThreshold());
        gc.setThreshold(8, 10, 10);
        List<PyList> made = new ArrayList<>();
        for (int i = 0; i < 40 && gc.collections() == 0; i++) {
            PyList l = new PyList(ts);
            l.append(l, ts);
            ts.refs.decref(l, ts);
            made.add(l);
            ts.safepoint(); // the eval breaker: where a scheduled collection runs
        }
        assertTrue(gc.collections() > 0, "allocations crossed the threshold");
        assertTrue(made.get(0).isDead(), "the automatic collection freed the first cycle");
    }

    @Test
    void disableStopsAutomaticCollectionButNotCollect() {
        gc.setThreshold(4, 10, 10);
        gc.disable();
        assertFalse(gc.isEnabled());
        for (int i = 0; i < 50; i++) {
            PyList l = new PyList(ts);
            l.append(l, ts);
            ts.refs.decref(l, ts);
            ts.safepoint();
        }
        assertEquals(0, gc.collections());
        assertTrue(gc.getCount()[0] >= 40, "counted meanwhile: " + gc.getCount()[0]);
        assertEquals(50, gc.collect(ts));
        assertEquals(0, gc.getCount()[0]);
        gc.enable();
        assertTrue(gc.isEnabled());
    }

    @Test
    void getCountCountsAllocationsLessDeaths() {
        gc.setThreshold(0, 10, 10); // no automatic collection; batch 64
        gc.collect(ts);
        for (int i = 0; i < 200; i++) ts.refs.decref(new PyList(ts), ts); // born and freed
        assertTrue(gc.getCount()[0] < 64, "deaths are subtracted: " + gc.getCount()[0]);
        List<PyList> kept = new ArrayList<>();
        for (int i = 0; i < 200; i++) kept.add(new PyList(ts));
        assertTrue(gc.getCount()[0] >= 200 - 64, "live allocations counted: " + gc.getCount()[0]);
        for (PyList l : kept) ts.refs.decref(l, ts);
    }

    @Test
    void referrersAndReferents() {
        PyList l = new PyList(ts);
        PyDict d = new PyDict(ts);
        PyStr s = PyStr.of("s" + 1, ts);
        l.append(s, ts);
        d.set(x, s, ts);
        PyList other = new PyList(ts);
        List<PyObject> referrers = gc.getReferrers(new PyObject[] {s}, ts);
        assertEquals(2, referrers.size());
        assertTrue(referrers.contains(l) && referrers.contains(d));
        for (PyObject r : referrers) ts.refs.decref(r, ts);
        List<PyObject> referents = gc.getReferents(d, ts);
        assertEquals(List.of(x, s), referents);
        for (PyObject r : referents) ts.refs.decref(r, ts);
        assertEquals(List.of(), gc.getReferents(s, ts));
        List<PyObject> all = gc.getObjects(ts);
        assertTrue(all.contains(l) && all.contains(d) && all.contains(other));
        for (PyObject r : all) ts.refs.decref(r, ts);
        assertEquals(3, env.rc(s), "ours, the list's and the dict's: every new reference handed out was given back");
    }

    @Test
    void frozenObjectsAreNotCollectedUntilUnfrozen() {
        PyList l = new PyList(ts);
        l.append(l, ts);
        ts.refs.decref(l, ts);
        gc.freeze(ts);
        assertEquals(1, gc.getFreezeCount(ts));
        assertEquals(0, gc.collect(ts));
        assertFalse(l.isDead());
        gc.unfreeze(ts);
        assertEquals(0, gc.getFreezeCount(ts));
        assertEquals(1, gc.collect(ts));
        assertTrue(l.isDead());
    }

    @Test
    void saveAllPutsTheGarbageInGcGarbageInsteadOfFreeingIt() {
        gc.setDebug(Collector.DEBUG_SAVEALL);
        PyList l = new PyList(ts);
        l.append(l, ts);
        ts.refs.decref(l, ts);
        assertEquals(1, gc.collect(ts));
        assertFalse(l.isDead());
        PyList garbage = gc.garbage(ts);
        assertEquals(1, garbage.len(ts));
        gc.setDebug(0);
        garbage.clear(ts);
        assertEquals(1, gc.collect(ts));
        assertTrue(l.isDead());
    }

    @Test
    void aCollectionFromAFinalizerDoesNothing() {
        long[] inner = {-1};
        PyType cls = newClass("Nested", (self, t) -> inner[0] = t.space.collector().collect(t));
        pair(cls);
        assertEquals(4, gc.collect(ts));
        assertEquals(0, inner[0]);
    }
}
