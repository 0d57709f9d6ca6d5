package org.interlock.object;

import java.lang.ref.Cleaner;
import org.agrona.concurrent.UnsafeBuffer;
import org.interlock.object.stats.CounterSlot;
import org.interlock.object.stats.CountersFile;
import org.interlock.object.stats.CountersLayout;

/**
 * Instrumentation points for the runtime counters: GIL acquisitions and switches, drop
 * requests, contended critical sections, biased-counting merges, deallocations, weakrefs
 * cleared.
 *
 * <p>Counters are per thread ({@link ThreadState#counters}): a single counter bumped by every
 * thread would itself destroy the scaling it is meant to explain. A reader sums the slots.
 * {@link #ENABLED} is a {@code static final} read from {@code interlock.counters}, so with
 * counters off every {@code if (Instrumentation.ENABLED)} is folded away by the JIT.
 *
 * <p>With counters on, each thread state's counters live in its own slot of a memory-mapped
 * file, {@code <pid>.counters} in a per-user folder ({@link CountersFile}), so that another
 * process can read them while the program runs ({@link org.interlock.object.stats.StatsMain});
 * with counters off no file is made.
 */
public final class Instrumentation {
    public static final boolean ENABLED = Boolean.getBoolean("interlock.counters");

    public static final int ALLOCATIONS = 0;
    public static final int DEALLOCATIONS = 1;
    public static final int GIL_ACQUISITIONS = 2;
    public static final int GIL_SWITCHES = 3;
    public static final int GIL_DROP_REQUESTS = 4;
    public static final int GIL_WAIT_NANOS = 5;
    public static final int CS_CONTENDED = 6;
    public static final int BIASED_QUEUED = 7;
    public static final int BIASED_MERGES = 8;
    public static final int WEAKREFS_CLEARED = 9;
    public static final int FINALIZERS_RUN = 10;
    public static final int OPTIMISTIC_FALLBACKS = 11;
    /** Number of counters. */
    public static final int COUNT = 12;

    private static final String[] NAMES = {
        "allocations", "deallocations", "gil_acquisitions", "gil_switches", "gil_drop_requests",
        "gil_wait_nanos", "cs_contended", "biased_queued", "biased_merges", "weakrefs_cleared",
        "finalizers_run", "optimistic_fallbacks",
    };

    private Instrumentation() {}

    /** The counter's name, as the counters file and the stats table show it. */
    public static String name(int counter) {
        return NAMES[counter];
    }

    /**
     * The counters of a new thread state with this {@code tid}: a slot of this process's
     * counters file when counters are on and the file could be made, else counters in memory.
     */
    public static Counters newCounters(int tid) {
        if (ENABLED) {
            CountersFile f = CountersFile.process();
            if (f != null) return new Counters(f.claim(tid));
        }
        return new Counters();
    }

    /**
     * One thread state's counters. Written by the thread using the state only; any thread may
     * read them (racy, benign: a reader of live counters accepts a slightly stale value).
     *
     * <p>Three backings, one per phase of a thread state's life:
     * <ul>
     *   <li>its own slot of the counters file: single-writer plain adds (a load, an add, a
     *       store: no atomic instruction, no fence, no line shared with another thread);</li>
     *   <li>the file's shared overflow slot, when the file had no free slot (atomic adds, and
     *       a private copy so that {@link #get} still answers for this thread alone);</li>
     *   <li>memory only: counters off, no file, or after {@link #release()} (late counts also
     *       go to the overflow slot so that the process totals keep them).</li>
     * </ul>
     */
    public static final class Counters {
        /** This state's own slot, or null when it has none (any more). */
        private UnsafeBuffer slotValues;
        /** The shared overflow slot this state adds to atomically, or null. */
        private UnsafeBuffer sharedValues;
        /** The counts when {@link #slotValues} is null. */
        private final long[] local = new long[COUNT];
        private final CounterSlot slot;
        private final Cleaner.Cleanable cleanable;

        /** Counters in memory only. */
        public Counters() {
            this.slot = null;
            this.cleanable = null;
        }

        /** Counters in a slot of a counters file, given back when this object is unreachable. */
        public Counters(CounterSlot slot) {
            this.slot = slot;
            if (slot.isShared()) sharedValues = slot.values();
            else slotValues = slot.values();
            this.cleanable = slot.releaseWhenUnreachable(this);
        }

        public void add(int counter, long delta) {
            UnsafeBuffer b = slotValues;
            if (b != null) {
                // Single writer: a plain load, add and store. Not an atomic add (a lock prefix on
                // x86), not even a release store (it would pin the JIT's ordering of the caller's
                // own stores). A reader sees the value a little late, never torn (aligned long).
                int at = counter << 3;
                b.putLong(at, b.getLong(at) + delta);
            } else {
                addElsewhere(counter, delta);
            }
        }

        private void addElsewhere(int counter, long delta) {
            local[counter] += delta;
            UnsafeBuffer shared = sharedValues;
            if (shared != null) shared.getAndAddLong(counter << 3, delta);
        }

        /**
         * This state's count. Racy, benign (see the class comment): from another thread the
         * value may be a little stale; read it after joining the thread (or after its {@link
         * #release()}) for an exact count.
         */
        public long get(int counter) {
            UnsafeBuffer b = slotValues;
            return b != null ? b.getLongVolatile(counter << 3) : local[counter];
        }

        /** Records the Java thread using this state in its slot (the per-thread listing shows it). */
        public void bindThread(long javaThreadId) {
            if (slot != null) slot.bindThread(javaThreadId);
        }

        /**
         * Gives the slot back (the thread state exited): its counts move to the file's retired
         * sums and stay readable here; later adds go to memory and the overflow slot. Called by
         * the thread using the state. Idempotent.
         */
        public void release() {
            UnsafeBuffer b = slotValues;
            if (b != null) {
                for (int c = 0; c < COUNT; c++) local[c] = b.getLong(c << 3);
                slotValues = null;
                sharedValues = slot.overflowValues();
            }
            if (cleanable != null) cleanable.clean();
        }

        /** The file slot these counters write to now (0: the shared overflow slot), or -1 for memory only. */
        public int slotIndex() {
            return slotValues != null ? slot.index() : sharedValues != null ? CountersLayout.OVERFLOW_SLOT : -1;
        }
    }
}
