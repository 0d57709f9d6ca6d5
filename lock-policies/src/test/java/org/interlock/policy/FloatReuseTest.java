package org.interlock.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interlock.object.ObjectSpace;
import org.interlock.object.PyFloat;
import org.interlock.object.ThreadState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link PyFloat#consume}: an operand the caller holds the only reference to becomes the result;
 * an operand anybody else can see keeps its value, under every counting scheme.
 */
class FloatReuseTest {
    @ParameterizedTest
    @ValueSource(strings = {"gil", "gil+atomic", "lock-free", "fine-grained"})
    void aUniqueLeftOperandBecomesTheResultAndTheRightOneDies(String spec) {
        ThreadState ts = Probe.newThread(spec);
        PyFloat x = PyFloat.of(1.5, ts), y = PyFloat.of(2.0, ts);
        PyFloat r = PyFloat.consume(x, y, 3.5, ts);
        assertSame(x, r);
        assertEquals(3.5, r.value());
        assertEquals(1, ts.refs.refcount(r), "the caller's reference, moved to the result");
        assertTrue(y.isDead());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gil", "gil+atomic", "lock-free", "fine-grained"})
    void aReferencedOperandKeepsItsValue(String spec) {
        ThreadState ts = Probe.newThread(spec);
        PyFloat x = PyFloat.of(1.5, ts), y = PyFloat.of(2.0, ts);
        ts.refs.incref(x, ts); // a local variable's reference, say
        PyFloat r = PyFloat.consume(x, y, 3.5, ts);
        assertSame(y, r, "the unique right operand is reused instead");
        assertEquals(1.5, x.value());
        assertEquals(1, ts.refs.refcount(x));
        assertFalse(x.isDead());

        ts.refs.incref(x, ts); // both operands now also referenced elsewhere
        ts.refs.incref(r, ts);
        PyFloat r2 = PyFloat.consume(x, r, 7.0, ts);
        assertNotSame(x, r2);
        assertNotSame(r, r2);
        assertEquals(1.5, x.value());
        assertEquals(3.5, r.value());
        assertEquals(7.0, r2.value());
        assertEquals(1, ts.refs.refcount(x), "consume released the caller's reference only");
        assertEquals(1, ts.refs.refcount(r));
    }

    @Test
    void anImmortalFloatIsNeverReused() {
        ThreadState ts = Probe.newThread("gil");
        PyFloat x = PyFloat.of(1.5, ts), y = PyFloat.of(2.0, ts);
        x.makeImmortal();
        y.makeImmortal();
        PyFloat r = PyFloat.consume(x, y, 3.5, ts);
        assertNotSame(x, r);
        assertNotSame(y, r);
        assertEquals(1.5, x.value());
        assertEquals(2.0, y.value());
    }

    @Test
    void underBiasedCountingAnotherThreadsFloatOrATryIncrefEnabledOneIsNotReused() {
        ObjectSpace space = new ObjectSpace(PolicyRegistry.create("lock-free"));
        ThreadState owner = space.newThreadState().bindCurrentThread();
        ThreadState other = space.newThreadState().bindCurrentThread();
        PyFloat foreign = PyFloat.of(1.5, owner);
        PyFloat enabled = PyFloat.of(2.0, other);
        other.refs.enableTryIncref(enabled, other); // as when stored in a container read optimistically
        PyFloat r = PyFloat.consume(foreign, enabled, 3.5, other);
        assertNotSame(foreign, r, "owned by another thread: its local count is not ours to read");
        assertNotSame(enabled, r, "an optimistic reader may hold its address");
        assertEquals(1.5, foreign.value());
        assertEquals(2.0, enabled.value());
    }
}
