package org.interlock.stress.py;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The interpreter-level part of {@code ./interlock stress}: Python programs (resources
 * {@code /pystress/*.py}) run under each policy, each in its own JVM with stress checks on, and
 * judged from the {@code RESULT ...} line each prints last.
 *
 * <ul>
 *   <li>{@code containers}: N threads x M operations on a shared list, dict, set and deque —
 *       nothing lost. Under {@code unsafe} a loss or an internal error is the expected failure
 *       ({@code caught}); it shows only by chance (true parallelism inside one operation), so a
 *       miss is {@code warn} in quick mode and {@code FAILED} in the full run, which uses enough
 *       threads and operations to make it near-certain.</li>
 *   <li>{@code gc_cycles}: cyclic garbage with finalizers and weakref callbacks made and dropped
 *       by N threads while automatic and explicit collections run: each {@code __del__} and each
 *       callback exactly once, no leaked count; judged like {@code churn}.</li>
 *   <li>{@code gc_deferred}: with {@code -X deferred-refcount=1} (and {@code immortalize} off, which would keep the first function alive), callers call a module-level
 *       function while the main thread rebinds it and collects: each dropped function dies inside
 *       a collection, never at the rebinding, never while in use.</li>
 *   <li>{@code locked_counter}, {@code bank}, {@code churn}: exact under every safe policy; under
 *       {@code unsafe} they are reported ({@code n/a} or {@code caught}), not judged.</li>
 *   <li>{@code unlocked_counter}: loses updates where CPython would; reported as expected
 *       behaviour with the losses, never a failure.</li>
 * </ul>
 */
public final class PyStress {
    /** One program with its arguments in quick and full mode. */
    record Program(String name, String invariant, boolean containerProgram, int quickOps, int fullOps,
                   List<String> interpreterOptions) {
        Program(String name, String invariant, boolean containerProgram, int quickOps, int fullOps) {
            this(name, invariant, containerProgram, quickOps, fullOps, List.of());
        }
    }

    static final List<Program> PROGRAMS = List.of(
            new Program("containers", "C1 (py)", true, 20_000, 200_000),
            new Program("locked_counter", "lock (py)", false, 20_000, 100_000),
            new Program("bank", "bank (py)", false, 5_000, 50_000),
            new Program("churn", "W2/__del__ (py)", false, 3_000, 30_000),
            new Program("unlocked_counter", "racy counter (py)", false, 100_000, 1_000_000),
            new Program("gc_cycles", "GC cycles (py)", false, 1_000, 10_000),
            new Program("gc_deferred", "GC deferred (py)", false, 300, 3_000, List.of("-X", "deferred-refcount=1", "-X", "immortalize=0")));

    static final List<String> POLICIES = List.of("gil", "fine-grained", "lock-free", "unsafe");

    /** One program under one policy, judged. */
    public record Row(String invariant, String program, String policy, String cell, String detail) {}

    private PyStress() {}

    /**
     * Runs every program under every policy.
     *
     * @param java       the java executable
     * @param jvmFlags   flags every JVM needs (add-opens...)
     * @param runtimeJar the interpreter's shaded jar
     */
    public static List<Row> run(String java, List<String> jvmFlags, Path runtimeJar, boolean quick)
            throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("interlock-pystress");
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);
        List<Row> rows = new ArrayList<>();
        for (Program p : PROGRAMS) {
            Path file = dir.resolve(p.name + ".py");
            try (InputStream in = PyStress.class.getResourceAsStream("/pystress/" + p.name + ".py")) {
                if (in == null) throw new IOException("missing resource /pystress/" + p.name + ".py");
                Files.copy(in, file);
            }
            for (String policy : POLICIES) {
                int ops = quick ? p.quickOps : p.fullOps;
                List<String> cmd = new ArrayList<>();
                cmd.add(java);
                cmd.addAll(jvmFlags);
                cmd.addAll(List.of("-Dinterlock.checks=true", "-Xss16m", "-jar", runtimeJar.toString(),
                        "run", "--policy", policy));
                cmd.addAll(p.interpreterOptions);
                cmd.addAll(List.of(file.toString(), Integer.toString(threads), Integer.toString(ops), "--result"));
                System.out.printf(Locale.ROOT, "  %-18s %-13s ...%n", p.name, policy);
                // A broken policy may corrupt a table into an endless probe: that hang is the
                // failure showing, so unsafe gets a short leash.
                long timeout = policy.equals("unsafe") ? (quick ? 30 : 300) : (quick ? 300 : 1800);
                Outcome o = exec(cmd, timeout);
                Row row = judge(p, policy, o, quick);
                System.out.printf(Locale.ROOT, "  %-18s %-13s %-8s %s%n", p.name, policy, row.cell, row.detail);
                rows.add(row);
            }
        }
        return rows;
    }

    record Outcome(int exit, String lastResult, String tail, boolean timedOut, String losses) {
        Outcome(int exit, String lastResult, String tail, boolean timedOut) {
            this(exit, lastResult, tail, timedOut, "");
        }
    }

    static Outcome exec(List<String> cmd, long timeoutSeconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile("pystress", ".log");
        Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        boolean done = proc.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!done) {
            proc.destroyForcibly().waitFor();
        }
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        Files.deleteIfExists(out);
        String result = null;
        List<String> losses = new ArrayList<>();
        for (String l : lines) {
            if (l.startsWith("RESULT ")) result = l.substring(7).trim();
            if (l.contains(" lost ")) losses.add(l.trim());
        }
        String tail = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        return new Outcome(done ? proc.exitValue() : -1, result, tail, !done, String.join("; ", losses));
    }

    static Row judge(Program p, String policy, Outcome o, boolean quick) {
        boolean safe = !policy.equals("unsafe");
        String detail;
        boolean broke;
        if (o.timedOut) {
            detail = "timed out (deadlock or hang)";
            broke = true;
        } else if (o.lastResult == null) {
            detail = "exit " + o.exit + ": " + o.tail;
            broke = true;
        } else {
            detail = o.lastResult;
            broke = !(o.lastResult.equals("ok") || o.lastResult.equals("expected"));
        }
        String cell;
        if (p.name.equals("unlocked_counter") && !broke) {
            cell = "expected";
            detail = o.losses.isEmpty() ? detail : o.losses;
        } else if (safe) {
            cell = broke ? "FAILED" : "ok";
        } else if (p.containerProgram) {
            cell = broke ? "caught" : (quick ? "warn" : "FAILED");
        } else {
            cell = broke ? "caught" : "n/a";
        }
        return new Row(p.invariant, p.name, policy, cell, detail);
    }

    /** The rows as a table in the same shape as the jcstress verdict table. */
    public static String table(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "  %-18s %-18s %-13s %-8s %s%n", r.invariant, "py." + r.program,
                    r.policy, r.cell, r.detail));
        }
        return sb.toString();
    }
}
