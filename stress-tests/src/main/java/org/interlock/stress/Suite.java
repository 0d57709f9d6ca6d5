package org.interlock.stress;

import java.util.ArrayList;
import java.util.List;
import org.interlock.stress.Presets.Preset;

/**
 * The suite's table: which test bodies prove which invariant, under which presets, and what
 * {@code unsafe} is expected to do to each. {@code gen-policy-tests.py} generates the classes
 * this table names; a class named here that jcstress did not run is reported as skipped.
 */
public final class Suite {
    /** What a test's run under {@code unsafe} or a broken variant is expected to show. */
    public enum UnsafeExpect {
        /**
         * The test must fail under unsafe (and under a broken variant it runs under); it can
         * only fail by chance, so a miss is a warning in quick mode.
         */
        CATCH,
        /** Unsafe cannot fail this test (it takes no locks, so it cannot deadlock): the cell is n/a. */
        NOT_APPLICABLE
    }

    /** One test body, e.g. {@code r3.SlotRace}, run under {@code presets}. */
    public record Test(String invariant, String pkg, String body, List<Preset> presets, UnsafeExpect unsafe) {
        /** The jcstress class name of this test under {@code p}. */
        public String className(Preset p) {
            return "org.interlock.stress." + pkg + "." + body + p.classSuffix();
        }

        public String shortName() {
            return pkg + "." + body;
        }
    }

    /**
     * The invariants in table order (DESIGN.md; S1 is the runtime's and not in this suite). GC is
     * the cycle collector's handshake: a stop-the-world never overlaps bytecode, and a thread
     * leaving a blocking call does not run again until the stop ends.
     */
    public static final List<String> INVARIANTS = List.of("R1", "R2", "R3", "R4", "W1", "W2", "C1", "C2", "G1", "GC");

    /** Every test of the suite. */
    public static final List<Test> TESTS = List.of(
            test("R1", "r1", "NoLostUpdate"),
            test("R2", "r2", "DeallocOnce"),
            // Late freeing of values read borrowed: unsafe defers as well (it is parallel), so the
            // variant that must fail is eager-free.
            new Test("R2", "r2", "FreedLate", List.of(Presets.FINE_GRAINED, Presets.LOCK_FREE, Presets.EAGER_FREE),
                    UnsafeExpect.CATCH),
            test("R3", "r3", "TryIncrefDead"),
            new Test("R3", "r3", "TryIncrefUnprepared",
                    List.of(Presets.GIL, Presets.FINE_GRAINED, Presets.LOCK_FREE, Presets.UNSAFE, Presets.EAGER_TRYINCREF),
                    UnsafeExpect.CATCH),
            test("R3", "r3", "WeakrefRace"),
            test("R3", "r3", "SlotRace"),
            test("R4", "r4", "QueuedAtExit"),
            test("W1", "w1", "WeakrefNeverDead"),
            test("W2", "w2", "WeakrefClearedOnce"),
            test("C1", "c1", "ListAppend"),
            test("C1", "c1", "ListReadWrite"),
            // Not under unsafe: racing inserts there can leave the table without an empty slot
            // and a lookup then probes forever (seen); jcstress's pre-run resource check has no
            // timeout, so the suite would hang rather than fail.
            new Test("C1", "c1", "DictSetItem", List.of(Presets.GIL, Presets.FINE_GRAINED, Presets.LOCK_FREE),
                    UnsafeExpect.CATCH),
            new Test("C2", "c2", "ExtendOpposite", Presets.PRESETS, UnsafeExpect.NOT_APPLICABLE),
            new Test("C2", "c2", "NestedEquals", Presets.PRESETS, UnsafeExpect.NOT_APPLICABLE),
            // G1 is a promise of global-lock policies only; unsafe shows that the test can fail.
            new Test("G1", "g1", "OneAtATime", List.of(Presets.GIL, Presets.UNSAFE), UnsafeExpect.CATCH),
            // GC: the collector's stop-the-world against a blocking call. Unsafe's handshake is the
            // same as the safe presets' (its breakage is in the counts), so the broken variant is
            // the one that must fail.
            new Test("GC", "gc", "HandshakeBlocking",
                    List.of(Presets.GIL, Presets.FINE_GRAINED, Presets.LOCK_FREE, Presets.BROKEN_HANDSHAKE),
                    UnsafeExpect.CATCH));

    private Suite() {}

    private static Test test(String inv, String pkg, String body) {
        return new Test(inv, pkg, body, Presets.PRESETS, UnsafeExpect.CATCH);
    }

    /** The tests of one invariant. */
    public static List<Test> of(String invariant) {
        List<Test> out = new ArrayList<>();
        for (Test t : TESTS) {
            if (t.invariant().equals(invariant)) out.add(t);
        }
        return out;
    }
}
