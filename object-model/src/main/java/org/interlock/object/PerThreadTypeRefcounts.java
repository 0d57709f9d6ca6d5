package org.interlock.object;

import java.util.Arrays;

/**
 * Per-thread reference counts for heap types (the policy option
 * {@code per-thread-type-refcount}; PEP 703, as CPython 3.14t counts heap types through unique
 * ids): every instance holds a counted reference to its class, so making objects of one class
 * from many threads would contend on the class's count. Instead a class made while the option
 * is on gets an index into a table each thread owns ({@link ThreadState#typeRefcounts}), and an
 * instance's birth adds one at that index of the thread making it, its death subtracts one at
 * the index of the thread releasing it: plain writes by the owner only, no shared cache line.
 *
 * <h2>Invariants</h2>
 * <ul>
 *   <li>The class's true count is its header count plus the sum of every thread's entry plus
 *       the entries of exited threads ({@link #exited}). A single entry may be negative (one
 *       thread frees what another made); the sum never is.</li>
 *   <li>The class is never freed while an instance exists (R2): it carries one extra reference
 *       of the collector's ({@link PyObject#DEFERRED}), so ordinary decrefs never take it to
 *       zero, and only a collection frees it, after {@link #merge} moved every table entry into
 *       the header count with the world stopped, so that the collector sees the instances'
 *       references as the counted ones {@link PyInstance#traverse} reports.</li>
 *   <li>An index is reused only after its class died; the entries for it are zero then: the
 *       class was unreachable since the last merge (no instance could be born), and instances
 *       freed with it by the collection ({@link PyObject#GC_COLLECTING}) count it the ordinary
 *       way ({@link #decref}).</li>
 * </ul>
 *
 * <h2>Synchronization</h2>
 * A thread's table is read and written plainly by its thread; {@link #merge} reads and zeroes
 * every table only with the world stopped (or the GIL held), whose handshake orders it against
 * the owners' plain writes, and {@link #threadExit} folds an exiting thread's table under this
 * object's lock, which {@link #merge} also holds. Index assignment and release take the lock.
 * Not promised: {@code sys.getrefcount} of such a class shows the header count only (plus the
 * collector's reference), exact right after a collection.
 */
public final class PerThreadTypeRefcounts {
    /**
     * Unused entries before and after a table's live ones (two cache lines of ints each side):
     * every instance birth and death writes the table, and tables of sibling threads may lie
     * side by side in memory (see {@code ThreadStateHotFields}).
     */
    static final int PAD = 32;

    private final ObjectSpace space;
    /** By index; index 0 is never used (0 means "not per-thread counted"). Guarded by this. */
    private PyType[] types = new PyType[16];
    /** Indexes of dead classes, for reuse. Guarded by this. */
    private int[] free = new int[8];
    private int freeCount;
    private int nextIndex = 1;
    /** Entries of exited threads, waiting for the next {@link #merge}. Guarded by this. */
    private long[] exited = new long[16];

    PerThreadTypeRefcounts(ObjectSpace space) {
        this.space = space;
    }

    /**
     * Gives a new, not yet published heap type its index and the collector's reference;
     * returns the index. Called by the counted {@link PyType} constructor.
     */
    synchronized int assign(PyType type, ThreadState ts) {
        int idx = freeCount > 0 ? free[--freeCount] : nextIndex++;
        if (idx >= types.length) types = Arrays.copyOf(types, Math.max(idx + 1, types.length * 2));
        types[idx] = type;
        space.markDeferred(type, ts);
        return idx;
    }

    /** Returns a dead class's index to the pool (its entries are zero: see the class comment). */
    synchronized void release(int idx) {
        types[idx] = null;
        if (freeCount == free.length) free = Arrays.copyOf(free, free.length * 2);
        free[freeCount++] = idx;
    }

    /** An instance's new reference to its class {@code type}. */
    static void incref(PyType type, ThreadState ts) {
        int idx = type.perThreadIndex();
        if (idx == 0) {
            ts.refs.incref(type, ts);
            return;
        }
        table(ts, idx)[PAD + idx]++;
    }

    /** An instance releases its reference to its class {@code type}. */
    static void decref(PyType type, ThreadState ts) {
        int idx = type.perThreadIndex();
        // A class the collector is freeing is counted the ordinary way: its index must stay zero
        // in every table until it is reused.
        if (idx == 0 || (type.laFlags() & PyObject.GC_COLLECTING) != 0) {
            ts.refs.decref(type, ts);
            return;
        }
        table(ts, idx)[PAD + idx]--;
    }

    /**
     * The thread's table, made (by the thread itself, on first use) or grown so that it has an
     * entry for {@code idx}: entries live at {@code [PAD, length - PAD)}.
     */
    private static int[] table(ThreadState ts, int idx) {
        int[] t = ts.typeRefcounts;
        if (t == null || PAD + idx >= t.length - PAD) {
            int entries = Math.max(idx + 1, t == null ? 16 : 2 * (t.length - 2 * PAD));
            int[] g = new int[entries + 2 * PAD];
            if (t != null) System.arraycopy(t, PAD, g, PAD, t.length - 2 * PAD);
            ts.typeRefcounts = t = g;
        }
        return t;
    }

    /** How many entries (index 0 included) a thread's table holds; 0 before its first use. */
    private static int entries(int[] t) {
        return t == null ? 0 : t.length - 2 * PAD;
    }

    /** Folds an exiting thread's table into {@link #exited}; called by the thread itself. */
    synchronized void threadExit(ThreadState ts) {
        exited = drainInto(ts.typeRefcounts, exited);
    }

    /**
     * Adds a thread's table (null before its first use) into {@code sums}, grown as needed, and
     * zeroes the table; returns the sums.
     */
    private static long[] drainInto(int[] table, long[] sums) {
        int n = entries(table);
        if (n > sums.length) sums = Arrays.copyOf(sums, n);
        for (int i = 1; i < n; i++) {
            sums[i] += table[PAD + i];
            table[PAD + i] = 0;
        }
        return sums;
    }

    /**
     * Moves every thread's entries, and the exited threads', into the classes' header counts,
     * through {@code ts}'s reference counting. World stopped (or the GIL held): no table owner
     * runs. A class's net change may be negative (instances counted at an earlier merge died);
     * its header count stays above zero, holding the collector's reference and its live
     * instances'.
     */
    public synchronized void merge(ThreadState ts) {
        long[] net = exited.clone();
        Arrays.fill(exited, 0);
        for (ThreadState t : space.allThreadStates()) net = drainInto(t.typeRefcounts, net);
        for (int i = 1; i < net.length && i < types.length; i++) {
            PyType type = types[i];
            if (type == null) continue;
            for (long n = net[i]; n > 0; n--) ts.refs.incref(type, ts);
            for (long n = net[i]; n < 0; n++) ts.refs.decref(type, ts);
        }
    }
}
