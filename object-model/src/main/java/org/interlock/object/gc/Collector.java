package org.interlock.object.gc;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.interlock.object.GcSupport;
import org.interlock.object.Instrumentation;
import org.interlock.object.ObjectSpace;
import org.interlock.object.PerThreadTypeRefcounts;
import org.interlock.object.PyList;
import org.interlock.object.PyObject;
import org.interlock.object.PyType;
import org.interlock.object.PyWeakRef;
import org.interlock.object.ThreadState;

/**
 * The cycle collector of one {@link ObjectSpace}, and the API the runtime's {@code gc} module
 * wraps ({@code collect}, {@code enable}, {@code get_threshold}, {@code get_referrers}, ...).
 *
 * <h2>What it scans</h2>
 * Containers register themselves at allocation ({@link PyObject#PyObject(ThreadState, boolean)}
 * appends to the allocating thread's own {@link TrackedList}: no shared structure, no atomic
 * operation). A collection gathers the live entries of every thread's list (dropping dead ones)
 * with the world stopped; objects moved aside by {@link #freeze} are not scanned.
 *
 * <h2>A collection (CPython 3.11's gcmodule.c order, PEP 442, and 3.13t's pauses)</h2>
 * <ol>
 *   <li><b>World stopped.</b> Find the unreachable set U ({@link CycleFinder}) and take one
 *       counted reference to each member ("hold"), so that nothing in U can die under us
 *       while the world runs again, and an unmerged biased count (an object queued to its
 *       owner with a true count of zero) cannot be merged and freed by its owner
 *       concurrently: the owner's merge then finds our reference and leaves it alone. Clear
 *       the weakrefs to U, keeping the callbacks of weakrefs that are not themselves in U
 *       (CPython's handle_weakrefs, which 3.11 runs before the finalizers: the callbacks
 *       print first, and an object a finalizer revives has lost its weakrefs, as there).</li>
 *   <li><b>World running.</b> Run those callbacks (each weakref is cleared, so a callback
 *       cannot reach U), then {@code __del__} ({@link PyType.Finalizer}) once on each member
 *       of U that has one and is not FINALIZED. Both are Python code: they may take locks
 *       held by other threads, so the world must run (3.13t does the same).</li>
 *   <li><b>World stopped.</b> Recompute reachability inside U (less our holds): a finalizer
 *       may have stored a reference somewhere. Members now reachable from outside, and all
 *       they reach, are revived (CPython's handle_resurrected_objects): our hold is dropped
 *       and they live on, finalized. The rest are marked DYING and GC_COLLECTING.</li>
 *   <li><b>World running.</b> Break the cycles: release every member's references
 *       ({@code tp_clear}), drop our holds, and mark the members DEAD. A member's count that
 *       reaches zero meanwhile calls the lifecycle, which sees GC_COLLECTING and leaves the
 *       death to us, so nothing is deallocated twice; untracked objects that only the garbage
 *       held die through the ordinary lifecycle.</li>
 * </ol>
 * No live object is freed: a member of U has no reference from outside U at step 1, and step
 * 3 re-proves it after the only code that ran (callbacks and finalizers) could have changed that. Under a
 * global-lock scheduling policy there is no stop: the collector holds the GIL through steps 1
 * and 3, which run no Python code, so it cannot be dropped there.
 *
 * <h2>Thresholds: one generation, CPython's numbers</h2>
 * A single generation, as free-threaded CPython 3.13 has: each collection stops the world and
 * scans every tracked object, so young generations would save scanning but not the pause, and
 * they need a write barrier-free remembered set we do not have. To keep the total cost
 * linear in allocations, an automatic collection runs when the tracked allocations minus the
 * tracked deaths since the last collection reach {@code threshold0} (700) and also a quarter of
 * the objects that survived the last one (3.13t's rule). Threads add their counts in batches
 * (at most {@link #MAX_FLUSH_BATCH}) to one shared counter; the thread whose batch crosses the
 * threshold gets {@link ThreadState#GC_SCHEDULED} and collects at its next full safepoint (a
 * function entry or a backward jump, as CPython 3.12+; a call's safepoint leaves the bit set, so
 * a collection never runs inside whatever the caller holds around the call), never inside the
 * allocation, and never while the thread is inside a critical section (the bit waits for the
 * first safepoint after it). {@code threshold1} and
 * {@code threshold2} are kept for {@code gc.get_threshold()} and otherwise unused.
 *
 * <h2>Deferred reference counting</h2>
 * With the policy option {@code deferred-refcount}, top-level functions, modules and code objects
 * carry one reference that belongs to the collector ({@link ObjectSpace#defer}), and the VM holds a
 * function it is about to call, or a code constant it is about to make a function from, without
 * counting it. Each reachability pass subtracts the collector's reference
 * and treats what the runtime's {@link FrameRoots} report as referenced from outside; a
 * deferred object found to be garbage loses the collector's reference with the hold.
 *
 * <h2>Not done</h2>
 * Objects are tracked for life (no untracking of tuples of atomics); collections are serialized
 * and a {@link #collect} that finds one in progress returns 0 at once, as 3.13t does.
 */
