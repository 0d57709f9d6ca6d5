package org.interlock.runtime;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interlock.object.Policy;

/**
 * How to build an {@link Interpreter}: the policy (an instance, or a spec such as
 * {@code "gil"} or {@code "parallel+atomic+per-object"} resolved through
 * {@code org.interlock.policy.PolicyRegistry}, with policy options), {@code sys.argv}, the
 * interpreter's own standard streams (several interpreters share one JVM, so nothing writes to
 * {@code System.out}), extra module search path entries, and runtime options ({@code -X}).
 *
 * @param policy        the policy to use, or null to resolve {@code policySpec}
 * @param policySpec    preset or combination name, used when {@code policy} is null ("gil" if both are null)
 * @param policyOptions policy options by name (switch-interval, ...), for {@code policySpec}
 * @param argv          {@code sys.argv}
 * @param path          extra module search path entries (after the script's folder and INTERLOCK_PATH)
 * @param options       runtime options ({@code -X name=value}), e.g. {@code recursionlimit}
 */
public record InterpreterConfig(Policy policy, String policySpec, Map<String, String> policyOptions,
                                List<String> argv, PrintStream stdout, PrintStream stderr, InputStream stdin,
                                List<Path> path, Map<String, String> options) {
    public InterpreterConfig {
        policyOptions = Map.copyOf(policyOptions == null ? Map.of() : policyOptions);
        argv = List.copyOf(argv == null ? List.of("") : argv);
        path = List.copyOf(path == null ? List.of() : path);
        options = Map.copyOf(options == null ? Map.of() : options);
        if (stdout == null) stdout = System.out;
        if (stderr == null) stderr = System.err;
        if (stdin == null) stdin = System.in;
    }

    /** A builder with defaults: policy "gil", argv [""], the process's streams. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder for {@link InterpreterConfig}. */
    public static final class Builder {
        private Policy policy;
        private String policySpec;
        private final Map<String, String> policyOptions = new LinkedHashMap<>();
        private List<String> argv = List.of("");
        private PrintStream stdout;
        private PrintStream stderr;
        private InputStream stdin;
        private final List<Path> path = new ArrayList<>();
        private final Map<String, String> options = new LinkedHashMap<>();

        public Builder policy(Policy p) {
            this.policy = p;
            return this;
        }

        public Builder policy(String spec) {
            this.policySpec = spec;
            return this;
        }

        public Builder policyOption(String key, String value) {
            policyOptions.put(key, value);
            return this;
        }

        public Builder policyOptions(Map<String, String> opts) {
            policyOptions.putAll(opts);
            return this;
        }

        public Builder argv(List<String> a) {
            this.argv = a;
            return this;
        }

        public Builder stdout(PrintStream s) {
            this.stdout = s;
            return this;
        }

        public Builder stderr(PrintStream s) {
            this.stderr = s;
            return this;
        }

        public Builder stdin(InputStream s) {
            this.stdin = s;
            return this;
        }

        public Builder addPath(Path p) {
            path.add(p);
            return this;
        }

        public Builder option(String key, String value) {
            options.put(key, value);
            return this;
        }

        public InterpreterConfig build() {
            return new InterpreterConfig(policy, policySpec, policyOptions, argv, stdout, stderr, stdin, path, options);
        }
    }
}
