package org.interlock.runtime.s1;


import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Per-thread reference counts for heap types (the policy option
 * {@code per-thread-type-refcount}): a class made after threads started, instances of it made
 * in two threads at once leave the class's header count where it was (each thread counts in
 * its own table); after the threads exit and a collection the count is exact (the tables
 * merged, also where the main thread freed what the others made); the class outlives its last
 * name while instances exist, and dies in the collection after the last instance went.
 * Without the option every instance moves the header count.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PerThreadTypeRefcountTest {
    static final String PROGRAM = """
            import gc, sys, threading, weakref
            gc.disable()
            t = threading.Thread(target=lambda: None); t.start(); t.join()
            class C:
                pass
            gc.collect()
            before = sys.getrefcount(C)
            keep = [[], []]
            moved = []
            def make(k, cls):
                base = sys.getrefcount(cls)
                for i in range(1000):
                    keep[k].append(cls())
                # 990: base may include a few transient references of the other thread's calls
                moved.append(sys.getrefcount(cls) - base >= 990)
            threads = [threading.Thread(target=make, args=(k, C)) for k in range(2)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            gc.collect()
            after = sys.getrefcount(C) - before
            del keep[0][:500]               # freed here, made there
            gc.collect()
            mid = sys.getrefcount(C) - before
            died = []
            r = weakref.ref(C, lambda ref: died.append(True))
            del C
            gc.collect()
            alive = r() is not None and type(keep[1][0]).__name__ == 'C'
            del keep
            gc.collect()
            print(moved, after, mid, alive, died, r() is None)
            """;

    @ParameterizedTest
    @ValueSource(strings = {"gil", "fine-grained", "lock-free"})
    void instancesCountTheirClassPerThreadAndTheCountsMerge(String policy) {
        S1Run.assertPrints("[False, False] 2000 1500 True [True] True\n", PROGRAM, policy,
                Map.of("per-thread-type-refcount", "true", "immortalize", "false"));
    }

    @Test
    void withoutTheOptionEveryInstanceMovesTheCount() {
        S1Run.assertPrints("[True, True] 2000 1500 True [True] True\n", PROGRAM, "lock-free", Map.of("immortalize", "false"));
    }
}
