package org.interlock.runtime.s1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.interlock.object.PyStr;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * S1, the intern table: threads interning the same new strings at once all get the one object.
 *
 * <p>What it catches: an intern table that checks and then inserts non-atomically (a plain
 * map, or get-then-put on a concurrent map) lets two racing threads each install their own
 * object, so the threads' results are equal but not identical ({@code is} false, or
 * {@code assertSame} failing); a non-concurrent map can also lose entries or throw.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS) // a broken runtime may hang instead of failing
class InternTableStressTest {
    private static final int THREADS = 4;
    private static final int ROUNDS = 2000;
    private static final int PER_ROUND = 8;

    /** Straight on the object model: fresh Java strings per thread, released together per round. */
    @Test
    void javaThreadsInterningTheSameNewStringsGetOneObject() throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<PyStr[]>> fs = new ArrayList<>();
            long salt = System.nanoTime(); // new strings in every run of the test in one JVM
            for (int t = 0; t < THREADS; t++) {
                fs.add(pool.submit(() -> {
                    PyStr[] got = new PyStr[ROUNDS * PER_ROUND];
                    for (int r = 0; r < ROUNDS; r++) {
                        barrier.await();
                        for (int k = 0; k < PER_ROUND; k++) {
                            // new String: the table must key on value, not on the Java object
                            got[r * PER_ROUND + k] = PyStr.intern(new String("s1-" + salt + "-" + r + "-" + k));
                        }
                    }
                    return got;
                }));
            }
            PyStr[] first = fs.get(0).get();
            for (int t = 1; t < THREADS; t++) {
                PyStr[] other = fs.get(t).get();
                for (int i = 0; i < first.length; i++) assertSame(first[i], other[i], "string #" + i);
            }
            for (int i = 0; i < first.length; i++) {
                assertSame(first[i], PyStr.intern("s1-" + salt + "-" + i / PER_ROUND + "-" + i % PER_ROUND));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static final String PROGRAM = """
            import sys, threading
            T, ROUNDS, K = 4, 60, 16
            got = [[] for _ in range(T)]
            barrier = threading.Barrier(T)
            class Box:
                pass
            def worker(t):
                box = Box()
                for r in range(ROUNDS):
                    barrier.wait()
                    for k in range(K):
                        name = ''.join(['s1_', str(r), '_', str(k)])
                        got[t].append(sys.intern(name))
                        # attribute names made at run time go through the runtime's interning too
                        setattr(box, name, k)
                        if getattr(box, ''.join(['s1_', str(r), '_', str(k)])) != k:
                            got[t].append('lost attribute')
            ts = [threading.Thread(target=worker, args=(t,)) for t in range(T)]
            for t in ts: t.start()
            for t in ts: t.join()
            same = all(len(got[t]) == len(got[0]) and all(a is b for a, b in zip(got[0], got[t])) for t in range(T))
            print(len(got[0]), same, got[0][5] is sys.intern('s1_0_' + str(5)))
            """;

    @ParameterizedTest
    @ValueSource(strings = {"gil", "fine-grained", "lock-free"})
    void pythonThreadsInterningTheSameNewStringsAgreeOnIdentity(String policy) {
        S1Run.Result res = S1Run.run(PROGRAM, policy, null);
        assertEquals(0, res.exit(), res.describe());
        assertEquals("960 True True\n", res.out(), res.describe());
    }
}
