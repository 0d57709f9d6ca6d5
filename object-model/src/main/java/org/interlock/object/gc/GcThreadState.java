package org.interlock.object.gc;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;
import org.interlock.object.PyObject;
import org.interlock.object.ThreadState;

/**
 * One thread's part of the cycle collector: the containers it allocated (tracked), its
 * allocation count towards the automatic-collection threshold, and its stop-the-world state.
 *
 * <h2>States (CPython 3.13's {@code _Py_THREAD_*})</h2>
 * <pre>
 *   DETACHED  not running Python code: never attached, between detach and attach, or inside
 *             {@link ThreadState#blocking}. The thread touches no object, so it counts as
 *             stopped; it is the initial state.
 *   ATTACHED  running Python code; it reaches {@link ThreadState#safepoint()} regularly.
 *   STOPPED   parked for a stop-the-world: it must not touch any object until the collector
 *             moves it back to DETACHED.
 * </pre>
 * Transitions, and who makes them (all by CAS or volatile store on {@code state}):
 * <pre>
 *   DETACHED -&gt; ATTACHED   the thread, in attach(); then it re-reads "stop requested" and, if a
 *                          stop is under way, stops itself (the stopper may not have seen it)
 *   ATTACHED -&gt; DETACHED   the thread, in detach(); wakes the stopper if a stop is requested
 *   ATTACHED -&gt; STOPPED    the thread, at a safepoint with GC_STOP set (after it merged its
 *                          biased queue and suspended its critical sections); wakes the stopper
 *   DETACHED -&gt; STOPPED    the stopper, by CAS: a detached thread is parked in place, so it
 *                          cannot attach until the world restarts
 *   ATTACHED -&gt; STOPPED    the stopper, by CAS, if the Java thread last bound to the state has
 *                          terminated (it left without detaching; a thread that re-binds the
 *                          state re-checks "requested" in attach() and stops itself)
 *   STOPPED  -&gt; DETACHED   the stopper when it restarts the world (then unparks the thread), or
 *                          the thread itself if it sees no stop requested any more
 * </pre>
 * The stopper writes "requested" then reads each state; a thread writes its state then reads
 * "requested". Both are volatile (sequentially consistent), so at least one side sees the
 * other: a thread can never attach unseen in the middle of a stop. Every write a thread made
 * before it became DETACHED or STOPPED happens-before the stopper's read of that state, so the
 * collector may read the thread's objects and its tracked list; the restart's volatile store
 * orders the collector's writes before the thread's next read of its state.
 *
 * <p>Not promised: an ATTACHED thread that never reaches a safepoint (Java code holding a
 * thread state without calling it) holds a stop-the-world back indefinitely, as on 3.13t.
 */
