package org.interlock.object.stats;

import java.lang.ref.Cleaner;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * One thread state's lease on a slot of a {@link CountersFile}: either a private slot, written
 * by that thread only, or the shared overflow slot when every private slot was taken.
 *
 * <p>{@link org.interlock.object.Instrumentation.Counters} writes through {@link #values()};
 * the lease is given back by {@link #release()} when the thread state exits, or by the
 * cleaner when it is collected without exiting (tests make many thread states and never exit
 * them; their slots must not stay taken for the life of the process).
 */
public final class CounterSlot {
    private static final Cleaner CLEANER = Cleaner.create();

    private final CountersFile file;
    private final int index;
    private final UnsafeBuffer values;
    /** Guarded by the file's lock: a slot is folded into the retired sums once only. */
    boolean released;

    CounterSlot(CountersFile file, int index, UnsafeBuffer values) {
        this.file = file;
        this.index = index;
        this.values = values;
    }

    /** The slot index in the file (0 is the overflow slot). */
    public int index() {
        return index;
    }

    /** True when this lease writes to the overflow slot shared by several threads. */
    public boolean isShared() {
        return index == CountersLayout.OVERFLOW_SLOT;
    }

    /**
     * The counter values of the slot: counter {@code c} is the long at {@code 8 * c}. A
     * private slot takes single-writer plain adds; the shared slot needs atomic adds.
     */
    public UnsafeBuffer values() {
        return values;
    }

    /** The shared overflow slot's values, where a released lease's late counts go. */
    public UnsafeBuffer overflowValues() {
        return file.overflowValues();
    }

    /** Records the Java thread that writes this slot (shown by the per-thread listing). */
    public void bindThread(long javaThreadId) {
        if (!isShared()) file.bindThread(index, javaThreadId);
    }

    /**
     * Folds the slot's counts into the retired sums and frees it for another thread. The
     * owner must not write to {@link #values()} afterwards. Idempotent; no-op for the shared slot.
     */
    public void release() {
        file.release(this);
    }

    /**
     * Releases the slot when {@code owner} becomes unreachable, unless released before. The
     * action holds the lease, never the owner (else the owner would never be collected).
     */
    public Cleaner.Cleanable releaseWhenUnreachable(Object owner) {
        return CLEANER.register(owner, this::release);
    }
}
