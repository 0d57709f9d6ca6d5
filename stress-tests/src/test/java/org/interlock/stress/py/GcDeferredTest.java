package org.interlock.stress.py;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.interlock.runtime.Interpreter;
import org.interlock.runtime.InterpreterConfig;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Deferred reference counting (the policy option {@code deferred-refcount}, issue 6) under
 * threads: the stress program {@code pystress/gc_deferred.py} has caller threads call a
 * module-level function through {@code LOAD_GLOBAL} (the frame holds it uncounted) while the main thread keeps
 * replacing it and collecting, with automatic collections off. Every replaced function must die,
 * each inside one of the main thread's collections and never at the rebinding, and no caller
 * may see a wrong result or touch a dead object. Without the option every death is at the
 * rebinding (the program prints 300 outside a collection, as CPython does); with the option but
 * without the collector's frame roots, the callers touched freed closures (DeadObjectError).
 */
class GcDeferredTest {
    private static String resource(String name) throws IOException {
        try (InputStream in = GcDeferredTest.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String[] run(String policy, Map<String, String> options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Interpreter in = new Interpreter(InterpreterConfig.builder().policy(policy).policyOptions(options)
                .argv(List.of("<test>", "2", "300"))
                .stdout(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stderr(new PrintStream(err, true, StandardCharsets.UTF_8))
                .stdin(new ByteArrayInputStream(new byte[0])).build());
        int code = in.runSource(resource("/pystress/gc_deferred.py"), "<test>");
        return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), Integer.toString(code)};
    }

    @ParameterizedTest
    @ValueSource(strings = {"gil", "fine-grained", "lock-free"})
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void droppedFunctionIsFreedOnlyByACollection(String policy) throws IOException {
        // immortalize off: it would make the function current at the first thread start immortal
        String[] r = run(policy, Map.of("deferred-refcount", "true", "immortalize", "false"));
        assertEquals("replaced 300 died 300 outside a collection 0 wrong 0\n", r[0], r[1]);
        assertEquals("", r[1]);
        assertEquals("0", r[2], r[1]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lock-free"})
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void withoutTheOptionFunctionsDieAtTheRebinding(String policy) throws IOException {
        String[] r = run(policy, Map.of("immortalize", "false"));
        assertEquals("replaced 300 died 300 outside a collection 300 wrong 0\n", r[0], r[1]);
    }
}
