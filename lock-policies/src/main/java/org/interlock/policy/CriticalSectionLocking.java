package org.interlock.policy;

import org.interlock.object.Checks;
import org.interlock.object.Instrumentation;
import org.interlock.object.ObjectLocking;
import org.interlock.object.PyObject;
import org.interlock.object.Scheduling;
import org.interlock.object.ThreadState;

/**
 * PEP 703's critical sections (CPython's {@code Python/critical_section.c}), on the object
 * header's {@code lockWord}; the shared body of {@link PerObjectLocking} and
 * {@link OptimisticLocking}.
 *
 * <h2>How it works</h2>
 * Each thread keeps a stack of sections ({@link CriticalSectionStack}, in
 * {@link ThreadState#lockingState}). {@link #enter} pushes a section on one object and locks
 * it; {@link #enter2} pushes one on two objects and locks them in id order (the same object
 * twice is one lock); {@link #exit} pops the innermost and unlocks it. The lock is the header's
 * lock word, taken by CAS, then a short spin, then by parking in the striped
 * {@link ParkingLot}: no Python object owns a Java lock object.
 *
 * <p>Deadlock freedom (C2) comes from suspension, as PEP 703's {@code
 * _PyCriticalSection_SuspendAll}: before a thread waits for a contended lock, it releases the
 * locks of every outer section and marks them inactive. So a waiting thread holds at most the
 * lower-id lock of its innermost two-object section, and the locks waited for along any chain of
 * waiting threads strictly increase in id: no cycle, no deadlock. After it gets the lock, only
 * the innermost section is active; each outer section is re-locked ("resumed") when the section
 * above it ends, as PEP 703's {@code _PyCriticalSection_Pop} does. {@link #suspendAll} /
 * {@link #resumeAll} do the same around blocking calls. Under the global lock, a thread parks
 * with the GIL released (it detaches around the wait), or a holder of the object lock waiting
 * for the GIL and the GIL holder waiting for the object lock would deadlock.
 *
 * <p>Reentrancy: a section on an object that an active outer section of the same thread has
 * locked does not lock it again; it borrows the outer lock. If the outer sections are later
 * suspended, the borrowing section, when it becomes the innermost active one again, locks the
 * object itself (it is then the owner of that lock until it ends).
 *
 * <h2>Invariants kept</h2>
 * C1 for objects whose every mutation and locked read is inside a section on them. C2 for
 * two-object and nested sections, as argued above.
 *
 * <h2>Access modes</h2>
 * The header's {@code lockWord}: CAS to acquire, exchange to release, volatile loads (the
 * protocol is in {@link ParkingLot}); the acquiring CAS and the releasing exchange order the
 * protected state between holders. The section stack is thread-confined: plain fields.
 *
 * <h2>Not promised</h2>
 * An outer section's atomicity across a contended inner section or a blocking call: its lock is
 * released meanwhile, exactly PEP 703's trade (its code must re-validate what it read before the
 * inner section, as CPython's containers do). No fairness: a released lock goes to whichever
 * thread's CAS wins. Not interruptible.
 */
