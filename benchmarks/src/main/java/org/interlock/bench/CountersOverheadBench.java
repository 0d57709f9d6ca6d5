package org.interlock.bench;

import java.util.concurrent.TimeUnit;
import org.interlock.object.Instrumentation;
import org.interlock.object.ObjectSpace;
import org.interlock.object.PyList;
import org.interlock.object.PyObject;
import org.interlock.object.ThreadState;
import org.interlock.policy.PolicyRegistry;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What do the live counters cost? The same object-model loop (allocate a list, count references
 * on it and on an older object, free it: an allocation and a deallocation counter bump per
 * operation, plus whatever the policy counts) in a JVM with counters off and one with counters
 * on ({@code -Dinterlock.counters=true}: each thread state writes its own slot of the mapped
 * counters file). The target is on/off ≤ 1.02 in time per operation.
 *
 * <p>{@code Instrumentation.ENABLED} is a static final fixed per JVM, so the two cases are two
 * methods with different {@code @Fork} flags, not a {@code @Param}. Run:
 * {@code java -jar benchmarks/target/benchmarks.jar CountersOverheadBench -f 1 -wi 3 -i 5}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CountersOverheadBench {
    private static final String OPENS = "java.base/jdk.internal.misc=ALL-UNNAMED";

    @Param({"gil", "lock-free"})
    public String policy;

    private ThreadState ts;
    private PyObject older;

    @Setup(Level.Trial)
    public void setUp() {
        ObjectSpace space = new ObjectSpace(PolicyRegistry.create(policy));
        ts = space.newThreadState().attach();
        older = new PyList(ts);
        if (Boolean.getBoolean("interlock.counters") != Instrumentation.ENABLED) {
            throw new IllegalStateException("counters flag not applied to this fork");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        ts.refs.decref(older, ts);
        ts.exit();
    }

    private PyObject work() {
        PyList l = new PyList(ts);
        ts.refs.incref(l, ts);
        ts.refs.incref(older, ts);
        ts.refs.decref(l, ts);
        ts.refs.decref(older, ts);
        ts.safepoint();
        ts.refs.decref(l, ts); // frees it: a deallocation
        return l;
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"--add-opens", OPENS, "-Dinterlock.counters=false"})
    public PyObject countersOff() {
        return work();
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"--add-opens", OPENS, "-Dinterlock.counters=true"})
    public PyObject countersOn() {
        return work();
    }
}
