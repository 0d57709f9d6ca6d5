package org.interlock.bench.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One row of a JMH JSON result file: the benchmark, its parameters, JMH's thread count, and
 * the primary metric. Only what the report needs is read; everything else stays in the JSON.
 *
 * @param benchmark fully qualified benchmark method name
 * @param params    {@code @Param} values by name, sorted
 * @param threads   JMH worker threads (the interpreter's own thread count is a param)
 * @param score     primary metric score
 * @param error     its 99.9% error, NaN when JMH had too few iterations to give one
 * @param unit      e.g. {@code ops/us}
 * @param mode      JMH mode: {@code thrpt}, {@code avgt}, ...
 */
public record JmhResult(String benchmark, Map<String, String> params, int threads, double score,
                        double error, String unit, String mode) {

    /** Reads every result row of one JMH JSON file. */
    public static List<JmhResult> read(Path file) throws IOException {
        JsonArray rows = JsonParser.parseString(Files.readString(file)).getAsJsonArray();
        List<JmhResult> out = new ArrayList<>();
        for (JsonElement e : rows) {
            JsonObject o = e.getAsJsonObject();
            Map<String, String> params = new TreeMap<>();
            if (o.has("params")) {
                for (var p : o.getAsJsonObject("params").entrySet()) {
                    params.put(p.getKey(), p.getValue().getAsString());
                }
            }
            renameLegacyParams(o.get("benchmark").getAsString(), params);
            JsonObject pm = o.getAsJsonObject("primaryMetric");
            double err = pm.has("scoreError") && !pm.get("scoreError").getAsString().equals("NaN")
                    ? pm.get("scoreError").getAsDouble() : Double.NaN;
            out.add(new JmhResult(o.get("benchmark").getAsString(), params, o.get("threads").getAsInt(),
                    pm.get("score").getAsDouble(), err, pm.get("scoreUnit").getAsString(),
                    o.get("mode").getAsString()));
        }
        return out;
    }

    /**
     * ContentionRemedyBench runs made before it had a {@code remedy} parameter carry
     * {@code immortalize=true|false}, with {@code deferred-refcount} at its default (off): they
     * are the rows {@code remedy=immortalize} and {@code remedy=none}, and are read as such so
     * that one selector matches old and new files alike.
     */
    private static void renameLegacyParams(String benchmark, Map<String, String> params) {
        if (!benchmark.endsWith(".ContentionRemedyBench.run") || params.containsKey("remedy")) return;
        String immortalize = params.remove("immortalize");
        if (immortalize != null) params.put("remedy", Boolean.parseBoolean(immortalize) ? "immortalize" : "none");
    }

    /** The benchmark's short name: {@code Class.method}. */
    public String shortName() {
        String[] parts = benchmark.split("\\.");
        return parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : benchmark;
    }

    /** Whether a higher score is better (throughput) or worse (average time). */
    public boolean higherIsBetter() {
        return mode.equals("thrpt");
    }
}
