package org.interlock.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.interlock.object.PyObject;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * What does a policy cost in memory? (DESIGN.md question 3.) Objects of common types made by
 * {@code workloads/memory.py}: the primary score is the time to make one object (in batches of
 * {@link #BATCH}, then dropped; run with {@code -prof gc} for the allocation rate per object);
 * the secondary {@code heapBytesPerObject} is the retained heap per object of a kept batch of
 * {@link #KEPT}, measured once per trial from the heap in use after full collections. It
 * includes the list slot that keeps each object (a reference) and is approximate (the JVM's
 * heap accounting is by region), so compare policies, not absolute values; times 10^6 it is
 * the heap per million objects.
 * <pre>
 *   java -jar benchmarks/target/benchmarks.jar MemoryBench -f 1 -wi 2 -i 3 -w 1s -r 1s -prof gc \
 *        -rf json -rff papers/data/memory-quick.json
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-opens", "java.base/jdk.internal.misc=ALL-UNNAMED", "-Xss16m", "-Xmx2g"})
@State(Scope.Thread)
public class MemoryBench {
    static final int BATCH = 10_000;
    static final int KEPT = 500_000;

    @Param({"gil", "fine-grained", "lock-free"})
    public String policy;

    /** {@code int}, {@code float}, {@code str}, {@code tuple}, {@code list}, {@code dict}, {@code instance}, {@code slots}. */
    @Param({"int", "float", "str", "tuple", "list", "dict", "instance", "slots"})
    public String kind;

    private PyHarness py;
    private PyObject make;
    private long retainedPerObject;

    /** The retained heap per object, reported beside the allocation time. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Heap {
        /** Bytes of heap retained per kept object (this trial's measurement). */
        public long heapBytesPerObject;
        private boolean measuring;
        private boolean reported;

        // JMH sums EVENTS counters over the measurement iterations: the value is reported in
        // the first measurement iteration only, so the score is the value itself.
        @Setup(Level.Iteration)
        public void reset(IterationParams ip) {
            heapBytesPerObject = 0;
            measuring = ip.getType() == IterationType.MEASUREMENT;
        }

        void report(long bytes) {
            if (measuring && !reported) {
                heapBytesPerObject = bytes;
                reported = true;
            }
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        py = new PyHarness(policy, Map.of());
        make = py.function("memory", "count");
        PyObject keep = py.function("memory", "keep");
        PyObject drop = py.function("memory", "drop");
        py.call(keep, kind, 1_000);   // load the code paths before the baseline
        py.call(drop);
        long before = usedAfterGc();
        py.call(keep, kind, KEPT);
        long after = usedAfterGc();
        py.call(drop);
        retainedPerObject = Math.max(0, (after - before) / KEPT);
    }

    private static long usedAfterGc() {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) System.gc();
        return mem.getHeapMemoryUsage().getUsed();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public String makeBatch(Heap heap) {
        heap.report(retainedPerObject);
        return py.call(make, kind, BATCH);
    }
}
