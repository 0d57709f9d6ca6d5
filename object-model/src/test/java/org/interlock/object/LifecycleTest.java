package org.interlock.object;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Object death in CPython's order (PEP 442), weakrefs, immortals, and the trashcan. */
class LifecycleTest {
    private final TestPolicies.Env env = TestPolicies.env();
    private final ThreadState ts = env.ts();

    private PyType newClass(String name, PyType.Finalizer fin) {
        PyType t = new PyType(name, PyType.OBJECT, ts);
        t.setFinalizer(fin);
        return t;
    }

    @Test
    void lastDecrefDeallocatesExactlyOnce() {
        PyType cls = newClass("C", null);
        PyInstance o = new PyInstance(cls, ts);
        assertEquals(2, env.rc(cls));
        ts.refs.incref(o, ts);
        ts.refs.decref(o, ts);
        assertFalse(o.isDead());
        ts.refs.decref(o, ts);
        assertTrue(o.isDead());
        assertEquals(1, env.refs().deallocs);
        assertEquals(1, env.rc(cls), "the instance released its type");
        assertThrows(DeadObjectError.class, () -> Lifecycle.dealloc(o, ts), "a second teardown is refused");
        assertEquals(1, env.refs().deallocs);
    }

    @Test
    void finalizerRunsOnceAndThenTheObjectDies() {
        int[] runs = {0};
        List<Boolean> aliveInDel = new ArrayList<>();
        PyType cls = newClass("D", (self, t) -> {
            runs[0]++;
            aliveInDel.add(!self.isDead() && (self.laFlags() & PyObject.DYING) == 0);
        });
        PyInstance o = new PyInstance(cls, ts);
        ts.refs.decref(o, ts);
        assertEquals(1, runs[0]);
        assertEquals(List.of(true), aliveInDel, "__del__ sees a live object");
        assertTrue(o.isDead());
    }

    @Test
    void revivalKeepsWeakrefsAndTheFinalizerNeverRunsAgain() {
        PyList keep = new PyList(ts);
        int[] runs = {0};
        PyType cls = newClass("Phoenix", (self, t) -> {
            runs[0]++;
            keep.append(self, t); // __del__ stores self: revived
        });
        PyInstance o = new PyInstance(cls, ts);
        List<String> callbacks = new ArrayList<>();
        PyWeakRef w = PyWeakRef.create(o, new NativeCallable((ref, t) -> callbacks.add("cb"), ts), ts);
        ts.refs.decref(o, ts);
        assertEquals(1, runs[0]);
        assertFalse(o.isDead(), "revived");
        assertEquals(1, env.rc(o), "held by the list only");
        PyObject again = w.get(ts);
        assertSame(o, again, "weakref intact after revival");
        assertTrue(callbacks.isEmpty(), "no callback for a revived object");
        ts.refs.decref(again, ts);
        keep.clear(ts); // the last reference goes a second time
        assertEquals(1, runs[0], "__del__ runs at most once in an object's life");
        assertTrue(o.isDead());
        assertNull(w.get(ts));
        assertEquals(List.of("cb"), callbacks);
    }

    @Test
    void finalizerExceptionGoesToTheUnraisableHook() {
        List<String> reported = new ArrayList<>();
        env.space().setUnraisableHook((ctx, err, t) -> reported.add(err.getMessage()));
        PyType cls = newClass("Bad", (self, t) -> {
            throw new IllegalStateException("boom");
        });
        PyInstance o = new PyInstance(cls, ts);
        ts.refs.decref(o, ts);
        assertEquals(List.of("boom"), reported);
        assertTrue(o.isDead());
    }

    @Test
    void weakrefCallbacksRunNewestFirstExactlyOnceAfterDeath() {
        PyInstance o = new PyInstance(newClass("W", null), ts);
        List<String> order = new ArrayList<>();
        List<PyWeakRef> refs = new ArrayList<>();
        for (String name : new String[] {"first", "second", "third"}) {
            NativeCallable cb = new NativeCallable((ref, t) -> {
                assertTrue(o.isDead() || (o.laFlags() & PyObject.DYING) != 0, "callbacks run after death");
                assertNull(ref.get(t), "the weakref is already cleared");
                order.add(name);
            }, ts);
            refs.add(PyWeakRef.create(o, cb, ts));
            ts.refs.decref(cb, ts); // the weakref holds it now
        }
        PyWeakRef plain = PyWeakRef.create(o, null, ts);
        assertSame(plain, PyWeakRef.create(o, null, ts), "a callback-free weakref is shared");
        ts.refs.decref(o, ts);
        assertEquals(List.of("third", "second", "first"), order);
        for (PyWeakRef w : refs) {
            assertNull(w.get(ts));
            assertTrue(w.isCleared(ts));
            assertNull(w.callback(), "the callback reference was dropped after it ran");
        }
        assertNull(plain.get(ts));
        assertEquals(3, order.size());
    }

