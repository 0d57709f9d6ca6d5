package org.interlock.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.interlock.stress.Presets.Preset;
import org.interlock.stress.Suite.Test;
import org.interlock.stress.Verdict.Cell;

/** The verdict rules: safe presets must pass, unsafe must be caught, nothing may go missing. */
class VerdictTest {
    /** Console output in which every test of the suite ran, with the given status per class. */
    private static JcstressReport report(java.util.function.Function<String, String> status) {
        List<String> lines = new ArrayList<>();
        lines.add("RUN RESULTS:");
        for (Test t : Suite.TESTS) {
            for (Preset p : t.presets()) {
                String cls = t.className(p);
                String s = status.apply(cls);
                if (s == null) continue;
                lines.add("...... [" + s + "] " + cls);
                lines.add("  0, 0, 1, 0  1,000  100.00%  " + (s.equals("OK") ? "Acceptable" : "Forbidden") + "  x");
            }
        }
        return JcstressReport.parse(lines);
    }

    /** What a correct run looks like: safe presets pass, unsafe and broken variants fail. */
    private static String expected(String cls) {
        return cls.endsWith("Unsafe") || cls.endsWith("EagerTryIncref") || cls.endsWith("EagerFree")
                || cls.endsWith("BrokenHandshake") ? "FAILED" : "OK";
    }

    @org.junit.jupiter.api.Test
    void aCorrectRunPassesWithEveryExpectedFailureCaught() {
        Verdict v = new Verdict(report(VerdictTest::expected), null, false);
        assertTrue(v.passed());
        assertEquals(Cell.OK, v.cell("R1", Presets.GIL));
        assertEquals(Cell.CAUGHT, v.cell("R1", Presets.UNSAFE));
        assertEquals(Cell.CAUGHT, v.cell("R3", Presets.EAGER_TRYINCREF));
        assertEquals(Cell.NA, v.cell("R1", Presets.EAGER_TRYINCREF));
        assertEquals(Cell.CAUGHT, v.cell("R2", Presets.EAGER_FREE));
        assertEquals(Cell.NA, v.cell("R3", Presets.EAGER_FREE));
        assertEquals(Cell.NA, v.cell("G1", Presets.FINE_GRAINED));
        assertEquals(Cell.OK, v.cell("G1", Presets.GIL));
        assertEquals(Cell.NA, v.cell("C2", Presets.UNSAFE));
        assertEquals(Cell.OK, v.cell("GC", Presets.LOCK_FREE));
        assertEquals(Cell.CAUGHT, v.cell("GC", Presets.BROKEN_HANDSHAKE));
        assertEquals(Cell.NA, v.cell("R3", Presets.BROKEN_HANDSHAKE));
    }

    @org.junit.jupiter.api.Test
    void aForbiddenOutcomeUnderASafePresetFails() {
        Verdict v = new Verdict(report(c -> c.endsWith("c1.ListAppendLockFree") ? "FAILED" : expected(c)), null, true);
        assertEquals(Cell.FAILED, v.cell("C1", Presets.LOCK_FREE));
        assertFalse(v.passed());
    }

    @org.junit.jupiter.api.Test
    void aDeadlockTimeoutUnderASafePresetFails() {
        Verdict v = new Verdict(report(c -> c.endsWith("NestedEqualsFineGrained") ? "TIMEOUT" : expected(c)), null, true);
        assertEquals(Cell.FAILED, v.cell("C2", Presets.FINE_GRAINED));
        assertFalse(v.passed());
    }

    @org.junit.jupiter.api.Test
    void unsafeNotCaughtIsAWarningInQuickModeAndAFailureInAFullRun() {
        java.util.function.Function<String, String> missed = c -> c.endsWith("r1.NoLostUpdateUnsafe") ? "OK" : expected(c);
        Verdict quick = new Verdict(report(missed), null, true);
        assertEquals(Cell.WARN, quick.cell("R1", Presets.UNSAFE));
        assertTrue(quick.passed());
        Verdict full = new Verdict(report(missed), null, false);
        assertEquals(Cell.FAILED, full.cell("R1", Presets.UNSAFE));
        assertFalse(full.passed());
    }

    @org.junit.jupiter.api.Test
    void aTestThatDidNotRunIsSkippedAndFailsTheRun() {
        Verdict v = new Verdict(report(c -> c.endsWith("w2.WeakrefClearedOnceGil") ? null : expected(c)), null, true);
        assertEquals(Cell.SKIPPED, v.cell("W2", Presets.GIL));
        assertFalse(v.passed());
        Verdict s = new Verdict(report(c -> c.endsWith("w2.WeakrefClearedOnceGil") ? "SKIPPED" : expected(c)), null, true);
        assertEquals(Cell.SKIPPED, s.cell("W2", Presets.GIL));
        assertFalse(s.passed());
    }

    @org.junit.jupiter.api.Test
    void anErrorUnderUnsafeIsAHarnessFailureNotACatch() {
        Verdict v = new Verdict(report(c -> c.endsWith("r2.DeallocOnceUnsafe") ? "ERROR" : expected(c)), null, true);
        assertEquals(Cell.FAILED, v.cell("R2", Presets.UNSAFE));
        assertFalse(v.passed());
    }

    @org.junit.jupiter.api.Test
    void aFilterJudgesOnlyTheSelectedTests() {
        Pattern f = Pattern.compile("\\.r1\\.");
        Verdict v = new Verdict(report(c -> c.contains(".r1.") ? expected(c) : null), f, true);
        assertTrue(v.passed());
        assertEquals(Cell.OK, v.cell("R1", Presets.GIL));
        assertEquals(Cell.NOT_SELECTED, v.cell("R2", Presets.GIL));
        assertEquals(4, v.lines().size());
    }

    @org.junit.jupiter.api.Test
    void anEmptySelectionDoesNotPass() {
        Verdict v = new Verdict(report(VerdictTest::expected), Pattern.compile("NoSuchTest"), true);
        assertFalse(v.passed());
    }
}
