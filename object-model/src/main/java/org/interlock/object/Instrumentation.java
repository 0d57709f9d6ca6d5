package org.interlock.object;

/**
 * Instrumentation points for the runtime counters: GIL acquisitions and switches, drop
 * requests, contended critical sections, biased-counting merges, deallocations, weakrefs
 * cleared.
 *
 * <p>Counters are per thread ({@link ThreadState#counters}): a single counter bumped by every
 * thread would itself destroy the scaling it is meant to explain. A reader sums the slots.
 * {@link #ENABLED} is a {@code static final} read from {@code interlock.counters}, so with
 * counters off every {@code if (Instrumentation.ENABLED)} is folded away by the JIT.
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

    public static String name(int counter) {
        return NAMES[counter];
    }

    /** One thread's counter slots. Plain writes by the owning thread; readers accept staleness. */
    public static final class Counters {
        private final long[] values = new long[COUNT];

        public void add(int counter, long delta) {
            values[counter] += delta;
        }

        /** Racy read, benign: a reader summing live counters accepts a slightly stale value. */
        public long get(int counter) {
            return values[counter];
        }
    }
}
