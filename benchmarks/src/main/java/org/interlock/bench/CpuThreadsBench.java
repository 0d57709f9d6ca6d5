package org.interlock.bench;

import java.util.Map;
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
 * CPU-bound Python threads: the classic countdown loop ({@code countdown}) and a small
 * floating-point kernel ({@code numeric}) from {@code workloads/scaling.py}, in 1 to 2x cores
 * threads, per policy; measured as {@link InterpreterScalingBench} measures (one interpreter,
 * one JMH thread, a fixed total of work split over the threads).
 *
 * <p>Targets on N cores, as speedup over one thread at N threads: {@code lock-free} >= 0.95 N,
 * {@code fine-grained} >= 0.9 N, {@code gil} between 0.9 and 1.05 (no scaling, and no
 * collapse either). Beyond N threads the ideal is flat at N.
 * Pass the machine's thread list with {@code -p threads=1,2,4,...} (BenchMain does).
 * <pre>
 *   java -jar benchmarks/target/benchmarks.jar CpuThreadsBench -f 1 -wi 3 -i 3 -w 1s -r 1s -p threads=1,2,4 \
 *        -rf json -rff papers/data/cpu-threads-quick.json
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// Ten warm-up iterations: the interpreter's loop reaches its steady compiled form only after
// about 20 s of one thread's running (measured: lock-free countdown, 1 thread, 9.4 ops/s in the
// first 2 s iteration and 15-17 until the eleventh, then 19); with three, the one-thread
// baseline was still warming and the speedups over it meant little.
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-opens", "java.base/jdk.internal.misc=ALL-UNNAMED", "-Xss16m"})
@State(Scope.Thread)
public class CpuThreadsBench {
    @Param({"gil", "fine-grained", "lock-free"})
    public String policy;

    @Param({"1", "2", "4"})
    public int threads;

    /** {@code countdown} or {@code numeric}. */
    @Param({"countdown", "numeric"})
    public String kernel;

    private ScalingRun run;

    @Setup(Level.Trial)
    public void setUp() {
        run = new ScalingRun(policy, Map.of(), kernel, threads);
    }

    @Benchmark
    public void run(Items items) {
        run.once();
        items.items += run.items();
    }
}