public final class Collector {
    /** The largest batch of allocation counts a thread keeps before adding it to the shared count. */
    public static final int MAX_FLUSH_BATCH = 64;
    /** {@code gc.DEBUG_SAVEALL}: garbage goes to {@link #garbage} instead of being freed. */
    public static final int DEBUG_SAVEALL = 32;

    private final ObjectSpace space;
    private final StopTheWorld stw;
    /** Serializes collections and the other stop-the-world operations. */
    private final ReentrantLock lock = new ReentrantLock();
    /** Tracked allocations minus deaths since the last collection (batched, approximate). */
    private final AtomicLong count = new AtomicLong();
    private volatile boolean enabled = true;
    private volatile int threshold0 = 700;
    private volatile int threshold1 = 10;
    private volatile int threshold2 = 10;
    private volatile int flushBatch = MAX_FLUSH_BATCH;
    private volatile int debugFlags;
    /** Tracked objects that survived the last collection. */
    private volatile long longLived;
    /** Frozen objects; guarded by {@link #lock}. */
    private final ArrayList<PyObject> frozen = new ArrayList<>();
    /** {@code gc.garbage}; made on first use, guarded by {@link #lock} for appends. */
    private volatile PyList garbage;
    private volatile long collections;
    private volatile long collected;
    /** The runtime's frame scanner for deferred reference counting; null: no uncounted frame references. */
    private volatile FrameRoots frameRoots;

    /**
     * Reports the objects a thread's frames hold without counting them (deferred reference
     * counting, {@link ObjectSpace#defer}). Called with the world stopped (or the GIL held), for
     * each thread state of the space; must run no Python code and take no lock.
     */
    @FunctionalInterface
    public interface FrameRoots {
        void scan(ThreadState t, java.util.function.Consumer<PyObject> out);
    }

    /** Installs the runtime's frame scanner (the VM's operand stacks); see {@link FrameRoots}. */
    public void setFrameRoots(FrameRoots roots) {
        this.frameRoots = roots;
    }

    /** Made by the space; reads nothing of it yet (the space is still being built). */
    public Collector(ObjectSpace space) {
        this.space = space;
        this.stw = new StopTheWorld(space);
    }

    StopTheWorld stw() {
        return stw;
    }

    // ---- gc module API ---------------------------------------------------------------------

    /** {@code gc.enable()}. */
    public void enable() {
        enabled = true;
    }

    /** {@code gc.disable()}: no automatic collections; {@link #collect} still works. */
    public void disable() {
        enabled = false;
    }

    /** {@code gc.isenabled()}. */
    public boolean isEnabled() {
        return enabled;
    }

    /** {@code gc.get_threshold()}. */
    public int[] getThreshold() {
        return new int[] {threshold0, threshold1, threshold2};
    }

    /** {@code gc.set_threshold(t0, t1, t2)}; {@code t0 == 0} turns automatic collection off. */
    public void setThreshold(int t0, int t1, int t2) {
        threshold0 = Math.max(0, t0);
        threshold1 = t1;
        threshold2 = t2;
        flushBatch = t0 <= 0 ? MAX_FLUSH_BATCH : Math.max(1, Math.min(MAX_FLUSH_BATCH, t0 / 4));
    }

    /**
     * {@code gc.get_count()}: (tracked allocations minus deaths since the last collection, 0, 0).
     * Racy and approximate by up to one batch per thread, as the counts are.
     */
    public long[] getCount() {
        return new long[] {Math.max(0, count.get()), 0, 0};
    }

    /** {@code gc.set_debug(flags)}; only {@link #DEBUG_SAVEALL} changes behaviour. */
    public void setDebug(int flags) {
        debugFlags = flags;
    }

