package org.interlock.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.interlock.object.PyObject;
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
 * What does a policy cost a program that never starts a thread? (DESIGN.md question 2, at the
 * level of whole programs.) Larger pure-Python programs from {@code workloads/}: n-body,
 * spectral norm, a Richards-style task scheduler, a dict-heavy and a string-heavy program, each
 * a {@code bench(n)} function; the report shows each policy's time relative to {@code gil}.
 * Each program's answer is checked against python3's by hand ({@code python3 nbody.py 1000}
 * and so on) and, here, against its own first answer on every invocation.
 * <pre>
 *   java -jar benchmarks/target/benchmarks.jar SingleThreadOverheadBench -f 1 -wi 3 -i 3 -w 1s -r 1s \
 *        -rf json -rff papers/data/single-thread-quick.json
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// Ten warm-up iterations: the interpreter's loop reaches its steady compiled form only after
// about 20 s of one thread's running (measured: lock-free countdown, 1 thread, 9.4 ops/s in the
// first 2 s iteration and 15-17 until the eleventh, then 19); with three, the one-thread
// baseline was still warming and the speedups over it meant little.
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-opens", "java.base/jdk.internal.misc=ALL-UNNAMED", "-Xss16m"})
@State(Scope.Thread)
public class SingleThreadOverheadBench {
    @Param({"gil", "fine-grained", "lock-free"})
    public String policy;

    /** {@code nbody}, {@code spectral_norm}, {@code richards}, {@code dicts} or {@code strings}. */
    @Param({"nbody", "spectral_norm", "richards", "dicts", "strings"})
    public String program;

    private PyHarness py;
    private PyObject bench;
    private int size;
    private String expected;

    @Setup(Level.Trial)
    public void setUp() {
        size = switch (program) {
            case "nbody" -> 2_000;
            case "spectral_norm" -> 60;
            case "richards" -> 2_000;
            case "dicts" -> 3_000;
            case "strings" -> 1_000;
            default -> throw new IllegalArgumentException("unknown program " + program);
        };
        py = new PyHarness(policy, Map.of());
        bench = py.function(program, "bench");
        expected = py.call(bench, size);
    }

    @Benchmark
    public String run() {
        String got = py.call(bench, size);
        if (!got.equals(expected)) {
            throw new IllegalStateException(program + ": answer " + got + ", first answer " + expected);
        }
        return got;
    }
}
