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
 * Does a policy let Python threads scale? (DESIGN.md question 1.) The workloads of
 * {@code workloads/scaling.py} run as {@code threads} {@code threading.Thread}s inside ONE
 * interpreter, driven by ONE JMH thread (an interpreter per JMH thread would make even the GIL
 * scale). The interpreter is created and the module loaded once per trial; each invocation
 * calls {@code scaling.run}, which starts the threads, runs the workload and joins them.
 *
 * <p>One operation is a fixed number of work items split over the threads ({@link ScalingRun}),
 * so ops/s is proportional to items/s and ideally grows linearly with {@code threads}; the
 * secondary {@code items} metric is the item rate itself. Expected: {@code gil} flat (except
 * {@code sleep_io} and {@code hash_buffers}, which release it), {@code fine-grained} and
 * {@code lock-free} near linear up to the core count on thread-private work, less on shared
 * mutation.
 *
 * <p>{@code threads} defaults to 1, 2, 4 (JMH parameters are static); pass the machine's list,
 * 1 to twice the cores, with {@code -p threads=1,2,4,8,16}. {@code BenchMain} does that itself.
 * <pre>
 *   java -jar benchmarks/target/benchmarks.jar InterpreterScalingBench -f 1 -wi 2 -i 3 -w 1s -r 1s \
 *        -p workload=arith,shared_dict_read -p threads=1,2 -rf json -rff papers/data/scaling-quick.json
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
public class InterpreterScalingBench {
    @Param({"gil", "fine-grained", "lock-free"})
    public String policy;

    /** Python threads in the interpreter (not JMH threads: JMH runs one). */
    @Param({"1", "2", "4"})
    public int threads;

    @Param({"arith", "call_function", "call_method", "create_objects", "closures_dicts", "shared_constants",
            "shared_dict_read", "thread_local", "private_list_append", "shared_list_append", "locked_counter",
            "queue", "sleep_io", "hash_buffers"})
    public String workload;

    private ScalingRun run;

    @Setup(Level.Trial)
    public void setUp() {
        run = new ScalingRun(policy, Map.of(), workload, threads);
    }

    @Benchmark
    public void run(Items items) {
        run.once();
        items.items += run.items();
    }
}