    /** {@code gc.get_debug()}. */
    public int getDebug() {
        return debugFlags;
    }

    /** {@code gc.is_tracked(o)}. */
    public boolean isTracked(PyObject o) {
        return o.isGcTracked();
    }

    /** Collections run so far ({@code gc.get_stats()}). */
    public long collections() {
        return collections;
    }

    /** Garbage objects freed so far ({@code gc.get_stats()}). */
    public long collected() {
        return collected;
    }

    /**
     * {@code gc.garbage}: a borrowed list, empty unless {@link #DEBUG_SAVEALL} is set (there
     * are no legacy {@code tp_del} finalizers that make objects uncollectable).
     */
    public PyList garbage(ThreadState ts) {
        PyList g = garbage;
        if (g != null) return g;
        synchronized (this) {
            if (garbage == null) garbage = new PyList(ts); // the collector owns this reference
            return garbage;
        }
    }

    /**
     * {@code gc.collect()}: a full collection; returns the number of unreachable objects found
     * (revived ones included, as CPython counts them). 0 at once if one is in progress.
     */
    public long collect(ThreadState ts) {
        if (lock.isHeldByCurrentThread() || !lock.tryLock()) return 0;
        // A collection may start at a safepoint inside a critical section (a dict lookup that
        // called __eq__). Another thread parked on that section would never reach its own
        // safepoint and the stop would never end: let go of our sections first, as a blocking
        // call does (the interrupted operation already tolerates that, PEP 703).
        ts.locks.suspendAll(ts);
        try {
            return collectLocked(ts);
        } finally {
            lock.unlock();
            ts.locks.resumeAll(ts);
        }
    }

    /** {@code gc.collect(generation)}: one generation only, so any valid generation is a full collection. */
    public long collect(int generation, ThreadState ts) {
        if (generation < 0 || generation > 2) throw new IllegalArgumentException("invalid generation");
        return collect(ts);
    }

    /** {@code gc.freeze()}: every tracked object is set aside and no longer scanned. */
    public void freeze(ThreadState ts) {
        exclusive(ts, () -> {
            for (ThreadState t : space.allThreadStates()) {
                t.gc.tracked.forEach(o -> {
                    if (!o.isDead()) frozen.add(o);
                });
                t.gc.tracked.clear();
            }
        });
    }

    /** {@code gc.unfreeze()}: the frozen objects are scanned again (they join this thread's list). */
    public void unfreeze(ThreadState ts) {
        lockExclusively(ts);
        try {
            for (PyObject o : frozen) if (!o.isDead()) ts.gc.tracked.add(o);
            frozen.clear();
        } finally {
            lock.unlock();
        }
    }

    /** {@code gc.get_freeze_count()}. */
    public int getFreezeCount(ThreadState ts) {
        lockExclusively(ts);
        try {
            frozen.removeIf(PyObject::isDead);
            return frozen.size();
        } finally {
            lock.unlock();
        }
    }

    /** {@code gc.get_objects()}: the tracked objects not frozen, each a new reference. */
    public List<PyObject> getObjects(ThreadState ts) {
        List<PyObject> out = new ArrayList<>();
        exclusive(ts, () -> forEachTracked(o -> {
            ts.refs.incref(o, ts);
            out.add(o);
        }));
        return out;
    }

    /**
     * {@code gc.get_referrers(*objs)}: the tracked objects (frozen ones too) that hold a
     * reference to any of {@code targets}, each once, each a new reference.
     */
    public List<PyObject> getReferrers(PyObject[] targets, ThreadState ts) {
        Set<PyObject> wanted = identitySet(targets);
        List<PyObject> out = new ArrayList<>();
        exclusive(ts, () -> {
            java.util.function.Consumer<PyObject> probe = o -> {
                boolean[] hit = {false};
                GcSupport.traverse(o, r -> {
                    if (wanted.contains(r)) hit[0] = true;
                });
                if (hit[0]) {
                    ts.refs.incref(o, ts);
                    out.add(o);
                }
            };
            forEachTracked(probe);
            for (PyObject o : frozen) if (!isGone(o)) probe.accept(o);
        });
        return out;
    }

