package org.interlock.runtime.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The committed list of conformance runs expected to fail now (KNOWN_FAILURES.txt).
 * A line is {@code path} (every policy) or {@code path policy}; '#' starts a comment.
 * The test fails both for an unlisted failure and for a listed run that passes, so the
 * list can only shrink.
 */
final class KnownFailures {
    private static final String ALL = "*";
    private final Map<String, Set<String>> byPath = new HashMap<>();

    static KnownFailures load(Path file) {
        try {
            return parse(Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static KnownFailures parse(List<String> lines) {
        KnownFailures k = new KnownFailures();
        for (String raw : lines) {
            int hash = raw.indexOf('#');
            String line = (hash < 0 ? raw : raw.substring(0, hash)).trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length > 2) {
                throw new IllegalArgumentException("bad KNOWN_FAILURES line: " + raw);
            }
            k.byPath.computeIfAbsent(parts[0], x -> new HashSet<>()).add(parts.length == 2 ? parts[1] : ALL);
        }
        return k;
    }

    boolean isListed(String relPath, String policy) {
        Set<String> s = byPath.get(relPath);
        return s != null && (s.contains(ALL) || s.contains(policy));
    }

    /** Paths named by the list, so entries for programs that no longer exist can be reported. */
    Set<String> paths() {
        return byPath.keySet();
    }
}
