package org.interlock.runtime.s1;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * S1, the import lock: several threads importing one fresh module run its body exactly once, and
 * every importer gets the fully initialised module.
 *
 * <p>Each round writes a fresh module whose body records its run in a list on {@code sys} (a
 * module every thread already has), sleeps mid-body (so the other importers arrive while the
 * body is running), and binds {@code DONE} last. The importers start together behind a barrier
 * and read {@code DONE} right after their import. What it catches: an importer without the lock
 * (or with a check-then-load race) runs the body twice, seen as two entries in the run list; an
 * importer that returns a module found in {@code sys.modules} while another thread is still
 * running its body (CPython waits for the module's lock in that case) sees no {@code DONE}, seen
 * as an {@code AttributeError} entry in the results.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS) // a broken runtime may hang instead of failing
class ImportOnceStressTest {
    private static final int ROUNDS = 5;
    private static final int THREADS = 4;

    private static final String PROGRAM = """
            import sys, threading
            sys._s1_runs = []
            results = []
            def importer(name, barrier):
                barrier.wait()
                try:
                    m = __import__(name)
                    results.append((name, m.DONE))
                except AttributeError as e:
                    results.append((name, 'partial'))
            for r in range(%d):
                name = 's1mod_%%d' %% r
                barrier = threading.Barrier(%d)
                ts = [threading.Thread(target=importer, args=(name, barrier)) for _ in range(%d)]
                for t in ts: t.start()
                for t in ts: t.join()
            for r in range(%d):
                name = 's1mod_%%d' %% r
                runs = sys._s1_runs.count(name)
                seen = sorted(str(v) for n, v in results if n == name)
                print(name, runs, seen)
            """.formatted(ROUNDS, THREADS, THREADS, ROUNDS);

    private static String module(int r) {
        return """
                import sys, time
                sys._s1_runs.append(__name__)
                time.sleep(0.02)
                PAYLOAD = [i * i for i in range(50)]
                DONE = 'ok%d'
                """.formatted(r);
    }

    private static S1Run.Result run(String policy, Path dir) throws IOException {
        for (int r = 0; r < ROUNDS; r++) Files.writeString(dir.resolve("s1mod_" + r + ".py"), module(r));
        S1Run.Result res = S1Run.run(PROGRAM, policy, dir);
        assertEquals(0, res.exit(), res.describe());
        return res;
    }

    @ParameterizedTest
    @ValueSource(strings = {"gil", "fine-grained", "lock-free"})
    void concurrentImportsRunTheBodyOnce(String policy, @TempDir Path dir) throws IOException {
        S1Run.Result res = run(policy, dir);
        String[] lines = res.out().strip().split("\n");
        assertEquals(ROUNDS, lines.length, res.describe());
        for (int r = 0; r < ROUNDS; r++) {
            assertEquals("s1mod_" + r + " 1", lines[r].substring(0, lines[r].indexOf(" [")), res.describe());
            assertEquals(THREADS, lines[r].split(",").length, res.describe()); // every importer reported
        }
    }

    /**
     * A module enters {@code sys.modules} before its body runs; an importer that found it there
     * without waiting for the body got a half-run module (seen under every policy before the
     * importer kept its set of modules being initialised, e.g.
     * {@code s1mod_2 1 ['ok2', 'partial', 'partial', 'partial']}).
     */
    @ParameterizedTest
    @ValueSource(strings = {"gil", "fine-grained", "lock-free"})
    void concurrentImportersSeeTheCompleteModule(String policy, @TempDir Path dir) throws IOException {
        S1Run.Result res = run(policy, dir);
        StringBuilder want = new StringBuilder();
        for (int r = 0; r < ROUNDS; r++) {
            want.append("s1mod_").append(r).append(" 1 [");
            for (int t = 0; t < THREADS; t++) want.append(t == 0 ? "" : ", ").append("'ok").append(r).append('\'');
            want.append("]\n");
        }
        assertEquals(want.toString(), res.out(), res.describe());
    }
}
