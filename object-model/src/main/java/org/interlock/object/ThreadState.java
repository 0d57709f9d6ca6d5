package org.interlock.object;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayDeque;
import org.interlock.object.gc.GcThreadState;
import org.jctools.queues.MpscUnboundedArrayQueue;

/**
 * One thread's state in one {@link ObjectSpace}: its small integer id (the biased-counting
 * owner id), the policy's three dimensions for direct calls, the eval breaker, the queue of
 * objects other threads handed back to it (biased counting), its counter slots, and the slots
 * the policy keeps per thread (critical-section stack, GIL bookkeeping).
 *
 * <p>A thread state is created by {@link ObjectSpace#newThreadState}, possibly on another
 * thread, and then used by exactly one thread at a time (jcstress tests build owner states in
 * the State constructor and attach them in the actors, so "owner" is the same in every run).
 *
 * <h2>The eval breaker</h2>
 * {@link #safepoint()} is the stand-in for the VM's eval breaker: the VM calls it at function
 * entry and on backward jumps, and {@link #callSafepoint()} (the same without a scheduled
 * collection) at calls; tests call it directly. Its fast path is one volatile load of
 * {@code evalBreaker} (a plain load on x86). Other threads set bits with {@link #setBreakerBit}
 * (volatile read-modify-write); the owner clears each bit in the service routine of the
 * dimension that set it, before acting on it, so a request set after the clear is never lost.
 *
 * <h2>The cycle collector's hooks</h2>
 * {@link #gc} is this thread's part of the cycle collector: its tracked containers and its
 * stop-the-world state (DETACHED / ATTACHED / STOPPED, see {@link GcThreadState}).
 * {@link #attach}, {@link #detach}, {@link #blocking} and {@link #exit} move that state, and
 * the breaker bits {@link #GC_STOP} and {@link #GC_SCHEDULED} reach it through the safepoint.
 *
 * <p>The fields the owner writes on every operation are in padded superclasses
 * ({@link ThreadStateHotFields}): thread states are made on the parent thread, side by side.
 */
public final class ThreadState extends ThreadStatePad1 {
    /** Breaker bit: the GIL's waiter asks the holder to drop it. */
    public static final int DROP_GIL = 1;
    /** Breaker bit: biased counting queued objects to this owner; merge them. */
    public static final int MERGE_QUEUED = 2;
    /** Breaker bit: the runtime has something for this thread (async exception, stop-the-world). */
    public static final int RUNTIME_REQUEST = 4;
    /** Breaker bit: the cycle collector is stopping the world; park until it is done. */
    public static final int GC_STOP = 8;
    /** Breaker bit: allocations passed the collector's threshold; collect at this safepoint. */
    public static final int GC_SCHEDULED = 16;
    /**
     * Breaker bit: a replaced shared value waits for every thread to pass a quiescent point
     * ({@link QuiescentReclamation}); report one at this safepoint.
     */
    public static final int QSBR_POLL = 32;

    private static final VarHandle EVAL_BREAKER;

