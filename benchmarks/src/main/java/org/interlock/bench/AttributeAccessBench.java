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
 * The eval loop's attribute cache (LOAD_ATTR, STORE_ATTR, LOAD_METHOD on plain instances) per
 * kind of access, under each policy: {@code loads}, {@code stores}, {@code methods} (one call
 * site seeing a class and a subclass), {@code props} (a property getter) and {@code hooked} (a
 * class with a {@code __getattribute__} hook, which the cache leaves to the generic path, as a
 * reference point). Programs are in {@code workloads/attrs.py}; each answer is checked against
 * the first one of the trial.
 * <pre>
 *   java -jar benchmarks/target/benchmarks.jar AttributeAccessBench -f 1 -wi 3 -i 3 -w 1s -r 1s
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-opens", "java.base/jdk.internal.misc=ALL-UNNAMED", "-Xss16m"})
@State(Scope.Thread)
public class AttributeAccessBench {
    @Param({"gil", "fine-grained", "lock-free"})
    public String policy;

    /** A function of {@code attrs.py}. */
    @Param({"loads", "stores", "methods", "props", "hooked"})
    public String access;

    private static final int N = 100_000;

    private PyHarness py;
    private PyObject fn;
    private String expected;

    @Setup(Level.Trial)
    public void setUp() {
        py = new PyHarness(policy, Map.of());
        fn = py.function("attrs", access);
        expected = py.call(fn, N);
    }

    @Benchmark
    public String run() {
        String got = py.call(fn, N);
        if (!got.equals(expected)) {
            throw new IllegalStateException(access + ": answer " + got + ", first answer " + expected);
        }
        return got;
    }
}
