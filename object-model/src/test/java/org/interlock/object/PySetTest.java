package org.interlock.object;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PySetTest {
    private final TestPolicies.Env env = TestPolicies.env();
    private final ThreadState ts = env.ts();

    private PyInt i(long v) {
        return PyInt.of(v, ts);
    }

    private PySet setOf(boolean frozen, long... vs) {
        PyObject[] items = new PyObject[vs.length];
        for (int k = 0; k < vs.length; k++) items[k] = i(vs[k]);
        return PySet.of(frozen, items, ts);
    }

    private List<Long> order(PySet s) {
        List<Long> out = new ArrayList<>();
        for (PyObject o : s.snapshot(ts)) {
            out.add(((PyInt) o).longValue());
            ts.refs.decref(o, ts);
        }
        return out;
    }

    @Test
    void iterationOrderMatchesCPython() {
        // python3: list(set([5, 3, 1, 9, 7, 100, 33, 8, 16, 24]))
        assertEquals(List.of(1L, 33L, 3L, 100L, 5L, 7L, 8L, 9L, 16L, 24L), order(setOf(false, 5, 3, 1, 9, 7, 100, 33, 8, 16, 24)));
        // python3: list(set(range(50, 0, -3)))
        assertEquals(List.of(32L, 2L, 35L, 5L, 38L, 8L, 41L, 11L, 44L, 14L, 47L, 17L, 50L, 20L, 23L, 26L, 29L),
                order(setOf(false, 50, 47, 44, 41, 38, 35, 32, 29, 26, 23, 20, 17, 14, 11, 8, 5, 2)));
        // python3: list(set([2**40, 7, 2**33+1, -4, -9, 1000003]))
        assertEquals(List.of(1099511627776L, 8589934593L, 1000003L, 7L, -9L, -4L),
                order(setOf(false, 1L << 40, 7, (1L << 33) + 1, -4, -9, 1000003)));
        // python3: s = set(range(20)); discard 3, 5, 7, 11; add 100, 200, 300; list(s)
        PySet s = setOf(false, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19);
        for (long k : new long[] {3, 5, 7, 11}) assertTrue(s.discard(i(k), ts));
        for (long k : new long[] {100, 200, 300}) assertTrue(s.add(i(k), ts));
        assertEquals(List.of(0L, 1L, 2L, 4L, 6L, 8L, 9L, 10L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L, 300L, 200L, 100L), order(s));
        assertEquals(order(s), order(s.copy(false, ts)));
    }

    @Test
    void frozensetHashesMatchCPython() {
        // python3: hash(frozenset()), hash(frozenset({1})), hash(frozenset({1,2,3})),
        //          hash(frozenset(range(100))), hash(frozenset({-1, 2**64}))
        assertEquals(133146708735736L, setOf(true).pyHash(ts));
        assertEquals(-558064481276695278L, setOf(true, 1).pyHash(ts));
        assertEquals(-272375401224217160L, setOf(true, 3, 2, 1).pyHash(ts));
        long[] r = new long[100];
        for (int k = 0; k < 100; k++) r[k] = 99 - k;
        assertEquals(4411996150312757951L, setOf(true, r).pyHash(ts));
        PySet f = PySet.of(true, new PyObject[] {i(-1), PyInt.of(BigInteger.TWO.pow(64), ts)}, ts);
        assertEquals(-5034615256428310129L, f.pyHash(ts));
        assertSame(PySet.FROZEN_TYPE, f.type());
        assertEquals("unhashable type: 'set'", assertThrows(OperationError.class, () -> setOf(false, 1).pyHash(ts)).getMessage());
    }

    @Test
    void membershipPopAndCounts() {
        PySet s = new PySet(ts);
        PyInt x = i(1000);
        assertTrue(s.add(x, ts));
        assertFalse(s.add(PyFloat.of(1000.0, ts), ts)); // 1000 == 1000.0
        assertEquals(2, env.rc(x));
        assertTrue(s.contains(PyFloat.of(1000.0, ts), ts));
        assertFalse(s.contains(i(1001), ts));
        assertEquals(1, s.len(ts));
        PyObject p = s.pop(ts);
        assertSame(x, p);
        assertEquals(2, env.rc(x)); // the set's reference moved to us
        ts.refs.decref(p, ts);
        assertNull(s.pop(ts));
        for (int k = 0; k < 1000; k++) s.add(i(k), ts);
        for (int k = 0; k < 1000; k += 2) s.discard(i(k), ts);
        assertEquals(500, s.len(ts));
        for (int k = 0; k < 1000; k++) assertEquals(k % 2 == 1, s.contains(i(k), ts));
        assertTrue(setOf(false, 1, 2, 3).pyEquals(setOf(true, 3, 2, 1), ts));
        assertFalse(setOf(false, 1, 2).pyEquals(setOf(false, 1, 3), ts));
        s.add(x, ts);
        ts.refs.decref(s, ts);
        assertTrue(s.isDead());
        assertEquals(1, env.rc(x));
        assertEquals(0, env.locks().depth);
    }
}
