package org.interlock.bench.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes {@code papers/paper.md} from {@code papers/paper.template.md} and the JMH JSON under
 * {@code papers/data/}: every number in the paper is a placeholder the data fills, so none is
 * typed by hand. A placeholder whose data is missing renders as {@value #MISSING} and is listed
 * in the generation log ({@code papers/paper.log}), never replaced by a made-up number.
 *
 * <h2>Placeholders</h2>
 * A <em>selector</em> is {@code Class.method} optionally followed by {@code |k=v,k=v}: the rows
 * of that benchmark whose parameters include those values ({@code threads} matches the
 * {@code threads} parameter, else JMH's thread count). Appending {@code #name} to a selector
 * picks a secondary metric (a JMH aux counter such as {@code heapBytesPerObject}) instead of the
 * primary one.
 * <ul>
 *   <li>{@code {{score:SEL}}}: the one matching row's score and unit, e.g. {@code 83.97 ops/s}.</li>
 *   <li>{@code {{ratio:SEL_A/SEL_B}}}: time under A over time under B (for throughput, B's score
 *       over A's), e.g. {@code 2.52}: above 1 means A is slower.</li>
 *   <li>{@code {{overhead:SEL_A/SEL_B}}}: the same as a percentage change, e.g. {@code +152%}.</li>
 *   <li>{@code {{speedup:SEL|N/M}}}: the rows at {@code threads=N} over {@code threads=M} (work
 *       per second at N over at M), e.g. {@code 1.13}.</li>
 *   <li>{@code {{table:SEL}}}: a Markdown table of every matching row.</li>
 *   <li>{@code {{figure:GROUP}}}: the report's plot for a group, the title ReportGenerator gives
 *       it (e.g. {@code InterpreterScalingBench.run workload=arith}), linked from
 *       {@code figures/}; missing when the report has not drawn it.</li>
 *   <li>{@code {{env:KEY}}}: the run's facts: {@code jdk}, {@code vm}, {@code jvm},
 *       {@code jvmArgs}, {@code forks}, {@code warmup}, {@code measurement} (read from the JSON;
 *       several distinct values are listed), {@code cpu}, {@code cores}, {@code os},
 *       {@code generated} (read from this machine when the paper is generated), {@code files}
 *       (the JSON files read), {@code settings} (a table: each file's benchmarks, forks,
 *       warm-up and measurement).</li>
 *   <li>{@code {{include:PATH#HEADING}}}: the body of the section under that Markdown heading of
 *       a file of the repository (PATH relative to the parent of the papers folder), quoted as
 *       it stands.</li>
 * </ul>
 * When several files hold a row with the same benchmark and parameters, a full run's file wins
 * over a {@code -quick} one, then the more recently written file, then the later file name.
 *
 * <p>Usage: {@code PaperGenerator PAPERS_DIR} (reads {@code PAPERS_DIR/paper.template.md} and
 * {@code PAPERS_DIR/data/*.json}, writes {@code PAPERS_DIR/paper.md} and {@code paper.log}).
 */
public final class PaperGenerator {
    /** What a placeholder renders as when its data is absent. */
    public static final String MISSING = "(not measured)";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z]+):([^}]*)}}");

    /** One measured row: the primary metric, the secondary ones, and the file it came from. */
    record Row(JmhResult result, Map<String, Metric> secondary, String file) {}

    /** A secondary metric's score and unit. */
    record Metric(double score, String unit) {}

    /** A parsed selector: benchmark short name, parameter filters, optional secondary metric. */
    record Selector(String bench, Map<String, String> params, String metric) {
        static Selector parse(String text) {
            String t = text.trim();
            String metric = null;
            int hash = t.indexOf('#');
            if (hash >= 0) {
                metric = t.substring(hash + 1).trim();
                t = t.substring(0, hash);
            }
            Map<String, String> params = new LinkedHashMap<>();
            int bar = t.indexOf('|');
            String bench = bar < 0 ? t : t.substring(0, bar);
            if (bar >= 0) {
                for (String kv : t.substring(bar + 1).split(",")) {
                    if (kv.isBlank()) continue;
                    int eq = kv.indexOf('=');
                    if (eq < 0) throw new IllegalArgumentException("selector parameter without '=': " + kv);
                    params.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
                }
            }
            return new Selector(bench.trim(), params, metric);
        }

        boolean matches(Row row) {
            JmhResult r = row.result();
            if (!r.shortName().equals(bench)) return false;
            for (var p : params.entrySet()) {
                String have = p.getKey().equals("threads") && !r.params().containsKey("threads")
                        ? Integer.toString(r.threads()) : r.params().get(p.getKey());
                if (!p.getValue().equals(have)) return false;
            }
            return metric == null || row.secondary().containsKey(metric);
        }
    }

    private final Path papers;
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Set<String>> env = new TreeMap<>();
    private final List<String> files = new ArrayList<>();
    /** Per data file: its benchmarks and their settings, for {@code {{env:settings}}}. */
    private final Map<String, Map<String, Set<String>>> perFile = new LinkedHashMap<>();
    private final List<String> log = new ArrayList<>();

    PaperGenerator(Path papers) {
        this.papers = papers;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: PaperGenerator PAPERS_DIR");
            System.exit(2);
        }
        PaperGenerator g = new PaperGenerator(Path.of(args[0]));
        Path out = g.generate();
        System.out.println("paper: " + out + " (" + g.log.size() + " placeholders missing data, see paper.log)");
    }

    /** Reads the data and the template, writes {@code paper.md} and {@code paper.log}. */
    Path generate() throws IOException {
        loadData(papers.resolve("data"));
        String template = Files.readString(papers.resolve("paper.template.md"));
        String text = render(template);
        Path out = papers.resolve("paper.md");
        Files.writeString(out, text);
        StringBuilder sb = new StringBuilder("# paper.md generation log: placeholders rendered as " + MISSING + "\n");
        for (String l : log) sb.append(l).append('\n');
        Files.writeString(papers.resolve("paper.log"), sb.toString());
        return out;
    }

    List<String> log() {
        return log;
    }

    /** Loads every {@code *.json} under {@code dir}; unreadable or empty files are logged and skipped. */
    void loadData(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            log.add("no data folder " + dir);
            return;
        }
        List<Path> jsons;
        try (Stream<Path> s = Files.list(dir)) {
            // Quick runs first, so that a full run's row for the same benchmark replaces it; among
            // those, older files first, so that the last run's row wins (a fresh clone's files
            // share one time, and then the name decides).
            jsons = s.filter(p -> p.toString().endsWith(".json"))
                    .sorted(Comparator.comparing((Path p) -> !p.getFileName().toString().contains("quick"))
                            .thenComparing(PaperGenerator::modified)
                            .thenComparing(p -> p.getFileName().toString()))
                    .toList();
        }
        Map<String, Row> byKey = new LinkedHashMap<>();
        for (Path f : jsons) {
            String name = f.getFileName().toString();
            JsonArray raw;
            List<JmhResult> parsed;
            try {
                raw = JsonParser.parseString(Files.readString(f)).getAsJsonArray();
                parsed = JmhResult.read(f);
            } catch (RuntimeException e) {
                log.add("skipped data file " + name + ": " + e.getClass().getSimpleName());
                continue;
            }
            files.add(name);
            for (int i = 0; i < raw.size(); i++) {
                JsonObject o = raw.get(i).getAsJsonObject();
                noteEnv(o);
                noteFile(name, o, parsed.get(i));
                Map<String, Metric> sec = new TreeMap<>();
                if (o.has("secondaryMetrics")) {
                    for (var m : o.getAsJsonObject("secondaryMetrics").entrySet()) {
                        JsonObject mo = m.getValue().getAsJsonObject();
                        sec.put(m.getKey(), new Metric(mo.get("score").getAsDouble(), mo.get("scoreUnit").getAsString()));
                    }
                }
                JmhResult r = parsed.get(i);
                byKey.put(r.benchmark() + r.params() + "@" + r.threads(), new Row(r, sec, name));
            }
        }
        rows.addAll(byKey.values());
    }

    private void noteFile(String name, JsonObject o, JmhResult r) {
        Map<String, Set<String>> f = perFile.computeIfAbsent(name, k -> new LinkedHashMap<>());
        f.computeIfAbsent("benchmarks", k -> new LinkedHashSet<>()).add(r.shortName());
        String forks = str(o, "forks");
        f.computeIfAbsent("forks", k -> new LinkedHashSet<>()).add(forks == null ? "n/a" : forks);
        String w = iterations(str(o, "warmupIterations"), str(o, "warmupTime"));
        f.computeIfAbsent("warmup", k -> new LinkedHashSet<>()).add(w == null ? "n/a" : w);
        String m = iterations(str(o, "measurementIterations"), str(o, "measurementTime"));
        f.computeIfAbsent("measurement", k -> new LinkedHashSet<>()).add(m == null ? "n/a" : m);
    }

    private String settingsTable() {
        if (perFile.isEmpty()) return null;
        StringBuilder sb = new StringBuilder("| data file | benchmarks | forks | warm-up | measurement |\n|---|---|---|---|---|\n");
        for (var e : perFile.entrySet()) {
            sb.append("| `").append(e.getKey()).append("` |");
            for (String k : List.of("benchmarks", "forks", "warmup", "measurement")) {
                sb.append(' ').append(String.join(", ", e.getValue().get(k))).append(" |");
            }
            sb.append('\n');
        }
        return sb.toString().stripTrailing();
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private void noteEnv(JsonObject o) {
        put("jdk", str(o, "jdkVersion"));
        put("vm", join(str(o, "vmName"), str(o, "vmVersion")));
        put("jvm", str(o, "jvm"));
        if (o.has("jvmArgs")) {
            List<String> a = new ArrayList<>();
            o.getAsJsonArray("jvmArgs").forEach(e -> a.add(e.getAsString()));
            put("jvmArgs", "`" + String.join(" ", a) + "`");
        }
        put("forks", str(o, "forks"));
        put("warmup", iterations(str(o, "warmupIterations"), str(o, "warmupTime")));
        put("measurement", iterations(str(o, "measurementIterations"), str(o, "measurementTime")));
    }

    private static String iterations(String n, String time) {
        return n == null ? null : n + " × " + (time == null ? "?" : time);
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + " " + b;
    }

    private static String str(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    private void put(String key, String value) {
        if (value != null) env.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(value);
    }

    /** Replaces every placeholder in {@code template}. */
    String render(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value;
            try {
                value = resolve(m.group(1), m.group(2));
            } catch (RuntimeException e) {
                log.add(m.group() + ": " + e.getMessage());
                value = MISSING;
            }
            if (value == null) {
                log.add(m.group());
                value = MISSING;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The text for one placeholder, or null when its data is missing. */
    private String resolve(String kind, String arg) {
        return switch (kind) {
            case "score" -> {
                Selector s = Selector.parse(arg);
                Row r = one(s);
                yield r == null ? null : fmt(value(r, s), unit(r, s));
            }
            case "ratio", "overhead" -> {
                int slash = splitSlash(arg);
                Selector a = Selector.parse(arg.substring(0, slash));
                Selector b = Selector.parse(arg.substring(slash + 1));
                Row ra = one(a);
                Row rb = one(b);
                if (ra == null || rb == null) yield null;
                // Time under A over time under B: throughput scores are per unit of time.
                double ratio = ra.result().higherIsBetter() && a.metric() == null
                        ? value(rb, b) / value(ra, a) : value(ra, a) / value(rb, b);
                yield kind.equals("ratio") ? String.format(Locale.ROOT, "%.2f", ratio)
                        : String.format(Locale.ROOT, "%+.0f%%", (ratio - 1) * 100);
            }
            case "speedup" -> {
                int bar = arg.lastIndexOf('|');
                if (bar < 0) throw new IllegalArgumentException("speedup needs SEL|N/M");
                String[] nm = arg.substring(bar + 1).split("/");
                Selector base = Selector.parse(arg.substring(0, bar));
                Row hi = one(withThreads(base, nm[0].trim()));
                Row lo = one(withThreads(base, nm[1].trim()));
                if (hi == null || lo == null) yield null;
                double s = hi.result().higherIsBetter() ? hi.result().score() / lo.result().score()
                        : lo.result().score() / hi.result().score();
                yield String.format(Locale.ROOT, "%.2f", s);
            }
            case "table" -> table(Selector.parse(arg));
            case "figure" -> figure(arg.trim());
            case "env" -> envValue(arg.trim());
            case "include" -> include(arg.trim());
            default -> throw new IllegalArgumentException("unknown placeholder kind " + kind);
        };
    }

    private static int splitSlash(String arg) {
        // The selectors' values may not contain '/', so the separator is the only one outside '#'.
        int slash = arg.indexOf('/');
        if (slash < 0) throw new IllegalArgumentException("ratio needs SEL_A/SEL_B");
        return slash;
    }

    private static Selector withThreads(Selector s, String n) {
        Map<String, String> p = new LinkedHashMap<>(s.params());
        p.put("threads", n);
        return new Selector(s.bench(), p, s.metric());
    }

    private List<Row> all(Selector s) {
        return rows.stream().filter(s::matches).toList();
    }

    /** The single row a selector names; several is an error (the selector is too loose). */
    private Row one(Selector s) {
        List<Row> m = all(s);
        if (m.size() > 1) {
            throw new IllegalArgumentException(m.size() + " rows match; add parameters to the selector");
        }
        return m.isEmpty() ? null : m.get(0);
    }

    private static double value(Row r, Selector s) {
        return s.metric() == null ? r.result().score() : r.secondary().get(s.metric()).score();
    }

    private static String unit(Row r, Selector s) {
        return s.metric() == null ? r.result().unit() : r.secondary().get(s.metric()).unit();
    }

    static String fmt(double v, String unit) {
        String num = unit.equals("bytes") || unit.equals("B") || (Math.abs(v) >= 1e4 && v == Math.rint(v))
                ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.4g", v);
        // JMH's unit for an aux counter is "#", a count: the column heading says what it counts.
        return unit.equals("#") ? num : num + " " + unit;
    }

    private String table(Selector s) {
        List<Row> m = all(s);
        if (m.isEmpty()) return null;
        // Columns: the parameters that are not fixed by the selector, then the metric.
        Set<String> keys = new LinkedHashSet<>();
        for (Row r : m) for (String k : r.result().params().keySet()) if (!s.params().containsKey(k)) keys.add(k);
        StringBuilder sb = new StringBuilder("|");
        for (String k : keys) sb.append(' ').append(k).append(" |");
        sb.append(" score | ± 99.9% | unit |\n|");
        sb.append("---|".repeat(keys.size() + 3)).append('\n');
        for (Row r : m) {
            sb.append('|');
            for (String k : keys) sb.append(' ').append(r.result().params().getOrDefault(k, "")).append(" |");
            double v = value(r, s);
            String err = s.metric() == null ? ReportGenerator.fmtErr(r.result().error()) : "n/a";
            sb.append(String.format(Locale.ROOT, " %.4g | %s | %s |\n", v, err, unit(r, s)));
        }
        return sb.toString().stripTrailing();
    }

    private String figure(String group) {
        String name = ReportGenerator.fileName(group);
        if (!Files.exists(papers.resolve("figures").resolve(name + ".svg"))) return null;
        return "![" + group + "](figures/" + name + ".svg)";
    }

    private String envValue(String key) {
        return switch (key) {
            case "cpu" -> cpuModel();
            case "cores" -> Integer.toString(Runtime.getRuntime().availableProcessors());
            case "os" -> System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                    + System.getProperty("os.arch");
            case "generated" -> java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
            case "files" -> files.isEmpty() ? null : "`" + String.join("`, `", files) + "`";
            case "settings" -> settingsTable();
            default -> {
                Set<String> v = env.get(key);
                yield v == null || v.isEmpty() ? null : String.join("; ", v);
            }
        };
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) return line.substring(line.indexOf(':') + 1).trim();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /** The body of section HEADING of a repository file: up to the next heading of its level or above. */
    private String include(String arg) {
        int hash = arg.indexOf('#');
        if (hash < 0) throw new IllegalArgumentException("include needs PATH#HEADING");
        Path root = papers.toAbsolutePath().getParent();
        Path file = root.resolve(arg.substring(0, hash)).normalize();
        if (!file.startsWith(root)) throw new IllegalArgumentException("include outside the repository");
        String heading = arg.substring(hash + 1).trim();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        int level = -1;
        for (String line : lines) {
            int h = headingLevel(line);
            if (level < 0) {
                if (h > 0 && line.substring(h).trim().equals(heading)) level = h;
                continue;
            }
            if (h > 0 && h <= level) break;
            sb.append(line).append('\n');
        }
        return level < 0 ? null : sb.toString().strip();
    }

    private static int headingLevel(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == '#') n++;
        return n > 0 && n < line.length() && line.charAt(n) == ' ' ? n : 0;
    }
}