    /**
     * {@code gc.get_referents(o)}: what {@code o}'s traverse reports, each a new reference. Read
     * in {@code o}'s critical section so that a concurrent mutation cannot tear it.
     */
    public List<PyObject> getReferents(PyObject o, ThreadState ts) {
        List<PyObject> out = new ArrayList<>();
        if (o.isImmortal() || !o.isGcTracked()) {
            GcSupport.traverse(o, out::add); // nothing for untracked core types
        } else {
            ts.locks.enter(o, ts);
            try {
                GcSupport.traverse(o, out::add);
            } finally {
                ts.locks.exit(ts);
            }
        }
        for (PyObject r : out) ts.refs.incref(r, ts);
        return out;
    }

    /**
     * Runs {@code body} with the world stopped, holding the collector lock, as a collection's
     * scanning phase does: every other thread of the space is STOPPED at a safepoint or held
     * DETACHED (a thread returning from a blocking call waits until {@code body} is done); under
     * a global-lock policy the caller's GIL is the exclusion. {@code body} must run no Python code
     * and take no lock another thread may hold. The caller must be attached. The stress suite's
     * handshake test uses it; it is the hook for any runtime operation that needs the world
     * stopped (CPython's {@code _PyEval_StopTheWorld}).
     */
    public void runStopped(ThreadState ts, Runnable body) {
        exclusive(ts, body);
    }

    /**
     * Deliberately breaks this space's stop-the-world handshake, for the stress suite's broken
     * variant only: the stopper counts a DETACHED thread as stopped without parking it, and a
     * thread that attaches does not look for a stop under way, so a thread returning from a
     * blocking call runs bytecode in the middle of a stop. Irreversible; never call it on a space
     * that runs programs.
     */
    public void breakHandshakeForStressTest() {
        stw.broken = true;
    }

    // ---- automatic collection ----------------------------------------------------------

    int flushBatch() {
        return flushBatch;
    }

    /** Adds a thread's batch; true if an automatic collection is now due. */
    boolean addToCount(int delta) {
        long c = count.addAndGet(delta);
        return delta > 0 && due(c);
    }

    private boolean due(long c) {
        int t0 = threshold0;
        return enabled && t0 > 0 && c >= t0 && c >= longLived / 4;
    }

    /** The scheduled collection, at the safepoint of the thread that crossed the threshold. */
    void collectIfDue(ThreadState ts) {
        if (due(count.get())) collect(ts);
    }

    // ---- the collection ----------------------------------------------------------------

    private long collectLocked(ThreadState ts) {
        ts.refs.safepoint(ts); // biased: merge what others queued to us first (may free some)
        PyObject[] u;
        List<PyWeakRef> callbacks = null;
        stopWorld(ts);
        try {
            mergeTypeRefcounts(ts);
            ArrayList<PyObject> cand = new ArrayList<>();
            for (ThreadState t : space.allThreadStates()) {
                t.gc.tracked.compact();
                t.gc.tracked.forEach(o -> {
                    if (!isGone(o)) cand.add(o);
                });
            }
            CycleFinder finder = new CycleFinder(cand.toArray(new PyObject[0]), cand.size());
            u = finder.unreachable(finder.reachable(ts.refs, 0, frameRoots()));
            for (PyObject o : u) ts.refs.incref(o, ts); // the hold (see the class comment)
            longLived = cand.size() - u.length;
            count.set(0);
            if (u.length > 0) {
                Set<PyObject> uSet = identitySet(u);
                for (PyObject o : u) callbacks = GcSupport.clearWeakrefs(o, uSet::contains, callbacks, ts);
            }
        } finally {
            startWorld(ts);
        }
        collections++;
        if (u.length == 0) return 0;
        if (callbacks != null) GcSupport.runWeakrefCallbacks(callbacks, ts);
        runFinalizers(u, ts);

        PyObject[] revived;
        PyObject[] dead;
        boolean saveAll = (debugFlags & DEBUG_SAVEALL) != 0;
        stopWorld(ts);
        try {
            mergeTypeRefcounts(ts); // finalizers may have made instances of a class in u
            CycleFinder again = new CycleFinder(u, u.length);
            boolean[] reached = again.reachable(ts.refs, 1, frameRoots());
            dead = again.unreachable(reached);
            revived = new PyObject[u.length - dead.length];
            for (int i = 0, k = 0; i < u.length; i++) if (reached[i]) revived[k++] = u[i];
            if (!saveAll) {
                for (PyObject o : dead) setFlags(o, PyObject.DYING | PyObject.GC_COLLECTING);
            }
        } finally {
            startWorld(ts);
        }
        for (PyObject o : revived) ts.refs.decref(o, ts); // revived: alive and finalized
        if (saveAll) {
            PyList g = garbage(ts);
            for (PyObject o : dead) {
                g.append(o, ts);
                ts.refs.decref(o, ts);
            }
            return u.length;
        }
        for (PyObject o : dead) GcSupport.releaseReferences(o, ts);
        for (PyObject o : dead) {
            if (o.isDeferred()) ts.refs.decref(o, ts); // the collector's own reference (deferred counting)
            ts.refs.decref(o, ts); // reaches zero: the lifecycle leaves it to us
        }
        for (PyObject o : dead) {
            setFlags(o, PyObject.DEAD);
            if (Instrumentation.ENABLED) ts.counters.add(Instrumentation.DEALLOCATIONS, 1);
        }
        collected += dead.length;
        return u.length;
    }

