package org.interlock.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.interlock.object.PyFloat;
import org.interlock.object.PyInt;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.ThreadState;
import org.interlock.runtime.Interpreter;
import org.interlock.runtime.InterpreterConfig;
import org.interlock.runtime.objects.PyException;
import org.interlock.runtime.vm.Calls;
import org.interlock.runtime.vm.Ops;
import org.interlock.runtime.vm.Repr;

/**
 * One interpreter for a benchmark trial, with the workload programs of
 * {@code src/main/resources/workloads/} on its module path, and the two things a benchmark does
 * with it: look up a module-level function once, and call it once per invocation.
 *
 * <p>Every call goes through {@link Interpreter#onPythonThread}: a fresh Java thread attaches
 * the interpreter's main thread state (taking the GIL under a global-lock policy) and detaches
 * when the call returns, so the JMH thread itself never holds the GIL between invocations and
 * Python threads a workload leaves running (the convoy spinner) keep running meanwhile. The
 * thread start costs tens of microseconds; invocations are sized to tens of milliseconds.
 *
 * <p>The interpreter's stdout is discarded (a workload prints nothing per invocation); its
 * stderr is the process's, so a Python traceback shows in the JMH log before the benchmark
 * fails.
 */
final class PyHarness {
    /** The programs copied out of the jar, in {@code workloads/} on the class path. */
    static final List<String> PROGRAMS = List.of("scaling.py", "convoy.py", "nbody.py", "spectral_norm.py",
            "richards.py", "dicts.py", "strings.py", "memory.py", "attrs.py", "gcbench.py");

    private static Path workloadDir;

    private final Interpreter interp;

    /** A fresh interpreter under {@code policy} (a preset or combination) with {@code options}. */
    PyHarness(String policy, Map<String, String> options) {
        interp = new Interpreter(InterpreterConfig.builder()
                .policy(policy)
                .policyOptions(options)
                .stdout(new PrintStream(OutputStream.nullOutputStream()))
                .addPath(workloadDir())
                .build());
    }

    /** The folder holding the workload programs (copied from the jar once per JVM). */
    static synchronized Path workloadDir() {
        if (workloadDir == null) {
            try {
                Path dir = Files.createTempDirectory("interlock-workloads");
                dir.toFile().deleteOnExit();
                for (String name : PROGRAMS) {
                    try (InputStream in = PyHarness.class.getResourceAsStream("/workloads/" + name)) {
                        if (in == null) throw new IllegalStateException("workload " + name + " missing from the jar");
                        Path f = dir.resolve(name);
                        Files.copy(in, f, StandardCopyOption.REPLACE_EXISTING);
                        f.toFile().deleteOnExit();
                    }
                }
                workloadDir = dir;
            } catch (IOException e) {
                throw new IllegalStateException("cannot copy the workload programs", e);
            }
        }
        return workloadDir;
    }

    /** {@code module.name}, imported once: the returned reference lives as long as the interpreter. */
    PyObject function(String module, String name) {
        AtomicReference<PyObject> out = new AtomicReference<>();
        run(ts -> {
            PyObject m = interp.importer().importName(module, null, Ops.NONE, 0, ts);
            try {
                out.set(Ops.getAttr(m, PyStr.intern(name), ts));
            } finally {
                ts.refs.decref(m, ts);
            }
        });
        return out.get();
    }

    /**
     * Calls {@code fn(*args)} on a Python thread and returns {@code str()} of the result.
     * Arguments may be Java {@code String}, {@code Integer}/{@code Long} or {@code Double}.
     */
    String call(PyObject fn, Object... args) {
        AtomicReference<String> out = new AtomicReference<>();
        run(ts -> {
            PyObject[] a = new PyObject[args.length];
            try {
                for (int i = 0; i < args.length; i++) a[i] = toPython(args[i], ts);
                PyObject r = Calls.call(fn, a, null, ts);
                try {
                    out.set(Repr.str(r, ts));
                } finally {
                    ts.refs.decref(r, ts);
                }
            } finally {
                for (PyObject o : a) if (o != null) ts.refs.decref(o, ts);
            }
        });
        return out.get();
    }

    /** Work on the interpreter's main thread state. */
    @FunctionalInterface
    interface Body {
        void run(ThreadState ts);
    }

    private void run(Body body) {
        int rc = interp.onPythonThread(ts -> {
            try {
                body.run(ts);
                return 0;
            } catch (PyException e) {
                interp.handleUncaught(e, ts);
                return 1;
            }
        });
        if (rc != 0) throw new IllegalStateException("Python call failed (exit " + rc + "); see the traceback above");
    }

    private static PyObject toPython(Object o, ThreadState ts) {
        return switch (o) {
            case String s -> PyStr.of(s, ts);
            case Integer i -> PyInt.of(i, ts);
            case Long l -> PyInt.of(l, ts);
            case Double d -> PyFloat.of(d, ts);
            default -> throw new IllegalArgumentException("no Python value for " + o.getClass());
        };
    }
}
