package org.interlock.bench;

import java.util.Map;
import org.interlock.object.PyObject;

/**
 * One scaling workload of {@code workloads/scaling.py} at one thread count, in one interpreter:
 * each {@link #once()} calls {@code scaling.run(workload, threads, perThread)}, which starts the
 * threads, runs the workload in each and joins them, and checks its checksum.
 *
 * <p>Work per invocation: a fixed number of work items per workload ({@link #totalItems}),
 * split evenly over the threads. One JMH operation is therefore the same amount of work at
 * every thread count, so JMH's ops/s is proportional to work items per second and the speedup
 * over one thread is the scaling (the ideal is linear). The items themselves are counted for
 * {@link Items} (exact even when the split is uneven).
 */
final class ScalingRun {
    private final PyHarness py;
    private final PyObject run;
    private final String workload;
    private final int threads;
    /** Items each thread runs (the total divided by the thread count, rounded up). */
    final int perThread;
    private final String expected;

    ScalingRun(String policy, Map<String, String> options, String workload, int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be positive: " + threads);
        this.workload = workload;
        this.threads = threads;
        int total = totalItems(workload);
        this.perThread = (total + threads - 1) / threads;
        py = new PyHarness(policy, options);
        run = py.function("scaling", "run");
        // Every thread runs the same deterministic work: the N-thread checksum is N times one
        // thread's, computed once here, so a workload that loses or repeats work fails.
        long one = Long.parseLong(py.call(run, workload, 1, perThread));
        expected = Long.toString(one * threads);
    }

    /** Items (summed over threads) one invocation runs. */
    long items() {
        return (long) perThread * threads;
    }

    /** Runs the workload once in {@code threads} threads; fails on a wrong checksum. */
    void once() {
        String got = py.call(run, workload, threads, perThread);
        if (!got.equals(expected)) {
            throw new IllegalStateException(workload + " x" + threads + ": checksum " + got + ", expected " + expected);
        }
    }

    /**
     * Work items per invocation (over all threads), sized so that one thread of the interpreter
     * takes about 50-150 ms after warm-up. Each invocation also pays a fixed cost (thread start
     * and join, the immortalization walk of the first start): 0.5-3 ms measured on the 2-core
     * machine, which at a tenth of this work capped the measured 2-thread speedup near 1.75
     * whatever the policy. Multiples of 24 split evenly over 1, 2, 3, 4, 6 and 8 threads.
     */
    static int totalItems(String workload) {
        return switch (workload) {
            case "arith", "shared_constants", "shared_dict_read" -> 240_000;
            case "call_function", "call_method", "thread_local", "private_list_append", "shared_list_append" -> 120_000;
            case "create_objects", "closures_dicts", "locked_counter" -> 60_000;
            case "queue" -> 9_600;
            case "sleep_io" -> 48;          // 1 ms sleeps: threads should overlap them under every policy
            case "hash_buffers" -> 48;      // 1 MiB each
            case "countdown" -> 960_000;
            case "numeric" -> 9_600;
            default -> throw new IllegalArgumentException("unknown workload " + workload);
        };
    }
}
