package org.interlock.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The machine's own ceiling for the scaling benchmarks: plain Java work with nothing shared,
 * in {@code threads} Java threads started and joined by one JMH thread per invocation, a fixed
 * total of work split over them, exactly as {@link ScalingRun} drives Python threads. No
 * interpreter and no policy take part, so the speedup over one thread measured here is what
 * the cores (and the JVM's thread start, join and collector) allow at all: on a virtual machine
 * whose two vCPUs share a physical core, or whose clock drops when both are busy, it is below 2,
 * and the interpreter's speedups should be read against it.
 *
 * <ul>
 *   <li>{@code cpu}: integer arithmetic in registers (a xorshift walk), no memory
 *       traffic: the cores' ceiling.</li>
 *   <li>{@code alloc}: the same walk allocating a short-lived 32-byte object per step, which
 *       is what an interpreter's temporaries cost: the allocator's and young collector's
 *       ceiling.</li>
 *   <li>{@code sha256}: SHA-256 of 1 MiB buffers, 48 per invocation as {@code hash_buffers}
 *       hashes in {@link NativeReleaseBench}: the ceiling of that benchmark's GIL-free
 *       hashing.</li>
 * </ul>
 * <pre>
 *   java -jar benchmarks/target/benchmarks.jar MachineCeilingBench -p threads=1,2 \
 *        -rf json -rff papers/data/machine-ceiling.json
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-opens", "java.base/jdk.internal.misc=ALL-UNNAMED"})
@State(Scope.Thread)
public class MachineCeilingBench {
    @Param({"1", "2", "4"})
    public int threads;

    /** {@code cpu}, {@code alloc} or {@code sha256} (a name no other benchmark uses: JMH parameters given on the command line are global). */
    @Param({"cpu", "alloc", "sha256"})
    public String ceiling;

    /** Steps per invocation over all threads: about 50 ms of one thread's work, as ScalingRun's. */
    static final long TOTAL_STEPS = 48_000_000L;

    /** A short-lived object of the {@code alloc} kind. */
    private record Box(long a, long b) {}

    @Benchmark
    public long run(Items items) throws InterruptedException {
        long per = (TOTAL_STEPS + threads - 1) / threads;
        long[] out = new long[threads];
        Thread[] ts = new Thread[threads];
        int buffers = (HASH_BUFFERS + threads - 1) / threads;
        for (int k = 0; k < threads; k++) {
            final int slot = k;
            ts[k] = new Thread(() -> out[slot] = switch (ceiling) {
                case "alloc" -> allocWalk(slot, per / 16);
                case "sha256" -> hashBuffers(buffers);
                default -> cpuWalk(slot, per);
            });
            ts[k].start();
        }
        long sum = 0;
        for (int k = 0; k < threads; k++) {
            ts[k].join();
            sum += out[k];
        }
        items.items += ceiling.equals("sha256") ? (long) buffers * threads : per * threads;
        return sum;
    }

    static long cpuWalk(long seed, long n) {
        long x = seed * 0x9E3779B97F4A7C15L + 1;
        for (long i = 0; i < n; i++) { // xorshift64: a dependent chain the compiler cannot fold
            x ^= x >>> 12;
            x ^= x << 25;
            x ^= x >>> 27;
        }
        return x * 0x2545F4914F6CDD1DL;
    }

    static long allocWalk(long seed, long n) {
        Box b = new Box(seed, 1);
        for (long i = 0; i < n; i++) {
            b = new Box(b.b() * 6364136223846793005L + 1442695040888963407L, b.a() ^ i);
            if ((b.a() & 0xFFFF) == 0) sink = b; // escapes now and then: the allocation stays
        }
        return b.a() + b.b();
    }

    static final int HASH_BUFFERS = 48;
    private static final byte[] BUFFER = new byte[1 << 20];

    static {
        for (int i = 0; i < BUFFER.length; i++) BUFFER[i] = (byte) (i * 31 + (i >>> 8));
    }

    static long hashBuffers(int n) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            long x = 0;
            for (int i = 0; i < n; i++) {
                md.update(BUFFER);
                x += md.digest()[0];
            }
            return x;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where an occasional box escapes to, so that escape analysis cannot drop the allocations. */
    static volatile Object sink;
}
