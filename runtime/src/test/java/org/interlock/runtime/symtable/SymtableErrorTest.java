package org.interlock.runtime.symtable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.interlock.runtime.parser.Parser;
import org.interlock.runtime.parser.PySyntaxError;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each snippet of {@code errors.txt} must fail (or not) as CPython 3.11's {@code compile()}
 * does: the SyntaxErrors of the symbol table and the compiler, raised here by
 * {@link SymbolTable#build}. Expected outcomes in {@code errors.expected}.
 */
class SymtableErrorTest {

    static String outcome(String src) {
        try {
            SymbolTable.build(Parser.parseModule(src, "<test>"), "<test>");
            return "OK";
        } catch (PySyntaxError e) {
            return e.kind() + "|" + e.msg() + "|" + e.lineno() + "|" + e.offset();
        }
    }

    @TestFactory
    Stream<DynamicTest> compileErrorsMatchCPython() throws IOException {
        String[] parts = ScopeAgainstCPythonTest.resource("errors.txt").split("\n#####\n", -1);
        String[] expected = ScopeAgainstCPythonTest.resource("errors.expected").split("\n");
        assertEquals(parts.length, expected.length);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String src = parts[i].endsWith("\n") ? parts[i] : parts[i] + "\n";
            String want = expected[i];
            tests.add(DynamicTest.dynamicTest((i + 1) + ": " + src.lines().findFirst().orElse(""),
                    () -> assertEquals(want, outcome(src), src)));
        }
        return tests.stream();
    }
}
