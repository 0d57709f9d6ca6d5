package org.interlock.stress;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the jcstress suite and prints the verdict table invariant x policy.
 *
 * <pre>
 *   java -cp stress-tests/target/jcstress.jar org.interlock.stress.StressMain [--quick] [-t REGEX]
 *        [--mode MODE] [--iters N] [--time MS] [--results DIR] [--timeout-min N] [--stall-min N]
 * </pre>
 *
 * jcstress runs as a child JVM ({@code java -cp <this jar> org.openjdk.jcstress.Main -v ...}),
 * with stress checks on and the {@code --add-opens} Agrona needs in every fork; its console
 * output is kept in {@code <results>/console.txt} and parsed ({@link JcstressReport}), its HTML
 * report is in {@code <results>/}. {@code --quick} (what CI runs) is jcstress's quick mode cut
 * to one JVM configuration, one fork and one short iteration per test: a couple of minutes for
 * the whole suite on two cores. Without it, jcstress's {@code default} mode (or {@code --mode})
 * runs every test in every JVM configuration it detects; {@code --iters} and {@code --time}
 * override the mode's iterations per fork and milliseconds per iteration.
 *
 * <p>Exit status 0 only when every safe preset's test passed, none was skipped, and every
 * expected failure under {@code unsafe} was caught ({@code warn}, a chance miss, only in quick
 * mode); 1 otherwise; 2 for a bad command line.
 */
public final class StressMain {
    /** JVM flags for every jcstress fork: Agrona's module opening, and the stress checks. */
    static final String FORK_FLAGS =
            "--add-opens java.base/jdk.internal.misc=ALL-UNNAMED --enable-native-access=ALL-UNNAMED -Dinterlock.checks=true";

    private static final Pattern PROGRESS = Pattern.compile("^\\.*\\s*\\[(OK|FAILED|ERROR|TIMEOUT|VM ERROR|SKIPPED)\\]\\s+\\S+\\s*$");

    private StressMain() {}

    /** Command-line options. */
    record Options(boolean quick, String filter, String mode, Path results, long timeoutMinutes, long stallMinutes,
                   Integer iters, Integer timeMillis) {}

    /** When the last test result line arrived (nanoTime); the stall watchdog reads it. */
    private static volatile long lastProgress;

