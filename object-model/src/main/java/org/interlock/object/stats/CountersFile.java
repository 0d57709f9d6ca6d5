package org.interlock.object.stats;

import java.io.IOException;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.agrona.concurrent.UnsafeBuffer;
import org.interlock.object.Instrumentation;

/**
 * The writer side of the live counters: a memory-mapped file {@code <pid>.counters} in a folder
 * private to the user, laid out as {@link CountersLayout} describes, with one slot per thread
 * state so that no counter is written by two threads (a counter every thread bumps would be
 * a contended cache line: it would destroy the scaling it is meant to explain). Another process
 * maps the same file read-only and sums the slots ({@link StatsMain}).
 *
 * <p>One file per process ({@link #process()}), shared by every {@link
 * org.interlock.object.ObjectSpace} of the JVM, created on the first thread state made with
 * counters on and deleted by a shutdown hook or by {@link #closeProcess()}. With counters off
 * nothing here is touched and no file exists.
 *
 * <h2>Privacy</h2>
 * The folder ({@code $XDG_RUNTIME_DIR/interlock-$USER}, else {@code java.io.tmpdir}) is created
 * with mode 0700 and the file with mode 0600, both at creation (never widened then narrowed).
 * A folder that exists but belongs to another user, or is a symbolic link, is refused.
 *
 * <h2>Concurrency</h2>
 * Claiming and releasing slots take this object's lock (rare: once per thread state). A
 * released slot's counts are added to the retired slot and the slot is zeroed, inside a
 * sequence lock (the header's retire sequence is odd meanwhile) so a reader never counts them
 * twice. The hot path, a thread adding to its own slot, takes no lock and shares no line.
 * Closing deletes the file but keeps the mapping: threads still writing to their slots never
 * touch unmapped memory.
 */
public final class CountersFile implements AutoCloseable {
    /** System property naming the counters folder (tests; a reader with another environment). */
    public static final String DIR_PROPERTY = "interlock.counters.dir";
    /** System property: number of thread slots in the file. */
    public static final String SLOTS_PROPERTY = "interlock.counters.slots";
    public static final int DEFAULT_SLOTS = 256;

    private static final Set<PosixFilePermission> DIR_MODE = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");

    private static final Object PROCESS_LOCK = new Object();
    private static CountersFile processFile;
    private static boolean processTried;
    private static String processFailure;

    private final Path path;
    private final long pid;
    /** Kept so that the mapping lives as long as this object (the buffer refers to it too). */
    private final MappedByteBuffer mapped;
    private final UnsafeBuffer buffer;
    private final int threadSlots;
    private final int stride;
    private final int slotsOffset;
    private final UnsafeBuffer overflowValues;
    private int nextSlot;
    private boolean deleted;

    private CountersFile(Path path, long pid, MappedByteBuffer mapped, int threadSlots) {
        this.path = path;
        this.pid = pid;
        this.mapped = mapped;
        this.buffer = new UnsafeBuffer(mapped);
        this.threadSlots = threadSlots;
        this.stride = CountersLayout.slotStride(Instrumentation.COUNT);
        this.slotsOffset = CountersLayout.slotsOffset(Instrumentation.COUNT);
        this.overflowValues = valuesView(CountersLayout.OVERFLOW_SLOT);
    }

    // ---- the process's file ------------------------------------------------------------

    /**
     * The counters file of this process, created on first use, or null if it could not be
     * created (the reason is printed once on standard error, and the counters stay in memory).
     */
    public static CountersFile process() {
        synchronized (PROCESS_LOCK) {
            if (!processTried) {
                processTried = true;
                try {
                    Path dir = directory();
                    CountersFile f = create(dir, ProcessHandle.current().pid(),
                            Integer.getInteger(SLOTS_PROPERTY, DEFAULT_SLOTS));
                    try {
                        Runtime.getRuntime().addShutdownHook(new Thread(f::close, "interlock-counters-cleanup"));
                    } catch (IllegalStateException shuttingDown) {
                        f.close(); // too late to be read by anyone, and nobody would remove it
                        throw shuttingDown;
                    }
                    removeStaleFiles(dir);
                    processFile = f;
                } catch (IOException | RuntimeException | LinkageError e) {
                    // LinkageError: an Agrona that does not link on this JDK (2.0.1 on JDK 25),
                    // or a JVM started without the --add-opens Agrona needs. Counting goes on.
                    processFailure = e.toString();
                    System.err.println("interlock: counters kept in memory only, no counters file: " + e);
                }
            }
            return processFile;
        }
    }

