package org.interlock.policy;

import org.interlock.object.Checks;
import org.interlock.object.Instrumentation;
import org.interlock.object.Lifecycle;
import org.interlock.object.PyObject;
import org.interlock.object.RefCounting;
import org.interlock.object.ThreadState;

/**
 * Biased reference counting (Choi, Shull and Torrellas, "Biased Reference Counting", PACT 2018),
 * in the form PEP 703 gave it for free-threaded CPython.
 *
 * <h2>The scheme</h2>
 * Each object is biased to the thread that made it ({@code ownerTid}). The owner changes its
 * own count, {@code refLocal}, with plain loads and stores: no atomic operation on the common
 * path. Every other thread changes {@code refShared} atomically. {@code refShared} holds
 * {@code (count << 2) | state}; the count may go negative (a non-owner dropped a reference the
 * owner counted), and the true count is {@code refLocal + (refShared >> 2)} until the two are
 * merged. The states only ever move forward:
 * <pre>
 *   DEFAULT (0)  -- nothing special; the owner may free the object with no atomic operation
 *                   when its local count reaches 0 and refShared == 0
 *   WEAKREFS (1) -- tryIncref was enabled (a weakref exists); the owner must free by a CAS
 *   QUEUED (2)   -- a non-owner took the shared count below zero and queued the object to the
 *                   owner, who merges it at its next safepoint
 *   MERGED (3)   -- the counts were merged: ownerTid is 0, refLocal is 0, and every thread,
 *                   the old owner included, counts in refShared
 * </pre>
 * Transitions: the owner's local count reaching 0 frees at once in DEFAULT with nothing shared,
 * else merges by CAS (→ MERGED, deallocating if the merged count is 0). A non-owner decref that
 * takes the shared count from 0 to -1 in DEFAULT or WEAKREFS moves to QUEUED and pushes the
 * object on the owner's {@link ThreadState#mergeQueue} (JCTools MPSC) and sets its
 * {@link ThreadState#MERGE_QUEUED} breaker bit; the owner merges at {@link #safepoint}. A
 * non-owner decref in MERGED that reaches 0 deallocates.
 *
 * <h2>Invariants kept</h2>
 * <ul>
 *   <li>R1: the owner's plain updates are single-writer; the shared updates are CAS/xadd; a merge
 *       folds the local count in exactly once, under a CAS that moves the state to MERGED.</li>
 *   <li>R2: exactly one thread deallocates: the owner on the DEFAULT fast path (no other thread
 *       can take a reference then, see R3), or the single winner of the CAS into MERGED with a
 *       zero count, or the non-owner whose decref takes a MERGED count to zero.</li>
 *   <li>R3: a non-owner's {@link #tryIncref} fails when {@code refShared} is 0 (DEFAULT, nothing
 *       shared: the owner may free without telling anyone) or MERGED with count 0, and
 *       otherwise succeeds only by a CAS that races with the owner's freeing CAS; the owner's
 *       own tryIncref fails on a local count of 0 (it freed the object itself). So {@code false}
 *       means "dead, or never enabled"; weakrefs call {@link #enableTryIncref} first.</li>
 *   <li>R4: the merge of a QUEUED object is claimed by a CAS QUEUED → MERGED, so the owner's
 *       drain, the owner's own zero-local merge and a late pusher can each try it and exactly one
 *       wins. A pusher re-reads the owner's {@code exited} flag (volatile) after its push; the
 *       owner sets {@code exited} before its final drain ({@link ThreadState#exit}). Both are
 *       sequentially consistent accesses (the push's producer-index exchange is one too), so
 *       either the pusher sees the owner exited and merges itself, or the owner's final drain
 *       sees the push. An object is never stranded in a queue nobody drains.</li>
 * </ul>
 *
 * <h2>Resurrection (PEP 442 {@code __del__})</h2>
 * An object dies in one of two shapes: DEFAULT with local 0 and shared 0, on its owner's thread;
 * or MERGED with count 0, on any thread. PEP 703 makes the finalizing thread the new owner; here
 * ownership never moves, so states stay monotone and a stale queue entry can never meet a
 * re-biased object (an ABA the claim CAS could not detect). {@link #resurrectStart} counts the
 * finalizer's reference where the object's counts live: the owner's local count (DEFAULT shape,
 * where the finalizer is the owner) or the shared count (MERGED shape). {@link #resurrectEnd}
 * drops it the same way and reports whether the count is back at zero. During {@code __del__}
 * of a DEFAULT-shape object other threads' tryIncref fails (shared is 0), as on 3.13t; of a
 * MERGED-shape object it succeeds, as under CPython's GIL.
 *
 * <h2>Access modes</h2>
 * {@code refLocal}: plain, by the owner only; read by another thread only when merging for an
 * owner that exited, after a volatile read of {@code exited} that orders the owner's last
 * stores before it. {@code refShared}: volatile load, CAS, xadd. {@code ownerTid}: plain load
 * for "is it mine" (only its owner ever replaces a value equal to that owner's tid, and it was
 * published with the object), volatile load elsewhere, volatile store of 0 after the merge CAS.
 *
 * <h2>Not promised</h2>
 * A queued object whose owner never reaches a safepoint (and never exits) is not merged, so it
 * is not freed: as on 3.13t, a thread that runs no bytecode holds back others' frees. An
 * object queued to an owner that exited in the race window stays referenced from that owner's
 * dead queue (merged by the pusher, so counts are right; only the queue slot leaks).
 */
