package org.interlock.object.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real wiring, in child JVMs ({@code Instrumentation.ENABLED} is fixed per JVM): a program
 * run with {@code -Dinterlock.counters=true} writes its thread states' counters to a private
 * file that this JVM and a third JVM read while it runs, and the file goes when it ends; run
 * without, it makes no file at all.
 */
class CountersProcessTest {
    private static final String PROBE = "org.interlock.object.CountersProbeMain";
    private static final int N = 500;

    @TempDir
    Path tmp;

    @Test
    void countersOnAreReadFromOtherProcessesWhileTheProgramRunsAndTheFileGoesAtExit() throws Exception {
        Path dir = tmp.resolve("counters");
        Process probe = ChildJvm.start(List.of("-Dinterlock.counters=true", "-Dinterlock.counters.dir=" + dir),
                PROBE, Integer.toString(N));
        try {
            BufferedReader from = reader(probe);
            String[] ready = readyLine(from);
            long pid = Long.parseLong(ready[1]);
            assertEquals(probe.pid(), pid);
            assertTrue(Integer.parseInt(ready[3]) >= CountersLayout.FIRST_THREAD_SLOT, "the living thread has its own slot");

            Path file = dir.resolve(pid + ".counters");
            assertTrue(Files.isRegularFile(file));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS)));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS)));

            // Read from this JVM: another process than the writer.
            Output o = stats(Long.toString(pid), "--dir", dir.toString(), "--all");
            assertEquals(0, o.status(), o.text());
            assertTrue(o.text().matches("(?s).*\nallocations +" + 2 * N + "\n.*"), o.text());
            assertTrue(o.text().matches("(?s).*\ndeallocations +" + 2 * N + "\n.*"), o.text());
            assertTrue(o.text().contains("threads: 3 seen, 2 live in their own slots, 1 exited, 0 in the shared overflow slot"), o.text());
            assertTrue(o.text().contains("slot " + ready[3] + ": tid "), o.text());

            // Read from a third JVM running the command itself.
            ChildJvm.Result cli = ChildJvm.run(List.of(), StatsMain.class.getName(), Long.toString(pid), "--dir", dir.toString());
            assertEquals(0, cli.status(), cli.output());
            assertTrue(cli.output().matches("(?s).*\nallocations +" + 2 * N + "\n.*"), cli.output());

            probe.getOutputStream().write('\n');
            probe.getOutputStream().close();
            String rest = from.lines().collect(Collectors.joining("\n"));
            assertEquals(0, probe.waitFor(), rest);
            assertTrue(rest.matches("(?s).*allocations +" + 2 * N + "\n.*"), "-X stats table at exit: " + rest);
            assertFalse(Files.exists(file), "removed when the program ends");

            Output gone = stats(Long.toString(pid), "--dir", dir.toString());
            assertEquals(1, gone.status());
            assertTrue(gone.text().contains("process " + pid + " is not running"), gone.text());
        } finally {
            probe.destroyForcibly();
        }
    }

    @Test
    void watchRepeatsWithRatesUntilTheProgramEnds() throws Exception {
        Path dir = tmp.resolve("counters");
        Process probe = ChildJvm.start(List.of("-Dinterlock.counters=true", "-Dinterlock.counters.dir=" + dir),
                PROBE, Integer.toString(N));
        try {
            BufferedReader from = reader(probe);
            long pid = Long.parseLong(readyLine(from)[1]);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PrintStream ps = new PrintStream(bytes, true, StandardCharsets.UTF_8);
            int[] status = {-1};
            Thread watcher = new Thread(() -> status[0] = StatsMain.run(
                    new String[] {Long.toString(pid), "--watch", "0.05", "--dir", dir.toString()}, ps, ps));
            watcher.start();
            // Wait (no deadline: the test's own timeout is the build's) for two rounds.
            while (bytes.toString(StandardCharsets.UTF_8).split("\n--- ", -1).length < 2) Thread.sleep(10);
            probe.getOutputStream().write('\n');
            probe.getOutputStream().close();
            from.lines().forEach(line -> { });
            assertEquals(0, probe.waitFor());
            watcher.join();
            String text = bytes.toString(StandardCharsets.UTF_8);
            assertEquals(0, status[0], text);
            assertTrue(text.contains("per second"), text);
            assertTrue(text.contains("process " + pid + " has ended; its last counters:"), text);
            assertTrue(text.matches("(?s).*has ended.*\nallocations +" + 2 * N + "\n.*"), text);
        } finally {
            probe.destroyForcibly();
        }
    }

    @Test
    void killedProgramLeavesAStaleFileTheReaderRefuses() throws Exception {
        Path dir = tmp.resolve("counters");
        Process probe = ChildJvm.start(List.of("-Dinterlock.counters=true", "-Dinterlock.counters.dir=" + dir),
                PROBE, "1");
        long pid;
        try {
            pid = Long.parseLong(readyLine(reader(probe))[1]);
        } finally {
            probe.destroyForcibly(); // SIGKILL: no shutdown hook runs
        }
        probe.waitFor();
        Path file = dir.resolve(pid + ".counters");
        assertTrue(Files.exists(file), "a killed process cannot remove its file");
        Output o = stats(Long.toString(pid), "--dir", dir.toString());
        assertEquals(1, o.status());
        assertTrue(o.text().contains("process " + pid + " is not running (stale counters file"), o.text());
    }

    @Test
    void countersOffCreateNoFile() throws Exception {
        Path dir = tmp.resolve("counters");
        Process probe = ChildJvm.start(List.of("-Dinterlock.counters.dir=" + dir), PROBE, Integer.toString(N));
        try {
            BufferedReader from = reader(probe);
            String[] ready = readyLine(from);
            long pid = Long.parseLong(ready[1]);
            assertEquals("-1", ready[3], "counters in memory only");
            assertFalse(Files.exists(dir), "not even the folder");
            for (Path d : CountersFile.candidateDirectories()) assertFalse(Files.exists(CountersFile.fileIn(d, pid)));

            Output o = stats(Long.toString(pid), "--dir", dir.toString());
            assertEquals(1, o.status());
            assertTrue(o.text().contains("no counters for process " + pid + ": run it with -X stats or -Dinterlock.counters=true"), o.text());

            probe.getOutputStream().write('\n');
            probe.getOutputStream().close();
            String rest = from.lines().collect(Collectors.joining("\n"));
            assertEquals(0, probe.waitFor(), rest);
            assertTrue(rest.contains("counters are off"), rest);
            assertFalse(Files.exists(dir));
        } finally {
            probe.destroyForcibly();
        }
    }

    private static BufferedReader reader(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }

    /** The probe's {@code READY pid slot n} line, split; fails with what it printed instead. */
    private static String[] readyLine(BufferedReader from) throws IOException {
        StringBuilder seen = new StringBuilder();
        for (String line; (line = from.readLine()) != null; ) {
            if (line.startsWith("READY ")) return line.split(" ");
            seen.append(line).append('\n');
        }
        assertNotNull(null, "the probe ended without READY:\n" + seen);
        throw new AssertionError();
    }

    record Output(int status, String text) {}

    static Output stats(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int status = StatsMain.run(args, ps, ps);
        return new Output(status, bytes.toString(StandardCharsets.UTF_8));
    }
}
