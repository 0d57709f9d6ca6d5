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

    /** Parses jcstress's console output. */
    public static JcstressReport parse(List<String> lines) {
        Map<String, TestResult> out = new LinkedHashMap<>();
        int start = lines.indexOf("RUN RESULTS:");
        if (start < 0) return new JcstressReport(out, false);
        String name = null;
        String status = null;
        List<Row> rows = null;
        for (int i = start + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher h = HEADER.matcher(line);
            if (h.matches()) {
                if (name != null) out.put(name, new TestResult(name, status, rows));
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
        if (name != null) out.put(name, new TestResult(name, status, rows));
        return new JcstressReport(out, true);
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