    public static void main(String[] args) throws Exception {
        // The interpreter-level part (issue 4): --runtime-jar JAR enables it (the launcher passes
        // it), --no-py skips it, --py-only runs it alone.
        Path runtimeJar = null;
        boolean py = true;
        boolean jcstress = true;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runtime-jar" -> runtimeJar = Path.of(args[++i]);
                case "--no-py" -> py = false;
                case "--py-only" -> jcstress = false;
                default -> rest.add(args[i]);
            }
        }
        args = rest.toArray(String[]::new);
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("interlock stress: " + e.getMessage());
            System.err.println("usage: StressMain [--quick] [-t REGEX] [--mode MODE] [--iters N] [--time MS] [--results DIR] [--timeout-min N] [--stall-min N]");
            System.exit(2);
            return;
        }
        boolean passed = !jcstress || run(o);
        if (py && runtimeJar != null && o.filter() == null) {
            passed &= runPython(o, runtimeJar);
        }
        System.exit(passed ? 0 : 1);
    }

    /** The interpreter-level programs under each policy; their rows join the verdict table. */
    private static boolean runPython(Options o, Path runtimeJar) throws IOException, InterruptedException {
        Files.createDirectories(o.results());
        System.out.println();
        System.out.println("interlock stress: interpreter-level programs (" + (o.quick() ? "quick" : "full") + ")");
        String javaExe = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> flags = new ArrayList<>(List.of("--add-opens", "java.base/jdk.internal.misc=ALL-UNNAMED"));
        if (Runtime.version().feature() >= 23) flags.add("--sun-misc-unsafe-memory-access=allow");
        List<org.interlock.stress.py.PyStress.Row> rows = org.interlock.stress.py.PyStress.run(javaExe, flags, runtimeJar, o.quick());
        String table = org.interlock.stress.py.PyStress.table(rows);
        boolean passed = rows.stream().noneMatch(r -> r.cell().equals("FAILED") || r.cell().equals("skipped"));
        System.out.println();
        System.out.print(table);
        System.out.println();
        System.out.println("interpreter-level programs: " + (passed ? "PASSED" : "FAILED"));
        Files.writeString(o.results().resolve("verdict-py.txt"), table);
        return passed;
    }

    static Options parse(String[] args) {
        boolean quick = false;
        String filter = null;
        String mode = null;
        Path results = null;
        long timeout = -1;
        long stall = -1;
        Integer iters = null;
        Integer time = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "-t" -> filter = value(args, ++i, "-t");
                case "--mode" -> mode = value(args, ++i, "--mode");
                case "--results" -> results = Path.of(value(args, ++i, "--results"));
                case "--timeout-min" -> timeout = Long.parseLong(value(args, ++i, "--timeout-min"));
                case "--stall-min" -> stall = Long.parseLong(value(args, ++i, "--stall-min"));
                case "--iters" -> iters = Integer.parseInt(value(args, ++i, "--iters"));
                case "--time" -> time = Integer.parseInt(value(args, ++i, "--time"));
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        if (filter != null) Pattern.compile(filter); // a bad regex is a command-line error
        if (results == null) results = defaultResults();
        if (timeout < 0) timeout = quick ? 30 : 600;
        // A test that hangs before its timed run (jcstress's resource check has no timeout)
        // would otherwise stall the suite until the overall timeout.
        if (stall < 0) stall = quick ? 4 : 30;
        if (mode == null) mode = quick ? "quick" : "default";
        return new Options(quick, filter, mode, results, timeout, stall, iters, time);
    }

    private static String value(String[] args, int i, String opt) {
        if (i >= args.length) throw new IllegalArgumentException(opt + " needs a value");
        return args[i];
    }

    /** Beside the jar, under {@code stress-results/<time>}: stress-tests/target/stress-results/... */
    private static Path defaultResults() {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        return jar().toAbsolutePath().getParent().resolve("stress-results").resolve(stamp);
    }

    private static Path jar() {
        try {
            return Path.of(StressMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The jcstress command line. */
    static List<String> command(Options o) {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> cmd = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "-cp", jar().toString(), "org.openjdk.jcstress.Main", "-v", "-m", o.mode(),
                "-t", o.filter() != null ? o.filter() : "^org\\.interlock\\.stress\\.",
                "-r", o.results().toAbsolutePath().toString()));
        if (o.quick()) {
            // One JVM configuration (-jvmArgs turns off the flag auto-detection), one fork, one
            // short iteration: each test still sees a few hundred thousand samples.
            cmd.addAll(List.of("-f", "1", "-sc", "false", "-jvmArgs", FORK_FLAGS + " -Xmx512m"));
            cmd.addAll(List.of("-iters", String.valueOf(o.iters() != null ? o.iters() : 1),
                    "-time", String.valueOf(o.timeMillis() != null ? o.timeMillis() : 300)));
        } else {
            // Every JVM configuration jcstress detects (interpreter, C1, C2, split compilation,
            // C2's randomizing stress modes), each in its own fork.
            cmd.addAll(List.of("-jvmArgsPrepend", FORK_FLAGS));
            if (o.iters() != null) cmd.addAll(List.of("-iters", o.iters().toString()));
            if (o.timeMillis() != null) cmd.addAll(List.of("-time", o.timeMillis().toString()));
        }
        return cmd;
    }

    static boolean run(Options o) throws IOException, InterruptedException {
        Files.createDirectories(o.results());
        List<String> cmd = command(o);
        System.out.println("interlock stress: " + describe(o) + " run, results in " + o.results());
        Instant start = Instant.now();
        // The working directory is the results dir: jcstress drops its result blob in the cwd.
        Process p = new ProcessBuilder(cmd).directory(o.results().toFile()).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        Thread pump = Thread.ofPlatform().daemon().start(() -> pump(p, lines, o.results().resolve("console.txt")));
        lastProgress = System.nanoTime();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(o.timeoutMinutes());
        String killed = null;
        while (!p.waitFor(5, TimeUnit.SECONDS)) {
            long now = System.nanoTime();
            if (now - deadline > 0) {
                killed = "did not finish in " + o.timeoutMinutes() + " min";
            } else if (now - lastProgress > TimeUnit.MINUTES.toNanos(o.stallMinutes())) {
                killed = "reported no test for " + o.stallMinutes() + " min (a test hangs)";
            }
            if (killed != null) {
                System.out.println("interlock stress: jcstress " + killed + "; killed. Tests not reported count as skipped.");
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor();
                break;
            }
        }
        pump.join();
        Duration took = Duration.between(start, Instant.now());
        JcstressReport report;
        synchronized (lines) {
            report = JcstressReport.parse(lines);
        }
        if (!report.complete()) {
            // Killed or crashed before its summary: judge from the per-test lines it printed.
            System.out.println("interlock stress: jcstress printed no run results (exit " + p.exitValue()
                    + "); judging from the test lines it printed; see " + o.results().resolve("console.txt"));
            synchronized (lines) {
                report = JcstressReport.parseProgress(lines);
            }
        }
        Pattern filter = o.filter() == null ? null : Pattern.compile(o.filter());
        Verdict v = new Verdict(report, filter, o.quick());
        String table = v.render();
        String summary = String.format("%s run, %s, took %dm%02ds: %s%n", describe(o),
                DateTimeFormatter.ISO_INSTANT.format(start.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)),
                took.toMinutes(), took.toSecondsPart(), v.passed() ? "PASSED" : "FAILED");
        System.out.println();
        System.out.print(table);
        System.out.println();
        System.out.print(summary);
        Files.writeString(o.results().resolve("verdict.txt"), String.join(" ", cmd) + "\n\n" + table + "\n" + summary);
        return v.passed();
    }

    /** The run's kind for the summary: quick or full, the jcstress mode, any iteration overrides. */
    private static String describe(Options o) {
        String kind = o.quick() ? "quick" : "full (jcstress -m " + o.mode() + ", every JVM configuration)";
        if (o.iters() != null) kind += ", " + o.iters() + " iterations";
        if (o.timeMillis() != null) kind += " of " + o.timeMillis() + " ms";
        return kind;
    }

    /** Copies the child's output to console.txt and into {@code lines}, echoing one progress line per test. */
    private static void pump(Process p, List<String> lines, Path console) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(console, StandardCharsets.UTF_8))) {
            boolean summary = false;
            String line;
            while ((line = in.readLine()) != null) {
                out.println(line);
                out.flush(); // console.txt is where a person looks while a long run goes on
                synchronized (lines) {
                    lines.add(line);
                }
                if (line.equals("RUN RESULTS:")) summary = true;
                Matcher m = PROGRESS.matcher(line);
                if (!summary && m.matches()) {
                    lastProgress = System.nanoTime();
                    System.out.println("  " + line.replaceFirst("^\\.*\\s*", ""));
                }
            }
        } catch (IOException e) {
            System.err.println("interlock stress: reading jcstress output: " + e);
        }
    }
}
