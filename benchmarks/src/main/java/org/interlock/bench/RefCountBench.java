package org.interlock.bench;

import java.util.concurrent.TimeUnit;
import org.interlock.object.ObjectSpace;
import org.interlock.object.PyObject;
import org.interlock.object.RefCounting;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * What does one thread pay for a reference-count update, and for entering a critical section,
 * under each scheme? (DESIGN.md question 2, at the level of the primitives.) PEP 703's bet is
 * that biased counting costs the owning thread about what plain counting costs, while atomic
 * counting (the Gilectomy's) costs a locked instruction per update.
 *
 * <p>{@link #increfDecref}: one incref and one decref per operation, single-threaded, under
 * {@code plain} (the {@code gil} preset's), {@code atomic} ({@code fine-grained}'s) and
 * {@code biased} ({@code lock-free}'s) counting, the biased one from the owning thread and from
 * another thread. The incref goes to object {@code i} of an array and the decref to object
 * {@code i - LAG}, so the JIT cannot fold an incref/decref pair on one field into nothing,
 * and every count stays above zero. {@link #criticalSection}: an uncontended enter/exit on one
 * object per locking scheme ({@code none}, {@code per-object}, {@code optimistic}).
 *
 * <pre>
 *   java -jar benchmarks/target/benchmarks.jar RefCountBench -f 1 -wi 3 -i 5 -w 1s -r 1s \
 *        -rf json -rff papers/data/refcount.json
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-opens", "java.base/jdk.internal.misc=ALL-UNNAMED"})
public class RefCountBench {
    /** How far behind the incref the matching decref runs (objects, not operations). */
    static final int LAG = 8;

    /** The counting scheme under test and the objects it counts. */
    @State(Scope.Thread)
    public static class Counts {
        /** {@code plain}, {@code atomic}, {@code biased-owner} or {@code biased-other}. */
        @Param({"plain", "atomic", "biased-owner", "biased-other"})
        public String scheme;

        /** Objects in the array: 64 stay in L1; 65536 do not fit in L2. */
        @Param({"64", "65536"})
        public int objects;

        RefCounting refs;
        ThreadState ts;
        PyObject[] objs;
        int mask;
        int i;

        @Setup(Level.Trial)
        public void setUp() {
            String preset = switch (scheme) {
                case "plain" -> "gil";
                case "atomic" -> "fine-grained";
                case "biased-owner", "biased-other" -> "lock-free";
                default -> throw new IllegalArgumentException("unknown scheme " + scheme);
            };
            if (Integer.bitCount(objects) != 1) throw new IllegalArgumentException("objects must be a power of two");
            ObjectSpace space = new ObjectSpace(PolicyRegistry.create(preset));
            ThreadState owner = space.newThreadState().bindCurrentThread();
            ts = scheme.equals("biased-other") ? space.newThreadState().bindCurrentThread() : owner;
            refs = ts.refs;
            objs = new PyObject[objects];
            for (int k = 0; k < objects; k++) objs[k] = new BareObject(owner);
            mask = objects - 1;
            // The decrefs of the first LAG operations fall on the last LAG objects: give them
            // the reference those earlier operations would have added.
            for (int k = objects - LAG; k < objects; k++) refs.incref(objs[k], ts);
            i = 0;
        }
    }

    /** One object and a locking scheme, for the uncontended critical section. */
    @State(Scope.Thread)
    public static class Locks {
        /** The preset whose locking is measured: {@code gil} (none), {@code fine-grained} (per-object), {@code lock-free} (optimistic). */
        @Param({"gil", "fine-grained", "lock-free"})
        public String preset;

        ThreadState ts;
        PyObject obj;

        @Setup(Level.Trial)
        public void setUp() {
            ObjectSpace space = new ObjectSpace(PolicyRegistry.create(preset));
            ts = space.newThreadState().attach();
            obj = new BareObject(ts);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            ts.detach();
        }
    }

    @Benchmark
    public void increfDecref(Counts c, Blackhole bh) {
        int k = c.i;
        PyObject in = c.objs[k];
        c.refs.incref(in, c.ts);
        c.refs.decref(c.objs[(k - LAG) & c.mask], c.ts);
        c.i = (k + 1) & c.mask;
        bh.consume(in);
    }

    @Benchmark
    public void criticalSection(Locks l, Blackhole bh) {
        ThreadState ts = l.ts;
        ts.locks.enter(l.obj, ts);
        try {
            bh.consume(l.obj);
        } finally {
            ts.locks.exit(ts);
        }
    }
}
