package org.interlock.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The reference line for {@link InterpreterScalingBench}: the same {@code workloads/scaling.py}
 * workloads under CPython ({@code python}, default {@code python3}), one process per
 * invocation ({@code python3 scaling.py WORKLOAD THREADS PER_THREAD}), its output checked.
 *
 * <p>Approximate by construction: each invocation includes the interpreter's start-up (tens of
 * milliseconds), so the work per invocation is {@link #FACTOR} times the interlock benchmark's
 * (CPython is faster per item) to keep start-up a minor part; ops/s are therefore not
 * comparable with the interlock benchmark's, only the speedups over one thread are.
 * A stock (GIL) CPython should stay flat except on {@code sleep_io} and {@code hash_buffers};
 * a free-threaded build ({@code -p python=python3.13t}) should not.
 * <pre>
 *   java -jar benchmarks/target/benchmarks.jar CPythonScalingBench -f 1 -wi 1 -i 3 -w 1s -r 2s -p threads=1,2 \
 *        -rf json -rff papers/data/cpython-scaling-quick.json
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-opens", "java.base/jdk.internal.misc=ALL-UNNAMED"})
@State(Scope.Thread)
public class CPythonScalingBench {
    /** Work per invocation relative to {@link ScalingRun#totalItems}. */
    static final int FACTOR = 2;

    /** The CPython executable. */
    @Param({"python3"})
    public String python;

    @Param({"1", "2", "4"})
    public int threads;

    @Param({"arith", "call_function", "call_method", "create_objects", "closures_dicts", "shared_constants",
            "shared_dict_read", "thread_local", "private_list_append", "shared_list_append", "locked_counter",
            "queue", "sleep_io", "hash_buffers"})
    public String workload;

    private String script;
    private int perThread;
    private String expected;

    @Setup(Level.Trial)
    public void setUp() throws IOException, InterruptedException {
        script = PyHarness.workloadDir().resolve("scaling.py").toString();
        int total = ScalingRun.totalItems(workload) * FACTOR;
        perThread = (total + threads - 1) / threads;
        String one = runProcess(1).split(" ")[2];
        expected = workload + " " + threads + " " + Long.parseLong(one) * threads;
    }

    @Benchmark
    public void run(Items items) throws IOException, InterruptedException {
        String got = runProcess(threads);
        if (!got.equals(expected)) throw new IllegalStateException(python + ": got '" + got + "', expected '" + expected + "'");
        items.items += (long) perThread * threads;
    }

    private String runProcess(int n) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(python, script, workload, Integer.toString(n), Integer.toString(perThread))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int rc = p.waitFor();
        if (rc != 0) throw new IllegalStateException(python + " exited " + rc + ": " + out);
        return out;
    }
}
