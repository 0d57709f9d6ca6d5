package org.interlock.object;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class PyInstanceTest {
    private final TestPolicies.Env env = TestPolicies.env();
    private final ThreadState ts = env.ts();

    @Test
    void attributesAreStoredInALazyDict() {
        PyType cls = new PyType("Point", PyType.OBJECT, ts);
        PyInstance p = new PyInstance(cls, ts);
        assertSame(cls, p.type());
        assertEquals(2, env.rc(cls));
        assertNull(p.dictOrNull());
        PyStr x = PyStr.intern("x");
        assertNull(p.getAttr(x, ts));
        PyInt v = PyInt.of(1000, ts);
        p.setAttr(x, v, ts);
        assertNotNull(p.dictOrNull());
        assertEquals(2, env.rc(v));
        PyObject got = p.getAttr(PyStr.of("x", ts), ts);
        assertSame(v, got);
        ts.refs.decref(got, ts);
        p.setAttr(x, PyInt.of(5, ts), ts);
        assertEquals(1, env.rc(v));
        assertTrue(p.delAttr(x, ts));
        assertFalse(p.delAttr(x, ts));
        assertNull(p.getAttr(x, ts));
        p.setAttr(PyStr.intern("y"), v, ts);
        PyDict d = p.dictOrNull();
        ts.refs.decref(p, ts);
        assertTrue(p.isDead());
        assertTrue(d.isDead(), "the attribute dict died with its instance");
        assertEquals(1, env.rc(v));
        assertEquals(1, env.rc(cls));
        assertEquals(0, env.locks().depth);
    }

    @Test
    void aRuntimeClassKeepsItsBaseAlive() {
        PyType base = new PyType("Base", PyType.OBJECT, ts);
        PyType sub = new PyType("Sub", base, ts);
        assertEquals(2, env.rc(base));
        ts.refs.decref(base, ts);
        assertFalse(base.isDead(), "the subclass still holds it");
        ts.refs.decref(sub, ts);
        assertTrue(sub.isDead());
        assertTrue(base.isDead());
    }

    @Test
    void attributeReadsAreLockFreeUnderOptimisticLocking() {
        TestPolicies.Env e = TestPolicies.env(true);
        ThreadState t = e.ts();
        PyInstance p = new PyInstance(PyType.OBJECT, t);
        p.setAttr(PyStr.intern("a"), PyInt.of(1, t), t);
        e.locks().maxDepth = 0;
        assertSame(PyInt.of(1, t), p.getAttr(PyStr.intern("a"), t));
        assertEquals(0, e.locks().maxDepth);
    }
}
