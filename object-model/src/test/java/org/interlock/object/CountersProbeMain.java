package org.interlock.object;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.interlock.object.stats.CountersFile;

/**
 * A child-JVM program for {@code stats.CountersProcessTest} (Instrumentation.ENABLED is read
 * once per JVM, so the counters-on and counters-off paths each need their own JVM). It makes
 * an object space with the test policy, runs two threads that each allocate and free N lists
 * (one thread then exits its state, the other stays), prints {@code READY <pid>}, waits for a
 * line on standard input, prints the {@code -X stats} table and ends normally.
 */
public final class CountersProbeMain {
    private CountersProbeMain() {}

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        TestPolicies.Env env = TestPolicies.env();
        ObjectSpace space = env.space();
        Thread exiting = new Thread(() -> {
            ThreadState ts = space.newThreadState().attach();
            churn(n, ts);
            ts.exit();
        });
        ThreadState[] staying = new ThreadState[1];
        Thread living = new Thread(() -> {
            ThreadState ts = space.newThreadState().attach();
            churn(n, ts);
            staying[0] = ts;
        });
        exiting.start();
        living.start();
        exiting.join();
        living.join();
        System.out.println("READY " + ProcessHandle.current().pid() + " slot " + staying[0].counters.slotIndex());
        System.out.flush();
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        System.out.print(CountersFile.formatProcessTotals());
        System.out.flush();
    }

    private static void churn(int n, ThreadState ts) {
        for (int i = 0; i < n; i++) {
            PyObject o = new PyList(ts);
            ts.refs.decref(o, ts);
        }
    }
}