    @Test
    void weakrefToAWeakref() {
        PyInstance o = new PyInstance(newClass("X", null), ts);
        PyWeakRef w1 = PyWeakRef.create(o, null, ts);
        PyWeakRef w2 = PyWeakRef.create(w1, null, ts);
        PyObject r = w2.get(ts);
        assertSame(w1, r);
        ts.refs.decref(r, ts);
        // the referent dies first: w1 is cleared but alive, and w2 still reaches it
        ts.refs.decref(o, ts);
        assertNull(w1.get(ts));
        r = w2.get(ts);
        assertSame(w1, r);
        ts.refs.decref(r, ts);
        // then w1 dies: w2 reads None
        ts.refs.decref(w1, ts);
        assertTrue(w1.isDead());
        assertNull(w2.get(ts));
    }

    @Test
    void aWeakrefThatDiesFirstIsUnlinked() {
        PyInstance o = new PyInstance(newClass("Y", null), ts);
        int[] calls = {0};
        NativeCallable cb = new NativeCallable((ref, t) -> calls[0]++, ts);
        PyWeakRef w = PyWeakRef.create(o, cb, ts);
        ts.refs.decref(cb, ts);
        ts.refs.decref(w, ts); // the weakref dies before its referent
        assertTrue(w.isDead());
        assertTrue(cb.isDead(), "the dead weakref released its callback");
        ts.refs.decref(o, ts);
        assertEquals(0, calls[0], "a dead weakref's callback never runs");
    }

    @Test
    void immortalsAreNeverCountedAndNeverDie() {
        PyObject[] immortals = {PyNone.NONE, PyBool.TRUE, PyBool.FALSE, PyInt.small(-5), PyInt.of(256, ts),
            PyStr.intern("name"), PyStr.EMPTY, PyTuple.EMPTY, PyInt.TYPE, PyType.OBJECT};
        for (PyObject o : immortals) {
            long before = env.rc(o);
            for (int k = 0; k < 10; k++) ts.refs.incref(o, ts);
            for (int k = 0; k < 20; k++) ts.refs.decref(o, ts);
            assertTrue(ts.refs.tryIncref(o, ts));
            assertEquals(before, env.rc(o), "not counted: " + o);
            assertFalse(o.isDead());
            assertTrue(o.isImmortal());
            assertThrows(DeadObjectError.class, () -> Lifecycle.dealloc(o, ts), "an immortal is never torn down");
        }
        PyWeakRef w = PyWeakRef.create(PyNone.NONE, null, ts);
        assertSame(PyNone.NONE, w.get(ts));
        assertEquals(0, env.refs().deallocs);
    }

    @Test
    void trashcanFreesALongChainWithoutOverflowingTheStack() {
        int n = 100_000;
        PyList head = new PyList(ts);
        PyList cur = head;
        for (int k = 0; k < n; k++) {
            PyList next = new PyList(ts);
            cur.append(next, ts);
            ts.refs.decref(next, ts);
            cur = next;
        }
        PyList tail = cur;
        int before = env.refs().deallocs;
        ts.refs.decref(head, ts);
        assertTrue(head.isDead());
        assertTrue(tail.isDead());
        assertEquals(n + 1, env.refs().deallocs - before);
    }

    @Test
    void trashcanFreesAChainOfInstancesThroughTheirAttributeDicts() {
        int n = 100_000;
        PyType cls = newClass("Node", null);
        PyStr next = PyStr.intern("next");
        PyInstance head = new PyInstance(cls, ts);
        PyInstance cur = head;
        for (int k = 0; k < n; k++) {
            PyInstance nx = new PyInstance(cls, ts);
            cur.setAttr(next, nx, ts);
            ts.refs.decref(nx, ts);
            cur = nx;
        }
        PyInstance tail = cur;
        ts.refs.decref(head, ts);
        assertTrue(tail.isDead());
        assertEquals(1, env.rc(cls));
    }
}
