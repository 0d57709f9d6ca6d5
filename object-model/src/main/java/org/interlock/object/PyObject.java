package org.interlock.object;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The root of every Python object, and the object header.
 *
 * <h2>Header layout</h2>
 * One layout serves every policy, so that a JVM running one policy sees one class shape and
 * every call site stays monomorphic. Fields, and who uses them:
 * <pre>
 *   long   id         unique, assigned at allocation; lock ordering uses it (identityHashCode collides)
 *   int    refLocal   plain/atomic: THE count.  biased: the owner's local count (owner-only, plain)
 *   int    ownerTid   biased: owning thread's tid (0 = none / merged)
 *   int    refShared  biased: (shared count &lt;&lt; 2) | state, state one of DEFAULT, WEAKREFS, QUEUED, MERGED
 *   int    lockWord   per-object locking: 0 free, 1 held, 2 held with parked waiters
 *   int    flags      IMMORTAL, FINALIZED (__del__ ran), DYING, DEAD, HAS_WEAKREFS,
 *                     GC_TRACKED (a container the cycle collector scans), GC_COLLECTING
 *   Object weakrefs   newest-first list of PyWeakRef, guarded by the space's weakref stripe lock
 * </pre>
 * Plain and atomic counting overlap with biased counting on {@code refLocal}; the biased-only
 * fields cost 8 bytes under the other schemes. JOL measures the total (benchmarks module).
 *
 * <h2>Access modes</h2>
 * <ul>
 *   <li>{@code refLocal}: plain under {@code plain} counting (the GIL or the owner orders it);
 *       {@code xadd}/{@code cas} (volatile) under {@code atomic}; under {@code biased} plain by
 *       the owner only, and read by others only while merging under a CAS on refShared.</li>
 *   <li>{@code refShared}: a volatile field, always {@code cas}/{@code xadd}/{@code lv}; zero at
 *       allocation without a store (a volatile store would cost a fence per object).</li>
 *   <li>{@code ownerTid}: written once at allocation before the object is published (plain
 *       store, published by the publishing store's release); re-written to 0 only by a merge,
 *       which happens under a CAS on refShared, so readers load it volatile.</li>
 *   <li>{@code lockWord}: {@code cas} to acquire, release store ({@code sr}) to release.</li>
 *   <li>{@code flags}: written by the single thread that owns the object's death (the one whose
 *       decref reached zero) or before publication; read with acquire ({@code la}). The death
 *       of a leaf (a float, int or str that never had a weakref) reads and writes it plain
 *       ({@code lp}/{@code sp}): no other thread can reach the object, and the decref that
 *       reached zero already ordered every earlier access. Stress checks read it racily: a stale "alive" only makes a check weaker, never wrong.</li>
 *   <li>{@code weakrefs}: read and written only under the space's weakref stripe lock.</li>
 * </ul>
 */
public abstract class PyObject {
    /** Flag: never counted, never dies. */
    public static final int IMMORTAL = 1;
    /** Flag: {@code __del__} has run once; it never runs again (PEP 442). */
    public static final int FINALIZED = 2;
    /** Flag: the finalizer is done and the object is being torn down. */
    public static final int DYING = 4;
    /** Flag: deallocated; must never be reached through a counted reference again. */
    public static final int DEAD = 8;
    /** Flag: a weakref to this object was created at some point (cheap test at dealloc). */
    public static final int HAS_WEAKREFS = 16;
    /**
     * Flag: the cycle collector scans this object ({@code gc.is_tracked}). Set before
     * publication by the tracking constructor {@link #PyObject(ThreadState, boolean)} and
     * never cleared: an object is tracked for life, as a container is in CPython.
     */
    public static final int GC_TRACKED = 32;
    /**
     * Flag: the cycle collector found this object to be cyclic garbage and owns its death; set
     * together with {@link #DYING} while the world is stopped. A count reaching zero
     * afterwards (the collector breaking the cycle) does not run the lifecycle a second time.
     */
    public static final int GC_COLLECTING = 64;
    /**
     * Flag: deferred reference counting ({@link ObjectSpace#defer}): the object carries one
     * extra reference that belongs to the cycle collector, so its count never reaches zero
     * through ordinary decrefs and only a collection frees it; the VM may hold it in a frame
     * without counting (the collector scans frames as roots). Set before publication.
     */
    public static final int DEFERRED = 128;
    /**
     * Flag: a counted exact int, float or str, set by their constructors before publication.
     * Such an object holds no references and its type has no finalizer, so while no other flag
     * is set its whole death is setting {@link #DYING} and {@link #DEAD}
     * ({@link Lifecycle#dealloc}'s fast path, small enough to inline into every decref).
     */
    public static final int LEAF = 256;

