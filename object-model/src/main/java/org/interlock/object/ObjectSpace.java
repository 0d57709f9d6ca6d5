package org.interlock.object;

import java.util.Arrays;
import org.interlock.object.gc.Collector;

/**
 * One interpreter's world of objects: its {@link Policy}, its thread states, the weakref stripe
 * locks, and the hooks the runtime installs (how to call a weakref callback, how to report an
 * exception nobody can catch, the runtime's safepoint service).
 *
 * <p>Several spaces with different policies may live in one JVM; nothing here is static.
 */
public final class ObjectSpace {
    private final Policy policy;
    private final Object[] weakrefStripes;
    private final Object registryLock = new Object();
    /**
     * Copy-on-write; index is the tid. Exited states stay (flagged): a thread that looks up an
     * owner by tid must see that it has exited, not find nothing.
     */
    private volatile ThreadState[] threads = new ThreadState[16];
    private int nextTid = 1;

    private volatile CallbackInvoker callbackInvoker = CallbackInvoker.NATIVE_ONLY;
    private volatile UnraisableHook unraisableHook = UnraisableHook.STDERR;
    private volatile ThreadState.SafepointHandler safepointHandler;
    /** The cycle collector of this space (what the runtime's {@code gc} module wraps). */
    private final Collector collector = new Collector(this);
    /** Late freeing of replaced shared values (class attributes) under parallel scheduling. */
    private final QuiescentReclamation reclamation = new QuiescentReclamation(this);
    /** The policy option {@code deferred-refcount}: see {@link #defer}. */
    private final boolean deferredRefcount;
    /** The policy option {@code per-thread-type-refcount}; null when it is off. */
    private final PerThreadTypeRefcounts typeRefcounts;

    /** A space with the default number of weakref lock stripes (64). */
    public ObjectSpace(Policy policy) {
        this(policy, 64);
    }

    public ObjectSpace(Policy policy, int weakrefStripes) {
        if (weakrefStripes <= 0 || Integer.bitCount(weakrefStripes) != 1) {
            throw new IllegalArgumentException("weakref stripes must be a power of two: " + weakrefStripes);
        }
        this.policy = policy;
        this.deferredRefcount = Boolean.parseBoolean(policy.options().getOrDefault("deferred-refcount", "false"));
        this.typeRefcounts = Boolean.parseBoolean(policy.options().getOrDefault("per-thread-type-refcount", "false"))
                ? new PerThreadTypeRefcounts(this) : null;
        this.weakrefStripes = new Object[weakrefStripes];
        for (int i = 0; i < weakrefStripes; i++) this.weakrefStripes[i] = new Object();
    }

    public Policy policy() {
        return policy;
    }

    /** This space's cycle collector. */
    public Collector collector() {
        return collector;
    }

    /** This space's quiescent-state reclamation (deferred decrefs of replaced shared values). */
    public QuiescentReclamation reclamation() {
        return reclamation;
    }

    /** Whether the policy option {@code deferred-refcount} is on in this space. */
    public boolean deferredRefcount() {
        return deferredRefcount;
    }

    /**
     * Deferred reference counting (the policy option {@code deferred-refcount}; CPython 3.13t's
     * {@code _PyObject_SetDeferredRefcount} for functions, modules and code objects): marks a new, tracked,
     * not yet published object {@link PyObject#DEFERRED} and gives it one extra reference that
     * belongs to the cycle collector. Its count then never reaches zero through decrefs; a
     * collection frees it once no container and no frame refers to it. The VM may then hold it
     * in a frame's operand stack without counting it. A no-op when the option is off or the
     * object is untracked (the collector would never see it, so it could never be freed).
     */
    public void defer(PyObject o, ThreadState ts) {
        if (deferredRefcount) markDeferred(o, ts);
    }

    /** {@link #defer} whatever the option says (per-thread type counts need the same mark). */
    void markDeferred(PyObject o, ThreadState ts) {
        if (!o.isGcTracked() || o.isDeferred()) return;
        o.srFlags(o.laFlags() | PyObject.DEFERRED); // before publication: no other thread sees it
        ts.refs.incref(o, ts);
    }

    /** The per-thread heap-type counts (option {@code per-thread-type-refcount}), or null when off. */
    public PerThreadTypeRefcounts typeRefcounts() {
        return typeRefcounts;
    }

    /** A new thread state with a fresh tid. It is not yet bound or attached. */
    public ThreadState newThreadState() {
        synchronized (registryLock) {
            int tid = nextTid++;
            ThreadState ts = new ThreadState(this, tid);
            ThreadState[] cur = threads;
            if (tid >= cur.length) cur = Arrays.copyOf(cur, Math.max(tid + 1, cur.length * 2));
            else cur = cur.clone();
            cur[tid] = ts;
            threads = cur;
            return ts;
        }
    }

    /** The thread state with this tid, exited or not; null if there is none. */
    public ThreadState threadState(int tid) {
        ThreadState[] cur = threads;
        return tid > 0 && tid < cur.length ? cur[tid] : null;
    }

    /** Live (not exited) thread states, for stop-the-world and counter readers. */
    public ThreadState[] liveThreadStates() {
        return Arrays.stream(threads).filter(t -> t != null && !t.isExited()).toArray(ThreadState[]::new);
    }

    /** Every thread state ever made in this space, exited ones included (counter totals). */
    public ThreadState[] allThreadStates() {
        return Arrays.stream(threads).filter(t -> t != null).toArray(ThreadState[]::new);
    }

    /** The lock guarding the weakref list of the object with this id. */
    public Object weakrefLock(long objectId) {
        return weakrefStripes[(int) (objectId ^ (objectId >>> 32)) & (weakrefStripes.length - 1)];
    }

    public int weakrefStripeCount() {
        return weakrefStripes.length;
    }

    // ---- runtime hooks -----------------------------------------------------------------

    public CallbackInvoker callbackInvoker() {
        return callbackInvoker;
    }

    public void setCallbackInvoker(CallbackInvoker invoker) {
        this.callbackInvoker = invoker;
    }

    public UnraisableHook unraisableHook() {
        return unraisableHook;
    }

    public void setUnraisableHook(UnraisableHook hook) {
        this.unraisableHook = hook;
    }

    public ThreadState.SafepointHandler runtimeSafepointHandler() {
        return safepointHandler;
    }

    public void setRuntimeSafepointHandler(ThreadState.SafepointHandler handler) {
        this.safepointHandler = handler;
    }

    /** How a weakref callback (a Python callable) is called with the weakref. */
    @FunctionalInterface
    public interface CallbackInvoker {
        void invoke(PyObject callback, PyWeakRef ref, ThreadState ts);

        /** Calls {@link NativeCallable}s only: what the object model can do without an interpreter. */
        CallbackInvoker NATIVE_ONLY = (cb, ref, ts) -> {
            if (cb instanceof NativeCallable n) {
                n.call(ref, ts);
            } else {
                throw new IllegalStateException("no interpreter to call " + cb);
            }
        };
    }

    /** Where an exception raised by {@code __del__} or a weakref callback goes (nobody can catch it). */
    @FunctionalInterface
    public interface UnraisableHook {
        void report(String context, Throwable error, ThreadState ts);

        UnraisableHook STDERR = (ctx, err, ts) -> {
            System.err.println("Exception ignored in: " + ctx);
            err.printStackTrace(System.err);
        };
    }
}
