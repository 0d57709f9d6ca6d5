package org.interlock.object;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class PyListTest {
    private final TestPolicies.Env env = TestPolicies.env();
    private final ThreadState ts = env.ts();

    private PyInt i(long v) {
        return PyInt.of(v, ts);
    }

    private static long[] values(PyList l, ThreadState ts) {
        PyObject[] s = l.snapshot(ts);
        long[] out = new long[s.length];
        for (int k = 0; k < s.length; k++) {
            out[k] = ((PyInt) s[k]).longValue();
            ts.refs.decref(s[k], ts);
        }
        return out;
    }

    @Test
    void operationsFollowPython() {
        PyList l = new PyList(ts);
        for (int k = 0; k < 5; k++) l.append(i(k), ts);
        l.insert(0, i(-1), ts);
        l.insert(100, i(99), ts);
        l.insert(-1, i(50), ts);
        // python3: l = list(range(5)); l.insert(0,-1); l.insert(100,99); l.insert(-1,50) -> [-1,0,1,2,3,4,50,99]
        assertArrayEquals(new long[] {-1, 0, 1, 2, 3, 4, 50, 99}, values(l, ts));
        assertEquals(8, l.len(ts));
        assertEquals(99, ((PyInt) l.get(-1, ts)).longValue());
        assertEquals("list index out of range", assertThrows(OperationError.class, () -> l.get(8, ts)).getMessage());
        assertEquals("list index out of range", assertThrows(OperationError.class, () -> l.get(-9, ts)).getMessage());
        l.set(-2, i(7), ts);
        assertEquals("list assignment index out of range", assertThrows(OperationError.class, () -> l.set(8, i(0), ts)).getMessage());
        assertEquals(99, ((PyInt) l.pop(ts)).longValue());
        assertEquals(-1, ((PyInt) l.pop(0, ts)).longValue());
        assertEquals("pop index out of range", assertThrows(OperationError.class, () -> l.pop(10, ts)).getMessage());
        assertArrayEquals(new long[] {0, 1, 2, 3, 4, 7}, values(l, ts));
        assertTrue(l.remove(PyFloat.of(3.0, ts), ts)); // 3 == 3.0
        assertFalse(l.remove(i(42), ts));
        assertEquals(2, l.index(i(2), ts));
        assertEquals(-1, l.index(i(3), ts));
        assertEquals(1, l.index(PyBool.TRUE, ts));
        assertTrue(l.contains(i(7), ts));
        assertEquals(1, l.count(i(0), ts));
        l.delItem(0, ts);
        assertArrayEquals(new long[] {1, 2, 4, 7}, values(l, ts));
        l.reverse(ts);
        assertArrayEquals(new long[] {7, 4, 2, 1}, values(l, ts));
        PyList sl = l.getSlice(null, null, -2L, ts);
        assertArrayEquals(new long[] {1, 4}, values(sl, ts));
        l.setSlice(1, 3, new PyObject[] {i(10), i(11), i(12)}, ts);
        assertArrayEquals(new long[] {7, 10, 11, 12, 1}, values(l, ts));
        l.delSlice(null, null, 2L, ts);
        assertArrayEquals(new long[] {10, 12}, values(l, ts));
        l.setExtendedSlice(null, null, -1L, new PyObject[] {i(1), i(2)}, ts);
        assertArrayEquals(new long[] {2, 1}, values(l, ts));
        OperationError e = assertThrows(OperationError.class,
                () -> l.setExtendedSlice(null, null, 2L, new PyObject[] {i(1), i(2)}, ts));
        assertEquals("attempt to assign sequence of size 2 to extended slice of size 1", e.getMessage());
        l.clear(ts);
        assertEquals(0, l.len(ts));
        assertEquals("pop from empty list", assertThrows(OperationError.class, () -> l.pop(ts)).getMessage());
        assertEquals(0, env.locks().depth);
        assertEquals("unhashable type: 'list'", assertThrows(OperationError.class, () -> l.pyHash(ts)).getMessage());
    }

    @Test
    void extendIncludingItselfAndEquality() {
        PyList a = PyList.of(new PyObject[] {i(1), i(2)}, ts);
        PyList b = PyList.of(new PyObject[] {i(3)}, ts);
        a.extend(b, ts);
        a.extend(a, ts);
        assertArrayEquals(new long[] {1, 2, 3, 1, 2, 3}, values(a, ts));
        a.extend(new PyObject[] {i(4)}, ts);
        assertEquals(7, a.len(ts));
        PyList c = PyList.of(new PyObject[] {i(1), i(2), i(3), i(1), i(2), i(3), PyFloat.of(4.0, ts)}, ts);
        assertTrue(a.pyEquals(c, ts));
        c.set(0, i(0), ts);
        assertFalse(a.pyEquals(c, ts));
        assertEquals(0, env.locks().depth);
    }

    @Test
    void itemsAreCountedAndReleasedWhenTheListDies() {
        PyInt x = i(1000);
        PyList l = new PyList(ts);
        for (int k = 0; k < 100; k++) l.append(x, ts);
        assertEquals(101, env.rc(x));
        PyObject got = l.get(5, ts);
        assertEquals(102, env.rc(x));
        ts.refs.decref(got, ts);
        PyObject popped = l.pop(ts);
        assertEquals(101, env.rc(x)); // the list's reference moved to us: no count changed
        ts.refs.decref(popped, ts);
        ts.refs.decref(l, ts);
        assertTrue(l.isDead());
        assertEquals(1, env.rc(x));
    }

    @Test
    void optimisticReadTakesNoLock() {
        TestPolicies.Env e = TestPolicies.env(true);
        ThreadState t = e.ts();
        PyList l = PyList.of(new PyObject[] {PyInt.of(1000, t), PyInt.of(2000, t)}, t);
        e.locks().maxDepth = 0;
        PyObject o = l.get(1, t);
        assertEquals(2000, ((PyInt) o).longValue());
        assertEquals(0, e.locks().maxDepth, "the fast path took no critical section");
        assertEquals(3, e.rc(o)); // ours from PyInt.of, the list's, the new one from get
        assertThrows(OperationError.class, () -> l.get(2, t)); // out of range: decided under the lock
        assertEquals(1, e.locks().maxDepth);
    }

    @Test
    void optimisticReadRevalidatesAfterAConcurrentSet() {
        TestPolicies.Env e = TestPolicies.env(true);
        ThreadState t = e.ts();
        PyInt old = PyInt.of(1000, t), replacement = PyInt.of(2000, t);
        PyList l = PyList.of(new PyObject[] {old}, t);
        // "another thread" replaces the slot between the reader's load and its validation
        e.refs().beforeTryIncref = o -> l.set(0, replacement, t);
        PyObject got = l.get(0, t);
        assertSame(replacement, got, "validation saw the slot change and retried under the lock");
        assertEquals(1, e.rc(old), "the speculative reference to the old item was dropped");
        assertEquals(3, e.rc(replacement));
    }

    @Test
    void optimisticReadNeverReturnsAnItemThatDied() {
        TestPolicies.Env e = TestPolicies.env(true);
        ThreadState t = e.ts();
        PyInt only = PyInt.of(1000, t);
        PyList l = PyList.of(new PyObject[] {only}, t);
        t.refs.decref(only, t); // the list holds the only reference
        e.refs().beforeTryIncref = o -> l.clear(t); // the item dies before the reader's tryIncref
        OperationError err = assertThrows(OperationError.class, () -> l.get(0, t));
        assertEquals(OperationError.Kind.INDEX, err.kind);
        assertTrue(only.isDead());
        assertNull(l.getOrNull(0, t));
    }
}