    /** PEP 442: {@code __del__} once per object, with the object alive (we hold it). */
    private void runFinalizers(PyObject[] u, ThreadState ts) {
        for (PyObject o : u) {
            PyType.Finalizer fin = o.type().finalizer();
            if (fin == null) continue;
            if (!claimFinalization(o)) continue;
            try {
                fin.finalize(o, ts);
            } catch (RuntimeException e) {
                ts.space.unraisableHook().report("__del__ of " + o, e, ts);
            }
            if (Instrumentation.ENABLED) ts.counters.add(Instrumentation.FINALIZERS_RUN, 1);
        }
    }

    /** Sets FINALIZED if it was not set; false if {@code __del__} already ran. */
    private static boolean claimFinalization(PyObject o) {
        for (;;) {
            int f = o.laFlags();
            if ((f & (PyObject.FINALIZED | PyObject.DYING | PyObject.DEAD)) != 0) return false;
            if (o.casFlags(f, f | PyObject.FINALIZED)) return true;
        }
    }

    private static void setFlags(PyObject o, int bits) {
        int f;
        do {
            f = o.laFlags();
        } while (!o.casFlags(f, f | bits));
    }

    /** Dead, or being torn down by its lifecycle on some thread: not a candidate. */
    private static boolean isGone(PyObject o) {
        return (o.laFlags() & (PyObject.DYING | PyObject.DEAD)) != 0;
    }

    /** Per-thread heap-type counts into the classes' headers before a pass reads them. World stopped. */
    private void mergeTypeRefcounts(ThreadState ts) {
        PerThreadTypeRefcounts p = space.typeRefcounts();
        if (p != null) p.merge(ts);
    }

    /** Every object some frame holds uncounted, or null if nothing is deferred. World stopped. */
    private Set<PyObject> frameRoots() {
        FrameRoots scanner = frameRoots;
        if (scanner == null || !space.deferredRefcount()) return null;
        Set<PyObject> roots = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (ThreadState t : space.allThreadStates()) scanner.scan(t, roots::add);
        return roots;
    }

    // ---- stopping the world ------------------------------------------------------------

    private boolean needsStop() {
        return !space.policy().scheduling().isGlobalLock();
    }

    private void stopWorld(ThreadState ts) {
        if (needsStop()) stw.stop(ts);
    }

    private void startWorld(ThreadState ts) {
        if (needsStop()) stw.restart();
    }

    /** Every tracked object not dead or dying, frozen ones excepted. World stopped. */
    private void forEachTracked(java.util.function.Consumer<PyObject> action) {
        for (ThreadState t : space.allThreadStates()) {
            t.gc.tracked.forEach(o -> {
                if (!isGone(o)) action.accept(o);
            });
        }
    }

    /** Runs {@code body} holding the collector lock with the world stopped. */
    private void exclusive(ThreadState ts, Runnable body) {
        lockExclusively(ts);
        ts.locks.suspendAll(ts); // see collect
        try {
            stopWorld(ts);
            try {
                body.run();
            } finally {
                startWorld(ts);
            }
        } finally {
            lock.unlock();
            ts.locks.resumeAll(ts);
        }
    }

    /** Takes the collector lock; waits for it detached, so a collection can stop us meanwhile. */
    private void lockExclusively(ThreadState ts) {
        if (lock.tryLock()) return;
        ts.blocking(() -> {
            lock.lock();
            return null;
        });
    }

    private static Set<PyObject> identitySet(PyObject[] objs) {
        Set<PyObject> s = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (PyObject o : objs) s.add(o);
        return s;
    }

    @Override
    public String toString() {
        return "Collector[count=" + count.get() + ", threshold=" + threshold0 + ", enabled=" + enabled + "]";
    }
}
