package org.interlock.object.stats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a child JVM on the test classpath with the flags Agrona needs. */
final class ChildJvm {
    private ChildJvm() {}

    static Process start(List<String> jvmArgs, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("--add-opens");
        cmd.add("java.base/jdk.internal.misc=ALL-UNNAMED");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-Xmx64m");
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        // Surefire runs tests from a manifest-only jar; it names the real classpath here.
        cmd.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    /** Runs a child to its end; returns its exit status and everything it printed. */
    static Result run(List<String> jvmArgs, String mainClass, String... args) throws IOException, InterruptedException {
        Process p = start(jvmArgs, mainClass, args);
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }

    record Result(int status, String output) {}
}
