package org.interlock.bench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Turns JMH JSON into the report: Markdown tables and SVG/PNG plots under
 * {@code papers/figures/}. Numbers in the report come only from the JSON.
 *
 * <p>Results are grouped by benchmark and every parameter except the <em>series</em> parameter
 * (the policy, or the scheme being compared: {@code policy}, {@code scheme}, {@code locking},
 * {@code refcount}) and the <em>x</em> parameter ({@code threads}). A group measured at several
 * thread counts becomes a scaling plot: speedup over one thread, one line per policy, the linear
 * ideal dashed. A group measured at one thread count becomes a ratio table and bar chart against
 * the baseline series ({@code gil}, else {@code plain}, else the first).
 *
 * <p>Rows with a {@code remedy} parameter (ContentionRemedyBench) are drawn one line per remedy
 * (the policy becomes part of the group), and summed up in one more table: for each workload
 * and policy, the speedup at the most threads under each remedy, and whether the workload
 * scales without a remedy, only with one, or not at all, against the suite's target of
 * {@value #SCALES} times the thread ratio.
 *
 * <p>Usage: {@code ReportGenerator OUT_DIR RESULT.json...}
 */
public final class ReportGenerator {
    /** Series parameters, first present wins: a remedy comparison draws one line per remedy. */
    static final List<String> SERIES_KEYS = List.of("remedy", "policy", "scheme", "locking", "refcount");
    /** The contention target of the suite: at N threads at least this times N over one thread. */
    static final double SCALES = 0.9;
    static final List<String> BASELINES = List.of("gil", "plain", "none");

    private final Path outDir;
    private final StringBuilder md = new StringBuilder();

    ReportGenerator(Path outDir) {
        this.outDir = outDir;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ReportGenerator OUT_DIR RESULT.json...");
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true");
        ReportGenerator g = new ReportGenerator(Path.of(args[0]));
        List<JmhResult> all = new ArrayList<>();
        for (int i = 1; i < args.length; i++) all.addAll(JmhResult.read(Path.of(args[i])));
        Path report = g.generate(all);
        System.out.println("report: " + report);
    }

    /** Writes the figures and {@code report.md}; returns the Markdown file. */
    Path generate(List<JmhResult> results) throws IOException {
        Files.createDirectories(outDir);
        md.append("# Benchmark report\n\nGenerated from JMH JSON by `ReportGenerator`; do not edit by hand.\n\n");
        Map<String, List<JmhResult>> groups = new LinkedHashMap<>();
        for (JmhResult r : results) groups.computeIfAbsent(groupKey(r), k -> new ArrayList<>()).add(r);
        for (var e : groups.entrySet()) {
            List<JmhResult> rows = e.getValue();
            long threadCounts = rows.stream().map(ReportGenerator::xValue).distinct().count();
            md.append("## ").append(e.getKey()).append("\n\n");
            if (threadCounts > 1) scaling(e.getKey(), rows);
            else ratios(e.getKey(), rows);
        }
        remedies(results);
        Path file = outDir.resolve("report.md");
        Files.writeString(file, md.toString());
        return file;
    }

    static String seriesKey(JmhResult r) {
        for (String k : SERIES_KEYS) if (r.params().containsKey(k)) return k;
        return null;
    }

    static String series(JmhResult r) {
        String k = seriesKey(r);
        return k == null ? "result" : r.params().get(k);
    }

    static int xValue(JmhResult r) {
        String t = r.params().get("threads");
        return t != null ? Integer.parseInt(t) : r.threads();
    }

    static String groupKey(JmhResult r) {
        StringBuilder sb = new StringBuilder(r.shortName());
        String sk = seriesKey(r);
        for (var p : r.params().entrySet()) {
            if (p.getKey().equals(sk) || p.getKey().equals("threads")) continue;
            sb.append(' ').append(p.getKey()).append('=').append(p.getValue());
        }
        return sb.toString();
    }

    private void scaling(String title, List<JmhResult> rows) throws IOException {
        Map<String, TreeMap<Integer, JmhResult>> bySeries = new TreeMap<>();
        for (JmhResult r : rows) bySeries.computeIfAbsent(series(r), k -> new TreeMap<>()).put(xValue(r), r);
        TreeSet<Integer> xs = new TreeSet<>();
        rows.forEach(r -> xs.add(xValue(r)));
        XYChart chart = new XYChartBuilder().width(720).height(480).title(title)
                .xAxisTitle("threads").yAxisTitle("speedup over 1 thread").build();
        chart.getStyler().setLegendVisible(true);
        md.append("| series | threads | score | error | unit | speedup |\n|---|---|---|---|---|---|\n");
        for (var s : bySeries.entrySet()) {
            JmhResult one = s.getValue().firstEntry().getValue();
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (var p : s.getValue().entrySet()) {
                JmhResult r = p.getValue();
                double speedup = r.higherIsBetter() ? r.score() / one.score() : one.score() / r.score();
                x.add((double) p.getKey());
                y.add(speedup);
                md.append(String.format(Locale.ROOT, "| %s | %d | %.4g | %s | %s | %.2f |\n", s.getKey(), p.getKey(),
                        r.score(), fmtErr(r.error()), r.unit(), speedup));
            }
            chart.addSeries(s.getKey(), x, y).setMarker(SeriesMarkers.CIRCLE);
        }
        List<Double> ix = new ArrayList<>();
        List<Double> iy = new ArrayList<>();
        int x0 = xs.first();
        for (int x : xs) {
            ix.add((double) x);
            iy.add((double) x / x0);
        }
        XYSeries ideal = chart.addSeries("linear ideal", ix, iy);
        ideal.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 6f}, 0f));
        ideal.setLineColor(Color.GRAY);
        ideal.setMarker(SeriesMarkers.NONE);
        String name = fileName(title);
        save(chart, name);
        md.append("\n![").append(title).append("](").append(name).append(".svg)\n\n");
    }

    /**
     * The remedy summary: one row per benchmark, workload and policy measured with a
     * {@code remedy} parameter at more than one thread count.
     */
    private void remedies(List<JmhResult> results) {
        Map<String, List<JmhResult>> groups = new LinkedHashMap<>();
        TreeSet<String> remedies = new TreeSet<>(Comparator.comparing((String r) -> !r.equals("none")).thenComparing(r -> r));
        for (JmhResult r : results) {
            if (!r.params().containsKey("remedy")) continue;
            remedies.add(r.params().get("remedy"));
            groups.computeIfAbsent(groupKey(r), k -> new ArrayList<>()).add(r);
        }
        groups.values().removeIf(rows -> rows.stream().map(ReportGenerator::xValue).distinct().count() < 2);
        if (groups.isEmpty()) return;
        md.append("## Which workloads scale without a remedy\n\n");
        md.append(String.format(Locale.ROOT, "Speedup at the most threads over the fewest; a workload scales when that is at "
                + "least %.1f times the thread ratio.\n\n", SCALES));
        md.append("| group |");
        remedies.forEach(r -> md.append(' ').append(r).append(" |"));
        md.append(" scales |\n|---|");
        remedies.forEach(r -> md.append("---|"));
        md.append("---|\n");
        for (var g : groups.entrySet()) {
            int lo = g.getValue().stream().mapToInt(ReportGenerator::xValue).min().orElseThrow();
            int hi = g.getValue().stream().mapToInt(ReportGenerator::xValue).max().orElseThrow();
            md.append("| ").append(g.getKey()).append(" |");
            List<String> scaling = new ArrayList<>();
            for (String remedy : remedies) {
                JmhResult one = find(g.getValue(), remedy, lo);
                JmhResult many = find(g.getValue(), remedy, hi);
                if (one == null || many == null) {
                    md.append(" n/a |");
                    continue;
                }
                double speedup = many.higherIsBetter() ? many.score() / one.score() : one.score() / many.score();
                md.append(String.format(Locale.ROOT, " %.2f |", speedup));
                if (speedup >= SCALES * hi / lo) scaling.add(remedy);
            }
            String verdict = scaling.isEmpty() ? "no"
                    : scaling.contains("none") ? "without a remedy"
                    : "only with " + String.join(", ", scaling);
            md.append(' ').append(verdict).append(" |\n");
        }
        md.append('\n');
    }

    private static JmhResult find(List<JmhResult> rows, String remedy, int threads) {
        for (JmhResult r : rows) if (remedy.equals(r.params().get("remedy")) && xValue(r) == threads) return r;
        return null;
    }

    private void ratios(String title, List<JmhResult> rows) throws IOException {
        Map<String, JmhResult> bySeries = new LinkedHashMap<>();
        for (JmhResult r : rows) bySeries.put(series(r), r);
        JmhResult base = null;
        for (String b : BASELINES) if (bySeries.containsKey(b)) { base = bySeries.get(b); break; }
        if (base == null) base = rows.get(0);
        String baseName = series(base);
        md.append("| series | score | error | unit | time relative to ").append(baseName).append(" |\n|---|---|---|---|---|\n");
        List<String> names = new ArrayList<>();
        List<Double> rel = new ArrayList<>();
        for (var e : bySeries.entrySet()) {
            JmhResult r = e.getValue();
            // Cost relative to the baseline: >1 means slower than the baseline.
            double ratio = r.higherIsBetter() ? base.score() / r.score() : r.score() / base.score();
            names.add(e.getKey());
            rel.add(ratio);
            md.append(String.format(Locale.ROOT, "| %s | %.4g | %s | %s | %.2f |\n", e.getKey(), r.score(),
                    fmtErr(r.error()), r.unit(), ratio));
        }
        if (names.size() > 1) {
            CategoryChart chart = new CategoryChartBuilder().width(720).height(420).title(title)
                    .xAxisTitle("series").yAxisTitle("time relative to " + baseName).build();
            chart.getStyler().setLegendVisible(false);
            chart.addSeries("relative time", names, rel);
            String name = fileName(title);
            save(chart, name);
            md.append("\n![").append(title).append("](").append(name).append(".svg)\n");
        }
        md.append('\n');
    }

    private void save(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, String name) throws IOException {
        BitmapEncoder.saveBitmap(chart, outDir.resolve(name + ".png").toString(), BitmapEncoder.BitmapFormat.PNG);
        VectorGraphicsEncoder.saveVectorGraphic(chart, outDir.resolve(name + ".svg").toString(),
                VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    }

    static String fileName(String title) {
        return title.replaceAll("[^A-Za-z0-9=.-]+", "_").replaceAll("_+$", "");
    }

    static String fmtErr(double err) {
        return Double.isNaN(err) ? "n/a" : String.format(Locale.ROOT, "%.2g", err);
    }
}
