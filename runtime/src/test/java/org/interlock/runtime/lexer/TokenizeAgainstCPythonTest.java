package org.interlock.runtime.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.interlock.runtime.parser.PyRepr;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The token stream of each snippet in {@code tokens.txt} must equal what CPython 3.11's
 * {@code tokenize} module yields, comments and NL tokens left out (the parser never sees
 * them): kinds, text and positions ({@code tokens.expected}, from {@code gen_tokens.py}).
 * NEWLINE tokens are compared by line only: after a comment, the C tokenizer the parser
 * uses (and its error offsets) starts NEWLINE at the '#', while {@code tokenize.py} starts
 * it at the line break.
 */
class TokenizeAgainstCPythonTest {

    static String resource(String name) throws IOException {
        try (InputStream in = TokenizeAgainstCPythonTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String render(String src) {
        List<String> out = new ArrayList<>();
        for (Token t : Lexer.tokenize(src, "<t>").tokens()) {
            out.add(t.type() + " " + PyRepr.str(t.text()) + " " + t.line() + ":" + t.col() + "-" + t.endLine() + ":"
                    + t.endCol());
        }
        return String.join(" | ", out);
    }

    private static String newlineColumnsDropped(String rendered) {
        return rendered.replaceAll("NEWLINE ('[^']*') (\\d+):\\d+-\\d+:\\d+", "NEWLINE $1 line $2");
    }

    @TestFactory
    Stream<DynamicTest> tokensMatchCPython() throws IOException {
        String[] parts = resource("tokens.txt").split("\n#####\n", -1);
        String[] expected = resource("tokens.expected").split("\n");
        assertEquals(parts.length, expected.length);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String src = parts[i].endsWith("\n") ? parts[i] : parts[i] + "\n";
            String want = newlineColumnsDropped(expected[i]);
            tests.add(DynamicTest.dynamicTest((i + 1) + ": " + src.lines().findFirst().orElse(""),
                    () -> assertEquals(want, newlineColumnsDropped(render(src)), src)));
        }
        return tests.stream();
    }
}
