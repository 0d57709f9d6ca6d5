package org.interlock.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.interlock.object.PyObject;
import org.interlock.policy.PolicyOptions;
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
 * The convoy effect under the GIL: a Python thread sleeps 1 ms and wakes, again and again,
 * while another Python thread spins on bytecode ({@code workloads/convoy.py}). The score is the
 * mean time of one sleep round, from just before {@code time.sleep(0.001)} to the sleeper's
 * next bytecode: 1 ms plus the wake-up latency, which without help is up to a switch interval
 * (the spinner keeps the GIL until asked to drop it and the request waits for the interval).
 * The {@code io-priority} option lets a thread returning from a blocking call ask at once.
 *
 * <p>{@code policy} is {@code gil} or {@code gil:io-priority}, so the report compares the two
 * at each switch interval ({@code switchInterval}, milliseconds). The sleeper is the JMH
 * invocation's Python thread; entering the interpreter itself waits for the GIL once per
 * invocation, amortized over {@link #ROUNDS} rounds.
 * <pre>
 *   java -jar benchmarks/target/benchmarks.jar ConvoyBench -f 1 -wi 3 -i 3 -w 1s -r 1s \
 *        -rf json -rff papers/data/convoy-quick.json
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-opens", "java.base/jdk.internal.misc=ALL-UNNAMED", "-Xss16m"})
@State(Scope.Thread)
public class ConvoyBench {
    /** Sleep rounds per invocation. */
    static final int ROUNDS = 20;

    @Param({"gil", "gil:io-priority"})
    public String policy;

    /** The GIL's switch interval in milliseconds. */
    @Param({"5", "1", "0.1"})
    public String switchInterval;

    private PyHarness py;
    private PyObject sleeper;

    @Setup(Level.Trial)
    public void setUp() {
        String[] parts = policy.split(":");
        Map<String, String> opts = parts.length > 1
                ? Map.of(PolicyOptions.SWITCH_INTERVAL, switchInterval, parts[1], "true")
                : Map.of(PolicyOptions.SWITCH_INTERVAL, switchInterval);
        py = new PyHarness(parts[0], opts);
        sleeper = py.function("convoy", "sleeper");
        py.call(py.function("convoy", "start_spinner"));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        py.call(py.function("convoy", "stop_spinner"));
    }

    @Benchmark
    @OperationsPerInvocation(ROUNDS)
    public long sleepRound() {
        return Long.parseLong(py.call(sleeper, ROUNDS, 0.001));
    }
}
