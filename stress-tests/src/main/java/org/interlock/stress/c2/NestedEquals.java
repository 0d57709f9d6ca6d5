package org.interlock.stress.c2;

import org.interlock.object.PyList;
import org.interlock.object.PyObject;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;
import org.interlock.stress.Fixture;
import org.interlock.stress.Outcomes;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * C2, the nested case: a comparison of two lists holds both lists' critical section while it
 * compares their elements, and an element's {@code __eq__} locks another container.
 *
 * <p>Actor 1 compares lists A and B; A's element locks list X in its {@code __eq__}. Actor 2
 * compares X and Y; X's element locks A. Each thread holds two locks and wants one the other
 * holds: without PEP 703's rule (a thread that must wait suspends its outer critical sections)
 * this deadlocks, which shows as a jcstress timeout. The comparison is modelled directly (a
 * two-object section around the element comparison, as a locked list comparison does), so the
 * test depends only on the locking policy.
 *
 * <p>Result: actor 1's code, actor 2's code, comparisons completed (2 * {@link #OPS}).
 */
@Description("C2: nested critical sections (a comparison whose element __eq__ locks another container) never deadlock")
@Outcome(id = "0, 0, 8", expect = Expect.ACCEPTABLE, desc = "every comparison completed")
@Outcome(expect = Expect.FORBIDDEN, desc = "a comparison did not complete or an actor error (1 dead object, 3 exception)")
public abstract class NestedEquals extends Fixture {
    static final int OPS = 4;

    /** An element whose {@code __eq__} enters a critical section on another container. */
    static final class LockingElement extends PyObject {
        static final PyType TYPE = PyType.builtin("interlock.stress.LockingElement");
        PyList target;

        LockingElement(ThreadState ts) {
            super(ts);
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public boolean pyEquals(PyObject other, ThreadState ts) {
            ts.locks.enter(target, ts);
            try {
                return target.len(ts) >= 0 && other != null;
            } finally {
                ts.locks.exit(ts);
            }
        }
    }

    private final PyList a;
    private final PyList b;
    private final PyList x;
    private final PyList y;
    private final LockingElement ea;
    private final LockingElement ex;
    private int done1;
    private int done2;

    protected NestedEquals(String preset) {
        super(preset);
        ea = new LockingElement(t1);
        ex = new LockingElement(t2);
        a = listOf(ea, t1);
        b = listOf(new LockingElement(t1), t1);
        x = listOf(ex, t2);
        y = listOf(new LockingElement(t2), t2);
        ea.target = x;
        ex.target = a;
    }

    private static PyList listOf(LockingElement e, ThreadState ts) {
        PyList l = new PyList(ts);
        l.append(e, ts);
        ts.refs.decref(e, ts);
        return l;
    }

    protected final int first() {
        try {
            begin(t1);
            try {
                for (int i = 0; i < OPS; i++) {
                    if (compare(a, b, t1)) done1++;
                }
            } finally {
                end(t1);
            }
            return Outcomes.CLEAN;
        } catch (Throwable e) {
            return Outcomes.of(e);
        }
    }

    protected final int second() {
        try {
            begin(t2);
            try {
                for (int i = 0; i < OPS; i++) {
                    if (compare(x, y, t2)) done2++;
                }
            } finally {
                end(t2);
            }
            return Outcomes.CLEAN;
        } catch (Throwable e) {
            return Outcomes.of(e);
        }
    }

    /**
     * A locked comparison of two one-element lists: both sections held while the elements
     * compare. The elements are read first (a read may itself take a list's section, and this
     * test is about the nesting below, not about re-entering one section).
     */
    private static boolean compare(PyList l, PyList r, ThreadState ts) {
        PyObject le = l.get(0, ts);
        PyObject re = r.get(0, ts);
        try {
            ts.locks.enter2(l, r, ts);
            try {
                return le.pyEquals(re, ts);
            } finally {
                ts.locks.exit(ts);
            }
        } finally {
            ts.refs.decref(le, ts);
            ts.refs.decref(re, ts);
        }
    }

    protected final void judge(III_Result r) {
        int s = settle();
        if (s != Outcomes.CLEAN) r.r1 = Outcomes.worst(r.r1, s);
        r.r3 = done1 + done2;
    }
}
