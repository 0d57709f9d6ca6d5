package org.interlock.runtime;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs a Python snippet in a fresh interpreter under a policy and captures its output. */
public final class Snippets {
    private Snippets() {}

    /** The safe policies every single-threaded program must behave the same under. */
    public static final List<String> POLICIES = List.of("gil", "fine-grained", "lock-free");

    /** Output of a run: stdout, stderr, exit code. */
    public record Result(String out, String err, int exit) {}

    /**
     * One dynamic test per case and policy: each case is {name, source, CPython's stdout}; the
     * run must print exactly that and exit 0.
     */
    public static java.util.List<org.junit.jupiter.api.DynamicTest> expectOutputs(String[][] cases) {
        java.util.List<org.junit.jupiter.api.DynamicTest> tests = new java.util.ArrayList<>();
        for (String policy : POLICIES) {
            for (String[] c : cases) {
                tests.add(org.junit.jupiter.api.DynamicTest.dynamicTest(c[0] + " [" + policy + "]", () -> {
                    Result r = run(c[1], policy);
                    org.junit.jupiter.api.Assertions.assertEquals(c[2], r.out(), "stderr: " + r.err());
                    org.junit.jupiter.api.Assertions.assertEquals(0, r.exit(), r.err());
                }));
            }
        }
        return tests;
    }

    public static Result run(String source, String policy) {
        return run(source, policy, "");
    }

    /** As {@link #run(String, String)}, with {@code stdin} (UTF-8) as the standard input. */
    public static Result run(String source, String policy, String stdin) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Interpreter in = new Interpreter(InterpreterConfig.builder().policy(policy).argv(List.of("<test>"))
                .stdout(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stderr(new PrintStream(err, true, StandardCharsets.UTF_8))
                .stdin(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))).build());
        int code = in.runSource(source, "<test>");
        return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), code);
    }
}