    private static final VarHandle REF_LOCAL;
    private static final VarHandle REF_SHARED;
    private static final VarHandle OWNER_TID;
    private static final VarHandle LOCK_WORD;
    private static final VarHandle FLAGS;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            REF_LOCAL = l.findVarHandle(PyObject.class, "refLocal", int.class);
            REF_SHARED = l.findVarHandle(PyObject.class, "refShared", int.class);
            OWNER_TID = l.findVarHandle(PyObject.class, "ownerTid", int.class);
            LOCK_WORD = l.findVarHandle(PyObject.class, "lockWord", int.class);
            FLAGS = l.findVarHandle(PyObject.class, "flags", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final long id;
    private int refLocal;
    private int ownerTid;
    private volatile int refShared; // volatile field: lvRefShared is a plain field read for the JIT, not a VarHandle call
    private int lockWord;
    private int flags;
    /** Head of the weakref list; guarded by the weakref stripe lock of the object's id. */
    PyWeakRef weakrefs;

    /**
     * A new, counted object owned by {@code ts}, with one reference held by the caller. The
     * policy's {@link RefCounting#initNew} sets the count fields.
     */
    @SuppressWarnings("this-escape") // the policy only sets this header's count fields; no subclass state is read
    protected PyObject(ThreadState ts) {
        this.id = ts.nextObjectId();
        ts.refs.initNew(this, ts);
        if (Instrumentation.ENABLED) ts.counters.add(Instrumentation.ALLOCATIONS, 1);
    }

    /**
     * A new, counted object as {@link #PyObject(ThreadState)}; with {@code gcTracked}, a
     * container registered with the cycle collector (its {@link #traverse} reports the
     * references it holds). Tracking here, before the subclass's fields are set, is safe: the
     * collector reads a thread's tracked objects only while that thread is stopped at a
     * safepoint or detached, never in the middle of a constructor; {@link #traverse} must
     * tolerate fields that are still null.
     */
    @SuppressWarnings("this-escape") // registered in the owner's own list; see above
    protected PyObject(ThreadState ts, boolean gcTracked) {
        this(ts);
        if (gcTracked) {
            flags |= GC_TRACKED; // plain: before publication
            ts.gc.track(this);
        }
    }

    /**
     * Marks a new, unpublished object {@link #LEAF}: plain store, before publication. Not with
     * the counters on: leaf deaths then take the general path, which counts each one.
     */
    final void markLeaf() {
        if (!Instrumentation.ENABLED) flags |= LEAF;
    }

    /** An immortal object: never counted, never dies. Used for None, True, small ints, types. */
    protected PyObject() {
        this.id = ObjectIds.nextImmortalId();
        this.flags = IMMORTAL;
    }

    /** The object's Python type. */
    public abstract PyType type();

    /** The unique 64-bit id, assigned at allocation. */
    public final long id() {
        return id;
    }

    /**
     * Releases every reference this object holds to other objects (items, attributes, a
     * weakref's callback). Called once, by the lifecycle, after weakrefs are cleared. The
     * object may be left empty; it is dead afterwards.
     */
    protected void releaseReferences(ThreadState ts) {}

    /**
     * Reports to {@code v} each counted reference this object holds, once per count
     * (CPython's {@code tp_traverse}). The cycle collector subtracts these from the referents'
     * counts, so a reference reported here must be a counted one: reporting an uncounted
     * reference could make a live object look like garbage; leaving one out only makes the
     * collector keep its referent. Tracked types override it; the default holds nothing.
     * Called with the world stopped (or the GIL held), or inside the object's critical
     * section; must not allocate, count or lock.
     */
    protected void traverse(Visitor v) {}

    /** What {@link #traverse} reports references to. */
    @FunctionalInterface
    public interface Visitor {
        /** One counted reference to {@code referent} (never null). */
        void visit(PyObject referent);
    }

    /**
     * Python's {@code hash()}: identity-based for plain objects (from the id, as CPython's is
     * from the address). Value types override; the runtime's instances call {@code __hash__}.
     * May throw the runtime's Python exception (unhashable type).
     */
    public long pyHash(ThreadState ts) {
        long h = id * 0x9E3779B97F4A7C15L;
        return h == -1 ? -2 : h;
    }

    /**
     * Python's {@code ==} as containers use it (after an identity check, which callers make
     * first, as CPython's containers do). Identity for plain objects; value types override; the
     * runtime's instances call {@code __eq__}, which may run arbitrary code and take locks.
     */
    public boolean pyEquals(PyObject other, ThreadState ts) {
        return this == other;
    }

    /**
     * The end of a value type's {@code pyEquals} when {@code other} is of a kind it does not
     * know: as Python's {@code ==} asks the right operand once the left one answers
     * NotImplemented, the other side decides (a complex equal to an int, an instance with
     * its own {@code __eq__}). int, float and str answer each other directly, so none of them
     * is ever asked back and the two calls cannot loop.
     */
    protected final boolean otherSideEquals(PyObject other, ThreadState ts) {
        if (other instanceof PyInt || other instanceof PyFloat || other instanceof PyStr) return false;
        return other.pyEquals(this, ts);
    }

    // ---- flags -------------------------------------------------------------------------

    public final boolean isImmortal() {
        // Plain read: IMMORTAL is set before publication, or by immortalization, which a
        // policy does only while the world is stopped or before the first thread starts.
        return (flags & IMMORTAL) != 0;
    }

    /** Whether the object is under deferred reference counting ({@link #DEFERRED}). */
    /**
     * Whether no flag but {@link #LEAF} is set: a counted object, not immortal, deferred,
     * tracked, weakly referenced, finalized or dying. Plain read: for an
     * object the caller holds the only reference to (see {@link RefCounting#isUnique}), no
     * other thread writes the flags.
     */
    public final boolean isPlainCounted() {
        return (flags & ~LEAF) == 0;
    }

    public final boolean isDeferred() {
        // Plain read: set before publication and never cleared.
        return (flags & DEFERRED) != 0;
    }

    /** Whether the cycle collector scans this object ({@code gc.is_tracked}). */
    public final boolean isGcTracked() {
        // Plain read: set before publication and never cleared.
        return (flags & GC_TRACKED) != 0;
    }

    public final boolean isDead() {
        // Racy read, benign: used by stress checks and assertions only.
        return ((int) FLAGS.getOpaque(this) & DEAD) != 0;
    }

    /**
     * Plain read of the flags, for the death of an object no other thread can reach: its count
     * has reached zero through an operation that already ordered every earlier access.
     */
    final int lpFlags() {
        return flags;
    }

    /** Plain store of the flags; see {@link #lpFlags}. */
    final void spFlags(int v) {
        flags = v;
    }

    public final int laFlags() {
        return (int) FLAGS.getAcquire(this);
    }

    public final void srFlags(int v) {
        FLAGS.setRelease(this, v);
    }

    public final boolean casFlags(int expect, int update) {
        return FLAGS.compareAndSet(this, expect, update);
    }

    /** Makes the object immortal. Only a policy calls this, with the world stopped or single-threaded. */
    public final void makeImmortal() {
        FLAGS.setVolatile(this, (int) FLAGS.getVolatile(this) | IMMORTAL);
    }

    // ---- refLocal ----------------------------------------------------------------------

    public final int lpRefLocal() {
        return refLocal;
    }

    public final void spRefLocal(int v) {
        refLocal = v;
    }

    public final int lvRefLocal() {
        return (int) REF_LOCAL.getVolatile(this);
    }

    public final void svRefLocal(int v) {
        REF_LOCAL.setVolatile(this, v);
    }

    /** Atomic add; returns the previous value. */
    public final int xaddRefLocal(int delta) {
        return (int) REF_LOCAL.getAndAdd(this, delta);
    }

    public final boolean casRefLocal(int expect, int update) {
        return REF_LOCAL.compareAndSet(this, expect, update);
    }

    // ---- refShared ---------------------------------------------------------------------

    public final int lvRefShared() {
        return refShared;
    }

    public final void svRefShared(int v) {
        REF_SHARED.setVolatile(this, v);
    }

    public final int xaddRefShared(int delta) {
        return (int) REF_SHARED.getAndAdd(this, delta);
    }

    public final boolean casRefShared(int expect, int update) {
        return REF_SHARED.compareAndSet(this, expect, update);
    }

    // ---- ownerTid ----------------------------------------------------------------------

    public final int lpOwnerTid() {
        return ownerTid;
    }

    /** Plain store, only before publication (allocation). */
    public final void spOwnerTid(int v) {
        ownerTid = v;
    }

    public final int lvOwnerTid() {
        return (int) OWNER_TID.getVolatile(this);
    }

    public final void svOwnerTid(int v) {
        OWNER_TID.setVolatile(this, v);
    }

    // ---- lockWord ----------------------------------------------------------------------

    public final int lvLockWord() {
        return (int) LOCK_WORD.getVolatile(this);
    }

    public final boolean casLockWord(int expect, int update) {
        return LOCK_WORD.compareAndSet(this, expect, update);
    }

    public final int xchgLockWord(int v) {
        return (int) LOCK_WORD.getAndSet(this, v);
    }

    public final void srLockWord(int v) {
        LOCK_WORD.setRelease(this, v);
    }

    @Override
    public String toString() {
        return "<" + type().name() + " id=" + id + ">";
    }
}
