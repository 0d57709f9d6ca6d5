package org.interlock.runtime.lexer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import org.interlock.runtime.parser.Ast;
import org.interlock.runtime.parser.Parser;
import org.interlock.runtime.parser.PySyntaxError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Literal values, indentation rules and limits of the tokenizer. */
class LexerTest {

    private static Object number(String text) {
        List<Token> toks = Lexer.tokenize(text, "<t>").tokens();
        assertEquals(TokenType.NUMBER, toks.get(0).type(), text);
        assertEquals(TokenType.NEWLINE, toks.get(1).type(), text + " must be one token");
        return toks.get(0).value();
    }

    /** The value of a module consisting of one expression statement that is a constant. */
    static Object constant(String src) {
        Ast.Module m = Parser.parseModule(src + "\n", "<t>");
        return ((Ast.Constant) ((Ast.ExprStmt) m.body().get(0)).value()).value();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|0", "00|0", "0_0|0", "7|7", "1_000_000|1000000", "0xff|255", "0XFF|255", "0x_f_f|255", "0o17|15",
        "0O7_7|63", "0b1010|10", "0B_1_0|2", "9223372036854775807|9223372036854775807",
    })
    void integers(String text, long value) {
        assertEquals(value, number(text));
    }

    @Test
    void bigIntegers() {
        assertEquals(new BigInteger("9223372036854775808"), number("9223372036854775808"));
        assertEquals(new BigInteger("ffffffffffffffff", 16), number("0xffffffffffffffff"));
        assertEquals(new BigInteger("1" + "0".repeat(40)), number("1" + "0".repeat(40)));
        assertEquals(Long.MAX_VALUE, number("0x7fffffffffffffff"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.5|1.5", "1e10|1e10", "1E-5|1e-5", ".5|0.5", "5.|5.0", "1_000.5|1000.5", "1_0e1_0|1e11", "0.0|0.0",
        "012.5|12.5", "00e3|0.0", "1.e5|1e5", "3.14e+100|3.14e100",
    })
    void floats(String text, double value) {
        assertEquals(value, number(text));
    }

    @Test
    void imaginaryLiteralsTokenizeAndParseToConstants() {
        assertEquals(new ImaginaryLiteral(2.5), number("2.5j"));
        assertEquals(new ImaginaryLiteral(1), number("1J"));
        assertEquals("Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1e+100j))], type_ignores=[])",
                org.interlock.runtime.parser.AstDump.dump(Parser.parseModule("x = 1e100j\n", "<t>")));
    }

    @Test
    void numberFollowedByKeywordIsAllowed() {
        List<Token> toks = Lexer.tokenize("1if x else 2\n", "<t>").tokens();
        assertEquals(1L, toks.get(0).value());
        assertTrue(toks.get(1).is("if"));
        assertTrue(Lexer.tokenize("1else\n", "<t>").tokens().get(1).is("else"));
    }

    @Test
    void stringEscapes() {
        assertEquals("\n\t\\'\"A\u00e9\uD83D\uDE00\u2022AA\0\u0007\b\f\r\u000b", constant(
                "'\\n\\t\\\\\\'\\\"\\x41\\u00e9\\U0001F600\\N{BULLET}\\101\\1010\\0\\a\\b\\f\\r\\v'".replace("\\1010", "\\101")));
        assertEquals("\\d\\q", constant("'\\d\\q'"));
        assertEquals("ab", constant("'a\\\nb'"));
        assertEquals("\\n", constant("r'\\n'"));
        assertEquals("\\'", constant("r'\\''"));
        assertEquals("a\nb", constant("'''a\nb'''"));
        assertEquals("x\"y", constant("\"x\\\"y\""));
        assertEquals("one two", constant("'one' \" two\""));
    }

    @Test
    void bytesLiterals() {
        assertArrayEquals(new byte[] {0, (byte) 0xff, 'a', '\n', 'A'}, (byte[]) constant("b'\\x00\\xff' B'a\\n' b'\\101'"));
        assertArrayEquals("\\d".getBytes(), (byte[]) constant("rb'\\d'"));
        assertArrayEquals("\\d".getBytes(), (byte[]) constant("bR'\\d'"));
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parseModule("b'\\x4'\n", "<t>"));
        assertEquals("(value error) invalid \\x escape at position 0", e.msg());
    }

    @Test
    void unicodePrefixSetsKind() {
        Ast.Module m = Parser.parseModule("U'x'\n", "<t>");
        assertEquals("u", ((Ast.Constant) ((Ast.ExprStmt) m.body().get(0)).value()).kind());
        Ast.Module m2 = Parser.parseModule("'x'\n", "<t>");
        assertNull(((Ast.Constant) ((Ast.ExprStmt) m2.body().get(0)).value()).kind());
    }

    @Test
    void crlfAndCrAreNewlines() {
        Ast.Module m = Parser.parseModule("if x:\r\n    y = '''a\r\nb'''\r\nz\r", "<t>");
        assertEquals(2, m.body().size());
        Ast.If i = (Ast.If) m.body().get(0);
        Ast.Assign a = (Ast.Assign) i.body().get(0);
        assertEquals("a\nb", ((Ast.Constant) a.value()).value());
    }

    @Test
    void tabsCountToMultiplesOfEight() {
        // A tab then a space is column 9; eight spaces then a tab is column 16: consistent.
        Parser.parseModule("if x:\n\tif y:\n\t pass\n", "<t>");
        Parser.parseModule("if x:\n        \tpass\n", "<t>");
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> Parser.parseModule("if x:\n\tpass\n        pass\n", "<t>"));
        assertEquals(PySyntaxError.Kind.TabError, e.kind());
    }

    @Test
    void dedentToUnknownLevel() {
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> Parser.parseModule("if x:\n    a\n  b\n", "<t>"));
        assertEquals(PySyntaxError.Kind.IndentationError, e.kind());
        assertEquals("unindent does not match any outer indentation level", e.msg());
        assertEquals(3, e.lineno());
    }

    @Test
    void indentDedentTokens() {
        List<TokenType> types = Lexer.tokenize("if a:\n  if b:\n    c\nd\n", "<t>").tokens().stream()
                .map(Token::type).toList();
        assertEquals(List.of(TokenType.NAME, TokenType.NAME, TokenType.OP, TokenType.NEWLINE, TokenType.INDENT,
                TokenType.NAME, TokenType.NAME, TokenType.OP, TokenType.NEWLINE, TokenType.INDENT, TokenType.NAME,
                TokenType.NEWLINE, TokenType.DEDENT, TokenType.DEDENT, TokenType.NAME, TokenType.NEWLINE,
                TokenType.ENDMARKER), types);
    }

    @Test
    void missingFinalNewlineStillEndsTheLineAndBlocks() {
        List<TokenType> types = Lexer.tokenize("if a:\n  b", "<t>").tokens().stream().map(Token::type).toList();
        assertEquals(List.of(TokenType.NAME, TokenType.NAME, TokenType.OP, TokenType.NEWLINE, TokenType.INDENT,
                TokenType.NAME, TokenType.NEWLINE, TokenType.DEDENT, TokenType.ENDMARKER), types);
    }

    @Test
    void nestingLimitIs200Brackets() {
        Parser.parseModule("(".repeat(200) + ")".repeat(200) + "\n", "<t>");
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> Parser.parseModule("[".repeat(201) + "]".repeat(201) + "\n", "<t>"));
        assertEquals("too many nested parentheses", e.msg());
        assertEquals(201, e.offset());
    }

    @Test
    void indentationLimitIs100Levels() {
        StringBuilder ok = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            ok.append(" ".repeat(i)).append("if x:\n");
        }
        ok.append(" ".repeat(100)).append("pass\n");
        Parser.parseModule(ok.toString(), "<t>");
        String tooDeep = ok.toString().replace(" ".repeat(100) + "pass\n", " ".repeat(100) + "if x:\n" + " ".repeat(101) + "pass\n");
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parseModule(tooDeep, "<t>"));
        assertEquals("too many levels of indentation", e.msg());
        assertEquals(PySyntaxError.Kind.IndentationError, e.kind());
    }

    @Test
    void deepNonBracketNestingIsASyntaxErrorNotAStackOverflow() {
        for (String src : List.of("-".repeat(100_000) + "1", "not ".repeat(20_000) + "x",
                "lambda: ".repeat(5_000) + "0", "x" + "**x".repeat(50_000), "~+".repeat(30_000) + "1")) {
            PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parseModule(src + "\n", "<t>"));
            assertEquals("expression nested too deeply", e.msg());
        }
        // Long flat chains are iterative and fine.
        Parser.parseModule("x = 1" + " + 1".repeat(50_000) + "\n", "<t>");
        Parser.parseModule("a" + ".b".repeat(50_000) + "\n", "<t>");
    }

    @Test
    void identifiersAreNfkcNormalized() {
        Token t = Lexer.tokenize("ﬁ = 1\n", "<t>").tokens().get(0);
        assertEquals("fi", t.text());
        Token u = Lexer.tokenize("naïve\n", "<t>").tokens().get(0);
        assertEquals("naïve", u.text());
    }

    @Test
    void invalidCharacters() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parseModule("x = 1 €\n", "<t>"));
        assertEquals("invalid character '€' (U+20AC)", e.msg());
        PySyntaxError nb = assertThrows(PySyntaxError.class, () -> Parser.parseModule("x =\u00a01\n", "<t>"));
        assertEquals("invalid non-printable character U+00A0", nb.msg());
    }
}
