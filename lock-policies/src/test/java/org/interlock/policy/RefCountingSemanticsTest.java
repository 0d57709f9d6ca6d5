package org.interlock.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.interlock.object.Checks;
import org.interlock.object.DeadObjectError;
import org.interlock.object.PyObject;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Single-thread semantics every counting scheme shares: counts, one dealloc, immortals, __del__. */
class RefCountingSemanticsTest {
    @BeforeAll
    static void checksOn() {
        assertTrue(Checks.ENABLED, "surefire must pass -Dinterlock.checks=true");
    }

    /** Specs whose counting is plain, atomic and biased (under the GIL or in parallel). */
    @ParameterizedTest
    @ValueSource(strings = {"gil", "gil+atomic", "lock-free", "fine-grained"})
    void balancedIncrefsAndDecrefsKeepTheCountAndTheLastOneDeallocsOnce(String spec) {
        ThreadState ts = Probe.newThread(spec);
        Probe p = new Probe(ts);
        assertEquals(1, ts.refs.refcount(p));
        for (int i = 0; i < 10; i++) ts.refs.incref(p, ts);
        assertEquals(11, ts.refs.refcount(p));
        for (int i = 0; i < 10; i++) ts.refs.decref(p, ts);
        assertEquals(1, ts.refs.refcount(p));
        assertFalse(p.isDead());
        ts.refs.decref(p, ts);
        assertTrue(p.isDead());
        assertEquals(1, p.releases.get());
        assertThrows(DeadObjectError.class, () -> ts.refs.decref(p, ts), "a dead object is detected");
        assertThrows(DeadObjectError.class, () -> ts.refs.incref(p, ts));
        assertEquals(1, p.releases.get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gil", "gil+atomic", "lock-free"})
    void tryIncrefSucceedsOnALiveObjectAndFailsOnADeadOne(String spec) {
        ThreadState ts = Probe.newThread(spec);
        Probe p = new Probe(ts);
        assertTrue(ts.refs.tryIncref(p, ts));
        assertEquals(2, ts.refs.refcount(p));
        ts.refs.decref(p, ts);
        ts.refs.decref(p, ts);
        assertTrue(p.isDead());
        assertFalse(ts.refs.tryIncref(p, ts), "R3: a dead object is never handed out");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gil", "gil+atomic", "lock-free"})
    void immortalObjectsAreNeverCounted(String spec) {
        ThreadState ts = Probe.newThread(spec);
        PyObject t = PyType.OBJECT;
        long before = ts.refs.refcount(t);
        ts.refs.incref(t, ts);
        ts.refs.decref(t, ts);
        ts.refs.decref(t, ts);
        assertTrue(ts.refs.tryIncref(t, ts));
        assertEquals(before, ts.refs.refcount(t));
        assertFalse(t.isDead());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gil", "gil+atomic", "lock-free"})
    void delThatStoresSelfRevivesTheObjectAndRunsOnce(String spec) {
        ThreadState ts = Probe.newThread(spec);
        List<PyObject> saved = new ArrayList<>();
        int[] runs = {0};
        PyType withDel = PyType.builtin("with_del_" + spec.replace('+', '_'));
        withDel.setFinalizer((self, t) -> {
            runs[0]++;
            t.refs.incref(self, t); // __del__ stores self in a global
            saved.add(self);
        });
        Probe p = new Probe(withDel, ts);
        ts.refs.decref(p, ts);
        assertEquals(1, runs[0]);
        assertFalse(p.isDead(), "revived by __del__");
        assertEquals(1, ts.refs.refcount(p));
        assertTrue(ts.refs.tryIncref(p, ts), "a revived object can be read again");
        ts.refs.decref(p, ts);
        ts.refs.decref(p, ts); // the global drops it: __del__ does not run a second time
        assertEquals(1, runs[0]);
        assertTrue(p.isDead());
        assertEquals(1, p.releases.get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gil", "gil+atomic", "lock-free"})
    void delThatKeepsNothingLetsTheObjectDie(String spec) {
        ThreadState ts = Probe.newThread(spec);
        int[] runs = {0};
        long[] countDuringDel = {-1};
        PyType withDel = PyType.builtin("plain_del_" + spec.replace('+', '_'));
        withDel.setFinalizer((self, t) -> {
            runs[0]++;
            countDuringDel[0] = t.refs.refcount(self);
        });
        Probe p = new Probe(withDel, ts);
        ts.refs.decref(p, ts);
        assertEquals(1, runs[0]);
        assertEquals(1, countDuringDel[0], "resurrected with one reference for __del__");
        assertTrue(p.isDead());
        assertEquals(1, p.releases.get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gil", "gil+atomic", "lock-free"})
    void schemesReportTheirThreadSafety(String spec) {
        ThreadState ts = Probe.newThread(spec);
        assertEquals(!ts.refs.name().equals("plain"), ts.refs.threadSafe());
    }
}
