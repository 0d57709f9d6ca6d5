package org.interlock.runtime.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every program of the conformance corpus (src/test/resources/conformance, see its
 * README.md) under each safe policy and compares stdout exactly, and for error programs the
 * last stderr line and the exit code, with what CPython 3.11 recorded. Runs listed in
 * KNOWN_FAILURES.txt are expected to fail: they are reported as aborted while they fail,
 * and fail the test once they pass, so the list shrinks.
 */
class ConformanceTest {
    private static final List<String> DEFAULT_POLICIES = List.of("gil", "fine-grained", "lock-free");
    /** Deep-recursion programs need a deep Java stack before the interpreter's limit is reached. */
    private static final long RUN_STACK_BYTES = 512L << 20;

    private enum Status { PASS, FAIL, KNOWN, FIXED }

    private record Outcome(String policy, String path, Status status, String reason) {
    }

    private static final ConcurrentLinkedQueue<Outcome> OUTCOMES = new ConcurrentLinkedQueue<>();
    /** Runs abandoned after their timeout; reported so that slowdowns they cause are visible. */
    private static final ConcurrentLinkedQueue<Thread> ABANDONED = new ConcurrentLinkedQueue<>();

    @TestFactory
    List<DynamicNode> corpus() throws IOException {
        Path root = corpusRoot();
        List<CorpusProgram> programs = CorpusProgram.discover(root);
        String filter = System.getProperty("interlock.conformance.filter", "");
        if (!filter.isEmpty()) {
            programs = programs.stream().filter(p -> p.relPath().contains(filter)).toList();
        }
        assertFalse(programs.isEmpty(), "no conformance programs found under " + root);
        long timeout = Long.getLong("interlock.conformance.timeout", 60L);
        boolean cpython = "python3".equals(System.getProperty("interlock.conformance.engine"));
        ProgramEngine engine = cpython ? new CPythonEngine(timeout) : new InterlockEngine();
        KnownFailures known = cpython ? KnownFailures.parse(List.of())
                : KnownFailures.load(root.resolve("KNOWN_FAILURES.txt"));
        List<String> policies = policies();

        List<DynamicNode> nodes = new ArrayList<>();
        List<CorpusProgram> finalPrograms = programs;
        List<String> stale = known.paths().stream()
                .filter(path -> finalPrograms.stream().noneMatch(p -> p.relPath().equals(path)))
                .sorted().toList();
        if (filter.isEmpty() && !stale.isEmpty()) {
            nodes.add(DynamicTest.dynamicTest("KNOWN_FAILURES.txt names existing programs",
                    () -> fail("KNOWN_FAILURES.txt lists programs that do not exist: " + stale)));
        }
        // Runs on the known-failures list go last: a listed program that hangs leaves its
        // interpreter thread running after the timeout (threads cannot be killed), and that
        // must not slow down the runs that are expected to pass.
        List<DynamicNode> knownNodes = new ArrayList<>();
        for (String policy : policies) {
            List<CorpusProgram> expected = programs.stream()
                    .filter(p -> !known.isListed(p.relPath(), policy)).toList();
            List<CorpusProgram> listed = programs.stream()
                    .filter(p -> known.isListed(p.relPath(), policy)).toList();
            nodes.add(DynamicContainer.dynamicContainer(policy, byTopic(expected, engine, known, policy, timeout)));
            if (!listed.isEmpty()) {
                knownNodes.add(DynamicContainer.dynamicContainer(policy,
                        byTopic(listed, engine, known, policy, timeout)));
            }
        }
        if (!knownNodes.isEmpty()) {
            nodes.add(DynamicContainer.dynamicContainer("known-failures", knownNodes));
        }
        return nodes;
    }

    private static List<DynamicNode> byTopic(List<CorpusProgram> programs, ProgramEngine engine,
            KnownFailures known, String policy, long timeout) {
        Map<String, List<DynamicNode>> byTopic = new TreeMap<>();
        for (CorpusProgram p : programs) {
            byTopic.computeIfAbsent(p.topic(), t -> new ArrayList<>()).add(
                    DynamicTest.dynamicTest(p.relPath().substring(p.topic().length() + 1),
                            p.file().toUri(), () -> check(engine, known, p, policy, timeout)));
        }
        List<DynamicNode> topics = new ArrayList<>();
        byTopic.forEach((t, tests) -> topics.add(DynamicContainer.dynamicContainer(t, tests)));
        return topics;
    }