public final class BiasedRefCounting implements RefCounting {
    public static final String NAME = "biased";

    /** Shared-count state: nothing special. */
    public static final int DEFAULT = 0;
    /** Shared-count state: tryIncref enabled; the owner frees by CAS. */
    public static final int WEAKREFS = 1;
    /** Shared-count state: queued to the owner for a merge. */
    public static final int QUEUED = 2;
    /** Shared-count state: counts merged, no owner. */
    public static final int MERGED = 3;
    static final int STATE_MASK = 3;
    static final int SHIFT = 2;
    static final int ONE = 1 << SHIFT;
    /** {@link #merge}'s answer when another thread merged first. */
    private static final int ALREADY_MERGED = Integer.MIN_VALUE;

    /**
     * Seam for {@link BrokenVariants} and tests, consulted only on the queueing slow path: runs
     * between the decrementer's first look at the owner's {@code exited} flag and its push.
     * Null in the scheme the registry builds.
     */
    private final BeforePush beforePush;
    /** Whether a pusher re-reads {@code exited} after its push (R4). False only in a broken variant. */
    private final boolean recheckAfterPush;

    /** Called between the exited check and the push to the owner's queue (a test seam). */
    @FunctionalInterface
    public interface BeforePush {
        void beforePush(PyObject o, ThreadState owner, ThreadState pusher);
    }

    /** The scheme as PEP 703 has it. */
    public BiasedRefCounting() {
        this(null, true);
    }

