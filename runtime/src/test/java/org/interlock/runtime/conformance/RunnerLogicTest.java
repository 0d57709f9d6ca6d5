package org.interlock.runtime.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The runner's own logic: which files are programs, the known-failures list, the comparison. */
class RunnerLogicTest {
    private static CorpusProgram prog(String out, int exit, String err) {
        return new CorpusProgram(Path.of("/x/t/p.py"), "t/p.py", out, exit, err);
    }

    @Test
    void programsAreTopLevelFilesOrMainFilesDeeper() {
        assertTrue(CorpusProgram.isProgram("expressions/walrus.py"));
        assertTrue(CorpusProgram.isProgram("imports/basic/main.py"));
        assertTrue(CorpusProgram.isProgram("imports/basic/main_star.py"));
        assertFalse(CorpusProgram.isProgram("imports/basic/helper.py"));
        assertFalse(CorpusProgram.isProgram("expressions/walrus.out"));
        assertFalse(CorpusProgram.isProgram("README.py"));
    }

    @Test
    void knownFailuresParsePerPolicyAndEveryPolicy() {
        KnownFailures k = KnownFailures.parse(List.of("# comment", "", "a/b.py   # all policies",
                "c/d.py lock-free"));
        assertTrue(k.isListed("a/b.py", "gil"));
        assertTrue(k.isListed("a/b.py", "lock-free"));
        assertTrue(k.isListed("c/d.py", "lock-free"));
        assertFalse(k.isListed("c/d.py", "gil"));
        assertFalse(k.isListed("e/f.py", "gil"));
        assertThrows(IllegalArgumentException.class, () -> KnownFailures.parse(List.of("a.py gil extra")));
    }

    @Test
    void verdictComparesStdoutExitCodeAndLastStderrLine() {
        assertNull(Verdict.mismatch(prog("a\n", 0, null), new RunResult("a\n", "warning\n", 0, null)));
        assertNotNull(Verdict.mismatch(prog("a\n", 0, null), new RunResult("a", "", 0, null)));
        assertNotNull(Verdict.mismatch(prog("a\n", 0, null), new RunResult("a\n", "", 1, null)));
        CorpusProgram err = prog("", 1, "ZeroDivisionError: division by zero");
        assertNull(Verdict.mismatch(err, new RunResult("", "Traceback...\n  x\nZeroDivisionError: division by zero\n", 1, null)));
        assertNotNull(Verdict.mismatch(err, new RunResult("", "ZeroDivisionError: integer division\n", 1, null)));
        CorpusProgram exit3 = prog("x\n", 3, "");
        assertNull(Verdict.mismatch(exit3, new RunResult("x\n", "", 3, null)));
        assertNotNull(Verdict.mismatch(exit3, new RunResult("x\n", "", 3, "timed out")));
    }

    @Test
    void firstDifferenceNamesTheLine() {
        assertEquals("line 2\n  expected: b\n  actual:   c", Verdict.firstDifference("a\nb\n", "a\nc\n"));
        assertTrue(Verdict.firstDifference("a\nb", "a").startsWith("output ends early"));
        assertTrue(Verdict.firstDifference("a", "a\nb").startsWith("extra output"));
    }

    @Test
    void isolatedRunTimesOutInsteadOfHanging() {
        ProgramEngine hang = new ProgramEngine() {
            @Override
            public RunResult run(CorpusProgram program, String policy) throws Exception {
                Thread.sleep(60_000);
                return new RunResult("", "", 0, null);
            }

            @Override
            public String name() {
                return "hang";
            }
        };
        RunResult r = ConformanceTest.runIsolated(hang, prog("", 0, null), "gil", 1);
        assertNotNull(r.problem());
    }
}
