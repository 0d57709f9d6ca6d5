package org.interlock.runtime.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.interlock.runtime.symtable.SymbolTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Seeded fuzzing of the front end: random token soups and random mutations (character and
 * token deletions, insertions, swaps, duplications) of the valid snippets. The only
 * acceptable outcomes are a tree (with symbol tables built or a PySyntaxError from them)
 * or a PySyntaxError with sane fields; any other exception, a stack overflow or a hang
 * (caught by the timeout, which only guards against non-termination) fails the test.
 */
class ParserFuzzTest {
    private static final String[] TOKENS = {
        "(", ")", "[", "]", "{", "}", ":", ";", ",", ".", "...", "=", "==", ":=", "->", "+", "-", "*", "**", "/",
        "//", "%", "@", "<", ">", "<=", "!=", "|", "&", "^", "~", "<<", ">>", "+=", "**=", "\n", "\n    ", "\n\t",
        "\\\n", "#c\n", "x", "y", "_", "f", "0", "1_0", "0x1f", "1.5e3", "'s'", "\"d\"", "'''t'''", "b'b'", "f'{x}'",
        "f'{x!r:>{y}}'", "rf'\\d{x}'", "if", "else", "elif", "for", "in", "while", "def", "class", "return",
        "lambda", "yield", "from", "import", "as", "with", "try", "except", "finally", "raise", "global",
        "nonlocal", "del", "pass", "break", "continue", "not", "and", "or", "is", "None", "True", "await", "async",
        "assert", "@dec\n",
    };
    private static final String CHARS = "()[]{}:;,.'\"\\\n\t #=+-*/%@<>!&|^~0123456789abcxyz_ rfbj$?`é€\u00a0";

    private static void check(String src) {
        try {
            Ast.Module m = Parser.parseModule(src, "<fuzz>");
            try {
                SymbolTable.build(m, "<fuzz>");
            } catch (PySyntaxError e) {
                sane(e, src);
            }
            // A successful parse must also dump (exercises every node's accessors).
            assertFalse(AstDump.dump(m).isEmpty());
        } catch (PySyntaxError e) {
            sane(e, src);
        } catch (Throwable t) {
            fail("unexpected " + t + " for source:\n" + src, t);
        }
    }

    private static void sane(PySyntaxError e, String src) {
        assertTrue(e.lineno() >= 1 && e.offset() >= 0 && !e.msg().isEmpty(),
                () -> "bad error fields " + e + " offset " + e.offset() + " for:\n" + src);
    }

    private static String mutate(String s, Random r) {
        StringBuilder sb = new StringBuilder(s);
        int n = 1 + r.nextInt(4);
        for (int k = 0; k < n; k++) {
            int len = sb.length();
            int i = len == 0 ? 0 : r.nextInt(len);
            switch (r.nextInt(6)) {
                case 0 -> {
                    if (len > 0) {
                        sb.deleteCharAt(i);
                    }
                }
                case 1 -> sb.insert(i, CHARS.charAt(r.nextInt(CHARS.length())));
                case 2 -> {
                    if (len > 1) {
                        int j = r.nextInt(len);
                        char c = sb.charAt(i);
                        sb.setCharAt(i, sb.charAt(j));
                        sb.setCharAt(j, c);
                    }
                }
                case 3 -> sb.insert(i, TOKENS[r.nextInt(TOKENS.length)]);
                case 4 -> {
                    int j = Math.min(len, i + 1 + r.nextInt(8));
                    sb.delete(i, j);
                }
                default -> {
                    int j = Math.min(len, i + 1 + r.nextInt(12));
                    sb.insert(i, sb.substring(i, j));
                }
            }
        }
        return sb.toString();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void mutatedSnippetsOnlyParseOrRaiseSyntaxError() throws IOException {
        List<String> corpus = new ArrayList<>(ParserDumpTest.snippets());
        for (String p : ParserDumpTest.resource("errors.txt").split("\n#####\n")) {
            corpus.add(p + "\n");
        }
        // -Dinterlock.fuzz.count and .seed widen a local run; the defaults keep CI fast and fixed.
        Random r = new Random(Long.getLong("interlock.fuzz.seed", 20261122L));
        int count = Integer.getInteger("interlock.fuzz.count", 1500);
        for (int i = 0; i < count; i++) {
            check(mutate(corpus.get(r.nextInt(corpus.size())), r));
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void randomTokenSoupsOnlyParseOrRaiseSyntaxError() {
        Random r = new Random(Long.getLong("interlock.fuzz.seed", 42L));
        int count = Integer.getInteger("interlock.fuzz.count", 1500) / 2;
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(30);
            for (int k = 0; k < n; k++) {
                sb.append(TOKENS[r.nextInt(TOKENS.length)]).append(r.nextInt(3) == 0 ? "" : " ");
            }
            check(sb.toString());
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void deeplyNestedInputsAreSyntaxErrors() {
        for (String open : new String[] {"(", "[", "{", "f(", "x[", "-", "not ", "lambda:", "await ", "*", "yield "}) {
            check(open.repeat(5000));
            check("x = " + open.repeat(300) + "1");
        }
        check("if x:\n" + " if x:\n".repeat(200));
    }
}
