package org.interlock.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperGeneratorTest {

    private static String row(String bench, String mode, String params, double score, String unit) {
        return """
            {"benchmark":"org.interlock.bench.%s","mode":"%s","threads":1,"forks":2,
             "jvm":"/opt/jdk/bin/java","jdkVersion":"25.0.9","vmName":"TestVM","vmVersion":"25.0.9+1",
             "jvmArgs":["-Xss16m"],"warmupIterations":3,"warmupTime":"1 s",
             "measurementIterations":5,"measurementTime":"2 s",
             "params":{%s},
             "primaryMetric":{"score":%s,"scoreError":"NaN","scoreUnit":"%s"},
             "secondaryMetrics":{"heapBytes":{"score":40.0,"scoreUnit":"B/op"}}}
            """.formatted(bench, mode, params, score, unit);
    }

    /** A papers folder with one data file of scaling and overhead rows, and {@code template}. */
    private static PaperGenerator setUp(Path dir, String template) throws Exception {
        Files.createDirectories(dir.resolve("papers/data"));
        Files.writeString(dir.resolve("papers/data/run.json"), "[" + String.join(",",
                row("Scale.run", "thrpt", "\"policy\":\"gil\",\"threads\":\"1\",\"workload\":\"arith\"", 100, "ops/s"),
                row("Scale.run", "thrpt", "\"policy\":\"gil\",\"threads\":\"2\",\"workload\":\"arith\"", 50, "ops/s"),
                row("Scale.run", "thrpt", "\"policy\":\"lock-free\",\"threads\":\"1\",\"workload\":\"arith\"", 80, "ops/s"),
                row("Scale.run", "thrpt", "\"policy\":\"lock-free\",\"threads\":\"2\",\"workload\":\"arith\"", 150, "ops/s"),
                row("Single.run", "avgt", "\"policy\":\"gil\"", 200, "ms/op"),
                row("Single.run", "avgt", "\"policy\":\"lock-free\"", 250, "ms/op")) + "]");
        Files.writeString(dir.resolve("papers/paper.template.md"), template);
        return new PaperGenerator(dir.resolve("papers"));
    }

    private static String generate(PaperGenerator g) throws Exception {
        return Files.readString(g.generate());
    }

    @Test
    void scoresRatiosAndSpeedupsComeFromTheData(@TempDir Path dir) throws Exception {
        PaperGenerator g = setUp(dir, """
                a {{score:Scale.run|policy=gil,threads=1,workload=arith}}
                b {{speedup:Scale.run|policy=lock-free,workload=arith|2/1}}
                c {{speedup:Scale.run|policy=gil,workload=arith|2/1}}
                d {{ratio:Single.run|policy=lock-free/Single.run|policy=gil}}
                e {{overhead:Single.run|policy=lock-free/Single.run|policy=gil}}
                f {{ratio:Scale.run|policy=lock-free,threads=1/Scale.run|policy=gil,threads=1}}
                g {{score:Single.run|policy=gil#heapBytes}}
                """);
        String out = generate(g);
        assertTrue(out.contains("a 100.0 ops/s"), out);
        assertTrue(out.contains("b 1.88"), out);
        assertTrue(out.contains("c 0.50"), out);
        assertTrue(out.contains("d 1.25"), out);
        assertTrue(out.contains("e +25%"), out);
        // Throughput: time under lock-free over time under gil is 100/80.
        assertTrue(out.contains("f 1.25"), out);
        assertTrue(out.contains("g 40.00 B/op"), out);
        assertFalse(out.contains("{{"), out);
        assertEquals(0, g.log().size(), g.log().toString());
        assertTrue(Files.readString(dir.resolve("papers/paper.log")).startsWith("# paper.md generation log"));
    }

    @Test
    void missingDataRendersAsNotMeasuredAndIsLogged(@TempDir Path dir) throws Exception {
        PaperGenerator g = setUp(dir, """
                a {{score:Scale.run|policy=fine-grained,threads=1,workload=arith}}
                b {{speedup:Scale.run|policy=gil,workload=arith|4/1}}
                c {{ratio:Nope.run|policy=gil/Single.run|policy=gil}}
                d {{table:RefCountBench.increfDecref}}
                e {{score:Scale.run|policy=gil}}
                f {{figure:Scale.run workload=arith}}
                g {{include:stress-tests/README.md#Results}}
                """);
        String out = generate(g);
        for (char c : "abcdefg".toCharArray()) {
            assertTrue(out.contains(c + " " + PaperGenerator.MISSING), c + " in\n" + out);
        }
        assertEquals(7, g.log().size(), g.log().toString());
        // A loose selector (two rows) is an error in the log, not a guess.
        assertTrue(g.log().stream().anyMatch(l -> l.contains("rows match")), g.log().toString());
        String log = Files.readString(dir.resolve("papers/paper.log"));
        assertTrue(log.contains("{{table:RefCountBench.increfDecref}}"), log);
    }

    @Test
    void tablesEnvironmentAndIncludes(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("stress-tests"));
        Files.writeString(dir.resolve("stress-tests/README.md"), """
                # Stress
                intro
                ## Results
                | invariant | gil |
                |---|---|
                | R1 | ok |
                ### Detail
                kept
                ## Next
                dropped
                """);
        PaperGenerator g = setUp(dir, """
                {{table:Single.run}}
                jdk {{env:jdk}}; vm {{env:vm}}; forks {{env:forks}}; warm {{env:warmup}}; meas {{env:measurement}}
                args {{env:jvmArgs}}; files {{env:files}}; cores {{env:cores}}
                {{include:stress-tests/README.md#Results}}
                {{env:settings}}
                """);
        String out = generate(g);
        assertTrue(out.contains("| `run.json` | Scale.run, Single.run | 2 | 3 × 1 s | 5 × 2 s |"), out);
        assertTrue(out.contains("| policy | score | ± 99.9% | unit |"), out);
        assertTrue(out.contains("| lock-free | 250.0 | n/a | ms/op |"), out);
        assertTrue(out.contains("jdk 25.0.9; vm TestVM 25.0.9+1; forks 2; warm 3 × 1 s; meas 5 × 2 s"), out);
        assertTrue(out.contains("args `-Xss16m`; files `run.json`; cores "
                + Runtime.getRuntime().availableProcessors()), out);
        assertTrue(out.contains("| R1 | ok |\n### Detail\nkept"), out);
        assertFalse(out.contains("dropped"), out);
        assertFalse(out.contains("intro"), out);
        assertEquals(0, g.log().size(), g.log().toString());
    }

    @Test
    void fullRunRowsReplaceQuickOnesAndBrokenFilesAreSkipped(@TempDir Path dir) throws Exception {
        PaperGenerator g = setUp(dir, "{{score:Single.run|policy=gil}}\n");
        Files.writeString(dir.resolve("papers/data/zz-quick.json"),
                "[" + row("Single.run", "avgt", "\"policy\":\"gil\"", 999, "ms/op") + "]");
        Files.writeString(dir.resolve("papers/data/empty.json"), "");
        String out = generate(g);
        assertEquals("200.0 ms/op\n", out);
        // Between two quick files, the more recently written one's row wins.
        Path recent = dir.resolve("papers/data/a-quick.json");
        Files.writeString(recent, "[" + row("Other.run", "avgt", "\"policy\":\"gil\"", 1, "ms/op") + "]");
        Path stale = dir.resolve("papers/data/b-quick.json");
        Files.writeString(stale, "[" + row("Other.run", "avgt", "\"policy\":\"gil\"", 2, "ms/op") + "]");
        Files.setLastModifiedTime(recent, java.nio.file.attribute.FileTime.fromMillis(2_000_000_000_000L));
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
        Files.writeString(dir.resolve("papers/paper.template.md"), "{{score:Other.run|policy=gil}}\n");
        assertEquals("1.000 ms/op\n", generate(new PaperGenerator(dir.resolve("papers"))));
        assertTrue(g.log().stream().anyMatch(l -> l.contains("empty.json")), g.log().toString());
    }
}
