package org.interlock.runtime.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Entry points and properties of the tree that the dump comparisons do not show. */
class ParserTest {

    @Test
    void parseExpressionIsEvalMode() {
        Ast.Expr e = Parser.parseExpression("  1 + 2 * 3\n\n", "<eval>");
        assertEquals("BinOp(left=Constant(value=1), op=Add(), right=BinOp(left=Constant(value=2), op=Mult(), "
                + "right=Constant(value=3)))", AstDump.dump(e));
        assertEquals("Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load())",
                AstDump.dump(Parser.parseExpression("a, b", "<eval>")));
        assertThrows(PySyntaxError.class, () -> Parser.parseExpression("x = 1", "<eval>"));
        assertThrows(PySyntaxError.class, () -> Parser.parseExpression("1 2", "<eval>"));
    }

    @Test
    void constantsUseTheDocumentedJavaTypes() {
        Ast.Module m = Parser.parseModule("None\n...\nTrue\n1\n1.0\n's'\nb'b'\n" + "9".repeat(30) + "\n", "<t>");
        Object[] v = m.body().stream().map(s -> ((Ast.Constant) ((Ast.ExprStmt) s).value()).value()).toArray();
        assertSame(Ast.Constant.NONE, v[0]);
        assertSame(Ast.Constant.ELLIPSIS, v[1]);
        assertEquals(Boolean.TRUE, v[2]);
        assertEquals(1L, v[3]);
        assertEquals(1.0, v[4]);
        assertEquals("s", v[5]);
        assertTrue(v[6] instanceof byte[]);
        assertEquals(new java.math.BigInteger("9".repeat(30)), v[7]);
    }

    @Test
    void powerBindsTighterThanUnaryMinusOnItsLeft() {
        Ast.UnaryOp u = (Ast.UnaryOp) Parser.parseExpression("-2**2", "<t>");
        assertEquals(Ast.UnaryOpKind.USub, u.op());
        assertEquals(Ast.Operator.Pow, ((Ast.BinOp) u.operand()).op());
        Ast.BinOp right = (Ast.BinOp) Parser.parseExpression("2**-1", "<t>");
        assertEquals(Ast.UnaryOpKind.USub, ((Ast.UnaryOp) right.right()).op());
    }

    @Test
    void decoratedDefinitionStartsAtDef() {
        Ast.Module m = Parser.parseModule("@a\n@b(1)\ndef f():\n    pass\n", "<t>");
        Ast.FunctionDef f = (Ast.FunctionDef) m.body().get(0);
        assertEquals(new Ast.Pos(3, 0, 4, 8), f.pos());
        assertEquals(2, f.decoratorList().size());
        assertNull(f.returns());
    }

    @Test
    void errorCarriesFileLineAndText() {
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> Parser.parseModule("x = 1\nif x\n    pass\n", "prog.py"));
        assertEquals("expected ':'", e.msg());
        assertEquals("prog.py", e.filename());
        assertEquals(2, e.lineno());
        assertEquals(5, e.offset());
        assertEquals("if x\n", e.text());
        assertEquals(PySyntaxError.Kind.SyntaxError, e.kind());
        assertEquals("expected ':' (prog.py, line 2)", e.getMessage());
    }

    @Test
    void tokenizerErrorAfterAParseErrorDoesNotHideAnUnexpectedIndent() {
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> Parser.parseModule("x = 1\n    y = 2\nz = 'unterminated\n", "<t>"));
        assertEquals("unexpected indent", e.msg());
        PySyntaxError e2 = assertThrows(PySyntaxError.class,
                () -> Parser.parseModule("x = = 1\nz = 'unterminated\n", "<t>"));
        assertEquals("unterminated string literal (detected at line 2)", e2.msg());
    }
}
