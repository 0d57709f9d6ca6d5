package org.interlock.object.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CyclicBarrier;
import org.agrona.concurrent.UnsafeBuffer;
import org.interlock.object.Instrumentation;
import org.interlock.object.Instrumentation.Counters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The counters file in this JVM: its privacy, its per-thread slots and their sums, retiring a
 * slot, the overflow slot, closing. These build {@link Counters} over a file directly, so they
 * do not depend on {@code -Dinterlock.counters}; {@link CountersProcessTest} runs the real
 * wiring in child JVMs.
 */
class CountersFileTest {
    private static final long PID = ProcessHandle.current().pid();

    @TempDir
    Path tmp;

    @Test
    void folderIs0700AndFileIs0600() throws IOException {
        Path dir = tmp.resolve("interlock-me");
        try (CountersFile f = CountersFile.create(dir, PID, 4)) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS)));
            assertEquals(dir.resolve(PID + ".counters"), f.path());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f.path(), LinkOption.NOFOLLOW_LINKS)));
            assertEquals(CountersLayout.fileLength(Instrumentation.COUNT, 4), Files.size(f.path()));
        }
    }

    @Test
    void existingFolderOfOursIsNarrowedTo0700() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("wide"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        try (CountersFile f = CountersFile.create(dir, PID, 1)) {
            assertTrue(Files.exists(f.path()));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        }
    }

    @Test
    void symbolicLinkInPlaceOfTheFolderIsRefused() throws IOException {
        Path target = Files.createDirectory(tmp.resolve("elsewhere"));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), target);
        IOException e = assertThrows(IOException.class, () -> CountersFile.create(link, PID, 1));
        assertTrue(e.getMessage().contains("not a folder"), e.getMessage());
        assertFalse(Files.exists(target.resolve(PID + ".counters")));
    }

    @Test
    void staleFileOfTheSamePidIsReplaced() throws IOException {
        Path dir = tmp.resolve("d");
        Files.createDirectory(dir);
        Files.writeString(dir.resolve(PID + ".counters"), "left by a dead process");
        try (CountersFile f = CountersFile.create(dir, PID, 2)) {
            CountersSnapshot s = f.snapshot();
            assertEquals(PID, s.pid());
            assertEquals(2, s.threadSlots());
            assertEquals(Instrumentation.COUNT, s.names().size());
            assertEquals(Instrumentation.name(Instrumentation.GIL_WAIT_NANOS), s.names().get(Instrumentation.GIL_WAIT_NANOS));
        }
    }

    @Test
    void filesOfDeadProcessesAreSweptAndLiveOnesKept() throws Exception {
        Path dir = tmp.resolve("d");
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        try (CountersFile dead = CountersFile.create(dir, p.pid(), 1); CountersFile live = CountersFile.create(dir, PID, 1)) {
            Path other = Files.writeString(dir.resolve("notes.txt"), "not a counters file");
            CountersFile.removeStaleFiles(dir);
            assertFalse(Files.exists(dead.path()));
            assertTrue(Files.exists(live.path()));
            assertTrue(Files.exists(other));
        }
    }

    @Test
    void twoThreadsSlotsAreSummedByTheReader() throws Exception {
        try (CountersFile f = CountersFile.create(tmp.resolve("d"), PID, 8)) {
            Counters a = new Counters(f.claim(1));
            Counters b = new Counters(f.claim(2));
            assertNotEquals(a.slotIndex(), b.slotIndex());
            assertTrue(a.slotIndex() >= CountersLayout.FIRST_THREAD_SLOT && b.slotIndex() >= CountersLayout.FIRST_THREAD_SLOT);
            CyclicBarrier start = new CyclicBarrier(2);
            Thread ta = new Thread(() -> bump(start, a, 1000));
            Thread tb = new Thread(() -> bump(start, b, 3000));
            ta.start();
            tb.start();
            ta.join();
            tb.join();
            assertEquals(1000, a.get(Instrumentation.ALLOCATIONS));
            assertEquals(3000, b.get(Instrumentation.ALLOCATIONS));
            CountersSnapshot s = f.snapshot();
            assertEquals(4000, s.total("allocations"));
            assertEquals(8000, s.total("gil_wait_nanos"));
            assertEquals(0, s.total("deallocations"));
            assertEquals(2, s.threads().size());
            assertEquals(2, s.threadsRegistered());
            assertEquals(0, s.overflowThreads());
            long[] expectA = new long[Instrumentation.COUNT];
            expectA[Instrumentation.ALLOCATIONS] = 1000;
            expectA[Instrumentation.GIL_WAIT_NANOS] = 2000;
            CountersSnapshot.ThreadRow rowA = s.threads().stream().filter(r -> r.tid() == 1).findFirst().orElseThrow();
            assertArrayEquals(expectA, rowA.values());
            assertEquals(a.slotIndex(), rowA.slot());
        }
    }

    private static void bump(CyclicBarrier start, Counters c, int n) {
        try {
            start.await();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        c.bindThread(Thread.currentThread().threadId());
        for (int i = 0; i < n; i++) {
            c.add(Instrumentation.ALLOCATIONS, 1);
            c.add(Instrumentation.GIL_WAIT_NANOS, 2);
        }
    }

    @Test
    void slotsArePaddedApartByTwoCacheLines() throws IOException {
        try (CountersFile f = CountersFile.create(tmp.resolve("d"), PID, 2)) {
            assertTrue(CountersLayout.slotStride(Instrumentation.COUNT) % 128 == 0);
            assertEquals(0, CountersLayout.slotsOffset(Instrumentation.COUNT) % 128);
            Counters a = new Counters(f.claim(1));
            Counters b = new Counters(f.claim(2));
            a.add(Instrumentation.DEALLOCATIONS, 5);
            // Writing one slot leaves the neighbour's values untouched.
            assertEquals(0, b.get(Instrumentation.DEALLOCATIONS));
            assertEquals(1, Math.abs(a.slotIndex() - b.slotIndex()));
        }
    }

    @Test
    void releasedSlotsCountsMoveToTheRetiredSumsAndTheSlotIsReused() throws IOException {
        try (CountersFile f = CountersFile.create(tmp.resolve("d"), PID, 1)) {
            Counters a = new Counters(f.claim(1));
            int slot = a.slotIndex();
            a.add(Instrumentation.WEAKREFS_CLEARED, 7);
            a.release();
            a.release(); // idempotent: counted once
            CountersSnapshot s = f.snapshot();
            assertEquals(7, s.total("weakrefs_cleared"));
            assertEquals(0, s.threads().size());
            assertEquals(1, s.slotsRetired());
            assertEquals(7, s.retired()[Instrumentation.WEAKREFS_CLEARED]);
            assertEquals(7, a.get(Instrumentation.WEAKREFS_CLEARED), "the state's own count survives the release");

            Counters b = new Counters(f.claim(2));
            assertEquals(slot, b.slotIndex(), "the one slot is free again");
            assertEquals(0, b.get(Instrumentation.WEAKREFS_CLEARED), "a reused slot starts from zero");

            a.add(Instrumentation.WEAKREFS_CLEARED, 1); // a late count after exit goes to the overflow slot
            assertEquals(8, a.get(Instrumentation.WEAKREFS_CLEARED));
            assertEquals(8, f.snapshot().total("weakrefs_cleared"));
            assertEquals(0, b.get(Instrumentation.WEAKREFS_CLEARED));
        }
    }

    @Test
    void threadsBeyondTheSlotsShareTheOverflowSlotWithAtomicAdds() throws Exception {
        try (CountersFile f = CountersFile.create(tmp.resolve("d"), PID, 1)) {
            Counters own = new Counters(f.claim(1));
            Counters[] shared = {new Counters(f.claim(2)), new Counters(f.claim(3))};
            assertEquals(CountersLayout.OVERFLOW_SLOT, shared[0].slotIndex());
            assertEquals(CountersLayout.OVERFLOW_SLOT, shared[1].slotIndex());
            CyclicBarrier start = new CyclicBarrier(2);
            Thread[] ts = new Thread[2];
            for (int i = 0; i < 2; i++) {
                Counters c = shared[i];
                ts[i] = new Thread(() -> bump(start, c, 20_000));
                ts[i].start();
            }
            own.add(Instrumentation.ALLOCATIONS, 1);
            for (Thread t : ts) t.join();
            CountersSnapshot s = f.snapshot();
            assertEquals(40_001, s.total("allocations"), "no add lost on the shared slot");
            assertEquals(40_000, s.overflow()[Instrumentation.ALLOCATIONS]);
            assertEquals(20_000, shared[0].get(Instrumentation.ALLOCATIONS), "each state still knows its own count");
            assertEquals(2, s.overflowThreads());
            assertEquals(3, s.threadsRegistered());
            assertTrue(s.threadSummary().contains("2 in the shared overflow slot"), s.threadSummary());
        }
    }

    @Test
    void closeRemovesTheFileButCountingGoesOn() throws IOException {
        CountersFile f = CountersFile.create(tmp.resolve("d"), PID, 2);
        Counters a = new Counters(f.claim(1));
        assertTrue(Files.exists(f.path()));
        f.close();
        assertFalse(Files.exists(f.path()));
        f.close(); // idempotent
        a.add(Instrumentation.ALLOCATIONS, 3); // the mapping outlives the file
        assertEquals(3, f.snapshot().total("allocations"));
    }

    @Test
    void countersInMemoryOnlyNeedNoFile() {
        Counters c = new Counters();
        c.add(Instrumentation.CS_CONTENDED, 2);
        c.release();
        assertEquals(2, c.get(Instrumentation.CS_CONTENDED));
        assertEquals(-1, c.slotIndex());
    }

    @Test
    void readerRejectsWhatIsNotACountersFile() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CountersSnapshot.read(new UnsafeBuffer(new byte[4096])));
        assertTrue(e.getMessage().contains("not initialised"), e.getMessage());
        UnsafeBuffer junk = new UnsafeBuffer(new byte[4096]);
        junk.putInt(0, 0x12345678);
        e = assertThrows(IllegalStateException.class, () -> CountersSnapshot.read(junk));
        assertTrue(e.getMessage().contains("bad magic"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> CountersSnapshot.read(new UnsafeBuffer(new byte[16])));
    }

    @Test
    void readerRejectsAHeaderThatPromisesMoreSlotsThanTheFileHolds() throws IOException {
        try (CountersFile f = CountersFile.create(tmp.resolve("d"), PID, 2)) {
            byte[] copy = Files.readAllBytes(f.path());
            UnsafeBuffer b = new UnsafeBuffer(copy);
            b.putInt(CountersLayout.SLOT_COUNT_OFFSET, 1000);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> CountersSnapshot.read(b));
            assertTrue(e.getMessage().contains("inconsistent"), e.getMessage());
        }
    }

    @Test
    void totalsTableListsEveryCounter() throws IOException {
        try (CountersFile f = CountersFile.create(tmp.resolve("d"), PID, 2)) {
            new Counters(f.claim(1)).add(Instrumentation.BIASED_MERGES, 12345);
            String table = f.snapshot().formatTotals();
            for (int c = 0; c < Instrumentation.COUNT; c++) assertTrue(table.contains(Instrumentation.name(c)), table);
            assertTrue(table.matches("(?s).*biased_merges +12345\n.*"), table);
            assertTrue(table.contains("process " + PID), table);
        }
    }
}
