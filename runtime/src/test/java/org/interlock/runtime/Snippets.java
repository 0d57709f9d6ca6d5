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

    public static Result run(String source, String policy) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Interpreter in = new Interpreter(InterpreterConfig.builder().policy(policy).argv(List.of("<test>"))
                .stdout(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stderr(new PrintStream(err, true, StandardCharsets.UTF_8))
                .stdin(new ByteArrayInputStream(new byte[0])).build());
        int code = in.runSource(source, "<test>");
        return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), code);
    }
}
