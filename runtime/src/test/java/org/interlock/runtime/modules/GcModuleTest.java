package org.interlock.runtime.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.interlock.runtime.Snippets;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * The cycle collector through the {@code gc} module, under every safe policy: programs next to
 * this class ({@code gc_*.py}) whose expected output ({@code gc_*.out}) CPython 3.11 produced.
 * They print only what CPython guarantees (booleans, not exact counts).
 */
@Timeout(300)
class GcModuleTest {
    private static final List<String> PROGRAMS = List.of("gc_cycles", "gc_api", "gc_threads");

    private static String resource(String name) throws IOException {
        try (InputStream in = GcModuleTest.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @TestFactory
    List<DynamicTest> programs() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String policy : Snippets.POLICIES) {
            for (String p : PROGRAMS) {
                tests.add(DynamicTest.dynamicTest(p + " [" + policy + "]", () -> {
                    Snippets.Result r = Snippets.run(resource(p + ".py"), policy);
                    assertEquals(resource(p + ".out"), r.out(), "stderr: " + r.err());
                    assertEquals(0, r.exit(), r.err());
                }));
            }
        }
        return tests;
    }
}
