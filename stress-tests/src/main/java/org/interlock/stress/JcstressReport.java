package org.interlock.stress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one jcstress run reported, parsed from its console output (run with {@code -v}, so that
 * passing tests are listed too). After the line {@code RUN RESULTS:} jcstress prints each test
 * once as {@code [STATUS] class.name}, followed by its outcomes merged across configurations,
 * one row per outcome: {@code RESULT SAMPLES FREQ EXPECT DESCRIPTION}. A test with no such
 * line did not run.
 */
public final class JcstressReport {
    /** One outcome row: the result tuple, how often it was seen, and whether it is forbidden. */
    public record Row(String result, long samples, String expect) {
        public boolean forbidden() {
            return expect.equals("Forbidden");
        }
    }

    /** One test's result: jcstress's status label (OK, FAILED, ERROR, TIMEOUT, VM ERROR, SKIPPED) and rows. */
    public record TestResult(String name, String status, List<Row> rows) {
        public long samples() {
            return rows.stream().mapToLong(Row::samples).sum();
        }

        public long forbiddenSamples() {
            return rows.stream().filter(Row::forbidden).mapToLong(Row::samples).sum();
        }

        /** The most frequent forbidden result tuple, or null. */
        public String topForbidden() {
            return rows.stream().filter(Row::forbidden)
                    .max((a, b) -> Long.compare(a.samples(), b.samples()))
                    .map(Row::result).orElse(null);
        }
    }

    private static final Pattern HEADER =
            Pattern.compile("^\\.*\\s*\\[(OK|FAILED|ERROR|TIMEOUT|VM ERROR|SKIPPED)\\]\\s+(\\S+)\\s*$");
    private static final Pattern ROW = Pattern.compile(
            "^\\s*(.*?)\\s+([0-9][0-9,]*)\\s+(<?[0-9.]+%)\\s+(Acceptable|Forbidden|Interesting|Unknown)\\b\\s*(.*)$");

    private final Map<String, TestResult> results;
    private final boolean complete;

    private JcstressReport(Map<String, TestResult> results, boolean complete) {
        this.results = results;
        this.complete = complete;
    }

    /** Parses jcstress's console output: the merged results after {@code RUN RESULTS:}. */
    public static JcstressReport parse(List<String> lines) {
        int start = lines.indexOf("RUN RESULTS:");
        if (start < 0) return new JcstressReport(new LinkedHashMap<>(), false);
        return new JcstressReport(section(lines, start + 1, lines.size()), true);
    }

    /**
     * Parses the per-run results jcstress prints as it goes (with {@code -v}), for a run that
     * was killed before its summary. A test run in several configurations appears once per
     * run: its rows are summed and its worst status kept.
     */
    public static JcstressReport parseProgress(List<String> lines) {
        int end = lines.indexOf("RUN RESULTS:");
        return new JcstressReport(section(lines, 0, end < 0 ? lines.size() : end), false);
    }

    private static Map<String, TestResult> section(List<String> lines, int from, int to) {
        Map<String, TestResult> out = new LinkedHashMap<>();
        String name = null;
        String status = null;
        List<Row> rows = null;
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            Matcher h = HEADER.matcher(line);
            if (h.matches()) {
                if (name != null) merge(out, new TestResult(name, status, rows));
                status = h.group(1);
                name = h.group(2);
                rows = new ArrayList<>();
                continue;
            }
            if (name == null) continue;
            Matcher r = ROW.matcher(line);
            if (r.matches()) {
                rows.add(new Row(r.group(1).trim(), Long.parseLong(r.group(2).replace(",", "")), r.group(4)));
            }
        }
        if (name != null) merge(out, new TestResult(name, status, rows));
        return out;
    }

    private static final List<String> SEVERITY = List.of("OK", "SKIPPED", "FAILED", "TIMEOUT", "ERROR", "VM ERROR");

    private static void merge(Map<String, TestResult> out, TestResult t) {
        TestResult prev = out.get(t.name());
        if (prev == null) {
            out.put(t.name(), t);
            return;
        }
        List<Row> rows = new ArrayList<>(prev.rows());
        rows.addAll(t.rows());
        String status = SEVERITY.indexOf(t.status()) > SEVERITY.indexOf(prev.status()) ? t.status() : prev.status();
        out.put(t.name(), new TestResult(t.name(), status, rows));
    }

    /** Whether jcstress got as far as printing its run results. */
    public boolean complete() {
        return complete;
    }

    /** The result of the test with this class name, or null if it did not run. */
    public TestResult result(String className) {
        return results.get(className);
    }

    public Map<String, TestResult> all() {
        return results;
    }
}
