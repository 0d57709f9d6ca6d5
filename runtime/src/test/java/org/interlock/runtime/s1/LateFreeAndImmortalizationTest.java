package org.interlock.runtime.s1;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two mechanisms behind S1's type-cache fix and the contention remedy, seen from Python:
 * a replaced class attribute is released at once when no other thread runs (so {@code __del__}
 * timing stays CPython's) and, when another thread is running, after it passed a quiescent
 * point, never stranded; and the {@code immortalize} option freezes the counts of modules,
 * functions, classes and code constants once a thread starts, and only then and only where on.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LateFreeAndImmortalizationTest {
    static final String LATE_FREE = """
            import threading
            log = []
            class D:
                def __init__(self, n): self.n = n
                def __del__(self): log.append(self.n)
            class C:
                x = D(1)
            C.x = D(2)
            log.append('after 1')
            stop = False
            def spin():
                while not stop:
                    pass
            t = threading.Thread(target=spin)
            t.start()
            C.x = D(3)          # D(2) waits for the spinning thread's next safepoint
            del C.x             # D(3) too
            stop = True
            t.join()
            C.x = D(4)
            C.x = D(5)          # at once, or once the joined thread has finished exiting
            import time
            for _ in range(500):
                if 4 in log:
                    break
                time.sleep(0.01)
            log.append('after')
            print(log[:2], sorted(log[2:4]), log[4:])
            """;

    @ParameterizedTest
    @ValueSource(strings = {"gil", "fine-grained", "lock-free"})
    void replacedClassAttributesAreFreedOnceAndNeverStranded(String policy) {
        S1Run.Result res = S1Run.run(LATE_FREE, policy, null);
        assertEquals(0, res.exit(), res.describe());
        assertEquals("[1, 'after 1'] [2, 3] [4, 'after']\n", res.out(), res.describe());
    }

    static final String COUNTS = """
            import sys, threading
            def f(): return 2.5
            class C:
                def m(self): return 1
            def frozen(o):
                a = sys.getrefcount(o)
                keep = [o] * 8
                return sys.getrefcount(o) == a
            before = frozen(f), frozen(C), frozen(C.m)
            t = threading.Thread(target=lambda: None); t.start(); t.join()
            def g(): pass       # defined after: covered at the next start while alone
            mid = frozen(f), frozen(C), frozen(C.m), frozen(sys.modules[__name__]), frozen(f()), frozen(g)
            t = threading.Thread(target=lambda: None); t.start(); t.join()
            print(before, mid, frozen(g))
            """;

    @Test
    void immortalizeIsOnForParallelPresetsAndAppliesWhenAThreadStartsAlone() {
        assertEquals("(False, False, False) (True, True, True, True, True, False) True\n",
                S1Run.run(COUNTS, "fine-grained", null).out());
        assertEquals("(False, False, False) (True, True, True, True, True, False) True\n",
                S1Run.run(COUNTS, "lock-free", null).out());
        assertEquals("(False, False, False) (False, False, False, False, False, False) False\n",
                S1Run.run(COUNTS, "gil", null).out());
        assertEquals("(False, False, False) (False, False, False, False, False, False) False\n",
                S1Run.run(COUNTS, "fine-grained", java.util.Map.of("immortalize", "false"), null).out());
    }
}
