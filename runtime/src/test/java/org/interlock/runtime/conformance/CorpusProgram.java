package org.interlock.runtime.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One program of the conformance corpus with what CPython 3.11 did when it ran it.
 *
 * @param file         the program's absolute path
 * @param relPath      its path relative to the corpus root, with '/' separators
 * @param expectedOut  the exact stdout CPython produced
 * @param expectedExit the exit code (0 when the program has no {@code .exit} file)
 * @param expectedErr  the last stderr line, or null when the exit code is 0 (stderr not compared)
 */
record CorpusProgram(Path file, String relPath, String expectedOut, int expectedExit, String expectedErr) {

    /** The topic folder (first path component), used to group the dynamic tests. */
    String topic() {
        int slash = relPath.indexOf('/');
        return slash < 0 ? "" : relPath.substring(0, slash);
    }

    /**
     * Finds every program under {@code root}: {@code <topic>/<name>.py}, and deeper down only
     * {@code main*.py} (the other files there are modules the programs import), as the
     * corpus README and the regeneration script define it.
     */
    static List<CorpusProgram> discover(Path root) {
        List<CorpusProgram> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (isProgram(rel)) {
                    out.add(load(p, rel));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static boolean isProgram(String rel) {
        if (!rel.endsWith(".py") || rel.contains("__pycache__")) {
            return false;
        }
        String[] parts = rel.split("/");
        if (parts.length == 2) {
            return true;
        }
        return parts.length > 2 && parts[parts.length - 1].startsWith("main");
    }

    private static CorpusProgram load(Path py, String rel) {
        String stem = py.getFileName().toString();
        stem = stem.substring(0, stem.length() - 3);
        Path dir = py.getParent();
        Path out = dir.resolve(stem + ".out");
        Path exit = dir.resolve(stem + ".exit");
        Path err = dir.resolve(stem + ".err");
        if (!Files.exists(out)) {
            throw new IllegalStateException(rel + " has no .out file: run scripts/regen-expected.py");
        }
        int code = Files.exists(exit) ? Integer.parseInt(read(exit).trim()) : 0;
        String lastErr = null;
        if (code != 0) {
            lastErr = Files.exists(err) ? stripNewline(read(err)) : "";
        }
        return new CorpusProgram(py.toAbsolutePath(), rel, read(out), code, lastErr);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stripNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
}