    /**
     * With a seam before the push, and optionally without the re-check after it (which breaks
     * R4: an object pushed after the owner's final drain is stranded).
     */
    BiasedRefCounting(BeforePush beforePush, boolean recheckAfterPush) {
        this.beforePush = beforePush;
        this.recheckAfterPush = recheckAfterPush;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean threadSafe() {
        return true;
    }

    /** The state bits of a shared-count word. */
    public static int state(int shared) {
        return shared & STATE_MASK;
    }

    /** The (signed) count of a shared-count word. */
    public static int sharedCount(int shared) {
        return shared >> SHIFT;
    }

    @Override
    public void initNew(PyObject o, ThreadState ts) {
        // Plain stores before publication; refShared starts at 0 (DEFAULT, no shared
        // references) as every Java field does, so it is not stored: it is volatile, and a
        // store would cost a fence per allocation.
        o.spOwnerTid(ts.tid);
        o.spRefLocal(1);
    }

    @Override
    public void incref(PyObject o, ThreadState ts) {
        if (o.isImmortal()) return;
        if (Checks.ENABLED) Checks.alive(o, "incref");
        if (o.lpOwnerTid() == ts.tid) {
            o.spRefLocal(o.lpRefLocal() + 1);
        } else {
            o.xaddRefShared(ONE); // the state bits are below the count: adding ONE keeps them
        }
    }

    @Override
    public void decref(PyObject o, ThreadState ts) {
        if (o.isImmortal()) return;
        if (Checks.ENABLED) Checks.alive(o, "decref");
        if (o.lpOwnerTid() == ts.tid) {
            int local = o.lpRefLocal() - 1;
            o.spRefLocal(local);
            if (local == 0) {
                // DEFAULT with nothing shared (the usual death of a thread's own temporary): no
                // other thread holds a reference, and none can take one (tryIncref fails on 0),
                // so free with no atomic operation, through the same small call as plain counting.
                if (o.lvRefShared() == 0) Lifecycle.dealloc(o, ts);
                else mergeZeroLocal(o, ts);
            } else if (Checks.ENABLED && local < 0) {
                throw new IllegalStateException("owner decref below zero: " + o);
            }
        } else {
            decrefShared(o, ts);
        }
    }

    /** The owner's local count reached zero while the shared count is not: merge, free if that made zero. */
    private static void mergeZeroLocal(PyObject o, ThreadState ts) {
        int merged = merge(o, 0, false);
        if (Instrumentation.ENABLED) ts.counters.add(Instrumentation.BIASED_MERGES, 1);
        if (merged == 0) {
            Lifecycle.dealloc(o, ts);
        } else if (Checks.ENABLED && merged < 0) {
            throw new IllegalStateException("merged count below zero: " + o + " " + merged);
        }
    }

    private void decrefShared(PyObject o, ThreadState ts) {
        int s;
        int n;
        int owner;
        boolean queue;
        do {
            s = o.lvRefShared();
            // Read before the CAS: the owner changes only by a merge, which first CASes the state
            // to MERGED, so if our CAS below succeeds on a non-MERGED word this is the owner.
            owner = o.lvOwnerTid();
            int state = s & STATE_MASK;
            queue = (state == DEFAULT || state == WEAKREFS) && (s >> SHIFT) == 0;
            n = queue ? (-1 << SHIFT) | QUEUED : s - ONE;
        } while (!o.casRefShared(s, n));
        if (queue) {
            queueToOwner(o, owner, ts);
        } else if (n == MERGED) {
            Lifecycle.dealloc(o, ts); // merged count reached zero
        } else if (Checks.ENABLED && (n & STATE_MASK) == MERGED && n < 0) {
            throw new IllegalStateException("merged count below zero: " + o);
        }
    }

    private void queueToOwner(PyObject o, int ownerTid, ThreadState ts) {
        ThreadState owner = ts.space.threadState(ownerTid);
        if (owner == null || owner.isExited()) {
            mergeFor(o, ts); // nobody will drain: merge here (DESIGN.md, owner exited)
            return;
        }
        if (beforePush != null) beforePush.beforePush(o, owner, ts);
        owner.mergeQueue.offer(o);
        owner.setBreakerBit(ThreadState.MERGE_QUEUED);
        if (Instrumentation.ENABLED) ts.counters.add(Instrumentation.BIASED_QUEUED, 1);
        if (recheckAfterPush && owner.isExited()) {
            // The owner may have done its final drain before our push (R4). The claim CAS makes
            // this and a concurrent drain merge exactly once between them.
            mergeFor(o, ts);
        }
    }

    /** Merges a QUEUED object on behalf of its owner (the owner itself, or for an owner that exited). */
    private static void mergeFor(PyObject o, ThreadState ts) {
        // refLocal: the owner's own field, or an exited owner's, whose last store happened before
        // its volatile store of exited, which the caller has read.
        int merged = merge(o, o.lpRefLocal(), true);
        if (merged == ALREADY_MERGED) return;
        if (Instrumentation.ENABLED) ts.counters.add(Instrumentation.BIASED_MERGES, 1);
        if (merged == 0) {
            Lifecycle.dealloc(o, ts);
        } else if (Checks.ENABLED && merged < 0) {
            throw new IllegalStateException("merged count below zero: " + o + " " + merged);
        }
    }

    /**
     * Folds {@code local} into the shared count and moves to MERGED by CAS, then gives up
     * ownership. Returns the merged count, or {@link #ALREADY_MERGED} when the object is already
     * MERGED (or, with {@code onlyIfQueued}, not QUEUED: a stale queue entry).
     */
    private static int merge(PyObject o, int local, boolean onlyIfQueued) {
        int s;
        int n;
        do {
            s = o.lvRefShared();
            int state = s & STATE_MASK;
            if (state == MERGED || (onlyIfQueued && state != QUEUED)) return ALREADY_MERGED;
            n = (((s >> SHIFT) + local) << SHIFT) | MERGED;
        } while (!o.casRefShared(s, n));
        o.spRefLocal(0);
        o.svOwnerTid(0);
        return n >> SHIFT;
    }

    @Override
    public boolean isUnique(PyObject o, ThreadState ts) {
        // DEFAULT with nothing shared and one local reference, the caller's: no other thread holds
        // a reference and none can take one (tryIncref fails on a shared count of 0), as on the
        // owner's free-without-atomics path of decref.
        return o.lpOwnerTid() == ts.tid && o.lpRefLocal() == 1 && o.lvRefShared() == 0;
    }

    @Override
    public boolean tryIncref(PyObject o, ThreadState ts) {
        if (o.isImmortal()) return true;
        if (o.lpOwnerTid() == ts.tid) {
            int local = o.lpRefLocal();
            if (local <= 0) return false; // we freed it on the DEFAULT path
            o.spRefLocal(local + 1);
        } else {
            int s;
            do {
                s = o.lvRefShared();
                if (s == 0 || s == MERGED) return false;
                if (Checks.ENABLED && (s & STATE_MASK) == MERGED && s < 0) return false;
            } while (!o.casRefShared(s, s + ONE));
        }
        if (Checks.ENABLED) Checks.alive(o, "tryIncref");
        return true;
    }

    @Override
    public long refcount(PyObject o) {
        int s = o.lvRefShared();
        // Racy sum, benign: sys.getrefcount is a snapshot. refLocal is the owner's plain field.
        if ((s & STATE_MASK) == MERGED) return s >> SHIFT;
        return (long) o.lpRefLocal() + (s >> SHIFT);
    }

    @Override
    public void enableTryIncref(PyObject o, ThreadState ts) {
        if (o.isImmortal()) return;
        if (Checks.ENABLED) Checks.alive(o, "enableTryIncref");
        // The caller holds a reference, so the owner is not concurrently freeing on the DEFAULT
        // path; the CAS races only with other shared-count changes.
        int s;
        do {
            s = o.lvRefShared();
            if ((s & STATE_MASK) != DEFAULT) return; // WEAKREFS, QUEUED, MERGED all free by CAS
        } while (!o.casRefShared(s, s | WEAKREFS));
    }

    @Override
    public void resurrectStart(PyObject o, ThreadState ts) {
        if ((o.lvRefShared() & STATE_MASK) == MERGED) {
            o.xaddRefShared(ONE);
        } else {
            // DEFAULT shape: only the owner frees without merging, so ts is the owner.
            if (Checks.ENABLED && o.lpOwnerTid() != ts.tid) {
                throw new IllegalStateException("resurrecting an unmerged object owned by another thread: " + o);
            }
            o.spRefLocal(1);
        }
    }

    @Override
    public boolean resurrectEnd(PyObject o, ThreadState ts) {
        if (o.lpOwnerTid() == ts.tid) {
            int local = o.lpRefLocal() - 1;
            o.spRefLocal(local);
            if (local > 0) return false; // __del__ kept a reference this thread counts
            if (o.lvRefShared() == 0) return true;
            int merged = merge(o, 0, false);
            return merged == 0;
        }
        // MERGED (possibly merged during __del__): the finalizer's reference is shared.
        return o.xaddRefShared(-ONE) - ONE == MERGED;
    }

    @Override
    public void safepoint(ThreadState ts) {
        ts.clearBreakerBit(ThreadState.MERGE_QUEUED); // before draining: a later push re-sets it
        drain(ts);
    }

    @Override
    public void threadExit(ThreadState ts) {
        // ThreadState.exit() has set exited: any push after this drain is merged by its pusher.
        ts.clearBreakerBit(ThreadState.MERGE_QUEUED);
        drain(ts);
    }

    private static void drain(ThreadState ts) {
        PyObject o;
        // poll(), not relaxedPoll(): an element whose producer index is claimed but whose slot
        // is not yet visible must be waited for, or the final drain could miss it (R4).
        while ((o = ts.mergeQueue.poll()) != null) {
            mergeFor(o, ts);
        }
    }
}
