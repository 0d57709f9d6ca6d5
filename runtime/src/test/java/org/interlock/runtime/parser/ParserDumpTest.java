package org.interlock.runtime.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Parses each snippet of {@code snippets.txt} and compares {@link AstDump} with the dump
 * CPython 3.11 produced ({@code snippets.dump}: {@code ast.dump(ast.parse(s))};
 * {@code snippets.attrs.dump}: the same with {@code include_attributes=True}). Regenerate
 * the expected files with the script quoted in {@code snippets.README}.
 */
class ParserDumpTest {

    static String resource(String name) throws IOException {
        try (InputStream in = ParserDumpTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<String> snippets() throws IOException {
        List<String> out = new ArrayList<>();
        for (String p : resource("snippets.txt").split("\n#####\n", -1)) {
            out.add(p.endsWith("\n") ? p : p + "\n");
        }
        return out;
    }

    private static Stream<DynamicTest> compare(String dumpFile, boolean attributes) throws IOException {
        List<String> src = snippets();
        String[] expected = resource(dumpFile).split("\n");
        assertEquals(src.size(), expected.length, "snippet and dump counts differ");
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < src.size(); i++) {
            String s = src.get(i);
            String want = expected[i];
            if (attributes && skipPositions(s)) {
                continue;
            }
            String name = (i + 1) + ": " + s.strip().lines().findFirst().orElse("");
            tests.add(DynamicTest.dynamicTest(name,
                    () -> assertEquals(want, AstDump.dump(Parser.parseModule(s, "<test>"), attributes), s)));
        }
        return tests.stream();
    }

    /**
     * Snippets left out of the position comparison, for differences that are by design:
     * non-ASCII text (we count columns in chars, CPython in UTF-8 bytes) and f-strings
     * (3.11 gives the nodes it builds inside an f-string irregular spans, changed in 3.12;
     * {@code FStringTest} checks the positions that matter).
     */
    static boolean skipPositions(String s) {
        return !s.chars().allMatch(c -> c < 128) || s.contains("f'") || s.contains("f\"") || s.contains("F'");
    }

    @TestFactory
    Stream<DynamicTest> dumpMatchesCPython() throws IOException {
        return compare("snippets.dump", false);
    }

    @TestFactory
    Stream<DynamicTest> positionsMatchCPython() throws IOException {
        return compare("snippets.attrs.dump", true);
    }
}
