package org.interlock.object;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * With stress checks on (object-model's surefire sets {@code interlock.checks=true}), every path
 * that touches an object detects a dead one: one test per path, each showing DeadObjectError
 * and that no value is handed out.
 */
class DeadObjectChecksTest {
    private final TestPolicies.Env env = TestPolicies.env();
    private final ThreadState ts = env.ts();

    @BeforeAll
    static void checksAreOn() {
        assertTrue(Checks.ENABLED, "run with -Dinterlock.checks=true (object-model/pom.xml sets it)");
    }

    private <T extends PyObject> T killed(T o) {
        ts.refs.decref(o, ts);
        assertTrue(o.isDead());
        return o;
    }

    private static void assertDetected(String path, Executable e) {
        DeadObjectError err = assertThrows(DeadObjectError.class, e);
        assertTrue(err.getMessage().contains(path), err.getMessage());
    }

    @Test
    void increfPath() {
        PyList l = killed(new PyList(ts));
        assertDetected("incref", () -> ts.refs.incref(l, ts));
    }

    @Test
    void decrefPath() {
        PyList l = killed(new PyList(ts));
        assertDetected("decref", () -> ts.refs.decref(l, ts));
        assertEquals(1, env.refs().deallocs, "no second deallocation");
    }

    @Test
    void tryIncrefPath() {
        PyList l = killed(new PyList(ts));
        assertFalse(ts.refs.tryIncref(l, ts), "a correct tryIncref refuses a dead object");
        assertEquals(0, env.rc(l));
        // A broken policy that ignores liveness is caught before the object is handed out.
        env.refs().brokenTryIncref = true;
        assertDetected("tryIncref", () -> ts.refs.tryIncref(l, ts));
    }

    @Test
    void lockPath() {
        PyDict d = killed(new PyDict(ts));
        assertDetected("lock", () -> ts.locks.enter(d, ts));
        assertEquals(0, env.locks().depth);
    }

    @Test
    void attributeAccessPath() {
        PyInstance o = killed(new PyInstance(PyType.OBJECT, ts));
        PyStr name = PyStr.intern("x");
        assertDetected("attribute access", () -> o.getAttr(name, ts));
        assertDetected("attribute access", () -> o.setAttr(name, PyNone.NONE, ts));
        assertDetected("attribute access", () -> o.delAttr(name, ts));
    }

    @Test
    void itemAccessPath() {
        PyList l = PyList.of(new PyObject[] {PyInt.of(1000, ts)}, ts);
        PyList deadList = killed(l);
        assertDetected("item access", () -> deadList.get(0, ts));
        assertDetected("item access", () -> deadList.append(PyNone.NONE, ts));
        PyDict d = new PyDict(ts);
        d.set(PyStr.intern("k"), PyInt.of(1000, ts), ts);
        PyDict deadDict = killed(d);
        assertDetected("item access", () -> deadDict.get(PyStr.intern("k"), ts));
        PyTuple t = killed(PyTuple.of(ts, PyInt.of(1000, ts)));
        assertDetected("item access", () -> t.get(0));
        PySet s = killed(new PySet(ts));
        assertDetected("item access", () -> s.contains(PyNone.NONE, ts));
    }

    @Test
    void optimisticItemReadOfADeadContainerIsDetected() {
        TestPolicies.Env e = TestPolicies.env(true);
        ThreadState t = e.ts();
        PyList l = PyList.of(new PyObject[] {PyInt.of(1000, t)}, t);
        t.refs.decref(l, t);
        assertDetected("item access", () -> l.get(0, t));
    }

    @Test
    void weakrefPaths() {
        PyInstance o = new PyInstance(PyType.OBJECT, ts);
        PyWeakRef w = PyWeakRef.create(o, null, ts);
        killed(w);
        assertDetected("weakref get", () -> w.get(ts));
        killed(o);
        assertDetected("weakref create", () -> PyWeakRef.create(o, null, ts));
    }
}
