package org.interlock.runtime.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * f-strings: the JoinedStr/FormattedValue trees (expected dumps from CPython 3.11's
 * {@code ast.dump(ast.parse(s).body[0].value)}), the positions of expressions inside them,
 * and their error messages.
 */
class FStringTest {

    private static String dump(String src) {
        return AstDump.dump(((Ast.ExprStmt) Parser.parseModule(src + "\n", "<t>").body().get(0)).value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "f\"{x!r:>{w}.{p}}\"|JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='p', ctx=Load()), conversion=-1)]))])",
        "f\"{ {1:2}[1] }\"|JoinedStr(values=[FormattedValue(value=Subscript(value=Dict(keys=[Constant(value=1)], values=[Constant(value=2)]), slice=Constant(value=1), ctx=Load()), conversion=-1)])",
        "f\"{x:{{y}}}\"|JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Set(elts=[Name(id='y', ctx=Load())]), conversion=-1)]))])",
        "f\"{x}\" \"y\" f\"{z=}\"|JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='yz='), FormattedValue(value=Name(id='z', ctx=Load()), conversion=114)])",
        "f\"\\N{BULLET} {x}\"|JoinedStr(values=[Constant(value='• '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)])",
        "f\"{x:%H:%M}\"|JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='%H:%M')]))])",
        "f\"{3.14!s:^10}\"|JoinedStr(values=[FormattedValue(value=Constant(value=3.14), conversion=115, format_spec=JoinedStr(values=[Constant(value='^10')]))])",
        "f\"{x:=5}\"|JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='=5')]))])",
        "f\"{(x:=5)}\"|JoinedStr(values=[FormattedValue(value=NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=5)), conversion=-1)])",
        "f\"{x!=y}\"|JoinedStr(values=[FormattedValue(value=Compare(left=Name(id='x', ctx=Load()), ops=[NotEq()], comparators=[Name(id='y', ctx=Load())]), conversion=-1)])",
        "f'{{literal}}'|JoinedStr(values=[Constant(value='{literal}')])",
        "f''|JoinedStr(values=[])",
        "rf'\\d{x}\\n'|JoinedStr(values=[Constant(value='\\\\d'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='\\\\n')])",
        "f'{x = !s:>4}'|JoinedStr(values=[Constant(value='x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=115, format_spec=JoinedStr(values=[Constant(value='>4')]))])",
    })
    void treesMatchCPython(String src, String expected) {
        assertEquals(expected, dump(src));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "f\"{=}\"|f-string: expression required before '='",
        "f\"{!r}\"|f-string: expression required before '!'",
        "f\"{:>3}\"|f-string: expression required before ':'",
        "f\"{ }\"|f-string: empty expression not allowed",
        "f\"{a)}\"|f-string: unmatched ')'",
        "f\"{(a]}\"|f-string: closing parenthesis ']' does not match opening parenthesis '('",
        "f\"{a(}\"|f-string: closing parenthesis '}' does not match opening parenthesis '('",
        "f\"{a!}\"|f-string: invalid conversion character: expected 's', 'r', or 'a'",
        "f\"{a!rr}\"|f-string: expecting '}'",
        "f\"{a\\n}\"|f-string expression part cannot include a backslash",
        "f\"{a:{b:{c}}}\"|f-string: expressions nested too deeply",
        "f\"{a#}\"|f-string expression part cannot include '#'",
        "f\"{a\"|f-string: expecting '}'",
        "f\"{a:\"|f-string: expecting '}'",
        "f\"{a=\"|f-string: expecting '}'",
        "f\"{lambda: 1}\"|f-string: invalid syntax",
        "f'}'|f-string: single '}' is not allowed",
        "f'{*a}'|f-string: cannot use starred expression here",
    })
    void errorsMatchCPython(String src, String message) {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parseModule(src + "\n", "<t>"));
        assertEquals(message, e.msg());
    }

    @Test
    void expressionsInsideKeepTheirSourcePositions() {
        Ast.Assign a = (Ast.Assign) Parser.parseModule("x = f'ab{yy + 1}'\n", "<t>").body().get(0);
        Ast.JoinedStr j = (Ast.JoinedStr) a.value();
        Ast.FormattedValue fv = (Ast.FormattedValue) j.values().get(1);
        assertEquals(new Ast.Pos(1, 4, 1, 17), j.pos());
        assertEquals(new Ast.Pos(1, 9, 1, 15), fv.value().pos());
        Ast.BinOp b = (Ast.BinOp) fv.value();
        assertEquals(new Ast.Pos(1, 9, 1, 11), b.left().pos());
    }

    @Test
    void errorInsideFieldIsReportedAsFString() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parseModule("x = f'{a b}'\n", "<t>"));
        assertEquals("f-string: invalid syntax. Perhaps you forgot a comma?", e.msg());
        assertEquals("(a b)\n", e.text());
        assertEquals(2, e.offset());
    }
}
