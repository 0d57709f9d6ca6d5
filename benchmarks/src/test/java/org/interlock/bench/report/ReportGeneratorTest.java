package org.interlock.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportGeneratorTest {

    private static String row(String bench, String policy, int threads, double score) {
        return """
            {"benchmark":"org.interlock.bench.%s","mode":"thrpt","threads":1,"forks":1,
             "params":{"policy":"%s","threads":"%d"},
             "primaryMetric":{"score":%s,"scoreError":"NaN","scoreUnit":"ops/s"}}
            """.formatted(bench, policy, threads, score);
    }

    @Test
    void scalingGroupGivesSpeedupsAndPlots(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("r.json");
        Files.writeString(json, "[" + String.join(",",
                row("Scale.run", "gil", 1, 100), row("Scale.run", "gil", 2, 100),
                row("Scale.run", "lock-free", 1, 90), row("Scale.run", "lock-free", 2, 171)) + "]");
        List<JmhResult> rows = JmhResult.read(json);
        assertEquals(4, rows.size());
        Path md = new ReportGenerator(dir.resolve("fig")).generate(rows);
        String text = Files.readString(md);
        assertTrue(text.contains("| lock-free | 2 | 171.0 | n/a | ops/s | 1.90 |"), text);
        assertTrue(text.contains("| gil | 2 | 100.0 | n/a | ops/s | 1.00 |"), text);
        assertTrue(Files.size(dir.resolve("fig/Scale.run.png")) > 1000);
        assertTrue(Files.readString(dir.resolve("fig/Scale.run.svg")).contains("<svg"));
    }

    @Test
    void singleThreadGroupGivesRatiosAgainstGil(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("r.json");
        Files.writeString(json, "[" + String.join(",",
                row("Over.run", "gil", 1, 200), row("Over.run", "fine-grained", 1, 160)) + "]");
        String text = Files.readString(new ReportGenerator(dir).generate(JmhResult.read(json)));
        // fine-grained does 160 ops/s against gil's 200: it takes 1.25x the time.
        assertTrue(text.contains("| fine-grained | 160.0 | n/a | ops/s | 1.25 |"), text);
    }

    private static String remedyRow(String remedyParam, int threads, double score) {
        return """
            {"benchmark":"org.interlock.bench.ContentionRemedyBench.run","mode":"thrpt","threads":1,"forks":1,
             "params":{"policy":"lock-free","workload":"call_function",%s,"threads":"%d"},
             "primaryMetric":{"score":%s,"scoreError":"NaN","scoreUnit":"ops/s"}}
            """.formatted(remedyParam, threads, score);
    }

    @Test
    void remedyTableSaysWhichRemedyAWorkloadNeeds(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("r.json");
        // An old file (immortalize=true|false) and a new one (remedy=...) read as one comparison.
        Files.writeString(json, "[" + String.join(",",
                remedyRow("\"immortalize\":\"false\"", 1, 100), remedyRow("\"immortalize\":\"false\"", 2, 110),
                remedyRow("\"immortalize\":\"true\"", 1, 100), remedyRow("\"immortalize\":\"true\"", 2, 150),
                remedyRow("\"remedy\":\"deferred\"", 1, 100), remedyRow("\"remedy\":\"deferred\"", 2, 190)) + "]");
        String text = Files.readString(new ReportGenerator(dir).generate(JmhResult.read(json)));
        assertTrue(text.contains("## ContentionRemedyBench.run policy=lock-free workload=call_function"), text);
        assertTrue(text.contains("| group | none | deferred | immortalize | scales |"), text);
        // 1.90 >= 0.9 * 2 scales; 1.50 and 1.10 do not.
        assertTrue(text.contains("| ContentionRemedyBench.run policy=lock-free workload=call_function | 1.10 | 1.90 | 1.50 "
                + "| only with deferred |"), text);
    }
}
