package org.interlock.object;

/**
 * {@code weakref.ref}: a reference that does not count, read with {@link #get} which returns
 * the live referent with a new counted reference, or null once it died (W1).
 *
 * <h2>Synchronization</h2>
 * A referent's weakref list, and every weakref's {@code referent} and {@code next} fields, are
 * guarded by the space's weakref stripe lock for the referent's id ({@link
 * ObjectSpace#weakrefLock}). Reads in {@link #get} happen under that lock, and the referent is
 * handed out only if {@link RefCounting#tryIncref} succeeds, so a referent whose count already
 * reached zero is never revived by a weakref read (R3). The lifecycle clears the whole list in
 * one critical section and then runs callbacks outside it, newest first, each exactly once (W2).
 */
public final class PyWeakRef extends PyObject {
    public static final PyType TYPE = PyType.builtin("weakref.ReferenceType");

    private final long referentId;
    /** Guarded by the stripe lock. Null once the referent died. Not counted. */
    PyObject referent;
    /** Guarded by the stripe lock. Next older weakref to the same referent. */
    PyWeakRef next;
    /** The referent's hash once asked (-1: not yet; a Python hash is never -1); kept after death. */
    private volatile long hash = -1;
    /** Counted; null if none. Dropped after it ran or when this weakref dies. */
    private PyObject callback;

    private PyWeakRef(PyObject referent, PyObject callback, ThreadState ts) {
        super(ts, true); // its callback may close a cycle back to it
        this.referentId = referent.id();
        this.referent = referent;
        this.callback = callback;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /**
     * A new weakref to {@code referent}, which the caller holds a counted reference to. With no
     * callback, an existing callback-free weakref is reused, as CPython does.
     *
     * @param callback a callable or null; the weakref takes its own reference to it
     */
    public static PyWeakRef create(PyObject referent, PyObject callback, ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(referent, "weakref create");
        ts.refs.enableTryIncref(referent, ts);
        Object lock = ts.space.weakrefLock(referent.id());
        PyWeakRef ref;
        synchronized (lock) {
            if (callback == null) {
                for (PyWeakRef r = referent.weakrefs; r != null; r = r.next) {
                    if (r.callback == null && ts.refs.tryIncref(r, ts)) return r;
                }
            }
            if (callback != null) ts.refs.incref(callback, ts);
            ref = new PyWeakRef(referent, callback, ts);
            // Lock-free readers of the weakref itself (a container slot) may tryIncref it.
            ts.refs.enableTryIncref(ref, ts);
            ref.next = referent.weakrefs;
            referent.weakrefs = ref;
            int f;
            do {
                f = referent.laFlags();
            } while ((f & HAS_WEAKREFS) == 0 && !referent.casFlags(f, f | HAS_WEAKREFS));
        }
        return ref;
    }

    /**
     * The referent with a new counted reference, or null if it died or is dying. Never a dead
     * object (W1).
     */
    public PyObject get(ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(this, "weakref get");
        synchronized (ts.space.weakrefLock(referentId)) {
            PyObject r = referent;
            if (r == null) return null;
            if (r.isImmortal()) return r;
            if (!ts.refs.tryIncref(r, ts)) return null;
            if (Checks.ENABLED) Checks.alive(r, "weakref get (referent)");
            return r;
        }
    }

    /** The id of the referent this weakref was made for (valid after it died too). */
    public long referentId() {
        return referentId;
    }

    /** The callback, or null. Not a new reference. */
    public PyObject callback() {
        return callback;
    }

    /** Whether the referent has died (racy snapshot). */
    public boolean isCleared(ThreadState ts) {
        synchronized (ts.space.weakrefLock(referentId)) {
            return referent == null;
        }
    }

    /**
     * CPython's weakref hash: the referent's hash, remembered so it survives the referent's
     * death; a weakref never hashed while alive has none ("weak object has gone away").
     */
    @Override
    public long pyHash(ThreadState ts) {
        long h = hash;
        if (h != -1) return h;
        PyObject r = get(ts);
        if (r == null) throw new OperationError(OperationError.Kind.TYPE, "weak object has gone away");
        try {
            h = r.pyHash(ts);
        } finally {
            ts.refs.decref(r, ts);
        }
        hash = h;
        return h;
    }

    /**
     * CPython's weakref equality: two weakrefs whose referents are both alive compare as the
     * referents do; otherwise only a weakref equals itself.
     */
    @Override
    public boolean pyEquals(PyObject other, ThreadState ts) {
        if (this == other) return true;
        if (!(other instanceof PyWeakRef b)) return false;
        PyObject x = get(ts);
        if (x == null) return false;
        try {
            PyObject y = b.get(ts);
            if (y == null) return false;
            try {
                return x == y || x.pyEquals(y, ts);
            } finally {
                ts.refs.decref(y, ts);
            }
        } finally {
            ts.refs.decref(x, ts);
        }
    }

    /** Drops the callback reference; called after the callback ran, or at death. */
    PyObject takeCallback() {
        PyObject cb = callback;
        callback = null;
        return cb;
    }

    /** Reports the callback (counted); the referent is not counted and is not reported. */
    @Override
    protected void traverse(Visitor v) {
        PyObject cb = callback;
        if (cb != null) v.visit(cb);
    }

    @Override
    protected void releaseReferences(ThreadState ts) {
        // Unlink from the referent's list if the referent is still alive.
        synchronized (ts.space.weakrefLock(referentId)) {
            PyObject r = referent;
            if (r != null) {
                PyWeakRef prev = null;
                for (PyWeakRef w = r.weakrefs; w != null; prev = w, w = w.next) {
                    if (w == this) {
                        if (prev == null) r.weakrefs = next;
                        else prev.next = next;
                        break;
                    }
                }
                referent = null;
                next = null;
            }
        }
        PyObject cb = takeCallback();
        if (cb != null) ts.refs.decref(cb, ts);
    }
}
