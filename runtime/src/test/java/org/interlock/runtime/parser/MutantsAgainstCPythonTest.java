package org.interlock.runtime.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.interlock.runtime.symtable.SymbolTable;
import org.junit.jupiter.api.Test;

/**
 * Differential test against CPython 3.11 on 1500 seeded random mutations of the snippets
 * ({@code mutants.txt}, outcomes in {@code mutants.expected}, both from
 * {@code gen_mutants.py}). Every mutant must be accepted or rejected exactly as CPython
 * does (parse error, compile error, or success with the same {@code ast.dump}); among the
 * rejected ones, the exception class, message, line and offset must match for at least
 * 97% (CPython's second-pass error heuristics are not all reproduced; the mismatches
 * are printed).
 */
class MutantsAgainstCPythonTest {

    private static String outcome(String src) {
        try {
            Ast.Module m = Parser.parseModule(src, "<f>");
            String d = AstDump.dump(m);
            try {
                SymbolTable.build(m, "<f>");
                return "OK " + d;
            } catch (PySyntaxError e) {
                return "CERR " + d;
            }
        } catch (PySyntaxError e) {
            return "ERR " + e.kind() + "|" + e.msg() + "|" + e.lineno() + "|" + e.offset();
        }
    }

    @Test
    void acceptanceAndMessagesMatchCPython() throws IOException {
        String[] srcs = ParserDumpTest.resource("mutants.txt").split("\n@@@@@@@@\n", -1);
        String[] expected = ParserDumpTest.resource("mutants.expected").split("\n");
        assertEquals(srcs.length, expected.length);
        List<String> wrongAcceptance = new ArrayList<>();
        int errors = 0;
        int messageMismatches = 0;
        StringBuilder report = new StringBuilder();
        for (int i = 0; i < srcs.length; i++) {
            String want = expected[i];
            String got = outcome(srcs[i]);
            if (want.startsWith("ERR")) {
                errors++;
                if (!got.startsWith("ERR")) {
                    wrongAcceptance.add(i + ": " + srcs[i] + "\n  want " + want + "\n  got  " + got);
                } else if (!want.equals(got)) {
                    messageMismatches++;
                    report.append(i).append(": want ").append(want).append("\n    got  ").append(got).append('\n');
                }
            } else if (!want.equals(got)) {
                wrongAcceptance.add(i + ": " + srcs[i] + "\n  want " + want + "\n  got  " + got);
            }
        }
        assertTrue(wrongAcceptance.isEmpty(), () -> String.join("\n", wrongAcceptance));
        System.out.println("mutants: " + errors + " rejected, " + messageMismatches + " with a different message\n" + report);
        assertTrue(messageMismatches * 33 <= errors, messageMismatches + " of " + errors + " messages differ:\n" + report);
    }
}
