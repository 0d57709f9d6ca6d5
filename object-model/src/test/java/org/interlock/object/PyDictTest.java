package org.interlock.object;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PyDictTest {
    private final TestPolicies.Env env = TestPolicies.env();
    private final ThreadState ts = env.ts();

    private PyInt i(long v) {
        return PyInt.of(v, ts);
    }

    /** A key with a chosen hash whose {@code __eq__} may run a side effect (Python code). */
    static final class Key extends PyObject {
        static final PyType TYPE = PyType.builtin("Key");
        final long hash;
        final int value;
        Runnable onEq;
        int eqCalls;

        Key(long hash, int value, ThreadState ts) {
            super(ts);
            this.hash = hash;
            this.value = value;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public long pyHash(ThreadState ts) {
            return hash;
        }

        @Override
        public boolean pyEquals(PyObject other, ThreadState ts) {
            eqCalls++;
            Runnable r = onEq;
            onEq = null;
            if (r != null) r.run();
            return other instanceof Key k && k.value == value;
        }
    }

    private static List<Long> keys(PyDict d, ThreadState ts) {
        List<Long> out = new ArrayList<>();
        for (PyObject k : d.keys(ts)) {
            out.add(((PyInt) k).longValue());
            ts.refs.decref(k, ts);
        }
        return out;
    }

    @Test
    void basicOperationsAndCounts() {
        PyDict d = new PyDict(ts);
        PyStr k = PyStr.of("alpha", ts);
        PyInt v = i(1000);
        d.set(k, v, ts);
        assertEquals(2, env.rc(k));
        assertEquals(2, env.rc(v));
        PyObject got = d.get(PyStr.of("alpha", ts), ts);
        assertSame(v, got);
        assertEquals(3, env.rc(v));
        ts.refs.decref(got, ts);
        assertTrue(d.contains(PyStr.intern("alpha"), ts));
        assertNull(d.get(PyStr.of("beta", ts), ts));
        assertEquals(1, d.len(ts));
        d.set(k, i(2000), ts);
        assertEquals(1, env.rc(v), "the replaced value was released");
        assertTrue(d.delete(k, ts));
        assertFalse(d.delete(k, ts));
        assertEquals(1, env.rc(k));
        assertEquals(0, d.len(ts));
        assertEquals(0, env.locks().depth);
        assertEquals("unhashable type: 'dict'", assertThrows(OperationError.class, () -> d.pyHash(ts)).getMessage());
    }

    @Test
    void intFloatAndBoolAreOneKey() {
        // python3: d = {}; d[1] = 'a'; d[1.0] = 'b'; d[True] = 'c'; d == {1: 'c'}, key stays int 1
        PyDict d = new PyDict(ts);
        PyInt one = i(1);
        d.set(one, PyStr.of("a", ts), ts);
        d.set(PyFloat.of(1.0, ts), PyStr.of("b", ts), ts);
        d.set(PyBool.TRUE, PyStr.of("c", ts), ts);
        assertEquals(1, d.len(ts));
        PyObject[] items = d.items(ts);
        assertSame(one, items[0]);
        assertEquals("c", items[1].toString());
    }

    @Test
    void insertionOrderSurvivesDeletesAndResizes() {
        // python3: d = {k: k for k in range(100)}; for k in range(0, 100, 2): del d[k];
        //          for k in range(100, 150): d[k] = k; d[1] = -1; list(d) == odds + range(100,150)
        PyDict d = new PyDict(ts);
        for (int k = 0; k < 100; k++) d.set(i(k), i(k), ts);
        for (int k = 0; k < 100; k += 2) assertTrue(d.delete(i(k), ts));
        for (int k = 100; k < 150; k++) d.set(i(k), i(k), ts);
        d.set(i(1), i(-1), ts);
        List<Long> expected = new ArrayList<>();
        for (long k = 1; k < 100; k += 2) expected.add(k);
        for (long k = 100; k < 150; k++) expected.add(k);
        assertEquals(expected, keys(d, ts));
        assertEquals(100, d.len(ts));
        PyObject v = d.get(i(1), ts);
        assertEquals(-1, ((PyInt) v).longValue());
        // re-inserting a deleted key puts it at the end
        d.set(i(0), i(0), ts);
        assertEquals(0L, keys(d, ts).get(100));
    }

    @Test
    void tenThousandKeys() {
        PyDict d = new PyDict(ts);
        int n = 10_000;
        for (int k = 0; k < n; k++) d.set(PyStr.of("k" + k, ts), i(k * 3L), ts);
        assertEquals(n, d.len(ts));
        for (int k = 0; k < n; k++) {
            PyObject v = d.get(PyStr.of("k" + k, ts), ts);
            assertNotNull(v, "k" + k);
            assertEquals(k * 3L, ((PyInt) v).longValue());
        }
        for (int k = 0; k < n; k += 3) assertTrue(d.delete(PyStr.of("k" + k, ts), ts));
        for (int k = 0; k < n; k++) assertEquals(k % 3 != 0, d.contains(PyStr.of("k" + k, ts), ts), "k" + k);
        PyObject[] ks = d.keys(ts);
        assertEquals(n - (n + 2) / 3, ks.length);
        assertEquals("k1", ks[0].toString());
        assertEquals("k9998", ks[ks.length - 1].toString());
    }

    @Test
    void keysAreComparedByIdentityThenHashThenEquality() {
        PyDict d = new PyDict(ts);
        Key a = new Key(42, 1, ts);
        Key b = new Key(42, 2, ts);
        d.set(a, i(1), ts);
        d.set(b, i(2), ts);
        assertEquals(1, a.eqCalls, "b's insertion compared with a (same hash)");
        a.eqCalls = 0;
        PyObject v = d.get(a, ts);
        assertEquals(1, ((PyInt) v).longValue());
        assertEquals(0, a.eqCalls, "identity matched first");
        Key c = new Key(43, 1, ts); // equal to a but another hash: never compared
        assertNull(d.get(c, ts));
        assertEquals(0, c.eqCalls);
        assertEquals(2, ((PyInt) d.get(new Key(42, 2, ts), ts)).longValue());
    }

    @Test
    void lookupRestartsWhenEqMutatesTheDict() {
        PyDict d = new PyDict(ts);
        Key a = new Key(7, 1, ts);
        d.set(a, i(1), ts);
        // a's __eq__ grows the dict (forcing a resize) in the middle of a lookup
        a.onEq = () -> {
            for (int k = 100; k < 120; k++) d.set(i(k), i(k), ts);
        };
        PyObject v = d.get(new Key(7, 1, ts), ts);
        assertNotNull(v);
        assertEquals(1, ((PyInt) v).longValue());
        assertEquals(21, d.len(ts));
        assertEquals(0, env.locks().depth);
    }

    @Test
    void popItemSetDefaultIterationUpdateCopyEquality() {
        PyDict d = new PyDict(ts);
        for (int k = 0; k < 5; k++) d.set(i(k), i(k * 10L), ts);
        PyObject[] kv = d.popItem(ts);
        assertEquals(4, ((PyInt) kv[0]).longValue());
        assertEquals(40, ((PyInt) kv[1]).longValue());
        PyObject sd = d.setDefault(i(1), i(99), ts);
        assertEquals(10, ((PyInt) sd).longValue());
        sd = d.setDefault(i(9), i(99), ts);
        assertEquals(99, ((PyInt) sd).longValue());
        // python3: list(d) == [0, 1, 2, 3, 9]
        List<Long> seen = new ArrayList<>();
        PyObject[] out = new PyObject[2];
        for (int pos = d.iterNext(0, out, ts); pos >= 0; pos = d.iterNext(pos, out, ts)) {
            seen.add(((PyInt) out[0]).longValue());
            ts.refs.decref(out[0], ts);
            ts.refs.decref(out[1], ts);
        }
        assertEquals(List.of(0L, 1L, 2L, 3L, 9L), seen);
        PyDict c = d.copy(ts);
        assertTrue(c.pyEquals(d, ts));
        assertEquals(keys(d, ts), keys(c, ts));
        c.set(i(0), i(-1), ts);
        assertFalse(c.pyEquals(d, ts));
        PyDict u = new PyDict(ts);
        u.set(i(3), i(333), ts);
        u.set(i(50), i(50), ts);
        d.update(u, ts);
        assertEquals(List.of(0L, 1L, 2L, 3L, 9L, 50L), keys(d, ts));
        assertEquals(333, ((PyInt) d.get(i(3), ts)).longValue());
        PyObject[] vals = d.values(ts);
        assertEquals(6, vals.length);
        d.clear(ts);
        assertEquals(0, d.len(ts));
        assertNull(d.popItem(ts));
        assertEquals(0, env.locks().depth);
    }

    @Test
    void deathReleasesKeysAndValues() {
        PyDict d = new PyDict(ts);
        PyStr k = PyStr.of("key", ts);
        PyInt v = i(5000);
        d.set(k, v, ts);
        ts.refs.decref(d, ts);
        assertTrue(d.isDead());
        assertEquals(1, env.rc(k));
        assertEquals(1, env.rc(v));
    }

    @Test
    void optimisticGetTakesNoLockForPureKeys() {
        TestPolicies.Env e = TestPolicies.env(true);
        ThreadState t = e.ts();
        PyDict d = new PyDict(t);
        d.set(PyStr.of("name", t), PyInt.of(1000, t), t);
        e.locks().maxDepth = 0;
        PyObject v = d.get(PyStr.of("name", t), t);
        assertEquals(1000, ((PyInt) v).longValue());
        assertNull(d.get(PyStr.of("other", t), t));
        assertEquals(0, e.locks().maxDepth);
        // a key class whose __eq__ is Python code is compared under the lock
        Key a = new Key(1, 1, t);
        d.set(a, PyInt.of(2000, t), t);
        e.locks().maxDepth = 0;
        assertEquals(2000, ((PyInt) d.get(new Key(1, 1, t), t)).longValue());
        assertEquals(1, e.locks().maxDepth);
    }

    @Test
    void optimisticGetRevalidatesAfterConcurrentWrites() {
        TestPolicies.Env e = TestPolicies.env(true);
        ThreadState t = e.ts();
        PyDict d = new PyDict(t);
        PyStr k = PyStr.of("name", t);
        PyInt old = PyInt.of(1000, t), repl = PyInt.of(2000, t);
        d.set(k, old, t);
        e.refs().beforeTryIncref = o -> d.set(k, repl, t);
        assertSame(repl, d.get(k, t));
        assertEquals(1, e.rc(old));
        t.refs.decref(old, t); // our own reference: the dict already dropped its one
        assertTrue(old.isDead());
        PyInt only = PyInt.of(3000, t);
        d.set(k, only, t);
        t.refs.decref(only, t);
        e.refs().beforeTryIncref = o -> d.delete(k, t); // the value dies before the tryIncref
        assertNull(d.get(k, t));
        assertTrue(only.isDead());
    }
}