public final class GcThreadState {
    static final int DETACHED = 0;
    static final int ATTACHED = 1;
    static final int STOPPED = 2;

    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(GcThreadState.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final ThreadState ts;
    /** See the class comment; volatile accesses only. */
    private int state = DETACHED;
    /** Owner's tracked objects; see {@link TrackedList} for who may touch it when. */
    final TrackedList tracked = new TrackedList();

    /** Made by the {@link ThreadState} constructor. */
    public GcThreadState(ThreadState ts) {
        this.ts = ts;
    }

    private Collector collector() {
        return ts.space.collector();
    }

    int lvState() {
        return (int) STATE.getVolatile(this);
    }

    boolean casState(int expect, int update) {
        return STATE.compareAndSet(this, expect, update);
    }

    // ---- tracking and counting (owner only) --------------------------------------------

    /** Registers a new container; called from the tracking constructor of {@link PyObject}. */
    public void track(PyObject o) {
        tracked.add(o);
        int d = ++tracked.allocDelta;
        if (d >= collector().flushBatch()) flushCount();
    }

    /** A tracked object died on this thread (the lifecycle calls this). */
    public void trackedDied() {
        if (--tracked.allocDelta <= -Collector.MAX_FLUSH_BATCH) flushCount();
    }

    private void flushCount() {
        int d = tracked.allocDelta;
        tracked.allocDelta = 0;
        // Only an attached thread is sure to reach a safepoint and to be running Python code
        // (a state merely bound to a Java thread, as some tests use, never collects on its own).
        if (collector().addToCount(d) && lvState() == ATTACHED) ts.setBreakerBit(ThreadState.GC_SCHEDULED);
    }

    // ---- the state machine (see the class comment) -------------------------------------

    /** The thread starts running Python code; waits while a stop-the-world is on. */
    public void attach() {
        StopTheWorld stw = collector().stw();
        for (;;) {
            int s = lvState();
            if (s == ATTACHED) {
                // Attached again (a state re-bound to a new thread): the stopper may have judged
                // us by the old, finished thread, so honour a stop under way.
                if (!stw.requested() || stw.isStopper(ts)) return;
                stopHere(stw);
                continue;
            }
            if (s == STOPPED) {
                awaitRestart(stw);
                continue;
            }
            if (!casState(DETACHED, ATTACHED)) continue; // the stopper parked us meanwhile
            if (stw.mayRunOnAttach(ts)) return;
            // A stop is under way and may not have counted us: stop as at a safepoint.
            stopHere(stw);
        }
    }

    /** The thread stops running Python code (detach, blocking, exit). */
    public void detach() {
        int s = lvState();
        if (s == ATTACHED && casState(ATTACHED, DETACHED)) {
            StopTheWorld stw = collector().stw();
            if (stw.requested()) stw.wakeStopper();
        }
    }

    /** Breaker service for {@link ThreadState#GC_STOP} and {@link ThreadState#GC_SCHEDULED}. */
    public void onSafepoint(int bits) {
        if ((bits & ThreadState.GC_STOP) != 0) {
            ts.clearBreakerBit(ThreadState.GC_STOP);
            StopTheWorld stw = collector().stw();
            if (stw.requested() && !stw.isStopper(ts) && lvState() == ATTACHED) {
                // Merge what other threads queued to us while we can still run finalizers, and
                // let go of our critical sections so that no one waits on us while we are parked.
                ts.refs.safepoint(ts);
                ts.locks.suspendAll(ts);
                try {
                    stopHere(stw);
                    attach();
                } finally {
                    ts.locks.resumeAll(ts);
                }
            }
        }
        if ((bits & ThreadState.GC_SCHEDULED) != 0 && !ts.locks.inCriticalSection(ts)) {
            // Inside a critical section (a Python __eq__ called from a dict lookup) the bit stays
            // set and the first safepoint after the section ends collects: a finalizer must not
            // run in the middle of the interrupted operation, nor wait on a section we hold.
            ts.clearBreakerBit(ThreadState.GC_SCHEDULED);
            collector().collectIfDue(ts);
        }
    }

    /** ATTACHED -&gt; STOPPED, tell the stopper, park until the world restarts (then DETACHED). */
    private void stopHere(StopTheWorld stw) {
        // The CAS fails only if the stopper parked us itself (it saw our old thread finished).
        if (!casState(ATTACHED, STOPPED) && lvState() != STOPPED) {
            throw new IllegalStateException("not attached: " + ts);
        }
        stw.wakeStopper();
        awaitRestart(stw);
    }

    private void awaitRestart(StopTheWorld stw) {
        while (lvState() == STOPPED) {
            if (!stw.requested()) {
                // The restart may have passed us before we stopped: release ourselves.
                casState(STOPPED, DETACHED);
                return;
            }
            LockSupport.park(this);
        }
    }

    /** The thread using this state (to unpark it), or null if none was ever bound. */
    Thread thread() {
        return ts.thread();
    }

    ThreadState threadState() {
        return ts;
    }

    @Override
    public String toString() {
        return "GcThreadState[" + ts + ", " + new String[] {"DETACHED", "ATTACHED", "STOPPED"}[lvState()] + "]";
    }
}
