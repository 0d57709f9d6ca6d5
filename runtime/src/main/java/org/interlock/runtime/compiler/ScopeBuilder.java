package org.interlock.runtime.compiler;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.interlock.runtime.parser.Ast;
import org.interlock.runtime.parser.Ast.*;
import org.interlock.runtime.parser.PatternWalk;

/**
 * Walks a module's tree and builds its {@link Scope}s: which names each block binds, reads and
 * declares, then resolves free and cell variables. Scopes are keyed by node identity (records
 * compare by value).
 */
final class ScopeBuilder {
    final Map<Object, Scope> scopes = new IdentityHashMap<>();
    private Scope cur;

    static ScopeBuilder build(Ast.Module m) {
        ScopeBuilder b = new ScopeBuilder();
        Scope top = new Scope(Scope.Kind.MODULE, "<module>", null, false);
        b.scopes.put(m, top);
        b.cur = top;
        b.stmts(m.body());
        top.resolve();
        return b;
    }

    private void stmts(List<Stmt> ss) {
        for (Stmt s : ss) stmt(s);
    }

    private void bind(String n) {
        cur.bound.add(n);
    }

    private void use(String n) {
        cur.used.add(n);
    }

    private void stmt(Stmt s) {
        switch (s) {
            case FunctionLike f -> {
                for (Expr d : f.decoratorList()) expr(d);
                argDefaults(f.args());
                annotations(f.args(), f.returns());
                bind(f.name());
                Scope sc = enter(f, Scope.Kind.FUNCTION, f.name(), f.pos().line(), false);
                if (f instanceof AsyncFunctionDef) {
                    sc.generator = true;
                    sc.coroutine = true;
                }
                params(sc, f.args());
                stmts(f.body());
                cur = sc.parent;
            }
            case ClassDef c -> {
                for (Expr d : c.decoratorList()) expr(d);
                for (Expr b : c.bases()) expr(b);
                for (Keyword k : c.keywords()) expr(k.value());
                bind(c.name());
                Scope sc = enter(c, Scope.Kind.CLASS, c.name(), c.pos().line(), false);
                stmts(c.body());
                cur = sc.parent;
            }
            case Return r -> { if (r.value() != null) expr(r.value()); }
            case Delete d -> d.targets().forEach(this::expr);
            case Assign a -> { expr(a.value()); a.targets().forEach(this::expr); }
            case AugAssign a -> {
                expr(a.value());
                expr(a.target());
                if (a.target() instanceof Name n) use(n.id());
            }
            case AnnAssign a -> {
                if (a.value() != null) expr(a.value());
                expr(a.target());
                if (!(a.target() instanceof Name) || cur.kind != Scope.Kind.FUNCTION) expr(a.annotation());
            }
            case ForLike f -> { expr(f.iter()); expr(f.target()); stmts(f.body()); stmts(f.orelse()); }
            case While w -> { expr(w.test()); stmts(w.body()); stmts(w.orelse()); }
            case If i -> { expr(i.test()); stmts(i.body()); stmts(i.orelse()); }
            case Match m -> {
                expr(m.subject());
                for (MatchCase c : m.cases()) {
                    PatternWalk.visit(c.pattern(), this::expr, this::bind);
                    if (c.guard() != null) expr(c.guard());
                    stmts(c.body());
                }
            }
            case WithLike w -> {
                for (WithItem it : w.items()) {
                    expr(it.contextExpr());
                    if (it.optionalVars() != null) expr(it.optionalVars());
                }
                stmts(w.body());
            }
            case Raise r -> { if (r.exc() != null) expr(r.exc()); if (r.cause() != null) expr(r.cause()); }
            case Try t -> {
                stmts(t.body());
                for (ExceptHandler h : t.handlers()) {
                    if (h.type() != null) expr(h.type());
                    if (h.name() != null) bind(h.name());
                    stmts(h.body());
                }
                stmts(t.orelse());
                stmts(t.finalbody());
            }
            case Assert a -> { expr(a.test()); if (a.msg() != null) expr(a.msg()); }
            case Import im -> {
                for (Alias al : im.names()) {
                    bind(al.asname() != null ? al.asname() : al.name().split("\\.")[0]);
                }
            }
            case ImportFrom im -> {
                for (Alias al : im.names()) {
                    if (al.name().equals("*")) continue;
                    bind(al.asname() != null ? al.asname() : al.name());
                }
            }
            case Global g -> {
                for (String n : g.names()) {
                    if (cur.bound.contains(n) || cur.used.contains(n)) {
                        throw new CompileError("name '" + n + "' is " + (cur.bound.contains(n) ? "assigned to" : "used")
                                + " before global declaration", g.pos().line());
                    }
                    cur.globals.add(n);
                }
            }
            case Nonlocal g -> {
                if (cur.kind == Scope.Kind.MODULE) {
                    throw new CompileError("nonlocal declaration not allowed at module level", g.pos().line());
                }
                for (String n : g.names()) {
                    if (cur.bound.contains(n) || cur.used.contains(n)) {
                        throw new CompileError("name '" + n + "' is " + (cur.bound.contains(n) ? "assigned to" : "used")
                                + " before nonlocal declaration", g.pos().line());
                    }
                    cur.nonlocals.add(n);
                }
            }
            case ExprStmt e -> expr(e.value());
            case Pass p -> { }
            case Break b -> { }
            case Continue c -> { }
        }
    }

