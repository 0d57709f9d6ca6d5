package org.interlock.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing jcstress 0.16's console output, in the shapes it prints them. */
class JcstressReportTest {
    static final List<String> CONSOLE = List.of(
            "...... [FAILED] org.interlock.stress.r1.NoLostUpdateUnsafe",
            "",
            "       RESULT  SAMPLES     FREQ      EXPECT  DESCRIPTION",
            "   0, 0, 0, 1        4   <0.01%   Forbidden  lost update",
            "   0, 0, 1, 0  283,694   99.98%  Acceptable  count back to 1",
            "",
            "RUN RESULTS:",
            "  Interesting tests: No matches.",
            "",
            "  Failed tests: 1 matching test results.",
            "",
            "...... [FAILED] org.interlock.stress.r1.NoLostUpdateUnsafe",
            "",
            "  Results across all configurations:",
            "",
            "       RESULT  SAMPLES     FREQ      EXPECT  DESCRIPTION",
            "   0, 0, 0, 1        6   <0.01%   Forbidden  lost update: count not 1, a deallocation, or an actor err...",
            "   0, 0, 1, 0  283,694   99.98%  Acceptable  count back to 1, never deallocated",
            "  0, 0, 11, 0       40    0.01%   Forbidden  lost update: count not 1, a deallocation, or an actor err...",
            "",
            "  VM error stream:",
            "    org.interlock.object.DeadObjectError: internal error: decref touched dead object",
            "",
            "  All remaining tests: 1 matching test results.",
            "",
            ".......... [OK] org.interlock.stress.r1.NoLostUpdateGil",
            "",
            "  Results across all configurations:",
            "",
            "      RESULT  SAMPLES     FREQ      EXPECT  DESCRIPTION",
            "  0, 0, 1, 0  328,363  100.00%  Acceptable  count back to 1, never deallocated",
            "",
            ".......... [TIMEOUT] org.interlock.stress.c2.NestedEqualsFineGrained",
            "",
            "  HTML report generated at /tmp/x/index.html");

    @Test
    void parsesTheSummaryWithSamplesAndForbiddenCounts() {
        JcstressReport r = JcstressReport.parse(CONSOLE);
        assertTrue(r.complete());
        JcstressReport.TestResult failed = r.result("org.interlock.stress.r1.NoLostUpdateUnsafe");
        assertEquals("FAILED", failed.status());
        assertEquals(3, failed.rows().size());
        assertEquals(46, failed.forbiddenSamples());
        assertEquals(283_740, failed.samples());
        assertEquals("0, 0, 11, 0", failed.topForbidden());
        JcstressReport.TestResult ok = r.result("org.interlock.stress.r1.NoLostUpdateGil");
        assertEquals("OK", ok.status());
        assertEquals(328_363, ok.samples());
        assertNull(ok.topForbidden());
        assertEquals("TIMEOUT", r.result("org.interlock.stress.c2.NestedEqualsFineGrained").status());
        assertNull(r.result("org.interlock.stress.r2.DeallocOnceGil"));
    }

    @Test
    void withoutASummaryTheReportIsIncompleteAndEmpty() {
        JcstressReport r = JcstressReport.parse(CONSOLE.subList(0, 5));
        assertFalse(r.complete());
        assertTrue(r.all().isEmpty());
    }

    @Test
    void progressLinesOfAKilledRunAreMergedPerTest() {
        List<String> progress = List.of(
                "...... [OK] org.interlock.stress.r1.NoLostUpdateGil",
                "      RESULT  SAMPLES     FREQ      EXPECT  DESCRIPTION",
                "  0, 0, 1, 0      100  100.00%  Acceptable  fine",
                "...... [FAILED] org.interlock.stress.r1.NoLostUpdateGil",
                "      RESULT  SAMPLES     FREQ      EXPECT  DESCRIPTION",
                "  0, 0, 1, 0       90   90.00%  Acceptable  fine",
                "  0, 0, 2, 0       10   10.00%   Forbidden  lost");
        JcstressReport r = JcstressReport.parseProgress(progress);
        assertFalse(r.complete());
        JcstressReport.TestResult t = r.result("org.interlock.stress.r1.NoLostUpdateGil");
        assertEquals("FAILED", t.status());
        assertEquals(200, t.samples());
        assertEquals(10, t.forbiddenSamples());
    }
}