    private static void check(ProgramEngine engine, KnownFailures known, CorpusProgram p, String policy,
            long timeoutSeconds) {
        RunResult r = runIsolated(engine, p, policy, timeoutSeconds);
        String mismatch = Verdict.mismatch(p, r);
        boolean listed = known.isListed(p.relPath(), policy);
        if (mismatch == null && !listed) {
            OUTCOMES.add(new Outcome(policy, p.relPath(), Status.PASS, null));
        } else if (mismatch == null) {
            OUTCOMES.add(new Outcome(policy, p.relPath(), Status.FIXED, null));
            fail(p.relPath() + " passes under " + policy
                    + " but is listed in KNOWN_FAILURES.txt: delete its line so the list shrinks");
        } else if (listed) {
            OUTCOMES.add(new Outcome(policy, p.relPath(), Status.KNOWN, mismatch));
            Assumptions.abort("known failure (KNOWN_FAILURES.txt): " + firstLine(mismatch));
        } else {
            OUTCOMES.add(new Outcome(policy, p.relPath(), Status.FAIL, mismatch));
            fail(p.relPath() + " under " + policy + " (" + engine.name() + "): " + mismatch);
        }
    }

    /**
     * Runs one program on its own thread with a large stack, so that a hang fails this one
     * program after the timeout instead of stalling the suite; the abandoned thread is a
     * daemon and is interrupted.
     */
    static RunResult runIsolated(ProgramEngine engine, CorpusProgram p, String policy, long timeoutSeconds) {
        FutureTask<RunResult> task = new FutureTask<>(() -> engine.run(p, policy));
        Thread t = new Thread(null, task, "conformance-" + policy + "-" + p.relPath(), RUN_STACK_BYTES);
        t.setDaemon(true);
        t.start();
        try {
            return task.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            t.interrupt();
            ABANDONED.add(t);
            long alive = ABANDONED.stream().filter(Thread::isAlive).count();
            return RunResult.failed("", "", "timed out after " + timeoutSeconds + " s (" + alive
                    + " timed-out run(s) still running in this JVM: the interpreter does not stop on"
                    + " Thread.interrupt, so later runs share the CPU with them)");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            return RunResult.failed("", "", "Java exception escaped the interpreter: " + c
                    + Arrays.stream(c.getStackTrace()).limit(12).map(s -> "\n    at " + s)
                            .collect(Collectors.joining()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RunResult.failed("", "", "interrupted");
        }
    }

    @AfterAll
    static void summary() throws IOException {
        if (OUTCOMES.isEmpty()) {
            return;
        }
        List<Outcome> all = new ArrayList<>(OUTCOMES);
        all.sort((a, b) -> a.policy().equals(b.policy()) ? a.path().compareTo(b.path())
                : a.policy().compareTo(b.policy()));
        StringBuilder file = new StringBuilder();
        for (Outcome o : all) {
            file.append(o.status()).append(' ').append(o.policy()).append(' ').append(o.path());
            if (o.reason() != null) {
                file.append(" | ").append(oneLine(o.reason()));
            }
            file.append('\n');
        }
        Map<String, int[]> counts = new TreeMap<>();
        for (Outcome o : all) {
            counts.computeIfAbsent(o.policy(), k -> new int[Status.values().length])[o.status().ordinal()]++;
        }
        StringBuilder lines = new StringBuilder();
        counts.forEach((policy, c) -> lines.append(String.format(
                "TOTAL %s passed=%d failed=%d known=%d fixed=%d%n", policy,
                c[Status.PASS.ordinal()], c[Status.FAIL.ordinal()], c[Status.KNOWN.ordinal()],
                c[Status.FIXED.ordinal()])));
        file.append(lines);
        Path target = Path.of(System.getProperty("basedir", ".")).resolve("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("conformance-summary.txt"), file.toString(), StandardCharsets.UTF_8);
        System.out.print("Conformance summary\n" + lines);
    }

    private static List<String> policies() {
        String prop = System.getProperty("interlock.conformance.policies", "");
        if (prop.isBlank()) {
            return DEFAULT_POLICIES;
        }
        return Arrays.stream(prop.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** The corpus as copied to the test classpath; falls back to the source tree. */
    static Path corpusRoot() {
        URL readme = ConformanceTest.class.getResource("/conformance/README.md");
        if (readme != null && "file".equals(readme.getProtocol())) {
            try {
                return Path.of(readme.toURI()).getParent();
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "conformance");
    }

    /** The reason on one line: the first lines of a mismatch, with the last stderr line when there is one. */
    private static String oneLine(String reason) {
        String[] lines = reason.split("\n");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines.length && i < 3; i++) {
            b.append(i == 0 ? "" : " / ").append(lines[i].strip());
        }
        String last = lines[lines.length - 1].strip();
        if (lines.length > 3 && !last.isEmpty()) {
            b.append(" ... ").append(last);
        }
        return b.length() > 400 ? b.substring(0, 400) + "..." : b.toString();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
