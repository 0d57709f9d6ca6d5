package org.interlock.stress.py;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PyStressJudgeTest {
    private static final PyStress.Program CONTAINERS = PyStress.PROGRAMS.get(0);
    private static final PyStress.Program UNLOCKED = PyStress.PROGRAMS.get(4);

    private static PyStress.Outcome result(String r) {
        return new PyStress.Outcome(0, r, "RESULT " + r, false);
    }

    @Test
    void safePolicyPassesOnlyOnOk() {
        assertEquals("ok", PyStress.judge(CONTAINERS, "gil", result("ok"), true).cell());
        assertEquals("FAILED", PyStress.judge(CONTAINERS, "lock-free", result("lost list 3"), true).cell());
        assertEquals("FAILED", PyStress.judge(CONTAINERS, "fine-grained",
                new PyStress.Outcome(1, null, "DeadObjectError", false), true).cell());
        assertEquals("FAILED", PyStress.judge(CONTAINERS, "gil", new PyStress.Outcome(-1, null, "", true), true).cell());
    }

    @Test
    void unsafeContainersAreCaughtOrAChanceMiss() {
        assertEquals("caught", PyStress.judge(CONTAINERS, "unsafe", result("lost dict 12"), true).cell());
        assertEquals("caught", PyStress.judge(CONTAINERS, "unsafe",
                new PyStress.Outcome(1, null, "internal error", false), false).cell());
        assertEquals("warn", PyStress.judge(CONTAINERS, "unsafe", result("ok"), true).cell());
        assertEquals("FAILED", PyStress.judge(CONTAINERS, "unsafe", result("ok"), false).cell());
    }

    @Test
    void unlockedCounterLossesAreExpected() {
        assertEquals("expected", PyStress.judge(UNLOCKED, "lock-free", result("expected"), true).cell());
        assertEquals("FAILED", PyStress.judge(UNLOCKED, "gil", new PyStress.Outcome(1, null, "Traceback", false), true).cell());
    }
}
