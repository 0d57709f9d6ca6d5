package org.interlock.object;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * Python's {@code dict}: insertion-ordered, in CPython's compact layout — a sparse index table
 * of ints pointing into dense, insertion-ordered entry arrays (hash, key, value). Lookups probe
 * the index table with CPython's perturbation ({@code i = (5*i + perturb + 1) & mask},
 * {@code perturb >>>= 5}); a deleted entry leaves a dummy in the index table and a hole in the
 * entries, and the next resize compacts both (so order survives deletes and resizes). Keys
 * are compared by identity, then by hash, then with {@link PyObject#pyEquals}, as CPython does;
 * an {@code __eq__} that mutates the dict makes the lookup start again, as in CPython.
 *
 * <h2>Synchronization</h2>
 * Mutations run in the dict's critical section and release dropped references after leaving
 * it. Reads lock too unless the policy allows optimistic reads: then {@link #get} first tries
 * a lock-free lookup guarded by a sequence counter ({@code version}, odd while a writer is
 * inside): load the version (must be even), the table, find the entry (comparing keys by
 * identity, or by value when both keys are exact str/int/float, whose equality runs no Python
 * code), {@link RefCounting#tryIncref} the value, then re-load the entry's key and value, the
 * table and the version and accept only if all are unchanged. Anything else falls back to the
 * locked lookup (R3, C1).
 *
 * <h2>Access modes of racy fields</h2>
 * <ul>
 *   <li>{@code table}: replaced (on resize or clear) by a fully built table with a release
 *       store; read with acquire.</li>
 *   <li>{@code version}: the writer stores the odd value with a volatile store before its
 *       first data store (the data stores are release stores, so they cannot move above it)
 *       and the even value with a release store after its last; readers load it with
 *       acquire, after their data loads (which are acquire loads, so the final version load
 *       cannot move above them).</li>
 *   <li>index slots, entry keys and values: written under the lock with release stores (an
 *       entry is filled before the index slot that points to it is published); read with
 *       acquire. Entry hashes are written before the index slot's release store and never
 *       change while the slot points at them: plain.</li>
 *   <li>{@code used}: written under the lock, read with acquire by {@link #len}.</li>
 * </ul>
 */
public final class PyDict extends PyObject {
    public static final PyType TYPE = PyType.builtin("dict");

    private static final int EMPTY = -1;
    private static final int DUMMY = -2;
    private static final int MIN_SIZE = 8;
    private static final int PERTURB_SHIFT = 5;

    private static final VarHandle TABLE;
    private static final VarHandle VERSION;
    private static final VarHandle USED;
    private static final VarHandle OBJ_SLOT = MethodHandles.arrayElementVarHandle(PyObject[].class);
    private static final VarHandle INT_SLOT = MethodHandles.arrayElementVarHandle(int[].class);

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            TABLE = l.findVarHandle(PyDict.class, "table", Table.class);
            VERSION = l.findVarHandle(PyDict.class, "version", long.class);
            USED = l.findVarHandle(PyDict.class, "used", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** One generation of the hash table: index table plus dense entries. */
    private static final class Table {
        final int[] indices;      // EMPTY, DUMMY, or an entry index
        final long[] hashes;
        final PyObject[] keys;    // null: a deleted entry (or not yet used)
        final PyObject[] values;
        /** Entries used so far, deleted ones included (the next free entry). Under the lock. */
        int nentries;
        /**
         * Insertions left before a resize. Not given back by deletions: each leaves a dummy in
         * the index table, and counting insertions this way (CPython's dk_usable) is what keeps
         * empty index slots, which end every probe, always present.
         */
        int usable;

        Table(int size) {
            indices = new int[size];
            Arrays.fill(indices, EMPTY);
            int usable = (size << 1) / 3; // CPython's USABLE_FRACTION
            hashes = new long[usable];
            keys = new PyObject[usable];
            values = new PyObject[usable];
            this.usable = usable;
        }

        int mask() {
            return indices.length - 1;
        }
    }

    private Table table;
    private long version;
    private int used;

    /** An empty dict (a new reference). */
    public PyDict(ThreadState ts) {
        super(ts, true);
        this.table = new Table(MIN_SIZE);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    // ---- mode-named accessors ----------------------------------------------------------

    private Table laTable() {
        return (Table) TABLE.getAcquire(this);
    }

    private static PyObject laObj(PyObject[] a, int i) {
        return (PyObject) OBJ_SLOT.getAcquire(a, i);
    }

    private static void srObj(PyObject[] a, int i, PyObject v) {
        OBJ_SLOT.setRelease(a, i, v);
    }

    private static int laIndex(int[] a, int i) {
        return (int) INT_SLOT.getAcquire(a, i);
    }

    private static void srIndex(int[] a, int i, int v) {
        INT_SLOT.setRelease(a, i, v);
    }

    /**
     * The mutation counter, read with acquire semantics: every change of what any key is bound
     * to (insert, replace, delete, clear, resize) moves it forward by two, and it is odd while a
     * writer is inside. So a cache that recorded an even version together with a lookup's result
     * (the eval loop's global-name cache) may reuse that result while this still returns the
     * recorded value; the acquire load orders it before the caller's later reads.
     */
    public long version() {
        return (long) VERSION.getAcquire(this);
    }

    /** Opens a write: the version becomes odd. Under the lock. */
    private void beginWrite(ThreadState ts) {
        if (ts.locks.optimisticReads()) VERSION.setVolatile(this, version + 1);
        else version++;
    }

    /** Closes a write: the version becomes even again. */
    private void endWrite() {
        VERSION.setRelease(this, version + 1);
    }

    private void prepareStore(PyObject o, ThreadState ts) {
        ts.refs.incref(o, ts);
        if (ts.locks.optimisticReads()) ts.refs.enableTryIncref(o, ts);
    }

    // ---- lookup ------------------------------------------------------------------------

    /** Where a lookup ended: the index slot and the entry (or -1 for a miss). */
    private static final int NOT_FOUND = -1;

    /**
     * Finds {@code key} under the lock. Returns the entry index or {@link #NOT_FOUND}. May call
     * {@code pyEquals}, and restarts if that changed the table under it (same thread).
     */
    private int lookupLocked(PyObject key, long hash, ThreadState ts) {
        restart:
        while (true) {
            Table t = table;
            int mask = t.mask();
            long perturb = hash;
            int i = (int) (hash & mask);
            while (true) {
                int ix = t.indices[i];
                if (ix == EMPTY) return NOT_FOUND;
                if (ix >= 0) {
                    PyObject k = t.keys[ix];
                    if (k == key) return ix;
                    if (t.hashes[ix] == hash) {
                        ts.refs.incref(k, ts); // keep it alive across a Python __eq__
                        boolean eq;
                        try {
                            eq = k.pyEquals(key, ts);
                        } finally {
                            ts.refs.decref(k, ts);
                        }
                        if (table != t || t.keys[ix] != k) continue restart;
                        if (eq) return ix;
                    }
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
        }
    }

    /** Keys whose equality is pure Java and safe on a racy read: exact str, int, bool, float. */
    private static boolean pureKey(PyObject o) {
        Class<?> c = o.getClass();
        return c == PyStr.class || c == PyInt.class || c == PyBool.class || c == PyFloat.class;
    }

    private static final int NEEDS_LOCK = -2;

    /** The lock-free lookup on a racy table: entry index, NOT_FOUND, or NEEDS_LOCK. */
    private static int lookupOptimistic(Table t, PyObject key, long hash, ThreadState ts) {
        int mask = t.mask();
        long perturb = hash;
        int i = (int) (hash & mask);
        for (int probes = 0; probes <= t.indices.length + 64; probes++) {
            int ix = laIndex(t.indices, i);
            if (ix == EMPTY) return NOT_FOUND;
            if (ix >= 0) {
                PyObject k = laObj(t.keys, ix);
                if (k == key) return ix;
                if (k != null && t.hashes[ix] == hash) {
                    if (!pureKey(k) || !pureKey(key)) return NEEDS_LOCK;
                    if (k.pyEquals(key, ts)) return ix;
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return NEEDS_LOCK; // a racing writer made the probe run long: give up
    }

    /** {@code dict.get(key)}: the value as a new reference, or null if absent. */
    public PyObject get(PyObject key, ThreadState ts) {
        return get(key, key.pyHash(ts), ts);
    }

    /** {@link #get(PyObject, ThreadState)} with the key's hash already computed. */
    public PyObject get(PyObject key, long hash, ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(this, "item access");
        if (ts.locks.optimisticReads()) {
            long v0 = (long) VERSION.getAcquire(this);
            if ((v0 & 1) == 0) {
                Table t = laTable();
                int ix = lookupOptimistic(t, key, hash, ts);
                if (ix == NOT_FOUND) {
                    if ((long) VERSION.getAcquire(this) == v0) return null;
                } else if (ix >= 0) {
                    PyObject k = laObj(t.keys, ix);
                    PyObject v = laObj(t.values, ix);
                    if (v != null && ts.refs.tryIncref(v, ts)) {
                        if (laObj(t.keys, ix) == k && laObj(t.values, ix) == v && laTable() == t
                                && (long) VERSION.getAcquire(this) == v0) {
                            if (Checks.ENABLED) Checks.alive(v, "item access (dict value)");
                            return v;
                        }
                        ts.refs.decref(v, ts);
                    }
                }
            }
            if (Instrumentation.ENABLED) ts.counters.add(Instrumentation.OPTIMISTIC_FALLBACKS, 1);
        }
        ts.locks.enter(this, ts);
        try {
            int ix = lookupLocked(key, hash, ts);
            if (ix == NOT_FOUND) return null;
            PyObject v = table.values[ix];
            ts.refs.incref(v, ts);
            return v;
        } finally {
            ts.locks.exit(ts);
        }
    }

    /** {@code key in dict}. */
    public boolean contains(PyObject key, ThreadState ts) {
        PyObject v = get(key, ts);
        if (v == null) return false;
        ts.refs.decref(v, ts);
        return true;
    }

    /** {@code len(dict)} (an acquire load: a snapshot when others mutate). */
    public int len(ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(this, "item access");
        return (int) USED.getAcquire(this);
    }

    // ---- mutation ----------------------------------------------------------------------

    /** {@code dict[key] = value}: both borrowed; an existing key keeps its original key object. */
    public void set(PyObject key, PyObject value, ThreadState ts) {
        set(key, key.pyHash(ts), value, ts);
    }

    /** {@link #set(PyObject, PyObject, ThreadState)} with the hash already computed. */
    public void set(PyObject key, long hash, PyObject value, ThreadState ts) {
        PyObject old = exchange(key, hash, value, ts);
        if (old != null) ts.refs.decref(old, ts);
    }

    /**
     * {@code dict[key] = value} that hands the replaced value to the caller instead of
     * releasing it: the dict's reference passes to the caller (null if the key was new). For a
     * value other threads may read borrowed, which the caller retires late
     * ({@link QuiescentReclamation#retire}).
     */
    public PyObject exchange(PyObject key, PyObject value, ThreadState ts) {
        return exchange(key, key.pyHash(ts), value, ts);
    }

    private PyObject exchange(PyObject key, long hash, PyObject value, ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(this, "item access");
        prepareStore(value, ts);
        PyObject old = null;
        boolean stored = false;
        ts.locks.enter(this, ts);
        try {
            int ix = lookupLocked(key, hash, ts);
            if (ix != NOT_FOUND) {
                beginWrite(ts);
                try {
                    old = table.values[ix];
                    srObj(table.values, ix, value);
                    stored = true;
                } finally {
                    endWrite();
                }
            } else {
                if (table.usable <= 0) growthSize(); // fail before any change
                prepareStore(key, ts);
                beginWrite(ts);
                try {
                    insertNew(key, hash, value);
                    stored = true;
                } finally {
                    endWrite();
                }
            }
        } finally {
            ts.locks.exit(ts);
            // Only a failing __eq__ or __hash__ gets here unstored; both objects are borrowed
            // from the caller, so these decrefs never free them.
            if (!stored) ts.refs.decref(value, ts);
        }
        return old;
    }

    /** Inserts a key known to be absent. Under the lock, inside a write. */
    private void insertNew(PyObject key, long hash, PyObject value) {
        Table t = table;
        if (t.usable <= 0) {
            t = resize(growthSize());
        }
        int slot = findEmptySlot(t, hash);
        int ix = t.nentries++;
        t.usable--;
        t.hashes[ix] = hash;
        srObj(t.keys, ix, key);
        srObj(t.values, ix, value);
        srIndex(t.indices, slot, ix); // publishes the filled entry
        USED.setRelease(this, used + 1);
    }

    /**
     * The index-table size after a growth: CPython 3.11's {@code GROWTH_RATE} (used * 3) through
     * its {@code calculate_log2_keysize}, which takes the next power of two above
     * {@code minsize | 7}.
     */
    private int growthSize() {
        long want = (long) used * 3 | (MIN_SIZE - 1);
        if (want >= (1 << 30)) throw new OperationError(OperationError.Kind.MEMORY, "");
        return Integer.highestOneBit((int) want) << 1;
    }

    private static int findEmptySlot(Table t, long hash) {
        int mask = t.mask();
        long perturb = hash;
        int i = (int) (hash & mask);
        while (t.indices[i] >= 0) {
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    /** Builds a compacted table of {@code size} slots and publishes it. Under the lock. */
    private Table resize(int size) {
        Table old = table;
        Table t = new Table(size);
        int j = 0;
        for (int ix = 0; ix < old.nentries; ix++) {
            PyObject k = old.keys[ix];
            if (k == null) continue;
            t.hashes[j] = old.hashes[ix];
            t.keys[j] = k;
            t.values[j] = old.values[ix];
            t.indices[findEmptySlot(t, old.hashes[ix])] = j;
            j++;
        }
        t.nentries = j;
        t.usable -= j;
        TABLE.setRelease(this, t);
        return t;
    }

    /**
     * {@code dict.pop(key)} without a default: the removed value (the dict's reference passes to
     * the caller), or null if absent (the runtime raises KeyError with the key's repr).
     */
    public PyObject pop(PyObject key, ThreadState ts) {
        long hash = key.pyHash(ts);
        if (Checks.ENABLED) Checks.alive(this, "item access");
        PyObject oldKey;
        PyObject oldValue;
        ts.locks.enter(this, ts);
        try {
            int ix = lookupLocked(key, hash, ts);
            if (ix == NOT_FOUND) return null;
            Table t = table;
            oldKey = t.keys[ix];
            oldValue = t.values[ix];
            beginWrite(ts);
            try {
                removeEntry(t, ix, hash);
            } finally {
                endWrite();
            }
        } finally {
            ts.locks.exit(ts);
        }
        ts.refs.decref(oldKey, ts);
        return oldValue;
    }

    private void removeEntry(Table t, int ix, long hash) {
        int mask = t.mask();
        long perturb = hash;
        int i = (int) (hash & mask);
        while (t.indices[i] != ix) {
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        srIndex(t.indices, i, DUMMY);
        srObj(t.keys, ix, null);
        srObj(t.values, ix, null);
        USED.setRelease(this, used - 1);
    }

    /** {@code del dict[key]}: false if absent (the runtime raises KeyError). */
    public boolean delete(PyObject key, ThreadState ts) {
        PyObject v = pop(key, ts);
        if (v == null) return false;
        ts.refs.decref(v, ts);
        return true;
    }

    /**
     * {@code dict.setdefault(key, dflt)}: the existing value, or {@code dflt} after storing it;
     * a new reference either way.
     */
    public PyObject setDefault(PyObject key, PyObject dflt, ThreadState ts) {
        long hash = key.pyHash(ts);
        if (Checks.ENABLED) Checks.alive(this, "item access");
        ts.locks.enter(this, ts);
        try {
            int ix = lookupLocked(key, hash, ts);
            PyObject v;
            if (ix != NOT_FOUND) {
                v = table.values[ix];
            } else {
                prepareStore(key, ts);
                prepareStore(dflt, ts);
                beginWrite(ts);
                try {
                    insertNew(key, hash, dflt);
                } finally {
                    endWrite();
                }
                v = dflt;
            }
            ts.refs.incref(v, ts);
            return v;
        } finally {
            ts.locks.exit(ts);
        }
    }

    /**
     * {@code dict.popitem()}: the last inserted pair {key, value} (the dict's references pass to
     * the caller), or null when empty (the runtime raises KeyError "popitem(): dictionary is
     * empty").
     */
    public PyObject[] popItem(ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(this, "item access");
        ts.locks.enter(this, ts);
        try {
            if (used == 0) return null;
            Table t = table;
            int ix = t.nentries - 1;
            while (t.keys[ix] == null) ix--;
            PyObject[] kv = {t.keys[ix], t.values[ix]};
            beginWrite(ts);
            try {
                removeEntry(t, ix, t.hashes[ix]);
                t.nentries = ix; // as CPython: the entry is reused, but usable is not given back
            } finally {
                endWrite();
            }
            return kv;
        } finally {
            ts.locks.exit(ts);
        }
    }

    /** {@code dict.clear()}. The dropped references are released after the lock is left. */
    public void clear(ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(this, "item access");
        Table old;
        ts.locks.enter(this, ts);
        try {
            old = table;
            beginWrite(ts);
            try {
                TABLE.setRelease(this, new Table(MIN_SIZE));
                USED.setRelease(this, 0);
            } finally {
                endWrite();
            }
        } finally {
            ts.locks.exit(ts);
        }
        releaseEntries(old, ts);
    }

    private static void releaseEntries(Table t, ThreadState ts) {
        for (int ix = 0; ix < t.nentries; ix++) {
            PyObject k = t.keys[ix];
            if (k == null) continue;
            PyObject v = t.values[ix];
            ts.refs.decref(k, ts);
            ts.refs.decref(v, ts);
        }
    }

    /**
     * {@code self.update(other)} for a dict: a two-object critical section (C2). Keys of
     * {@code other} are compared against ours with their stored hashes.
     */
    public void update(PyDict other, ThreadState ts) {
        if (other == this) return;
        if (Checks.ENABLED) {
            Checks.alive(this, "item access");
            Checks.alive(other, "item access");
        }
        PyObject[] snapshot;
        long[] hashes;
        int n;
        ts.locks.enter2(this, other, ts);
        try {
            Table o = other.table;
            snapshot = new PyObject[2 * other.used];
            hashes = new long[other.used];
            n = 0;
            for (int ix = 0; ix < o.nentries; ix++) {
                PyObject k = o.keys[ix];
                if (k == null) continue;
                snapshot[2 * n] = k;
                snapshot[2 * n + 1] = o.values[ix];
                ts.refs.incref(k, ts);
                ts.refs.incref(o.values[ix], ts);
                hashes[n++] = o.hashes[ix];
            }
        } finally {
            ts.locks.exit(ts);
        }
        // Stored outside the two-object section: each set() takes only our lock, and a key's
        // __eq__ may run arbitrary code. The snapshot makes the update as CPython's: every
        // pair of other at the moment it was read.
        try {
            for (int k = 0; k < n; k++) set(snapshot[2 * k], hashes[k], snapshot[2 * k + 1], ts);
        } finally {
            for (int k = 0; k < 2 * n; k++) ts.refs.decref(snapshot[k], ts);
        }
    }

    /** A shallow copy (a new reference). */
    public PyDict copy(ThreadState ts) {
        PyDict d = new PyDict(ts);
        d.update(this, ts);
        return d;
    }

    // ---- snapshots and iteration -------------------------------------------------------

    private PyObject[] collect(int what, ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(this, "item access");
        ts.locks.enter(this, ts);
        try {
            Table t = table;
            int per = what == 2 ? 2 : 1;
            PyObject[] out = new PyObject[used * per];
            int j = 0;
            for (int ix = 0; ix < t.nentries; ix++) {
                PyObject k = t.keys[ix];
                if (k == null) continue;
                if (what != 1) out[j++] = k;
                if (what != 0) out[j++] = t.values[ix];
            }
            for (PyObject o : out) ts.refs.incref(o, ts);
            return out;
        } finally {
            ts.locks.exit(ts);
        }
    }

    /** The keys in insertion order, as new references. */
    public PyObject[] keys(ThreadState ts) {
        return collect(0, ts);
    }

    /** The values in insertion order, as new references. */
    public PyObject[] values(ThreadState ts) {
        return collect(1, ts);
    }

    /** The items flattened {@code k0, v0, k1, v1, ...} in insertion order, as new references. */
    public PyObject[] items(ThreadState ts) {
        return collect(2, ts);
    }

    /**
     * The iteration cursor: finds the first live entry at position {@code >= pos}, stores its key
     * and value as new references in {@code out[0]} and {@code out[1]} (when {@code out} is not
     * null), and returns the position to pass next time; -1 at the end. A dict iterator starts
     * at 0 and should check {@link #len} against its starting size, as CPython does ("dictionary
     * changed size during iteration"); positions stay valid while the size does not change.
     */
    public int iterNext(int pos, PyObject[] out, ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(this, "item access");
        ts.locks.enter(this, ts);
        try {
            Table t = table;
            for (int ix = Math.max(pos, 0); ix < t.nentries; ix++) {
                PyObject k = t.keys[ix];
                if (k == null) continue;
                if (out != null) {
                    PyObject v = t.values[ix];
                    ts.refs.incref(k, ts);
                    ts.refs.incref(v, ts);
                    out[0] = k;
                    out[1] = v;
                }
                return ix + 1;
            }
            return -1;
        } finally {
            ts.locks.exit(ts);
        }
    }

    // ---- object protocol ---------------------------------------------------------------

    /** Dicts are unhashable. */
    @Override
    public long pyHash(ThreadState ts) {
        throw new OperationError(OperationError.Kind.TYPE, "unhashable type: 'dict'");
    }

    /** Same keys mapping to equal values (identity first), as CPython's dict comparison. */
    @Override
    public boolean pyEquals(PyObject other, ThreadState ts) {
        if (!(other instanceof PyDict d)) return false;
        if (d == this) return true;
        if (len(ts) != d.len(ts)) return false;
        PyObject[] kv = items(ts);
        try {
            for (int k = 0; k < kv.length; k += 2) {
                PyObject bv = d.get(kv[k], ts);
                if (bv == null) return false;
                boolean eq;
                try {
                    eq = bv == kv[k + 1] || kv[k + 1].pyEquals(bv, ts);
                } finally {
                    ts.refs.decref(bv, ts);
                }
                if (!eq) return false;
            }
            return d.len(ts) == kv.length / 2;
        } finally {
            for (PyObject o : kv) ts.refs.decref(o, ts);
        }
    }

    @Override
    protected void traverse(Visitor v) {
        // The collector runs with the world stopped (or the GIL held): no insertion is half done.
        Table t = table;
        if (t == null) return; // still in the constructor
        for (int ix = 0; ix < t.nentries; ix++) {
            PyObject k = t.keys[ix];
            if (k == null) continue;
            v.visit(k);
            PyObject val = t.values[ix];
            if (val != null) v.visit(val);
        }
    }

    @Override
    protected void releaseReferences(ThreadState ts) {
        Table old = table;
        beginWrite(ts); // a stale optimistic reader of the dying dict fails validation
        TABLE.setRelease(this, new Table(MIN_SIZE));
        USED.setRelease(this, 0);
        endWrite();
        releaseEntries(old, ts);
    }
}
