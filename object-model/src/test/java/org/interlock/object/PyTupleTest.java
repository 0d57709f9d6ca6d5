package org.interlock.object;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class PyTupleTest {
    private final TestPolicies.Env env = TestPolicies.env();
    private final ThreadState ts = env.ts();

    private PyInt i(long v) {
        return PyInt.of(v, ts);
    }

    @Test
    void hashesMatchCPython() {
        // python3: hash(()), hash((1,)), hash((1, 2)), hash((1, 2, 3)), hash((-1,)),
        // hash(((1, 2), (3,))), hash((0, 0)), hash((2**70, -5))
        assertEquals(5740354900026072187L, PyTuple.EMPTY.pyHash(ts));
        assertEquals(-6644214454873602895L, PyTuple.of(ts, i(1)).pyHash(ts));
        assertEquals(-3550055125485641917L, PyTuple.of(ts, i(1), i(2)).pyHash(ts));
        assertEquals(529344067295497451L, PyTuple.of(ts, i(1), i(2), i(3)).pyHash(ts));
        assertEquals(8078679518589016365L, PyTuple.of(ts, i(-1)).pyHash(ts));
        PyTuple nested = PyTuple.of(ts, PyTuple.of(ts, i(1), i(2)), PyTuple.of(ts, i(3)));
        assertEquals(-8303551883679707139L, nested.pyHash(ts));
        assertEquals(-8458139203682520985L, PyTuple.of(ts, i(0), i(0)).pyHash(ts));
        PyInt big = PyInt.of(BigInteger.TWO.pow(70), ts);
        assertEquals(-4572873811949771300L, PyTuple.of(ts, big, i(-5)).pyHash(ts));
        // (1.0, True) == (1, 1) and hashes alike
        PyTuple f = PyTuple.of(ts, PyFloat.of(1.0, ts), PyBool.TRUE);
        assertTrue(f.pyEquals(PyTuple.of(ts, i(1), i(1)), ts));
        assertEquals(PyTuple.of(ts, i(1), i(1)).pyHash(ts), f.pyHash(ts));
    }

    @Test
    void itemsAreCountedAndReleased() {
        PyInt a = i(1000), b = i(2000);
        PyTuple t = PyTuple.of(ts, a, b);
        assertEquals(2, env.rc(a));
        assertSame(a, t.get(0));
        PyObject n = t.getNew(1, ts);
        assertEquals(3, env.rc(b));
        ts.refs.decref(n, ts);
        assertSame(b, t.item(-1, ts));
        ts.refs.decref(b, ts);
        assertEquals("tuple index out of range", assertThrows(OperationError.class, () -> t.item(2, ts)).getMessage());
        ts.refs.decref(t, ts);
        assertTrue(t.isDead());
        assertEquals(1, env.rc(a));
        assertEquals(1, env.rc(b));
        assertSame(PyTuple.EMPTY, PyTuple.of(new PyObject[0], ts));
        assertTrue(PyTuple.EMPTY.isImmortal());
    }

    @Test
    void fromNewRefsStealsAndSlices() {
        PyInt a = i(1000);
        PyTuple t = PyTuple.fromNewRefs(new PyObject[] {a, i(5), i(6), i(7)}, ts);
        assertEquals(1, env.rc(a)); // the tuple's, not an extra one
        PyTuple s = t.slice(SliceIndices.adjust(t.size(), null, null, -2L), ts);
        assertEquals(2, s.size());
        assertEquals(7, ((PyInt) s.get(0)).longValue());
        assertEquals(5, ((PyInt) s.get(1)).longValue());
        assertSame(t, t.slice(SliceIndices.adjust(4, null, null, null), ts));
        PyTuple c = PyTuple.concat(s, PyTuple.of(ts, a), ts);
        assertEquals(3, c.size());
        assertEquals(3, env.rc(a)); // t's, the temporary (a,)'s, c's
        assertFalse(t.pyEquals(s, ts));
    }
}
