package org.interlock.object;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Quiescent-state-based reclamation (QSBR, as PEP 703 uses for dict key tables and list
 * arrays): a shared value that other threads may be reading through a <em>borrowed</em>
 * reference is not released when it is replaced, but once every thread has passed a quiescent
 * point after the replacement. The runtime uses it for class attributes: a class's attribute
 * cache hands out borrowed references, and {@code C.m = ...} or {@code del C.m} would
 * otherwise drop the last count of the old value while another thread is between its cache
 * lookup and its incref (invariant R2: never freed while a reference to it is in use; S1).
 *
 * <h2>The scheme</h2>
 * A global write sequence {@code seq} starts at 1. A writer first makes the old value
 * unreachable from shared structures (removes it from the dict, publishes a fresh cache), then
 * calls {@link #retire}: that takes {@code goal = ++seq} and queues the old value (with the
 * writer's counted reference) under that goal. Each thread records in
 * {@link ThreadState#qsbrSeq} the sequence it saw at its last quiescent point: when it
 * attaches, and at a safepoint when asked ({@link ThreadState#QSBR_POLL}); a detached thread
 * (blocked, waiting, not started) is {@link #OFFLINE}. A queued value is released once every
 * live thread's recorded sequence is at least its goal, or offline: each has since passed a
 * point where it holds no borrowed reference, and any later lookup starts from the new cache.
 *
 * <p>What a quiescent point means: between a borrowed lookup and the incref (or the end of the
 * use) of its result, a thread passes no safepoint and does not detach. The runtime keeps this
 * by increfing a borrowed callable before it calls it. The writer itself counts as quiescent
 * for the value it retires (it is not using it: it just replaced it), which is what lets a
 * single running thread free at once, as it always did, so {@code __del__} timing stays
 * CPython's when no other thread runs.
 *
 * <h2>Ordering</h2>
 * {@code seq} is an {@link AtomicLong} (sequentially consistent); {@code qsbrSeq} is
 * volatile. A thread coming online stores its sequence (volatile) before it reads any cache;
 * the writer published the new cache (volatile) before it increments {@code seq} and reads the
 * others' sequences; so either the writer sees the thread online with a sequence below the
 * goal (and waits for it), or the thread sees the new cache. Under the global lock other
 * threads hold no borrowed reference while the holder runs, so {@link #retire} releases at
 * once there.
 *
 * <p>Not promised: prompt release. A value waits until the slowest attached thread reaches a
 * safepoint; a thread spinning in Java code without safepoints delays it (it never frees early).
 */
public final class QuiescentReclamation {
    /** {@link ThreadState#qsbrSeq} of a thread that is not attached: it holds no borrowed reference. */
    public static final long OFFLINE = Long.MAX_VALUE;

    private final ObjectSpace space;
    private final AtomicLong seq = new AtomicLong(1);
    private final Object lock = new Object();
    /** Retired values waiting for their goal; guarded by {@link #lock}. */
    private final List<Retired> pending = new ArrayList<>();
    /** {@code pending.size()}, readable without the lock (volatile): a poll with nothing to do is one load. */
    private volatile int pendingCount;

    /**
     * The broken variant (system property {@code interlock.qsbr.broken=true}): release at once,
     * as before this class existed, so the stress tests can show the use-after-free they catch.
     */
    private final boolean broken = Boolean.getBoolean("interlock.qsbr.broken");

    private record Retired(PyObject value, long goal) {}

    QuiescentReclamation(ObjectSpace space) {
        this.space = space;
    }

    /** The calling thread comes online: it may read borrowed references from now on. */
    void online(ThreadState ts) {
        ts.qsbrSeq = seq.get();
    }

    /** The calling thread goes offline (detaches or blocks): it holds no borrowed reference. */
    void offline(ThreadState ts) {
        ts.qsbrSeq = OFFLINE;
        if (pendingCount != 0) poll(ts);
    }

    /** A quiescent point of the calling thread (a safepoint it was asked to report). */
    void quiescent(ThreadState ts) {
        ts.clearBreakerBit(ThreadState.QSBR_POLL); // before acting: a later request is not lost
        ts.qsbrSeq = seq.get();
        poll(ts);
    }

    /**
     * Releases {@code old} (the caller's counted reference) once no other thread can still be
     * using a borrowed reference to it. Call after {@code old} is unreachable from every shared
     * structure a borrowed lookup reads. Immortal objects and the global lock release at once.
     */
    public void retire(PyObject old, ThreadState ts) {
        if (old == null) return;
        if (old.isImmortal() || ts.sched.isGlobalLock() || broken) {
            ts.refs.decref(old, ts);
            return;
        }
        long goal = seq.incrementAndGet();
        boolean othersPassed = true;
        for (ThreadState t : space.liveThreadStates()) {
            if (t != ts && t.qsbrSeq < goal) {
                othersPassed = false;
                break;
            }
        }
        if (othersPassed) {
            ts.refs.decref(old, ts); // nobody else is online: as immediate as a single thread
            return;
        }
        synchronized (lock) {
            pending.add(new Retired(old, goal));
            pendingCount = pending.size();
        }
        for (ThreadState t : space.liveThreadStates()) {
            if (t.qsbrSeq < goal) t.setBreakerBit(ThreadState.QSBR_POLL);
        }
    }

    /** Values retired and not yet released (tests and {@code -X stats}). */
    public int pendingCount() {
        return pendingCount;
    }

    /** Releases every retired value whose goal every live thread has passed. */
    public void poll(ThreadState ts) {
        if (pendingCount == 0) return;
        long min = OFFLINE;
        for (ThreadState t : space.liveThreadStates()) min = Math.min(min, t.qsbrSeq);
        List<PyObject> ready = null;
        synchronized (lock) {
            for (int i = pending.size() - 1; i >= 0; i--) {
                Retired r = pending.get(i);
                if (r.goal() <= min) {
                    if (ready == null) ready = new ArrayList<>();
                    ready.add(r.value());
                    pending.remove(i);
                }
            }
            pendingCount = pending.size();
        }
        // Outside the lock: a release may run __del__, which may retire more values.
        if (ready != null) for (PyObject o : ready) ts.refs.decref(o, ts);
    }
}
