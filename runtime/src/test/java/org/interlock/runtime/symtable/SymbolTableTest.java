package org.interlock.runtime.symtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.interlock.runtime.parser.Ast;
import org.interlock.runtime.parser.Parser;
import org.junit.jupiter.api.Test;

/** The symbol-table API the compiler uses: scope lookup by node, kinds, flags and mangling. */
class SymbolTableTest {

    private static SymbolTable build(String src) {
        return SymbolTable.build(Parser.parseModule(src, "<t>"), "<t>");
    }

    @Test
    void scopesAreFoundByNodeIdentityEvenForEqualNodes() {
        // Two lambdas that are equal records (same text, same columns, different lines would
        // differ, so use one line) must still get separate scopes.
        Ast.Module m = Parser.parseModule("a = (lambda: 0, lambda: 0)\n", "<t>");
        SymbolTable st = SymbolTable.build(m, "<t>");
        Ast.Tuple t = (Ast.Tuple) ((Ast.Assign) m.body().get(0)).value();
        Scope s1 = st.scopeOf(t.elts().get(0));
        Scope s2 = st.scopeOf(t.elts().get(1));
        assertNotSame(s1, s2);
        assertSame(st.top(), st.scopeOf(m));
        assertEquals(Scope.Type.LAMBDA, s1.type());
        assertEquals(List.of(s1, s2), st.top().children());
        assertThrows(IllegalArgumentException.class, () -> st.scopeOf(((Ast.Assign) m.body().get(0)).targets().get(0)));
    }

    @Test
    void parameterCountsAndOrder() {
        Ast.Module m = Parser.parseModule("def f(a, b, /, c, d=1, *args, e, f=2, **kw):\n    g = 1\n", "<t>");
        Scope f = SymbolTable.build(m, "<t>").scopeOf(m.body().get(0));
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "args", "kw", "g"), f.varnames());
        assertEquals(4, f.argCount());
        assertEquals(2, f.posOnlyArgCount());
        assertEquals(2, f.kwOnlyArgCount());
        assertTrue(f.hasVarargs());
        assertTrue(f.hasVarkw());
        assertTrue(f.isParameter("kw"));
        assertFalse(f.isParameter("g"));
        assertTrue(f.isFunctionLike());
        assertFalse(f.isNested());
    }

    @Test
    void closuresAndClassCell() {
        Ast.Module m = Parser.parseModule(String.join("\n",
                "def outer(x):",
                "    class C:",
                "        def m(self):",
                "            return super().m() + x",
                "    return C", ""), "<t>");
        SymbolTable st = SymbolTable.build(m, "<t>");
        Ast.FunctionDef outer = (Ast.FunctionDef) m.body().get(0);
        Ast.ClassDef c = (Ast.ClassDef) outer.body().get(0);
        Ast.FunctionDef meth = (Ast.FunctionDef) c.body().get(0);
        Scope so = st.scopeOf(outer);
        Scope sc = st.scopeOf(c);
        Scope sm = st.scopeOf(meth);
        assertEquals(SymbolKind.CELL, so.lookup("x"));
        assertEquals(List.of("x"), so.cellvars());
        assertEquals(List.of("x"), sc.freevars());
        assertTrue(sc.needsClassClosure());
        assertEquals(List.of("__class__"), sc.cellvars());
        assertEquals(SymbolKind.FREE, sm.lookup("__class__"));
        assertEquals(SymbolKind.FREE, sm.lookup("x"));
        assertEquals(SymbolKind.GLOBAL_IMPLICIT, sm.lookup("super"));
        assertEquals(List.of("__class__", "x"), sm.freevars());
        assertTrue(sm.isNested());
        assertFalse(sc.isFunctionLike());
        assertEquals(List.of(), sc.varnames());
    }

    @Test
    void generatorsAndComprehensions() {
        Ast.Module m = Parser.parseModule("def g():\n    yield 1\nxs = [y for y in range(3)]\nge = (z for z in xs)\n", "<t>");
        SymbolTable st = SymbolTable.build(m, "<t>");
        assertTrue(st.scopeOf(m.body().get(0)).isGenerator());
        Scope lc = st.scopeOf(((Ast.Assign) m.body().get(1)).value());
        assertEquals(Scope.Type.COMPREHENSION, lc.type());
        assertEquals("<listcomp>", lc.name());
        assertFalse(lc.isGenerator());
        assertEquals(List.of(".0", "y"), lc.varnames());
        // The outermost iterable is evaluated in the enclosing scope.
        assertEquals(SymbolKind.GLOBAL_IMPLICIT, lc.lookup("range"));
        assertTrue(st.top().names().contains("range"));
        Scope ge = st.scopeOf(((Ast.Assign) m.body().get(2)).value());
        assertTrue(ge.isGenerator());
        assertFalse(ge.names().contains("xs"));
    }

    @Test
    void globalsAndNonlocals() {
        SymbolTable st = build("def f():\n    global a\n    a = 1\n    b = 2\n    def h():\n        nonlocal b\n        b = 3\n");
        Scope f = st.top().children().get(0);
        assertEquals(SymbolKind.GLOBAL_EXPLICIT, f.lookup("a"));
        assertEquals(SymbolKind.CELL, f.lookup("b"));
        assertEquals(SymbolKind.GLOBAL_EXPLICIT, st.top().lookup("a"));
        Scope h = f.children().get(0);
        assertEquals(SymbolKind.FREE, h.lookup("b"));
        assertEquals(List.of(), h.varnames());
    }

    @Test
    void privateNamesAreMangledInClasses() {
        assertEquals("_C__x", SymbolTable.mangle("C", "__x"));
        assertEquals("_C__x", SymbolTable.mangle("__C", "__x"));
        assertEquals("__x__", SymbolTable.mangle("C", "__x__"));
        assertEquals("__x", SymbolTable.mangle("___", "__x"));
        assertEquals("__x", SymbolTable.mangle(null, "__x"));
        assertEquals("_x", SymbolTable.mangle("C", "_x"));
        SymbolTable st = build("class C:\n    __a = 1\n    def m(self, __b):\n        return __b\n");
        Scope c = st.top().children().get(0);
        assertTrue(c.names().contains("_C__a"));
        assertEquals(List.of("self", "_C__b"), c.children().get(0).varnames());
    }

    @Test
    void walrusInComprehensionBindsInEnclosingFunction() {
        SymbolTable st = build("def f(xs):\n    return [last := x for x in xs], last\n");
        Scope f = st.top().children().get(0);
        assertEquals(SymbolKind.CELL, f.lookup("last"));
        Scope comp = f.children().get(0);
        assertEquals(SymbolKind.FREE, comp.lookup("last"));
        assertEquals(SymbolKind.LOCAL, comp.lookup("x"));
    }

    @Test
    void futureAnnotationsAreNotEvaluated() {
        SymbolTable st = build("from __future__ import annotations\ndef f(x: Foo) -> Bar:\n    y: Baz = 1\n");
        assertEquals(java.util.Set.of("annotations"), st.futureFeatures());
        Scope f = st.top().children().get(0);
        assertFalse(st.top().names().contains("Foo"));
        assertFalse(st.top().names().contains("Bar"));
        assertFalse(f.names().contains("Baz"));
        SymbolTable eager = build("def f(x: Foo) -> Bar:\n    y: Baz = 1\n");
        assertTrue(eager.futureFeatures().isEmpty());
        assertTrue(eager.top().names().contains("Foo"));
    }
}