    /** The process's file if it was created, without creating it. */
    public static CountersFile processIfOpen() {
        synchronized (PROCESS_LOCK) {
            return processFile;
        }
    }

    /** Deletes the process's counters file at a normal exit (the shutdown hook does it otherwise). */
    public static void closeProcess() {
        CountersFile f = processIfOpen();
        if (f != null) f.close();
    }

    /**
     * The process's counters as a table, for {@code -X stats} at exit; a line saying counters
     * are off when they are.
     */
    public static String formatProcessTotals() {
        CountersFile f;
        String failure;
        synchronized (PROCESS_LOCK) {
            f = processFile;
            failure = processFailure;
        }
        if (f != null) return f.snapshot().formatTotals();
        if (!Instrumentation.ENABLED) return "interlock: counters are off (run with -X stats or -Dinterlock.counters=true)\n";
        if (failure != null) return "interlock: no counters file could be made (" + failure + ")\n";
        return "interlock: no counters recorded (no thread state was made)\n";
    }

    // ---- where the files are -----------------------------------------------------------

    /** The counters folder of this user: the {@value #DIR_PROPERTY} property, else the default. */
    public static Path directory() {
        String dir = System.getProperty(DIR_PROPERTY);
        return dir != null ? Path.of(dir) : candidateDirectories().get(0);
    }

    /**
     * The folders a counters file may be in, preferred first: {@code $XDG_RUNTIME_DIR/interlock-USER}
     * when that variable names a folder, then {@code java.io.tmpdir/interlock-USER}. A reader
     * tries them all, so that a reader whose environment differs still finds the file.
     */
    public static List<Path> candidateDirectories() {
        String folder = "interlock-" + System.getProperty("user.name", "unknown");
        List<Path> dirs = new ArrayList<>(2);
        String xdg = System.getenv("XDG_RUNTIME_DIR");
        if (xdg != null && !xdg.isEmpty() && Files.isDirectory(Path.of(xdg))) dirs.add(Path.of(xdg, folder));
        Path tmp = Path.of(System.getProperty("java.io.tmpdir", "/tmp"), folder);
        if (!dirs.contains(tmp)) dirs.add(tmp);
        return dirs;
    }

    /** The counters file of process {@code pid} in {@code dir}. */
    public static Path fileIn(Path dir, long pid) {
        return dir.resolve(pid + ".counters");
    }

    // ---- creation ----------------------------------------------------------------------

