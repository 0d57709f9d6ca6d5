package org.interlock.object.stats;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * {@code stats PID}: reads the live counters of another Interlock process from its counters
 * file ({@link CountersFile}, layout in {@link CountersLayout}) and prints each counter summed
 * over the threads' slots.
 *
 * <pre>
 * StatsMain PID [--watch SECONDS] [--all] [--dir FOLDER]
 *   --watch SECONDS  print again every SECONDS until the process ends, with rates
 *   --all            also print each thread's slot
 *   --dir FOLDER     look for the file in FOLDER (default: the per-user counters folders)
 * </pre>
 *
 * Exit status: 0 when counters were printed, 1 when there are none to read (no file, the
 * process is gone, the file is not a counters file), 2 for a usage error.
 */
public final class StatsMain {
    private StatsMain() {}

    /** Options of one run. */
    record Options(long pid, double watchSeconds, boolean all, Path dir) {}

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) System.exit(status);
    }

    /** Runs the command; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Options opts;
        try {
            opts = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("stats: " + e.getMessage());
            err.println("usage: stats PID [--watch SECONDS] [--all] [--dir FOLDER]");
            return 2;
        }
        try {
            return print(opts, out, err);
        } catch (NotReadable e) {
            err.println("stats: " + e.getMessage());
            return 1;
        }
    }

    static Options parse(String[] args) {
        Long pid = null;
        double watch = 0;
        boolean all = false;
        Path dir = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--all" -> all = true;
                case "--watch" -> {
                    if (++i == args.length) throw new IllegalArgumentException("--watch needs SECONDS");
                    try {
                        watch = Double.parseDouble(args[i]);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--watch needs a number of seconds, not " + args[i]);
                    }
                    if (!(watch > 0)) throw new IllegalArgumentException("--watch needs a positive number of seconds");
                }
                case "--dir" -> {
                    if (++i == args.length) throw new IllegalArgumentException("--dir needs FOLDER");
                    dir = Path.of(args[i]);
                }
                default -> {
                    if (a.startsWith("-") || pid != null) throw new IllegalArgumentException("unexpected argument " + a);
                    try {
                        pid = Long.parseLong(a);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("PID must be a process id, not " + a);
                    }
                    if (pid <= 0) throw new IllegalArgumentException("PID must be positive: " + a);
                }
            }
        }
        if (pid == null) throw new IllegalArgumentException("no PID given");
        return new Options(pid, watch, all, dir);
    }

    private static int print(Options opts, PrintStream out, PrintStream err) throws NotReadable {
        UnsafeBuffer buffer = open(opts.pid(), opts.dir());
        CountersSnapshot previous = null;
        long previousNanos = 0;
        while (true) {
            CountersSnapshot s = read(buffer, opts.pid());
            long now = System.nanoTime();
            if (opts.watchSeconds() > 0) out.println("--- " + Instant.now());
            out.print(s.formatTotals(previous, previous == null ? 0 : (now - previousNanos) / 1e9));
            if (opts.all()) out.print(s.formatThreads());
            out.flush();
            if (opts.watchSeconds() <= 0) return 0;
            previous = s;
            previousNanos = now;
            try {
                Thread.sleep((long) (opts.watchSeconds() * 1000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
            if (!running(opts.pid())) {
                // The mapping outlives the file: this is the process's last word.
                out.print("process " + opts.pid() + " has ended; its last counters:\n"
                        + read(buffer, opts.pid()).formatTotals());
                return 0;
            }
        }
    }

    private static CountersSnapshot read(UnsafeBuffer buffer, long pid) throws NotReadable {
        try {
            return CountersSnapshot.read(buffer);
        } catch (IllegalStateException e) {
            throw new NotReadable("cannot read the counters of process " + pid + ": " + e.getMessage());
        }
    }

    /**
     * Finds and maps the counters file of {@code pid}: in {@code dir} if given, else in each
     * per-user folder. A file whose process is gone (or whose pid now names a later process)
     * is stale: reported as such, never read as live.
     */
    static UnsafeBuffer open(long pid, Path dir) throws NotReadable {
        List<Path> dirs = dir != null ? List.of(dir) : searchDirectories();
        Path file = null;
        for (Path d : dirs) {
            Path f = CountersFile.fileIn(d, pid);
            if (Files.isRegularFile(f)) {
                file = f;
                break;
            }
        }
        if (file == null) {
            if (!running(pid)) throw new NotReadable("process " + pid + " is not running");
            throw new NotReadable("no counters for process " + pid + ": run it with -X stats or -Dinterlock.counters=true"
                    + " (looked in " + dirs + ")");
        }
        if (!running(pid)) throw new NotReadable("process " + pid + " is not running (stale counters file " + file + ")");
        UnsafeBuffer buffer;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            MappedByteBuffer mapped = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
            buffer = new UnsafeBuffer(mapped);
        } catch (IOException e) {
            throw new NotReadable("cannot open " + file + ": " + e);
        }
        CountersSnapshot s = read(buffer, pid);
        if (s.pid() != pid) throw new NotReadable(file + " belongs to process " + s.pid() + ", not " + pid);
        long start = buffer.getLong(CountersLayout.START_MILLIS_OFFSET);
        Optional<Instant> actual = ProcessHandle.of(pid).flatMap(h -> h.info().startInstant());
        if (start != 0 && actual.isPresent() && Math.abs(actual.get().toEpochMilli() - start) > 1000) {
            throw new NotReadable("process " + pid + " is not running (stale counters file " + file
                    + " from an earlier process with the same pid)");
        }
        return buffer;
    }

    private static List<Path> searchDirectories() {
        String dir = System.getProperty(CountersFile.DIR_PROPERTY);
        return dir != null ? List.of(Path.of(dir)) : CountersFile.candidateDirectories();
    }

    private static boolean running(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The counters of a process cannot be read; the message says why. */
    static final class NotReadable extends Exception {
        private static final long serialVersionUID = 1L;

        NotReadable(String message) {
            super(message);
        }
    }
}
