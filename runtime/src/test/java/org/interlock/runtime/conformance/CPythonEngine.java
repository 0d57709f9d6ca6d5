package org.interlock.runtime.conformance;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs programs with CPython in a subprocess. It checks the corpus and the runner themselves
 * (every program must pass against the outputs CPython recorded); the policy is ignored.
 */
final class CPythonEngine implements ProgramEngine {
    private final long timeoutSeconds;

    CPythonEngine(long timeoutSeconds) {
        this.timeoutSeconds = timeoutSeconds;
    }

    @Override
    public String name() {
        return "python3";
    }

    @Override
    public RunResult run(CorpusProgram program, String policy) throws Exception {
        Path out = Files.createTempFile("conformance", ".out");
        Path err = Files.createTempFile("conformance", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder("python3", program.file().getFileName().toString())
                    .directory(program.file().getParent().toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            pb.environment().put("PYTHONHASHSEED", "0");
            pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
            pb.environment().put("PYTHONIOENCODING", "utf-8");
            pb.environment().remove("PYTHONPATH");
            Process p = pb.start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return RunResult.failed(Files.readString(out), Files.readString(err), "python3 timed out");
            }
            return new RunResult(Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), p.exitValue(), null);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
