package org.interlock.object.stats;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.agrona.concurrent.AtomicBuffer;

/**
 * The counters of one process at one moment, read from a counters file ({@link CountersLayout})
 * by summing its slots: every thread slot in use, the overflow slot and the retired slot.
 *
 * <p>The read takes no lock the writer would wait for. Each value is read with a volatile load
 * and may be a little stale (a thread's latest adds not yet visible): benign, a live reader
 * accepts that. What it must not do is count a retiring thread's counts twice (once in its slot,
 * once in the retired sums): the read is retried while the retire sequence is odd or changes.
 *
 * @param pid              the writing process
 * @param names            the counter names, in file order
 * @param totals           each counter summed over all slots
 * @param threads          the thread slots in use, one row each
 * @param overflow         the overflow slot's values (threads that found no free slot)
 * @param retired          the sums of the slots of threads that are gone
 * @param threadsRegistered thread states that asked for counters since the file was made
 * @param overflowThreads  of these, how many write to the overflow slot
 * @param slotsRetired     thread slots released since the file was made
 * @param threadSlots      thread slots in the file
 */
public record CountersSnapshot(long pid, List<String> names, long[] totals, List<ThreadRow> threads,
        long[] overflow, long[] retired, long threadsRegistered, long overflowThreads, long slotsRetired,
        int threadSlots) {

    /** How many times a read retries while slots are being retired before it takes what it has. */
    private static final int MAX_ATTEMPTS = 1000;

    /**
     * One thread slot in use.
     *
     * @param slot         the slot index in the file
     * @param tid          the thread state's id in its object space
     * @param javaThreadId the Java thread that bound the state (0 if not yet bound)
     * @param values       its counters, in file order
     */
    public record ThreadRow(int slot, int tid, long javaThreadId, long[] values) {}

    /** Reads a counters file mapped into {@code b}; throws IllegalStateException if it is not one. */
    public static CountersSnapshot read(AtomicBuffer b) {
        if (b.capacity() < CountersLayout.HEADER_LENGTH) throw new IllegalStateException("file too short for a counters file");
        int magic = b.getIntVolatile(CountersLayout.MAGIC_OFFSET);
        if (magic == 0) throw new IllegalStateException("counters file not initialised yet");
        if (magic != CountersLayout.MAGIC) throw new IllegalStateException("not a counters file (bad magic)");
        int version = b.getInt(CountersLayout.VERSION_OFFSET);
        if (version != CountersLayout.VERSION) {
            throw new IllegalStateException("counters file version " + version + ", this reader knows " + CountersLayout.VERSION);
        }
        int count = b.getInt(CountersLayout.COUNTER_COUNT_OFFSET);
        int slots = b.getInt(CountersLayout.SLOT_COUNT_OFFSET);
        int stride = b.getInt(CountersLayout.SLOT_STRIDE_OFFSET);
        int namesOffset = b.getInt(CountersLayout.NAMES_OFFSET_OFFSET);
        int nameLength = b.getInt(CountersLayout.NAME_LENGTH_OFFSET);
        int slotsOffset = b.getInt(CountersLayout.SLOTS_OFFSET_OFFSET);
        if (count <= 0 || count > 4096 || slots < 0 || slots > 1 << 20
                || stride < CountersLayout.SLOT_VALUES_OFFSET + 8 * count || nameLength < 8
                || namesOffset < CountersLayout.HEADER_LENGTH
                || slotsOffset < namesOffset + (long) nameLength * count
                || slotsOffset + (long) stride * (slots + CountersLayout.FIRST_THREAD_SLOT) > b.capacity()) {
            throw new IllegalStateException("counters file header inconsistent with its length " + b.capacity());
        }
        List<String> names = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            int at = namesOffset + c * nameLength;
            int len = b.getInt(at);
            if (len < 0 || len > nameLength - 4) throw new IllegalStateException("bad counter name entry " + c);
            byte[] bytes = new byte[len];
            b.getBytes(at + 4, bytes);
            names.add(new String(bytes, StandardCharsets.US_ASCII));
        }
        long pid = b.getLong(CountersLayout.PID_OFFSET);
        for (int attempt = 1; ; attempt++) {
            long seq = b.getLongVolatile(CountersLayout.RETIRE_SEQUENCE_OFFSET);
            if ((seq & 1) != 0 && attempt < MAX_ATTEMPTS) {
                Thread.onSpinWait();
                continue;
            }
            long[] totals = new long[count];
            List<ThreadRow> rows = new ArrayList<>();
            long[] overflow = null;
            long[] retired = null;
            for (int s = 0; s < slots + CountersLayout.FIRST_THREAD_SLOT; s++) {
                int at = slotsOffset + s * stride;
                int state = b.getIntVolatile(at + CountersLayout.SLOT_STATE_OFFSET);
                long[] values = new long[count];
                for (int c = 0; c < count; c++) {
                    values[c] = b.getLongVolatile(at + CountersLayout.SLOT_VALUES_OFFSET + 8 * c);
                    totals[c] += values[c];
                }
                switch (state) {
                    case CountersLayout.SLOT_OVERFLOW -> overflow = values;
                    case CountersLayout.SLOT_RETIRED -> retired = values;
                    case CountersLayout.SLOT_IN_USE -> rows.add(new ThreadRow(s,
                            b.getInt(at + CountersLayout.SLOT_TID_OFFSET),
                            b.getLongVolatile(at + CountersLayout.SLOT_THREAD_ID_OFFSET), values));
                    default -> { } // a free slot: its values are zero, or being zeroed under the sequence
                }
            }
            long registered = b.getLongVolatile(CountersLayout.THREADS_REGISTERED_OFFSET);
            long overflowThreads = b.getLongVolatile(CountersLayout.OVERFLOW_THREADS_OFFSET);
            long slotsRetired = b.getLongVolatile(CountersLayout.SLOTS_RETIRED_OFFSET);
            if (b.getLongVolatile(CountersLayout.RETIRE_SEQUENCE_OFFSET) != seq && attempt < MAX_ATTEMPTS) continue;
            return new CountersSnapshot(pid, Collections.unmodifiableList(names), totals,
                    Collections.unmodifiableList(rows), overflow == null ? new long[count] : overflow,
                    retired == null ? new long[count] : retired, registered, overflowThreads, slotsRetired, slots);
        }
    }

    /** The total of the counter named {@code name}; IllegalArgumentException if there is none. */
    public long total(String name) {
        int i = names.indexOf(name);
        if (i < 0) throw new IllegalArgumentException("no counter " + name);
        return totals[i];
    }

    /** One line saying how many threads the totals cover. */
    public String threadSummary() {
        return "threads: " + threadsRegistered + " seen, " + threads.size() + " live in their own slots, "
                + slotsRetired + " exited, " + overflowThreads + " in the shared overflow slot ("
                + threadSlots + " slots)";
    }

    /** The totals as a table: one line per counter. */
    public String formatTotals() {
        return formatTotals(null, 0);
    }

    /**
     * The totals as a table; with {@code previous} (an earlier snapshot of the same process,
     * {@code seconds} before), a rate column too.
     */
    public String formatTotals(CountersSnapshot previous, double seconds) {
        StringBuilder sb = new StringBuilder();
        sb.append("interlock counters, process ").append(pid).append('\n');
        sb.append(threadSummary()).append('\n');
        int width = nameWidth();
        boolean rate = previous != null && seconds > 0 && previous.names.equals(names);
        sb.append(String.format("%-" + width + "s %20s%s%n", "counter", "total", rate ? String.format(" %16s", "per second") : ""));
        for (int c = 0; c < names.size(); c++) {
            sb.append(String.format("%-" + width + "s %20d", names.get(c), totals[c]));
            if (rate) sb.append(String.format(" %16.1f", (totals[c] - previous.totals[c]) / seconds));
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The slots one by one: each live thread, then the overflow and retired slots. */
    public String formatThreads() {
        StringBuilder sb = new StringBuilder();
        int width = nameWidth();
        for (ThreadRow r : threads) {
            sb.append("slot ").append(r.slot()).append(": tid ").append(r.tid()).append(", java thread ")
                    .append(r.javaThreadId() == 0 ? "(not bound)" : Long.toString(r.javaThreadId())).append('\n');
            appendNonZero(sb, r.values(), width);
        }
        sb.append("overflow slot (").append(overflowThreads).append(" threads):\n");
        appendNonZero(sb, overflow, width);
        sb.append("retired (").append(slotsRetired).append(" exited threads):\n");
        appendNonZero(sb, retired, width);
        return sb.toString();
    }

    private void appendNonZero(StringBuilder sb, long[] values, int width) {
        boolean any = false;
        for (int c = 0; c < names.size(); c++) {
            if (values[c] != 0) {
                sb.append(String.format("  %-" + width + "s %20d%n", names.get(c), values[c]));
                any = true;
            }
        }
        if (!any) sb.append("  (all zero)\n");
    }

    private int nameWidth() {
        int w = "counter".length();
        for (String n : names) w = Math.max(w, n.length());
        return w;
    }
}
