package org.interlock.object;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code set} and {@code frozenset} (one class, a {@link #isFrozen() frozen} flag
 * chosen at construction; the runtime never mutates a frozenset after building it).
 *
 * <p>The table is CPython 3.11's: open addressing over (key, hash) slots, a run of up to 9
 * linear probes before each perturbed jump ({@code i = (5*i + 1 + perturb) & mask}), dummy
 * slots for deleted keys, a resize to the next power of two above 4 x used (2 x above 50,000)
 * when fill reaches 3/5. Iteration and {@link #snapshot} follow the table order, so a set of
 * ints prints in the same order as on CPython. A frozenset hashes as CPython's does.
 *
 * <h2>Synchronization</h2>
 * Every operation, reads included, runs in the set's critical section (CPython's
 * free-threaded sets do the same: no optimistic path). Key hashes are computed before entering
 * it; a key's {@code __eq__} runs inside it (as in CPython), and a lookup restarts if that
 * changed the table. Dropped references are released after leaving it. The fields are
 * therefore only touched under the lock (or before publication): plain access.
 */
public final class PySet extends PyObject {
    public static final PyType TYPE = PyType.builtin("set");
    public static final PyType FROZEN_TYPE = PyType.builtin("frozenset");

    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** Marks a deleted slot (its hash is -1, which no real hash is). */
    private static final PyObject DUMMY = new PyObject() {
        @Override
        public PyType type() {
            return PyType.OBJECT;
        }
    };

    private final boolean frozen;
    private PyObject[] keys = new PyObject[MIN_SIZE];
    private long[] hashes = new long[MIN_SIZE];
    /** Active plus dummy slots. */
    private int fill;
    /** Active slots. */
    private int used;
    /** Where {@link #pop} starts looking (CPython's finger). */
    private int finger;

    /** An empty set, or an empty frozenset being built (a new reference). */
    public PySet(boolean frozen, ThreadState ts) {
        super(ts, true);
        this.frozen = frozen;
    }

    /** An empty mutable set (a new reference). */
    public PySet(ThreadState ts) {
        this(false, ts);
    }

    /** A set or frozenset of the given (borrowed) items, added in order. */
    public static PySet of(boolean frozen, PyObject[] items, ThreadState ts) {
        PySet s = new PySet(frozen, ts);
        try {
            for (PyObject o : items) s.add(o, ts);
        } catch (RuntimeException e) {
            ts.refs.decref(s, ts);
            throw e;
        }
        return s;
    }

    @Override
    public PyType type() {
        return frozen ? FROZEN_TYPE : TYPE;
    }

    public boolean isFrozen() {
        return frozen;
    }

    // ---- table -------------------------------------------------------------------------

    /**
     * The slot holding {@code key}, or -1-(first free slot) if absent (the free slot is the
     * first dummy seen, else the empty slot that ended the probe). Under the lock.
     */
    private int lookup(PyObject key, long hash, ThreadState ts) {
        restart:
        while (true) {
            PyObject[] ks = keys;
            long[] hs = hashes;
            int mask = ks.length - 1;
            int i = (int) (hash & mask);
            long perturb = hash;
            int freeslot = -1;
            while (true) {
                int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject k = ks[j];
                    if (k == null) return -1 - (freeslot >= 0 ? freeslot : j);
                    if (k == DUMMY) {
                        if (freeslot < 0) freeslot = j;
                    } else if (hs[j] == hash) {
                        if (k == key) return j;
                        ts.refs.incref(k, ts);
                        boolean eq;
                        try {
                            eq = k.pyEquals(key, ts);
                        } finally {
                            ts.refs.decref(k, ts);
                        }
                        if (keys != ks || ks[j] != k) continue restart;
                        if (eq) return j;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    /** CPython's set_insert_clean: a key known absent into a table without dummies. */
    private static void insertClean(PyObject[] ks, long[] hs, PyObject key, long hash) {
        int mask = ks.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            if (ks[i] == null) {
                ks[i] = key;
                hs[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (ks[i + j] == null) {
                        ks[i + j] = key;
                        hs[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private void resize(int minUsed) {
        long size = MIN_SIZE;
        while (size <= minUsed) size <<= 1;
        if (size > (1 << 30)) throw new OperationError(OperationError.Kind.MEMORY, "");
        PyObject[] nk = new PyObject[(int) size];
        long[] nh = new long[(int) size];
        for (int j = 0; j < keys.length; j++) {
            PyObject k = keys[j];
            if (k != null && k != DUMMY) insertClean(nk, nh, k, hashes[j]);
        }
        keys = nk;
        hashes = nh;
        fill = used;
    }

    // ---- operations --------------------------------------------------------------------

    /** {@code set.add(key)}: true if it was added, false if an equal key was there. */
    public boolean add(PyObject key, ThreadState ts) {
        long hash = key.pyHash(ts);
        if (Checks.ENABLED) Checks.alive(this, "item access");
        ts.locks.enter(this, ts);
        try {
            int r = lookup(key, hash, ts);
            if (r >= 0) return false;
            int slot = -1 - r;
            ts.refs.incref(key, ts);
            boolean wasEmpty = keys[slot] == null;
            keys[slot] = key;
            hashes[slot] = hash;
            used++;
            if (wasEmpty) {
                fill++;
                if ((long) fill * 5 >= (long) (keys.length - 1) * 3) {
                    resize(used > 50000 ? used * 2 : used * 4);
                }
            }
            return true;
        } finally {
            ts.locks.exit(ts);
        }
    }

    /** Adds each (borrowed) item. */
    public void update(PyObject[] items, ThreadState ts) {
        for (PyObject o : items) add(o, ts);
    }

    /** {@code set.discard(key)}: true if it was there. */
    public boolean discard(PyObject key, ThreadState ts) {
        long hash = key.pyHash(ts);
        if (Checks.ENABLED) Checks.alive(this, "item access");
        PyObject old;
        ts.locks.enter(this, ts);
        try {
            int r = lookup(key, hash, ts);
            if (r < 0) return false;
            old = keys[r];
            keys[r] = DUMMY;
            hashes[r] = -1;
            used--;
        } finally {
            ts.locks.exit(ts);
        }
        ts.refs.decref(old, ts);
        return true;
    }

    /** {@code key in set}. */
    public boolean contains(PyObject key, ThreadState ts) {
        long hash = key.pyHash(ts);
        if (Checks.ENABLED) Checks.alive(this, "item access");
        ts.locks.enter(this, ts);
        try {
            return lookup(key, hash, ts) >= 0;
        } finally {
            ts.locks.exit(ts);
        }
    }

    /** {@code len(set)}. */
    public int len(ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(this, "item access");
        ts.locks.enter(this, ts);
        try {
            return used;
        } finally {
            ts.locks.exit(ts);
        }
    }

    /** {@code set.pop()}: an element (the set's reference passes to the caller), or null if empty. */
    public PyObject pop(ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(this, "item access");
        ts.locks.enter(this, ts);
        try {
            if (used == 0) return null;
            int mask = keys.length - 1;
            int j = finger & mask;
            while (keys[j] == null || keys[j] == DUMMY) j = (j + 1) & mask;
            PyObject k = keys[j];
            keys[j] = DUMMY;
            hashes[j] = -1;
            used--;
            finger = j + 1;
            return k;
        } finally {
            ts.locks.exit(ts);
        }
    }

    /** {@code set.clear()}. */
    public void clear(ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(this, "item access");
        PyObject[] old;
        ts.locks.enter(this, ts);
        try {
            old = keys;
            keys = new PyObject[MIN_SIZE];
            hashes = new long[MIN_SIZE];
            fill = used = 0;
        } finally {
            ts.locks.exit(ts);
        }
        for (PyObject k : old) if (k != null && k != DUMMY) ts.refs.decref(k, ts);
    }

    /** The elements in table order (CPython's iteration order), as new references. */
    public PyObject[] snapshot(ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(this, "item access");
        ts.locks.enter(this, ts);
        try {
            List<PyObject> out = new ArrayList<>(used);
            for (PyObject k : keys) {
                if (k != null && k != DUMMY) {
                    ts.refs.incref(k, ts);
                    out.add(k);
                }
            }
            return out.toArray(new PyObject[0]);
        } finally {
            ts.locks.exit(ts);
        }
    }

    /** A copy with the same table layout (so the same iteration order), set or frozenset. */
    public PySet copy(boolean asFrozen, ThreadState ts) {
        PySet s = new PySet(asFrozen, ts);
        ts.locks.enter(this, ts);
        try {
            s.keys = new PyObject[keys.length];
            s.hashes = new long[keys.length];
            for (int j = 0; j < keys.length; j++) {
                PyObject k = keys[j];
                if (k != null && k != DUMMY) {
                    ts.refs.incref(k, ts);
                    if (fill == used) { // no dummies: copy slot for slot, as CPython's set_merge
                        s.keys[j] = k;
                        s.hashes[j] = hashes[j];
                    } else {
                        insertClean(s.keys, s.hashes, k, hashes[j]);
                    }
                }
            }
            s.fill = s.used = used;
        } finally {
            ts.locks.exit(ts);
        }
        return s;
    }

    // ---- object protocol ---------------------------------------------------------------

    /** A frozenset hashes as CPython's; a set is unhashable. */
    @Override
    public long pyHash(ThreadState ts) {
        if (!frozen) throw new OperationError(OperationError.Kind.TYPE, "unhashable type: 'set'");
        long h = 0;
        int n;
        ts.locks.enter(this, ts);
        try {
            for (int j = 0; j < keys.length; j++) {
                PyObject k = keys[j];
                if (k != null && k != DUMMY) h ^= shuffleBits(hashes[j]);
            }
            n = used;
        } finally {
            ts.locks.exit(ts);
        }
        h ^= ((long) n + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        return h == -1 ? 590923713L : h;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /** Same size and every element of one is in the other (set == frozenset is allowed). */
    @Override
    public boolean pyEquals(PyObject other, ThreadState ts) {
        if (!(other instanceof PySet s)) return false;
        if (s == this) return true;
        if (len(ts) != s.len(ts)) return false;
        PyObject[] mine = snapshot(ts);
        try {
            for (PyObject k : mine) if (!s.contains(k, ts)) return false;
            return true;
        } finally {
            for (PyObject k : mine) ts.refs.decref(k, ts);
        }
    }

    @Override
    protected void traverse(Visitor v) {
        PyObject[] ks = keys;
        if (ks == null) return; // still in the constructor
        for (PyObject k : ks) if (k != null && k != DUMMY) v.visit(k);
    }

    @Override
    protected void releaseReferences(ThreadState ts) {
        PyObject[] old = keys;
        keys = new PyObject[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        fill = used = 0;
        for (PyObject k : old) if (k != null && k != DUMMY) ts.refs.decref(k, ts);
    }
}
