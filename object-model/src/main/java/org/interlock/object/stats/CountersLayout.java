package org.interlock.object.stats;

/**
 * The layout of a counters file ({@code <pid>.counters}), shared by the writer ({@link
 * CountersFile}) and the readers ({@link CountersSnapshot}, {@link StatsMain}). All numbers are
 * little-endian (the machine's order: the file is only ever read on the machine that wrote it).
 *
 * <pre>
 * offset  size  header (128 bytes, one region so the hot slots never share its lines)
 *      0     4  magic 0x494C4354 ("ILCT"), written last with a release store: a reader that
 *               sees it sees the whole header and the names
 *      4     4  version (1)
 *      8     8  pid of the writing process
 *     16     8  the process's start time, epoch millis (0 if unknown); tells a reused pid apart
 *     24     4  counter count C
 *     28     4  thread slot count N (the two special slots below are not included)
 *     32     4  slot stride S in bytes (a multiple of 128)
 *     36     4  offset of the names region
 *     40     4  bytes per name entry (32)
 *     44     4  offset of slot 0
 *     48     8  retire sequence: odd while a slot is being folded into the retired slot
 *     56     8  threads registered (every thread state that asked for counters)
 *     64     8  threads that found no free slot and write to the overflow slot
 *     72     8  slots retired (thread states that exited or were collected)
 *
 * names:  C entries of 32 bytes: int length, then that many ASCII bytes
 *
 * slots:  N + 2 slots of S bytes each, slot 0 at a 128-byte aligned offset
 *      slot 0  overflow: shared by the threads that found no free slot, atomic adds
 *      slot 1  retired: the sums of the slots of threads that are gone
 *      slot 2… one thread state each, written by its thread only (plain stores)
 *
 *   slot   0     4  state: 0 free, 1 in use, 2 overflow, 3 retired
 *          4     4  tid of the thread state in its object space
 *          8     8  Java thread id of the thread that bound the state (0 until bound)
 *         16   8·C  the counters, in the order of the names
 * </pre>
 *
 * <p>The stride is padded to 128 bytes (two cache lines, for the adjacent-line prefetcher) so
 * that two threads' slots never share a line: each thread's counter writes stay in its own
 * cache, which is the point of per-thread slots.
 */
public final class CountersLayout {
    public static final int MAGIC = 0x494C4354;
    public static final int VERSION = 1;

    public static final int MAGIC_OFFSET = 0;
    public static final int VERSION_OFFSET = 4;
    public static final int PID_OFFSET = 8;
    public static final int START_MILLIS_OFFSET = 16;
    public static final int COUNTER_COUNT_OFFSET = 24;
    public static final int SLOT_COUNT_OFFSET = 28;
    public static final int SLOT_STRIDE_OFFSET = 32;
    public static final int NAMES_OFFSET_OFFSET = 36;
    public static final int NAME_LENGTH_OFFSET = 40;
    public static final int SLOTS_OFFSET_OFFSET = 44;
    public static final int RETIRE_SEQUENCE_OFFSET = 48;
    public static final int THREADS_REGISTERED_OFFSET = 56;
    public static final int OVERFLOW_THREADS_OFFSET = 64;
    public static final int SLOTS_RETIRED_OFFSET = 72;
    public static final int HEADER_LENGTH = 128;

    /** Bytes per name entry: an int length and up to 28 ASCII bytes. */
    public static final int NAME_LENGTH = 32;
    public static final int NAMES_OFFSET = HEADER_LENGTH;

    /** The alignment of the slots: two cache lines. */
    public static final int ALIGNMENT = 128;

    public static final int SLOT_STATE_OFFSET = 0;
    public static final int SLOT_TID_OFFSET = 4;
    public static final int SLOT_THREAD_ID_OFFSET = 8;
    public static final int SLOT_VALUES_OFFSET = 16;

    public static final int SLOT_FREE = 0;
    public static final int SLOT_IN_USE = 1;
    public static final int SLOT_OVERFLOW = 2;
    public static final int SLOT_RETIRED = 3;

    /** Index of the shared overflow slot. */
    public static final int OVERFLOW_SLOT = 0;
    /** Index of the slot holding the sums of retired thread slots. */
    public static final int RETIRED_SLOT = 1;
    /** Index of the first thread slot. */
    public static final int FIRST_THREAD_SLOT = 2;

    private CountersLayout() {}

    public static int align(int n, int alignment) {
        return (n + alignment - 1) & -alignment;
    }

    /** Bytes per slot for {@code counters} counters. */
    public static int slotStride(int counters) {
        return align(SLOT_VALUES_OFFSET + 8 * counters, ALIGNMENT);
    }

    /** Offset of slot 0 for {@code counters} counters. */
    public static int slotsOffset(int counters) {
        return align(NAMES_OFFSET + NAME_LENGTH * counters, ALIGNMENT);
    }

    /** Length of a file with {@code threadSlots} thread slots and {@code counters} counters. */
    public static long fileLength(int counters, int threadSlots) {
        return slotsOffset(counters) + (long) slotStride(counters) * (threadSlots + FIRST_THREAD_SLOT);
    }
}
