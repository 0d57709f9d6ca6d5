package org.interlock.object.gc;

import java.util.concurrent.locks.LockSupport;
import org.interlock.object.ObjectSpace;
import org.interlock.object.ThreadState;

/**
 * Stops every other thread of a space at a safepoint, as CPython 3.13's
 * {@code _PyEval_StopTheWorld} does (Python/pystate.c), and restarts them.
 *
 * <h2>The handshake</h2>
 * The stopper (one at a time: the {@link Collector}'s lock serializes them) sets
 * {@code requested}, then loops over the space's live thread states: a DETACHED thread is
 * parked in place by a CAS to STOPPED; an ATTACHED one gets {@link ThreadState#GC_STOP} in its
 * eval breaker and will stop itself at its next safepoint; a STOPPED one is done. Until every
 * thread is STOPPED the stopper parks; each thread that stops or detaches while a stop is
 * requested unparks it, so it re-examines the states (no timeout, no lost wake-up: a permit
 * given before the park makes the park return). The state machine and its ordering argument
 * are in {@link GcThreadState}. {@link #restart} clears {@code requested}, moves every STOPPED
 * thread back to DETACHED and unparks it; each then attaches again (and resumes its critical
 * sections, if it stopped at a safepoint).
 *
 * <p>Threads blocked in a lock wait are inside {@link ThreadState#blocking}, hence DETACHED:
 * they count as stopped and a lock held by Python code never holds a stop back (no deadlock).
 * Under a global-lock scheduling policy nothing here is used: the collector holding the GIL
 * already excludes every other thread from Python objects.
 */
final class StopTheWorld {
    private final ObjectSpace space;
    private volatile boolean requested;
    /** The stress suite's broken variant ({@link Collector#breakHandshakeForStressTest}); false otherwise. */
    volatile boolean broken;
    /** The stopper's thread state while a stop is requested or in force, else null. */
    private volatile ThreadState stopper;
    private volatile Thread stopperThread;

    StopTheWorld(ObjectSpace space) {
        this.space = space;
    }

    boolean requested() {
        return requested;
    }

    /** True if a thread attaching now need not look for a stop: none is under way, or it is ours (or the handshake is broken). */
    boolean mayRunOnAttach(ThreadState ts) {
        return !requested || stopper == ts || broken;
    }

    boolean isStopper(ThreadState ts) {
        return stopper == ts;
    }

    void wakeStopper() {
        Thread t = stopperThread;
        if (t != null) LockSupport.unpark(t);
    }

    /** Stops every other live thread of the space; returns once all are STOPPED. */
    void stop(ThreadState self) {
        stopper = self;
        stopperThread = Thread.currentThread();
        requested = true; // volatile: ordered before our reads of the states below
        for (;;) {
            boolean all = true;
            for (ThreadState t : space.liveThreadStates()) {
                if (t == self) continue;
                GcThreadState g = t.gc;
                int s = g.lvState();
                if (s == GcThreadState.DETACHED && broken) continue; // the bug: not held in place
                if (s == GcThreadState.DETACHED && g.casState(GcThreadState.DETACHED, GcThreadState.STOPPED)) {
                    continue;
                }
                if (s == GcThreadState.STOPPED) continue;
                if (s == GcThreadState.ATTACHED && finished(g)
                        && g.casState(GcThreadState.ATTACHED, GcThreadState.STOPPED)) {
                    continue; // its thread ended without detaching: it runs nothing
                }
                all = false;
                if (s == GcThreadState.ATTACHED) t.setBreakerBit(ThreadState.GC_STOP);
            }
            if (all) return;
            LockSupport.park(this);
        }
    }

    private static boolean finished(GcThreadState g) {
        Thread th = g.thread();
        return th != null && !th.isAlive();
    }

    /** Restarts every thread {@link #stop} stopped (and any that stopped itself meanwhile). */
    void restart() {
        requested = false; // volatile: ordered before our reads of the states below
        for (ThreadState t : space.allThreadStates()) {
            GcThreadState g = t.gc;
            if (g.lvState() == GcThreadState.STOPPED && g.casState(GcThreadState.STOPPED, GcThreadState.DETACHED)) {
                Thread th = g.thread();
                if (th != null) LockSupport.unpark(th);
            }
        }
        stopper = null;
        stopperThread = null;
    }
}
