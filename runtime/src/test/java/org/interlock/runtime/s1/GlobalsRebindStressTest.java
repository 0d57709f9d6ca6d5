package org.interlock.runtime.s1;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * S1, inline caches on global and attribute loads: threads run one function (so one code object,
 * whose caches are specialised by whichever thread gets there first) while a writer rebinds the
 * globals it reads, shadows and unshadows a builtin, and rebinds a module attribute. Readers only
 * ever see stored values, never going backwards; after the writer is joined the function
 * returns the final values.
 *
 * <p>The VM has no inline caches today ({@code LOAD_GLOBAL} reads the globals dict every
 * time), so this guards the caches to come: one keyed on a dict version that is read and
 * validated non-atomically, or specialised twice by two racing threads with different guards,
 * serves a stale global, seen as a backwards value or a wrong post-join value; a builtin cache
 * that ignores a later shadowing global returns the builtin {@code len} where {@code 7 + i}
 * was stored.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS) // a broken runtime may hang instead of failing
class GlobalsRebindStressTest {
    static final String PROGRAM = """
            import threading
            N = 300
            CALLS = 3000
            G = 0
            class Cfg:
                pass
            cfg = Cfg()
            cfg.v = 0
            def f(seq):
                return (G, cfg.v, len(seq))
            bad = []
            def reader():
                last = 0
                for _ in range(CALLS):
                    g, v, n = f('ab')
                    if type(g) is not int or g < last or g > N:
                        bad.append(('G', last, g))
                    if type(v) is not int or v < 0 or v > N:
                        bad.append(('cfg', v))
                    if n != 2 and not (n >= 7 and n <= 7 + N):
                        bad.append(('len', n))
                    last = g
            def writer():
                global G, len
                for i in range(1, N + 1):
                    G = i
                    cfg.v = i
                    if i % 2:
                        len = lambda s, i=i: 7 + i
                    else:
                        del len
            rs = [threading.Thread(target=reader) for _ in range(3)]
            w = threading.Thread(target=writer)
            for t in rs: t.start()
            w.start()
            w.join()
            after = f('abc')
            for t in rs: t.join()
            print(bad[:5], after, f('abcd'))
            """;

    @ParameterizedTest
    @ValueSource(strings = {"gil", "fine-grained", "lock-free"})
    void callersSeeOnlyStoredGlobalsAndTheFinalOnesAfterJoin(String policy) {
        S1Run.Result res = S1Run.run(PROGRAM, policy, null);
        assertEquals(0, res.exit(), res.describe());
        assertEquals("", res.err(), res.describe());
        // N is even: the last write deleted the shadowing len, so the builtin answers again.
        assertEquals("[] (300, 300, 3) (300, 300, 4)\n", res.out(), res.describe());
    }
}
