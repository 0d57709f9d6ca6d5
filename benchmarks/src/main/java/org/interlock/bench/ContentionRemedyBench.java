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
 * Which workloads scale on the parallel policies without a shared-object contention remedy,
 * and which only with one? (DESIGN.md question 3: contention on shared objects' reference
 * counts.) The remedies are policy options: {@code immortalize} (code constants, functions,
 * modules and classes stop being counted once a second thread starts, as CPython 3.13t) and
 * {@code deferred-refcount} (frames hold functions uncounted; only the cycle collector frees
 * them, as 3.13t's deferred counting) and {@code per-thread-type-refcount} (instances count
 * their class in a per-thread table, PEP 703; it matters for {@code create_objects}, whose class
 * is shared by every thread). The scaling workloads of {@code workloads/scaling.py},
 * measured as {@link InterpreterScalingBench} measures them, under each {@link #remedy}, in one
 * run so the ratios compare like with like.
 * Its own class (not a parameter of {@link CpuThreadsBench}) so that the paper's selectors on
 * that benchmark keep matching one row each.
 * <pre>
 *   java -jar benchmarks/target/benchmarks.jar ContentionRemedyBench -f 1 -wi 2 -i 3 -w 1s -r 1s \
 *        -p threads=1,2 -p remedy=none,both -rf json -rff papers/data/contention-remedy-quick.json
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-opens", "java.base/jdk.internal.misc=ALL-UNNAMED", "-Xss16m"})
@State(Scope.Thread)
public class ContentionRemedyBench {
    @Param({"fine-grained", "lock-free"})
    public String policy;

    @Param({"1", "2", "4"})
    public int threads;

    @Param({"countdown", "numeric", "call_function", "call_method", "create_objects"})
    public String workload;

    /**
     * Which remedies are on: {@code none}, {@code immortalize}, {@code deferred} (the option
     * {@code deferred-refcount}), {@code both} (those two), or {@code per-thread-types} (the
     * option {@code per-thread-type-refcount} alone); see {@link #options}. Every option is given
     * explicitly, so a changed default cannot change what a value measures.
     */
    @Param({"none", "immortalize", "deferred", "both", "per-thread-types"})
    public String remedy;

    private ScalingRun run;

    @Setup(Level.Trial)
    public void setUp() {
        run = new ScalingRun(policy, options(remedy), workload, threads);
    }

    /** The policy options a {@link #remedy} value stands for. */
    static Map<String, String> options(String remedy) {
        boolean immortalize = remedy.equals("immortalize") || remedy.equals("both");
        boolean deferred = remedy.equals("deferred") || remedy.equals("both");
        boolean perThreadTypes = remedy.equals("per-thread-types");
        if (!immortalize && !deferred && !perThreadTypes && !remedy.equals("none")) {
            throw new IllegalArgumentException("unknown remedy " + remedy
                    + "; valid: none, immortalize, deferred, both, per-thread-types");
        }
        return Map.of("immortalize", Boolean.toString(immortalize), "deferred-refcount", Boolean.toString(deferred),
                "per-thread-type-refcount", Boolean.toString(perThreadTypes));
    }

    @Benchmark
    public void run(Items items) {
        run.once();
        items.items += run.items();
    }
}