    static {
        try {
            EVAL_BREAKER = MethodHandles.lookup().findVarHandle(ThreadState.class, "evalBreaker", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    public final ObjectSpace space;
    /** Small positive id, unique in the space and never reused; the biased-counting owner id. */
    public final int tid;
    public final RefCounting refs;
    public final ObjectLocking locks;
    public final Scheduling sched;
    /** Its counters: a slot of the process's counters file when counters are on. */
    public final Instrumentation.Counters counters;
    /**
     * This thread's entries of the per-thread heap-type counts ({@link PerThreadTypeRefcounts}),
     * by class index (padded, see there): made and written plainly by this thread on first use,
     * null before; replaced by a longer copy when a class's index is beyond it; read and zeroed
     * by others only with the world stopped.
     */
    int[] typeRefcounts;

    /** This thread's part of the cycle collector (tracked objects, stop-the-world state). */
    public final GcThreadState gc;

    /** Objects whose shared count went negative on another thread, to be merged here (biased). */
    public final MpscUnboundedArrayQueue<PyObject> mergeQueue = new MpscUnboundedArrayQueue<>(64);

    /** The scheduling policy's per-thread data (GIL bookkeeping). Owned by the policy. */
    public Object schedulingState;
    /** The locking policy's per-thread data (the critical-section stack). Owned by the policy. */
    public Object lockingState;
    /** The runtime's per-thread data (the frame stack). Owned by the runtime. */
    public Object runtimeState;

    /** The Java thread currently using this state; set by {@link #bindCurrentThread()}. */
    private volatile Thread thread;
    /**
     * Set once by {@link #exit()} before the policy's final drain; read (volatile) by other
     * threads deciding whether to queue an object to this owner or merge it themselves. The
     * policy must make "queued after the final drain" impossible to strand (R4).
     */
    private volatile boolean exited;
    private volatile int evalBreaker;
    /**
     * The reclamation sequence this thread last observed at a quiescent point, or
     * {@link QuiescentReclamation#OFFLINE} while it is not attached (it then holds no borrowed
     * reference). Written by the owner only (volatile: a writer on another thread decides from
     * it whether a replaced value may be freed); see {@link QuiescentReclamation}.
     */
    volatile long qsbrSeq = QuiescentReclamation.OFFLINE;

    final ArrayDeque<PyObject> pendingDeallocs = new ArrayDeque<>();

    ThreadState(ObjectSpace space, int tid) {
        this.space = space;
        this.tid = tid;
        Policy p = space.policy();
        this.refs = p.refCounting();
        this.locks = p.locking();
        this.sched = p.scheduling();
        this.counters = Instrumentation.newCounters(tid);
        this.gc = new GcThreadState(this);
    }

    /** Records the calling Java thread as the user of this state. */
    public ThreadState bindCurrentThread() {
        this.thread = Thread.currentThread();
        if (Instrumentation.ENABLED) counters.bindThread(Thread.currentThread().threadId());
        return this;
    }

    public Thread thread() {
        return thread;
    }

    /** Binds the calling thread and starts running bytecode (takes the GIL under global-lock). */
    public ThreadState attach() {
        bindCurrentThread();
        gc.attach(); // first: never wait out a collection holding the GIL
        sched.attach(this);
        space.reclamation().online(this);
        return this;
    }

    /** Stops running bytecode (releases the GIL under global-lock). */
    public void detach() {
        space.reclamation().offline(this);
        sched.detach(this);
        gc.detach();
    }

    /**
     * The thread is finished with this state for good: merges what is queued to it, and from
     * now on other threads merge objects it owns themselves (R4). Call while attached.
     */
    public void exit() {
        exited = true;
        space.reclamation().offline(this);
        refs.threadExit(this);
        if (space.typeRefcounts() != null) space.typeRefcounts().threadExit(this);
        sched.detach(this);
        gc.detach();
        // Its counts move to the file's retired sums; the slot is free for a new thread.
        if (Instrumentation.ENABLED) counters.release();
    }

    public boolean isExited() {
        return exited;
    }

    long nextObjectId() {
        if (nextId == idLimit) {
            nextId = ObjectIds.nextBlock();
            idLimit = nextId + ObjectIds.BLOCK;
        }
        return nextId++;
    }

    // ---- eval breaker ------------------------------------------------------------------

    /**
     * The eval breaker at a function's entry or a backward jump: one volatile load on the fast
     * path. Every request is served here, a scheduled collection included.
     */
    public void safepoint() {
        if (evalBreaker != 0) { // the volatile field read directly: fewer JIT nodes than the VarHandle
            serviceEvalBreaker(~0);
        }
    }

    /**
     * The eval breaker at a call instruction: every request but a scheduled collection
     * ({@link #GC_SCHEDULED}). An automatic collection runs Python code ({@code __del__}, weakref
     * callbacks); run before a call it would run inside whatever the caller holds around that
     * call (the {@code __exit__} of a {@code with lock:} block is a call made with the lock still
     * held), so it waits for the next function entry or backward jump, which is where CPython
     * 3.12+ runs its automatic collections (RESUME and JUMP_BACKWARD). A stop-the-world request
     * is still honoured here: stopping runs no Python code.
     */
    public void callSafepoint() {
        if ((evalBreaker & ~GC_SCHEDULED) != 0) {
            serviceEvalBreaker(~GC_SCHEDULED);
        }
    }

    private void serviceEvalBreaker(int mask) {
        int bits = (int) EVAL_BREAKER.getVolatile(this) & mask;
        if ((bits & DROP_GIL) != 0) sched.safepoint(this);
        if ((bits & MERGE_QUEUED) != 0) refs.safepoint(this);
        if ((bits & (GC_STOP | GC_SCHEDULED)) != 0) gc.onSafepoint(bits);
        if ((bits & QSBR_POLL) != 0) space.reclamation().quiescent(this);
        if ((bits & RUNTIME_REQUEST) != 0) {
            SafepointHandler h = space.runtimeSafepointHandler();
            if (h != null) h.onSafepoint(this);
            else clearBreakerBit(RUNTIME_REQUEST);
        }
    }

    public int lvEvalBreaker() {
        return (int) EVAL_BREAKER.getVolatile(this);
    }

    /** Sets a breaker bit; any thread may call it. */
    public void setBreakerBit(int bit) {
        EVAL_BREAKER.getAndBitwiseOr(this, bit);
    }

    /** Clears a breaker bit; called by the owner before it acts on the request. */
    public void clearBreakerBit(int bit) {
        EVAL_BREAKER.getAndBitwiseAnd(this, ~bit);
    }

    // ---- blocking calls ----------------------------------------------------------------

    /**
     * Runs a Java-level blocking operation (sleep, a lock wait, a join, file I/O, hashing a large
     * buffer) with the GIL released and the thread's critical sections suspended, as PEP 703
     * does, so that blocking never deadlocks and other threads run meanwhile. The thread must
     * not touch Python objects' counts or locks inside {@code call}. While it blocks the thread
     * counts as stopped for the cycle collector, and it does not come back while a
     * collection has the world stopped.
     */
    public <T, X extends Throwable> T blocking(BlockingCall<T, X> call) throws X {
        locks.suspendAll(this);
        space.reclamation().offline(this); // a blocked thread is quiescent
        sched.detach(this);
        gc.detach();
        try {
            return call.call();
        } finally {
            gc.attach();
            sched.attach(this);
            space.reclamation().online(this);
            locks.resumeAll(this);
        }
    }

    /** A blocking operation, run by {@link #blocking}. */
    @FunctionalInterface
    public interface BlockingCall<T, X extends Throwable> {
        T call() throws X;
    }

    /** The runtime's eval-breaker service, for {@link #RUNTIME_REQUEST}. */
    @FunctionalInterface
    public interface SafepointHandler {
        /** Must clear {@link #RUNTIME_REQUEST} before acting. */
        void onSafepoint(ThreadState ts);
    }

    @Override
    public String toString() {
        return "ThreadState[tid=" + tid + "]";
    }
}
