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
 *   <li>{@code --quick}: one fork, 3 warm-up and 5 measured iterations of 1 s.</li>
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
            case "quick" -> opts.forks(1).warmupIterations(3).measurementIterations(5)
                    .warmupTime(TimeValue.seconds(1)).measurementTime(TimeValue.seconds(1));
            default -> { }
        }
        // @Param thread lists are static; the scaling benchmarks run at 1 to 2x this machine's cores.
        if (!mode.equals("smoke")) opts.param("threads", machineThreads());
        var results = new Runner(opts.build()).run();
        if (results.isEmpty()) {
            System.err.println("bench: no benchmark matched " + includes);
            System.exit(1);
        }
        System.out.println("bench: " + results.size() + " results (" + mode + ") written to " + out);
        Path figures = mode.equals("smoke") ? root.resolve("benchmarks/target/figures") : root.resolve("papers/figures");
        System.setProperty("java.awt.headless", "true");
        org.interlock.bench.report.ReportGenerator.main(new String[] {figures.toString(), out.toString()});
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

    /** 1, 2, 4, ... up to twice the available processors, and twice the processors itself. */
    static String[] machineThreads() {
        int max = 2 * Runtime.getRuntime().availableProcessors();
        List<String> ts = new ArrayList<>();
        for (int t = 1; t < max; t *= 2) ts.add(Integer.toString(t));
        ts.add(Integer.toString(max));
        return ts.toArray(new String[0]);
    }
}