    private void argDefaults(Arguments a) {
        for (Expr d : a.defaults()) expr(d);
        for (Expr d : a.kwDefaults()) if (d != null) expr(d);
    }

    private void annotations(Arguments a, Expr returns) {
        for (Arg x : a.posonlyargs()) if (x.annotation() != null) expr(x.annotation());
        for (Arg x : a.args()) if (x.annotation() != null) expr(x.annotation());
        for (Arg x : a.kwonlyargs()) if (x.annotation() != null) expr(x.annotation());
        if (a.vararg() != null && a.vararg().annotation() != null) expr(a.vararg().annotation());
        if (a.kwarg() != null && a.kwarg().annotation() != null) expr(a.kwarg().annotation());
        if (returns != null) expr(returns);
    }

    private void params(Scope sc, Arguments a) {
        for (Arg x : a.posonlyargs()) param(sc, x.arg());
        for (Arg x : a.args()) param(sc, x.arg());
        for (Arg x : a.kwonlyargs()) param(sc, x.arg());
        if (a.vararg() != null) param(sc, a.vararg().arg());
        if (a.kwarg() != null) param(sc, a.kwarg().arg());
    }

    private void param(Scope sc, String n) {
        if (sc.params.contains(n)) {
            throw new CompileError("duplicate argument '" + n + "' in function definition", sc.line);
        }
        sc.params.add(n);
        sc.bound.add(n);
    }

    private Scope enter(Object node, Scope.Kind kind, String name, int line, boolean comp) {
        Scope sc = new Scope(kind, name, cur, comp);
        sc.line = line;
        scopes.put(node, sc);
        cur = sc;
        return sc;
    }

    private void expr(Expr e) {
        switch (e) {
            case BoolOp b -> b.values().forEach(this::expr);
            case NamedExpr n -> {
                expr(n.value());
                String id = ((Name) n.target()).id();
                // The target binds in the nearest scope that is not a comprehension.
                Scope s = cur;
                while (s.comprehension) {
                    s.nonlocals.add(id);
                    s = s.parent;
                }
                if (s != cur) {
                    if (s.kind == Scope.Kind.MODULE) {
                        for (Scope c = cur; c != s; c = c.parent) {
                            c.nonlocals.remove(id);
                            c.globals.add(id);
                        }
                    } else if (s.kind == Scope.Kind.CLASS) {
                        throw new CompileError("assignment expression within a comprehension cannot be used in a class body",
                                n.pos().line());
                    }
                }
                s.bound.add(id);
            }
            case BinOp b -> { expr(b.left()); expr(b.right()); }
            case UnaryOp u -> expr(u.operand());
            case Lambda l -> {
                argDefaults(l.args());
                Scope sc = enter(l, Scope.Kind.FUNCTION, "<lambda>", l.pos().line(), false);
                params(sc, l.args());
                expr(l.body());
                cur = sc.parent;
            }
            case IfExp i -> { expr(i.test()); expr(i.body()); expr(i.orelse()); }
            case Dict d -> {
                for (Expr k : d.keys()) if (k != null) expr(k);
                d.values().forEach(this::expr);
            }
            case SetExpr s -> s.elts().forEach(this::expr);
            case ListComp c -> comp(c, c.generators(), "<listcomp>", List.of(c.elt()), false);
            case SetComp c -> comp(c, c.generators(), "<setcomp>", List.of(c.elt()), false);
            case DictComp c -> comp(c, c.generators(), "<dictcomp>", List.of(c.key(), c.value()), false);
            case GeneratorExp c -> comp(c, c.generators(), "<genexpr>", List.of(c.elt()), true);
            case Yield y -> { cur.generator = true; if (y.value() != null) expr(y.value()); }
            case YieldFrom y -> { cur.generator = true; expr(y.value()); }
            case Await a -> expr(a.value());
            case Compare c -> { expr(c.left()); c.comparators().forEach(this::expr); }
            case Call c -> {
                expr(c.func());
                c.args().forEach(this::expr);
                for (Keyword k : c.keywords()) expr(k.value());
            }
            case FormattedValue f -> { expr(f.value()); if (f.formatSpec() != null) expr(f.formatSpec()); }
            case JoinedStr j -> j.values().forEach(this::expr);
            case Constant c -> { }
            case Attribute a -> expr(a.value());
            case Subscript s -> { expr(s.value()); expr(s.slice()); }
            case Starred s -> expr(s.value());
            case Name n -> {
                if (n.ctx() == Ctx.Load) {
                    use(n.id());
                    if (cur.kind == Scope.Kind.FUNCTION && (n.id().equals("super"))) use("__class__");
                } else {
                    bind(n.id());
                }
            }
            case ListExpr l -> l.elts().forEach(this::expr);
            case Tuple t -> t.elts().forEach(this::expr);
            case Slice s -> {
                if (s.lower() != null) expr(s.lower());
                if (s.upper() != null) expr(s.upper());
                if (s.step() != null) expr(s.step());
            }
        }
    }

    private void comp(Expr node, List<Comprehension> gens, String name, List<Expr> elts, boolean genexp) {
        expr(gens.get(0).iter());
        Scope sc = enter(node, Scope.Kind.FUNCTION, name, node.pos().line(), true);
        sc.params.add(".0");
        sc.bound.add(".0");
        sc.generator = genexp;
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            if (i > 0) expr(g.iter());
            expr(g.target());
            g.ifs().forEach(this::expr);
        }
        elts.forEach(this::expr);
        cur = sc.parent;
    }
}
