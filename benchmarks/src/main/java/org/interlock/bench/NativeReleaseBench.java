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
 * Does native work release the GIL? SHA-256 of 1 MiB buffers ({@code hash_buffers} of
 * {@code workloads/scaling.py}) in 1 and 2 Python threads under {@code gil}: the hashing
 * module drops the GIL around large updates, as CPython's does, so 2 threads on 2 cores should
 * reach >= 1.8x the one-thread rate although every other bytecode is serialized.
 * <pre>
 *   java -jar benchmarks/target/benchmarks.jar NativeReleaseBench -f 1 -wi 3 -i 3 -w 1s -r 1s \
 *        -rf json -rff papers/data/native-release-quick.json
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-opens", "java.base/jdk.internal.misc=ALL-UNNAMED", "-Xss16m"})
@State(Scope.Thread)
public class NativeReleaseBench {
    @Param({"gil"})
    public String policy;

    @Param({"1", "2"})
    public int threads;

    private ScalingRun run;

    @Setup(Level.Trial)
    public void setUp() {
        run = new ScalingRun(policy, Map.of(), "hash_buffers", threads);
    }

    @Benchmark
    public void sha256(Items items) {
        run.once();
        items.items += run.items();
    }
}
