package org.interlock.runtime.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.interlock.runtime.symtable.SymbolTable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The {@code match} statement against CPython 3.11: the trees of {@code match_snippets.txt}
 * must dump as {@code ast.dump} does (with and without positions), and each snippet of
 * {@code match_errors.txt} must fail (or succeed) as CPython's {@code compile()} does, with
 * the same exception class, message, line and offset. Expected files come from
 * {@code gen_match.py}.
 */
class MatchSyntaxTest {

    private static List<String> parts(String name) throws IOException {
        List<String> out = new ArrayList<>();
        for (String p : ParserDumpTest.resource(name).split("\n#####\n", -1)) {
            out.add(p.endsWith("\n") ? p : p + "\n");
        }
        return out;
    }

    private static Stream<DynamicTest> dumps(String file, boolean attributes) throws IOException {
        List<String> src = parts("match_snippets.txt");
        String[] expected = ParserDumpTest.resource(file).split("\n");
        assertEquals(src.size(), expected.length);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < src.size(); i++) {
            String s = src.get(i);
            String want = expected[i];
            tests.add(DynamicTest.dynamicTest((i + 1) + ": " + s.lines().findFirst().orElse(""),
                    () -> assertEquals(want, AstDump.dump(Parser.parseModule(s, "<test>"), attributes), s)));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> treesMatchCPython() throws IOException {
        return dumps("match_snippets.dump", false);
    }

    @TestFactory
    Stream<DynamicTest> positionsMatchCPython() throws IOException {
        return dumps("match_snippets.attrs.dump", true);
    }

    static String outcome(String src) {
        try {
            SymbolTable.build(Parser.parseModule(src, "<test>"), "<test>");
            return "OK";
        } catch (PySyntaxError e) {
            return e.kind() + "|" + e.msg() + "|" + e.lineno() + "|" + e.offset();
        }
    }

    @TestFactory
    Stream<DynamicTest> errorsMatchCPython() throws IOException {
        List<String> src = parts("match_errors.txt");
        String[] expected = ParserDumpTest.resource("match_errors.expected").split("\n");
        assertEquals(src.size(), expected.length);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < src.size(); i++) {
            String s = src.get(i);
            String want = expected[i];
            tests.add(DynamicTest.dynamicTest((i + 1) + ": " + s.strip().lines().skip(1).findFirst().orElse(""),
                    () -> assertEquals(want, outcome(s), s)));
        }
        return tests.stream();
    }
}
