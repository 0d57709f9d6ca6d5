package org.interlock.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code ./interlock bench}: runs the JMH suite as one comparison in one run and writes JMH JSON
 * under {@code papers/data/}.
 *
 * <ul>
 *   <li>{@code --smoke}: every benchmark, one fork, no warm-up, one 50 ms iteration: proves the
 *       suite starts and runs (CI). Its numbers mean nothing and go to {@code target/}.</li>
 *   <li>{@code --quick}: one fork, 2 warm-up and 3 measured iterations of 0.5 s, and of
 *       ContentionRemedyBench only {@code lock-free} with and without both remedies on the
 *       three call and allocation workloads (in {@code contention-remedy-quick.json}).</li>
 *   <li>no flag: the settings written on each benchmark class.</li>
 * </ul>
 * Further arguments are benchmark name regexps (default: all of {@code org.interlock.bench}).
 * The forks take their JVM flags from each class's {@code @Fork}.
 */
public final class BenchMain {
    private BenchMain() {}

    public static void main(String[] args) throws RunnerException, java.io.IOException {
        String mode = "full";
        Path root = Path.of(".");
        List<String> includes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> mode = "smoke";
                case "--quick" -> mode = "quick";
                case "--root" -> root = Path.of(args[++i]);
                case "-h", "--help" -> {
                    System.out.println("usage: ./interlock bench [--smoke | --quick] [REGEX ...]");
                    return;
                }
                default -> includes.add(args[i]);
            }
        }
        if (includes.isEmpty()) includes.add("org\\.interlock\\.bench\\..*");

        Path out = mode.equals("smoke")
                ? root.resolve("benchmarks/target/smoke.json")
                : root.resolve("papers/data/jmh-" + mode + ".json");
        Files.createDirectories(out.getParent());

        // The quick run leaves ContentionRemedyBench's 150 parameter combinations out of the main
        // pass and runs the ones the paper's remedy table needs in a second pass of its own: its
        // parameters share names (policy, workload) with the other benchmarks', and JMH's -p is
        // global.
        boolean remedyPass = mode.equals("quick") && includes.stream().anyMatch(BenchMain::selectsRemedyBench);
        ChainedOptionsBuilder opts = options(mode, out, includes);
        if (mode.equals("quick")) opts.exclude(REMEDY_BENCH);
        List<org.openjdk.jmh.results.RunResult> results = new ArrayList<>();
        try {
            results.addAll(new Runner(opts.build()).run());
        } catch (org.openjdk.jmh.runner.NoBenchmarksException e) {
            if (!remedyPass) throw e; // only ContentionRemedyBench was asked for: its own pass runs it
        }
        List<String> written = new ArrayList<>();
        if (!results.isEmpty()) written.add(out.toString());
        if (remedyPass) {
            Path remedyOut = root.resolve("papers/data/contention-remedy-quick.json");
            ChainedOptionsBuilder ro = options(mode, remedyOut, List.of(REMEDY_BENCH))
                    .param("policy", "lock-free")
                    .param("workload", "call_function", "call_method", "create_objects")
                    .param("remedy", "none", "both");
            results.addAll(new Runner(ro.build()).run());
            written.add(remedyOut.toString());
        }
        if (results.isEmpty()) {
            System.err.println("bench: no benchmark matched " + includes);
            System.exit(1);
        }
        System.out.println("bench: " + results.size() + " results (" + mode + ") written to " + String.join(", ", written));
        Path figures = mode.equals("smoke") ? root.resolve("benchmarks/target/figures") : root.resolve("papers/figures");
        System.setProperty("java.awt.headless", "true");
        List<String> reportArgs = new ArrayList<>(List.of(figures.toString()));
        reportArgs.addAll(written);
        org.interlock.bench.report.ReportGenerator.main(reportArgs.toArray(new String[0]));
        if (!mode.equals("smoke")) {
            // The paper cites header sizes too: measure them in this JVM (JOL), then regenerate
            // papers/paper.md from every JSON file under papers/data.
            try {
                HeaderSize.writeJson(root.resolve("papers/data/header-size.json"));
            } catch (RuntimeException | LinkageError e) {
                System.err.println("bench: header sizes not measured: " + e);
            }
            org.interlock.bench.report.PaperGenerator.main(new String[] {root.resolve("papers").toString()});
        }
    }

    private static final String REMEDY_BENCH = "org\\.interlock\\.bench\\.ContentionRemedyBench.*";

    /** Whether one of the user's name regexps would select ContentionRemedyBench. */
    static boolean selectsRemedyBench(String regex) {
        return java.util.regex.Pattern.compile(regex).matcher("org.interlock.bench.ContentionRemedyBench.run").find();
    }

    /** The JMH options of a mode, writing JSON to {@code out}, for the benchmarks {@code includes} names. */
    static ChainedOptionsBuilder options(String mode, Path out, List<String> includes) {
        ChainedOptionsBuilder opts = new OptionsBuilder()
                .resultFormat(ResultFormatType.JSON)
                .result(out.toString())
                .shouldFailOnError(true);
        for (String inc : includes) opts.include(inc);
        switch (mode) {
            // The Python benchmarks fork one JVM per parameter combination: the smoke run keeps
            // a few workloads and two thread counts so that it stays within a few minutes.
            case "smoke" -> opts.forks(1).warmupIterations(0).measurementIterations(1)
                    .measurementTime(TimeValue.milliseconds(50)).timeout(TimeValue.seconds(60))
                    .param("threads", "2").param("workload", "arith", "queue", "hash_buffers")
                    .param("program", "nbody", "strings").param("switchInterval", "1")
                    .param("kind", "instance").param("garbage", "cyclic")
                    .param("remedy", "none", "both");
            // About 300 forks, each spending as long starting (a JVM, an interpreter, the
            // workload's compile) as measuring: short iterations keep the whole run near 20
            // minutes on two cores. Its numbers are a first look; the full run is the result.
            case "quick" -> opts.forks(1).warmupIterations(2).measurementIterations(3)
                    .warmupTime(TimeValue.milliseconds(500)).measurementTime(TimeValue.milliseconds(500));
            default -> { }
        }
        // @Param thread lists are static; the scaling benchmarks run at 1 to 2x this machine's cores.
        if (!mode.equals("smoke")) opts.param("threads", machineThreads());
        return opts;
    }

    /** 1, 2, 4, ... up to twice the available processors, and twice the processors itself. */
    static String[] machineThreads() {
        int max = 2 * Runtime.getRuntime().availableProcessors();
        List<String> ts = new ArrayList<>();
        for (int t = 1; t < max; t *= 2) ts.add(Integer.toString(t));
        ts.add(Integer.toString(max));
        return ts.toArray(new String[0]);
    }
}
