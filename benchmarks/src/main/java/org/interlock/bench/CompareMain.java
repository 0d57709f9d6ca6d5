package org.interlock.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * {@code ./interlock compare FILE.py [--threads 1,2,4] [--policies gil,fine-grained,lock-free]
 * [--python python3] [--repeat N]}: everyday comparison. Runs one program under each policy at
 * each thread count (the program reads its thread count from {@code sys.argv[1]}) as separate
 * processes, checks that the outputs agree, prints a table of wall time and speedup, and writes
 * a plot beside the program ({@code FILE.compare.svg/png}).
 *
 * <p>Wall-clock times of whole processes include JVM start-up and JIT warm-up; they are for a
 * quick look, not for claims. Claims come from the JMH suite ({@code ./interlock bench}).
 * With {@code --repeat N} each cell is the best of N runs.
 */
public final class CompareMain {
    private CompareMain() {}

    record Cell(String policy, int threads, double seconds, String output, int exit) {}

    public static void main(String[] args) throws Exception {
        String java = null;
        String runtimeJar = null;
        Path file = null;
        List<Integer> threads = List.of(1, 2, Runtime.getRuntime().availableProcessors() * 2);
        List<String> policies = List.of("gil", "fine-grained", "lock-free");
        String python = null;
        int repeat = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--java" -> java = args[++i];
                case "--runtime-jar" -> runtimeJar = args[++i];
                case "--threads" -> threads = parseInts(args[++i]);
                case "--policies" -> policies = List.of(args[++i].split(","));
                case "--python" -> python = args[++i];
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                case "-h", "--help" -> {
                    usage();
                    return;
                }
                default -> {
                    if (file != null) {
                        System.err.println("compare: one program only (got " + file + " and " + args[i] + ")");
                        System.exit(2);
                    }
                    file = Path.of(args[i]);
                }
            }
        }
        if (file == null || java == null || runtimeJar == null) {
            usage();
            System.exit(2);
        }
        if (!Files.isRegularFile(file)) {
            System.err.println("compare: no such file: " + file);
            System.exit(2);
        }
        threads = threads.stream().distinct().sorted().toList();

        Map<String, List<Cell>> table = new LinkedHashMap<>();
        List<String> series = new ArrayList<>(policies);
        if (python != null) series.add(python);
        int total = series.size() * threads.size() * repeat;
        int done = 0;
        for (String p : series) {
            List<Cell> row = new ArrayList<>();
            for (int n : threads) {
                Cell best = null;
                for (int r = 0; r < repeat; r++) {
                    done++;
                    System.err.printf(Locale.ROOT, "\r[%d/%d] %s, %d thread(s) ...        ", done, total, p, n);
                    List<String> cmd = new ArrayList<>();
                    if (p.equals(python)) {
                        cmd.add(python);
                    } else {
                        cmd.addAll(List.of(java, "--add-opens", "java.base/jdk.internal.misc=ALL-UNNAMED", "-Xss16m",
                                "-jar", runtimeJar, "run", "--policy", p));
                    }
                    cmd.add(file.toString());
                    cmd.add(Integer.toString(n));
                    Cell c = run(p, n, cmd);
                    if (best == null || c.seconds < best.seconds) best = c;
                }
                row.add(best);
            }
            table.put(p, row);
        }
        System.err.println();
        boolean agree = true;
        for (int t = 0; t < threads.size(); t++) {
            Cell ref = table.get(series.get(0)).get(t);
            for (String p : series) {
                Cell c = table.get(p).get(t);
                if (c.exit != 0) {
                    System.out.printf("%s at %d threads exited with %d%n", p, c.threads, c.exit);
                    agree = false;
                } else if (!c.output.equals(ref.output)) {
                    System.out.printf("OUTPUT DIFFERS: %s vs %s at %d threads%n", p, series.get(0), c.threads);
                    agree = false;
                }
            }
        }
        System.out.printf("%-16s %8s %10s %9s%n", "policy", "threads", "seconds", "speedup");
        for (String p : series) {
            List<Cell> row = table.get(p);
            double base = row.get(0).seconds;
            for (Cell c : row) {
                System.out.printf(Locale.ROOT, "%-16s %8d %10.3f %9.2f%n", p, c.threads, c.seconds,
                        base / c.seconds * 1.0);
            }
        }
        System.out.println(agree ? "outputs agree" : "outputs DO NOT agree");
        plot(file, threads, series, table);
        System.exit(agree ? 0 : 1);
    }

    private static Cell run(String policy, int n, List<String> cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        long t0 = System.nanoTime();
        Process proc = pb.start();
        byte[] out = proc.getInputStream().readAllBytes();
        if (!proc.waitFor(1, TimeUnit.HOURS)) proc.destroyForcibly();
        double secs = (System.nanoTime() - t0) / 1e9;
        return new Cell(policy, n, secs, new String(out, StandardCharsets.UTF_8), proc.exitValue());
    }

    private static void plot(Path file, List<Integer> threads, List<String> series, Map<String, List<Cell>> table)
            throws IOException {
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder().width(720).height(480).title("compare " + file.getFileName())
                .xAxisTitle("threads").yAxisTitle("wall seconds").build();
        List<Double> xs = threads.stream().map(Integer::doubleValue).toList();
        for (String p : series) {
            List<Double> ys = table.get(p).stream().map(Cell::seconds).toList();
            chart.addSeries(p, xs, ys).setMarker(SeriesMarkers.CIRCLE);
        }
        String base = file.toString().replaceAll("\\.py$", "") + ".compare";
        BitmapEncoder.saveBitmap(chart, base + ".png", BitmapEncoder.BitmapFormat.PNG);
        VectorGraphicsEncoder.saveVectorGraphic(chart, base + ".svg", VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        System.out.println("plot: " + base + ".svg");
    }

    private static List<Integer> parseInts(String s) {
        List<Integer> out = new ArrayList<>();
        for (String p : s.split(",")) out.add(Integer.parseInt(p.trim()));
        return out;
    }

    private static void usage() {
        System.err.println("usage: ./interlock compare FILE.py [--threads 1,2,4] [--policies gil,fine-grained,lock-free]"
                + " [--python python3] [--repeat N]");
    }
}
