package org.interlock.runtime.s1;


import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Deferred reference counting of code objects (the policy option {@code deferred-refcount}):
 * a code object is tracked, outlives its last counted reference until a collection frees it,
 * and a closure's code, pushed uncounted by {@code LOAD_CONST}, keeps a balanced count while
 * two threads make closures from it and the main thread collects (a code object freed while
 * in use would fail the closures' results or touch a dead object). Without the option code
 * objects are untracked and die with their last reference, as in CPython.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DeferredCodeObjectsTest {
    static final String PROGRAM = """
            import gc, sys, threading, weakref
            gc.disable()
            code = compile("def g(x):\\n    def h():\\n        return x\\n    return h\\n", "<c>", "exec")
            ns = {}
            exec(code, ns)
            g = ns["g"]
            inner = g(0).__code__          # the closure's code: a constant of g's code
            module_code = weakref.ref(code)
            del code
            print(gc.is_tracked(inner), module_code() is not None)
            before = sys.getrefcount(inner)
            wrong = []
            def work():
                for i in range(3000):
                    if g(i)() != i:
                        wrong.append(i)
            threads = [threading.Thread(target=work) for _ in range(2)]
            for t in threads:
                t.start()
            while any(t.is_alive() for t in threads):
                gc.collect()
            for t in threads:
                t.join()
            gc.collect()
            print(sys.getrefcount(inner) == before, wrong, module_code() is None)
            """;

    @ParameterizedTest
    @ValueSource(strings = {"gil", "fine-grained", "lock-free"})
    void codeObjectsAreDeferredAndFreedOnlyByACollection(String policy) {
        // immortalize off: it would make the code constants immortal at compile time
        S1Run.assertPrints("True True\nTrue [] True\n", PROGRAM, policy, Map.of("deferred-refcount", "true", "immortalize", "false"));
    }

    @Test
    void withoutTheOptionCodeObjectsAreUntrackedAndDieAtOnce() {
        S1Run.assertPrints("False False\nTrue [] True\n", PROGRAM, "lock-free", Map.of("immortalize", "false"));
    }
}