public abstract sealed class CriticalSectionLocking implements ObjectLocking
        permits PerObjectLocking, OptimisticLocking {
    /** Spins of the CAS before a contended acquire suspends and parks. */
    private static final int SPINS = 32;
    private final ParkingLot lot = ParkingLot.get();

    CriticalSectionLocking() {}

    @Override
    public final boolean threadSafe() {
        return true;
    }

    private static CriticalSectionStack stack(ThreadState ts) {
        Object s = ts.lockingState;
        if (s instanceof CriticalSectionStack st) return st;
        CriticalSectionStack st = new CriticalSectionStack();
        ts.lockingState = st;
        return st;
    }

    /** The depth of the calling thread's section stack (for tests and assertions). */
    public static int depth(ThreadState ts) {
        return ts.lockingState instanceof CriticalSectionStack st ? st.depth() : 0;
    }

    @Override
    public final boolean inCriticalSection(ThreadState ts) {
        return depth(ts) > 0;
    }

    @Override
    public final void enter(PyObject o, ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(o, "lock");
        CriticalSectionStack st = stack(ts);
        acquire(st.push(o, null), st, ts);
    }

    @Override
    public final void enter2(PyObject a, PyObject b, ThreadState ts) {
        if (Checks.ENABLED) {
            Checks.alive(a, "lock");
            Checks.alive(b, "lock");
        }
        CriticalSectionStack st = stack(ts);
        CriticalSectionStack.Section s;
        if (a == b) s = st.push(a, null);
        else if (a.id() < b.id()) s = st.push(a, b);
        else s = st.push(b, a);
        acquire(s, st, ts);
    }

    @Override
    public final void exit(ThreadState ts) {
        CriticalSectionStack st = stack(ts);
        CriticalSectionStack.Section s = st.top();
        if (s == null) throw new IllegalStateException("critical section exit without enter on " + ts);
        boolean wasActive = s.active;
        release(s);
        st.pop();
        CriticalSectionStack.Section outer = st.top();
        if (wasActive && outer != null && !outer.active) {
            acquire(outer, st, ts); // resume the outer section suspended while this one waited
        }
    }

    @Override
    public final void suspendAll(ThreadState ts) {
        if (ts.lockingState instanceof CriticalSectionStack st) suspendActive(st);
    }

    @Override
    public final void resumeAll(ThreadState ts) {
        if (!(ts.lockingState instanceof CriticalSectionStack st)) return;
        CriticalSectionStack.Section top = st.top();
        // Only the innermost: outer sections resume when the ones above them end.
        if (top != null && !top.active) acquire(top, st, ts);
    }

    /** Locks section {@code s}, the top of {@code st}, and makes it active. */
    private void acquire(CriticalSectionStack.Section s, CriticalSectionStack st, ThreadState ts) {
        if (!tryAcquire(s, st)) acquireContended(s, st, ts);
        s.active = true;
    }

    private static boolean tryAcquire(CriticalSectionStack.Section s, CriticalSectionStack st) {
        s.ownsA = false;
        s.ownsB = false;
        if (!st.heldByActiveBelowTop(s.a)) {
            if (!ParkingLot.trySpin(s.a, SPINS)) return false;
            s.ownsA = true;
        }
        if (s.b != null && !st.heldByActiveBelowTop(s.b)) {
            if (!ParkingLot.trySpin(s.b, SPINS)) {
                if (s.ownsA) {
                    ParkingLot.get().unlock(s.a);
                    s.ownsA = false;
                }
                return false;
            }
            s.ownsB = true;
        }
        return true;
    }

    private void acquireContended(CriticalSectionStack.Section s, CriticalSectionStack st, ThreadState ts) {
        if (Instrumentation.ENABLED) ts.counters.add(Instrumentation.CS_CONTENDED, 1);
        // PEP 703: release every outer section before waiting. Nothing below is active after
        // this, so this section borrows nothing and takes both its locks, in id order.
        suspendActive(st);
        boolean reattach = detachForWait(ts);
        try {
            lot.lock(s.a);
            s.ownsA = true;
            if (s.b != null) {
                lot.lock(s.b);
                s.ownsB = true;
            }
        } finally {
            if (reattach) ts.sched.attach(ts);
        }
    }

    /** Releases the GIL for a park, if this thread holds one; returns whether to re-take it. */
    private static boolean detachForWait(ThreadState ts) {
        Scheduling sched = ts.sched;
        if (!sched.isGlobalLock()) return false;
        if (sched instanceof GlobalInterpreterLock g && !g.holds(ts)) return false;
        sched.detach(ts);
        return true;
    }

    private void suspendActive(CriticalSectionStack st) {
        for (int i = st.depth() - 1; i >= 0; i--) {
            CriticalSectionStack.Section t = st.at(i);
            if (!t.active) {
                // Active sections are a top segment of the stack; the top itself may be the
                // section being acquired (not yet active), so skip it and keep going.
                if (i == st.depth() - 1) continue;
                break;
            }
            release(t);
        }
    }

    private void release(CriticalSectionStack.Section s) {
        if (!s.active) return;
        if (s.ownsB) lot.unlock(s.b);
        if (s.ownsA) lot.unlock(s.a);
        s.ownsA = false;
        s.ownsB = false;
        s.active = false;
    }
}
