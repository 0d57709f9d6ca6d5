package org.interlock.runtime.s1;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * S1, the type attribute cache: readers that look a class attribute and a method up (on the
 * class, on an instance and through a subclass) while one writer rebinds both only ever see
 * values that were stored, never older than one they already saw, and after the writer has been
 * joined everyone sees the last value.
 *
 * <p>What it catches: a cache that is not invalidated on a class write (or not on its
 * subclasses) keeps serving the old value, so the post-join reads differ from {@code N}; a cache
 * whose invalidation can be lost (cleared in place while a reader refills it from a stale read)
 * keeps a stale entry forever, seen the same way, or as a value going backwards in one reader;
 * a torn cache structure shows as a Java exception, which the runtime reports as an uncaught
 * error (non-zero exit or an error line).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS) // a broken runtime may hang instead of failing
class TypeAttributeCacheStressTest {
    static final String PROGRAM = """
            import threading
            N = 300
            READS = 3000
            class C:
                x = 0
                def m(self):
                    return 0
            class D(C):
                pass
            bad = []
            def reader():
                c, d = C(), D()
                last = 0
                for _ in range(READS):
                    for v in (C.x, c.x, D.x, d.x, c.m(), d.m()):
                        if type(v) is not int or v < 0 or v > N:
                            bad.append(('foreign', v))
                    # only C.x is checked for going backwards: the method is stored after x
                    v = C.x
                    if v < last:
                        bad.append(('backwards', last, v))
                    last = v
            def make(i):
                def m(self):
                    return i
                return m
            def writer():
                for i in range(1, N + 1):
                    C.x = i
                    C.m = make(i)
            rs = [threading.Thread(target=reader) for _ in range(3)]
            w = threading.Thread(target=writer)
            for t in rs: t.start()
            w.start()
            w.join()
            after = (C.x, C().x, D.x, D().x, C().m(), D().m())
            for t in rs: t.join()
            print(bad[:5], after, (C.x, D.x, D().m()))
            """;

    @ParameterizedTest
    @ValueSource(strings = {"gil"})
    void readersSeeOnlyStoredValuesAndTheFinalOneAfterJoin(String policy) {
        check(policy);
    }

    /**
     * The parallel policies: a class attribute lookup returns a borrowed reference out of the
     * class's attribute cache while the writer rebinds the attribute. The replaced value is
     * released late ({@link org.interlock.object.QuiescentReclamation}); with it released at
     * once ({@code -Dinterlock.qsbr.broken=true}) a reader touches a dead function or int
     * (DeadObjectError with stress checks on, or a wrong value) in a good share of runs.
     */
    @ParameterizedTest
    @ValueSource(strings = {"fine-grained", "lock-free"})
    void parallelPoliciesKnownRace(String policy) {
        check(policy);
    }

    private static void check(String policy) {
        S1Run.Result res = S1Run.run(PROGRAM, policy, null);
        assertEquals(0, res.exit(), res.describe());
        assertEquals("", res.err(), res.describe());
        assertEquals("[] (300, 300, 300, 300, 300, 300) (300, 300, 300)\n", res.out(), res.describe());
    }
}