    /**
     * Creates the counters file of process {@code pid} in {@code dir} (made private to the user
     * if missing), with {@code threadSlots} thread slots. A file left by an earlier process
     * with the same pid is replaced: that process is dead, since this one has its pid.
     */
    public static CountersFile create(Path dir, long pid, int threadSlots) throws IOException {
        if (threadSlots < 0 || threadSlots > 1 << 20) {
            throw new IllegalArgumentException("thread slots out of range: " + threadSlots);
        }
        ensurePrivateDirectory(dir);
        Path file = fileIn(dir, pid);
        Files.deleteIfExists(file);
        long length = CountersLayout.fileLength(Instrumentation.COUNT, threadSlots);
        MappedByteBuffer mapped;
        FileAttribute<Set<PosixFilePermission>> mode = PosixFilePermissions.asFileAttribute(FILE_MODE);
        try (FileChannel ch = FileChannel.open(file, EnumSet.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.READ, StandardOpenOption.WRITE), mode)) {
            ch.write(ByteBuffer.wrap(new byte[1]), length - 1);
            mapped = ch.map(FileChannel.MapMode.READ_WRITE, 0, length);
        }
        CountersFile f = new CountersFile(file, pid, mapped, threadSlots);
        f.initialise();
        return f;
    }

    /**
     * Deletes the files of this user's processes that ended without removing theirs (killed):
     * a {@code <pid>.counters} whose pid is not running. Best effort.
     */
    static void removeStaleFiles(Path dir) {
        try (var files = Files.newDirectoryStream(dir, "*.counters")) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                try {
                    long pid = Long.parseLong(name.substring(0, name.length() - ".counters".length()));
                    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) continue;
                    Files.deleteIfExists(f);
                } catch (NumberFormatException | IOException e) {
                    // Not one of ours, or gone meanwhile: leave it.
                }
            }
        } catch (IOException e) {
            // The sweep is a courtesy; the process's own file is made already.
        }
    }

    /** Creates {@code dir} with mode 0700, or checks that an existing one is ours and private. */
    static void ensurePrivateDirectory(Path dir) throws IOException {
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(DIR_MODE));
        } catch (FileAlreadyExistsException e) {
            // Made earlier (by this user's other processes, or by someone else: checked below).
        }
        PosixFileAttributes a = Files.readAttributes(dir, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        String user = System.getProperty("user.name");
        if (!a.isDirectory()) throw new IOException(dir + " is not a folder");
        if (user != null && !a.owner().getName().equals(user)) {
            throw new IOException(dir + " belongs to " + a.owner().getName() + ", not " + user);
        }
        if (!a.permissions().equals(DIR_MODE)) {
            // Ours but wider than 0700 (made by hand, or an old umask): narrow it before use.
            Files.setPosixFilePermissions(dir, DIR_MODE);
        }
    }

    private void initialise() {
        UnsafeBuffer b = buffer;
        b.putInt(CountersLayout.VERSION_OFFSET, CountersLayout.VERSION);
        b.putLong(CountersLayout.PID_OFFSET, pid);
        long start = pid == ProcessHandle.current().pid()
                ? ProcessHandle.current().info().startInstant().map(i -> i.toEpochMilli()).orElse(0L)
                : 0L;
        b.putLong(CountersLayout.START_MILLIS_OFFSET, start);
        b.putInt(CountersLayout.COUNTER_COUNT_OFFSET, Instrumentation.COUNT);
        b.putInt(CountersLayout.SLOT_COUNT_OFFSET, threadSlots);
        b.putInt(CountersLayout.SLOT_STRIDE_OFFSET, stride);
        b.putInt(CountersLayout.NAMES_OFFSET_OFFSET, CountersLayout.NAMES_OFFSET);
        b.putInt(CountersLayout.NAME_LENGTH_OFFSET, CountersLayout.NAME_LENGTH);
        b.putInt(CountersLayout.SLOTS_OFFSET_OFFSET, slotsOffset);
        for (int c = 0; c < Instrumentation.COUNT; c++) {
            byte[] name = Instrumentation.name(c).getBytes(StandardCharsets.US_ASCII);
            if (name.length > CountersLayout.NAME_LENGTH - 4) throw new IllegalStateException("name too long: " + Instrumentation.name(c));
            int at = CountersLayout.NAMES_OFFSET + c * CountersLayout.NAME_LENGTH;
            b.putInt(at, name.length);
            b.putBytes(at + 4, name);
        }
        b.putInt(slotOffset(CountersLayout.OVERFLOW_SLOT) + CountersLayout.SLOT_STATE_OFFSET, CountersLayout.SLOT_OVERFLOW);
        b.putInt(slotOffset(CountersLayout.RETIRED_SLOT) + CountersLayout.SLOT_STATE_OFFSET, CountersLayout.SLOT_RETIRED);
        // Last, with a release store: a reader that sees the magic sees everything above.
        b.putIntRelease(CountersLayout.MAGIC_OFFSET, CountersLayout.MAGIC);
    }

    // ---- slots -------------------------------------------------------------------------

    /**
     * A slot for the thread state {@code tid}: a free private slot if there is one, else the
     * shared overflow slot (counted in the header, so the reader can say so).
     */
    public synchronized CounterSlot claim(int tid) {
        bump(CountersLayout.THREADS_REGISTERED_OFFSET);
        for (int i = 0; i < threadSlots; i++) {
            int index = CountersLayout.FIRST_THREAD_SLOT + (nextSlot + i) % threadSlots;
            int at = slotOffset(index);
            if (buffer.getInt(at + CountersLayout.SLOT_STATE_OFFSET) == CountersLayout.SLOT_FREE) {
                nextSlot = (nextSlot + i + 1) % threadSlots;
                buffer.putInt(at + CountersLayout.SLOT_TID_OFFSET, tid);
                buffer.putLong(at + CountersLayout.SLOT_THREAD_ID_OFFSET, 0L);
                buffer.putIntRelease(at + CountersLayout.SLOT_STATE_OFFSET, CountersLayout.SLOT_IN_USE);
                return new CounterSlot(this, index, valuesView(index));
            }
        }
        bump(CountersLayout.OVERFLOW_THREADS_OFFSET);
        return new CounterSlot(this, CountersLayout.OVERFLOW_SLOT, overflowValues);
    }

    synchronized void bindThread(int index, long javaThreadId) {
        buffer.putLongRelease(slotOffset(index) + CountersLayout.SLOT_THREAD_ID_OFFSET, javaThreadId);
    }

    /**
     * Adds the slot's counts to the retired slot and frees it, inside the retire sequence lock:
     * the sequence is odd while the counts are in both places (or in neither).
     */
    synchronized void release(CounterSlot slot) {
        if (slot.released) return;
        slot.released = true;
        if (slot.isShared()) return;
        long seq = buffer.getLong(CountersLayout.RETIRE_SEQUENCE_OFFSET);
        buffer.putLongRelease(CountersLayout.RETIRE_SEQUENCE_OFFSET, seq + 1);
        // The odd sequence must be visible before any count moves (a seqlock writer's fence).
        VarHandle.storeStoreFence();
        int from = slotOffset(slot.index()) + CountersLayout.SLOT_VALUES_OFFSET;
        int into = slotOffset(CountersLayout.RETIRED_SLOT) + CountersLayout.SLOT_VALUES_OFFSET;
        for (int c = 0; c < Instrumentation.COUNT; c++) {
            long v = buffer.getLongVolatile(from + 8 * c);
            buffer.putLongRelease(into + 8 * c, buffer.getLong(into + 8 * c) + v);
            buffer.putLongRelease(from + 8 * c, 0L);
        }
        int at = slotOffset(slot.index());
        buffer.putInt(at + CountersLayout.SLOT_TID_OFFSET, 0);
        buffer.putLong(at + CountersLayout.SLOT_THREAD_ID_OFFSET, 0L);
        bump(CountersLayout.SLOTS_RETIRED_OFFSET);
        buffer.putIntRelease(at + CountersLayout.SLOT_STATE_OFFSET, CountersLayout.SLOT_FREE);
        buffer.putLongRelease(CountersLayout.RETIRE_SEQUENCE_OFFSET, seq + 2);
    }

    /** Header fields are written under this object's lock only: a plain read, an ordered store. */
    private void bump(int offset) {
        buffer.putLongRelease(offset, buffer.getLong(offset) + 1);
    }

    private int slotOffset(int index) {
        return slotsOffset + index * stride;
    }

    private UnsafeBuffer valuesView(int index) {
        return new UnsafeBuffer(buffer, slotOffset(index) + CountersLayout.SLOT_VALUES_OFFSET, 8 * Instrumentation.COUNT);
    }

    UnsafeBuffer overflowValues() {
        return overflowValues;
    }

    // ---- reading and closing -----------------------------------------------------------

    /** The counters as they are now, read the way another process reads them. */
    public CountersSnapshot snapshot() {
        return CountersSnapshot.read(buffer);
    }

    public Path path() {
        return path;
    }

    public long pid() {
        return pid;
    }

    public int threadSlots() {
        return threadSlots;
    }

    /**
     * Deletes the file. The mapping stays (threads may still be counting): only the file name
     * goes, so no reader finds a stale file. Idempotent; called by the shutdown hook too.
     */
    @Override
    public synchronized void close() {
        if (deleted) return;
        deleted = true;
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            System.err.println("interlock: could not remove " + path + ": " + e);
        }
    }

    @Override
    public String toString() {
        return "CountersFile[" + path + ", " + threadSlots + " slots, " + mapped.capacity() + " bytes]";
    }
}
