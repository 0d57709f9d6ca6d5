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
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What does the cycle collector cost, per policy and thread count? (issue 6; the programs are
 * {@code workloads/gcbench.py}.)
 *
 * <ul>
 *   <li>{@link Pause#pause}: the pause of one full collection ({@code gc.collect()}) of a heap of
 *       {@link Pause#LIVE} live containers while {@code threads} Python threads allocate cyclic
 *       garbage: the stop-the-world handshake (time to reach every mutator's safepoint), the scan,
 *       and the finalization of what the mutators dropped. Average time per collection, each
 *       invocation running {@link Pause#COLLECTIONS} of them. Under {@code gil} there is no
 *       stop; the collector waits for the GIL instead.</li>
 *   <li>{@link Churn#churn}: throughput of {@code threads} threads that each make pairs of objects
 *       linked both ways ({@code garbage=cyclic}, freed only by automatic collections) or one
 *       way ({@code acyclic}, freed by reference counting, the same allocations). The ratio of the
 *       two at one policy and thread count is the collector's throughput cost; {@code pairs} is
 *       the secondary rate.</li>
 * </ul>
 * <pre>
 *   java -jar benchmarks/target/benchmarks.jar GcBench -f 1 -wi 2 -i 3 -w 1s -r 1s -p threads=1,2 \
 *        -rf json -rff papers/data/gc-quick.json
 * </pre>
 */
public class GcBench {
    private GcBench() {}

    /** Collection pause with mutators running. */
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(value = 1, jvmArgsAppend = {"--add-opens", "java.base/jdk.internal.misc=ALL-UNNAMED", "-Xss16m"})
    @State(Scope.Thread)
    public static class Pause {
        /** Live containers the collector scans each time. */
        static final int LIVE = 20_000;
        /** Collections per invocation: amortizes the harness's thread start over them. */
        static final int COLLECTIONS = 5;

        @Param({"gil", "fine-grained", "lock-free"})
        public String policy;

        /** Python threads allocating cyclic garbage during the collections. */
        @Param({"1", "2", "4"})
        public int threads;

        private PyHarness py;
        private PyObject collect;

        @Setup(Level.Trial)
        public void setUp() {
            py = new PyHarness(policy, Map.of());
            String live = py.call(py.function("gcbench", "start"), threads, LIVE);
            if (!live.equals(Integer.toString(LIVE))) throw new IllegalStateException("live heap " + live);
            collect = py.function("gcbench", "collect");
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            py.call(py.function("gcbench", "stop"));
        }

        @Benchmark
        @OperationsPerInvocation(COLLECTIONS)
        public String pause() {
            return py.call(collect, COLLECTIONS);
        }
    }

    /** Throughput of cyclic against acyclic garbage. */
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(value = 1, jvmArgsAppend = {"--add-opens", "java.base/jdk.internal.misc=ALL-UNNAMED", "-Xss16m"})
    @State(Scope.Thread)
    public static class Churn {
        /** Pairs per invocation over all threads (a multiple of 24: splits evenly up to 8 threads). */
        static final int PAIRS = 24_000;

        @Param({"gil", "fine-grained", "lock-free"})
        public String policy;

        @Param({"1", "2", "4"})
        public int threads;

        @Param({"cyclic", "acyclic"})
        public String garbage;

        private PyHarness py;
        private PyObject churn;
        private int perThread;
        private String expected;

        @Setup(Level.Trial)
        public void setUp() {
            py = new PyHarness(policy, Map.of());
            churn = py.function("gcbench", "churn");
            perThread = (PAIRS + threads - 1) / threads;
            expected = Long.toString((long) perThread * threads);
        }

        @Benchmark
        public void churn(Items pairs) {
            String made = py.call(churn, threads, perThread, garbage.equals("cyclic") ? 1 : 0);
            if (!made.equals(expected)) throw new IllegalStateException("made " + made + ", expected " + expected);
            pairs.items += (long) perThread * threads;
        }
    }
}
