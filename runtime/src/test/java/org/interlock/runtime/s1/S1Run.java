package org.interlock.runtime.s1;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.interlock.runtime.Interpreter;
import org.interlock.runtime.InterpreterConfig;

/** Runs one Python program for the S1 stress tests in a fresh interpreter and captures its output. */
final class S1Run {
    private S1Run() {}

    /** The policies S1 must hold under: the two parallel ones and the GIL. */
    static final List<String> POLICIES = List.of("gil", "fine-grained", "lock-free");

    /** What the program printed, and its exit code. */
    record Result(String out, String err, int exit, Interpreter interp) {
        String describe() {
            return "exit=" + exit + "\nstdout:\n" + out + "\nstderr:\n" + err;
        }
    }

    /** Runs {@code source} under {@code policy} with {@code dir} (may be null) on the module path. */
    static Result run(String source, String policy, Path dir) {
        return run(source, policy, java.util.Map.of(), dir);
    }

    /** {@link #run(String, String, Path)} with policy options ({@code immortalize}, ...). */
    /** Runs {@code source} with the policy options; asserts exit 0 and exactly {@code expected} on stdout. */
    static void assertPrints(String expected, String source, String policy, java.util.Map<String, String> options) {
        Result res = run(source, policy, options, null);
        org.junit.jupiter.api.Assertions.assertEquals(0, res.exit(), res.describe());
        org.junit.jupiter.api.Assertions.assertEquals(expected, res.out(), res.describe());
    }

    static Result run(String source, String policy, java.util.Map<String, String> options, Path dir) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InterpreterConfig.Builder b = InterpreterConfig.builder().policy(policy).policyOptions(options).argv(List.of("<s1>"))
                .stdout(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stderr(new PrintStream(err, true, StandardCharsets.UTF_8))
                .stdin(new ByteArrayInputStream(new byte[0]));
        if (dir != null) b.addPath(dir);
        Interpreter in = new Interpreter(b.build());
        int code = in.runSource(source, "<s1>");
        return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), code, in);
    }
}
