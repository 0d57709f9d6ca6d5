package org.interlock.object.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.interlock.object.Instrumentation;
import org.interlock.object.Instrumentation.Counters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code stats} command's arguments, its messages, and its tables, in this JVM. */
class StatsMainTest {
    private static final long PID = ProcessHandle.current().pid();

    @TempDir
    Path tmp;

    @Test
    void parsesItsOptions() {
        StatsMain.Options o = StatsMain.parse(new String[] {"42", "--watch", "0.5", "--all", "--dir", "/x"});
        assertEquals(new StatsMain.Options(42, 0.5, true, Path.of("/x")), o);
        assertEquals(new StatsMain.Options(7, 0, false, null), StatsMain.parse(new String[] {"7"}));
    }

    @Test
    void usageErrorsExitWithTwo() {
        for (String[] bad : new String[][] {{}, {"abc"}, {"-3"}, {"1", "2"}, {"1", "--watch"}, {"1", "--watch", "0"},
                {"1", "--watch", "x"}, {"1", "--frobnicate"}, {"1", "--dir"}}) {
            CountersProcessTest.Output o = CountersProcessTest.stats(bad);
            assertEquals(2, o.status(), String.join(" ", bad));
            assertTrue(o.text().contains("usage: stats PID"), o.text());
        }
        assertThrows(IllegalArgumentException.class, () -> StatsMain.parse(new String[] {"0"}));
    }

    @Test
    void runningProcessWithoutCountersIsToldHowToGetThem() {
        CountersProcessTest.Output o = CountersProcessTest.stats(Long.toString(PID), "--dir", tmp.toString());
        assertEquals(1, o.status());
        assertTrue(o.text().contains("no counters for process " + PID + ": run it with -X stats or -Dinterlock.counters=true"), o.text());
    }

    @Test
    void deadProcessIsReportedNotRunningEvenWithAFileLeft() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        long dead = p.pid();
        Path dir = tmp.resolve("d");
        CountersFile.create(dir, dead, 1); // a stale file: written "by" the dead pid
        CountersProcessTest.Output o = CountersProcessTest.stats(Long.toString(dead), "--dir", dir.toString());
        assertEquals(1, o.status());
        assertTrue(o.text().contains("process " + dead + " is not running (stale counters file"), o.text());
        CountersProcessTest.Output none = CountersProcessTest.stats(Long.toString(dead), "--dir", tmp.resolve("empty").toString());
        assertEquals(1, none.status());
        assertTrue(none.text().contains("process " + dead + " is not running"), none.text());
    }

    @Test
    void printsTotalsAndPerThreadSlots() throws Exception {
        Path dir = tmp.resolve("d");
        try (CountersFile f = CountersFile.create(dir, PID, 4)) {
            Counters a = new Counters(f.claim(3));
            a.bindThread(99);
            a.add(Instrumentation.GIL_ACQUISITIONS, 11);
            Counters b = new Counters(f.claim(4));
            b.add(Instrumentation.GIL_ACQUISITIONS, 31);
            b.add(Instrumentation.CS_CONTENDED, 2);
            CountersProcessTest.Output o = CountersProcessTest.stats(Long.toString(PID), "--dir", dir.toString(), "--all");
            assertEquals(0, o.status(), o.text());
            assertTrue(o.text().matches("(?s).*\ngil_acquisitions +42\n.*"), o.text());
            assertTrue(o.text().matches("(?s).*\ncs_contended +2\n.*"), o.text());
            assertTrue(o.text().contains("slot " + a.slotIndex() + ": tid 3, java thread 99\n  gil_acquisitions"), o.text());
            assertTrue(o.text().contains("slot " + b.slotIndex() + ": tid 4, java thread (not bound)"), o.text());
            assertTrue(o.text().contains("threads: 2 seen, 2 live"), o.text());
        }
    }

    @Test
    void ratesAreComputedAgainstAnEarlierSnapshot() throws Exception {
        try (CountersFile f = CountersFile.create(tmp.resolve("d"), PID, 2)) {
            Counters a = new Counters(f.claim(1));
            CountersSnapshot before = f.snapshot();
            a.add(Instrumentation.DEALLOCATIONS, 50);
            String table = f.snapshot().formatTotals(before, 2.0);
            assertTrue(table.contains("per second"), table);
            assertTrue(table.matches("(?s).*\ndeallocations +50 +25\\.0\n.*"), table);
        }
    }
}
