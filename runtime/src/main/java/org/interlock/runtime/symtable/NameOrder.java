package org.interlock.runtime.symtable;

import java.util.List;
import java.util.Set;
import org.interlock.runtime.parser.Ast.*;
import org.interlock.runtime.parser.PatternWalk;

/**
 * Records, in source order, the names a block of statements refers to in the current
 * scope, without recording flags or opening scopes: used where the compiler emits a block
 * a second time (a finally body at a return, break or continue), which only affects the
 * order in which fast locals are numbered.
 */
final class NameOrder {
    private NameOrder() {}

    static void touch(List<Stmt> body, Set<String> order, String className) {
        for (Stmt s : body) {
            stmt(s, order, className);
        }
    }

    private static void stmt(Stmt s, Set<String> o, String cls) {
        switch (s) {
            case FunctionLike f -> {
                exprs(f.decoratorList(), o, cls);
                exprs(f.args().defaults(), o, cls);
                o.add(SymbolTable.mangle(cls, f.name()));
            }
            case ClassDef c -> {
                exprs(c.bases(), o, cls);
                o.add(SymbolTable.mangle(cls, c.name()));
            }
            case Return r -> opt(r.value(), o, cls);
            case Delete d -> exprs(d.targets(), o, cls);
            case Assign a -> {
                expr(a.value(), o, cls);
                exprs(a.targets(), o, cls);
            }
            case AugAssign a -> {
                expr(a.target(), o, cls);
                expr(a.value(), o, cls);
            }
            case AnnAssign a -> {
                opt(a.value(), o, cls);
                expr(a.target(), o, cls);
            }
            case ForLike f -> {
                expr(f.iter(), o, cls);
                expr(f.target(), o, cls);
                touch(f.body(), o, cls);
                touch(f.orelse(), o, cls);
            }
            case While w -> {
                expr(w.test(), o, cls);
                touch(w.body(), o, cls);
                touch(w.orelse(), o, cls);
            }
            case If i -> {
                expr(i.test(), o, cls);
                touch(i.body(), o, cls);
                touch(i.orelse(), o, cls);
            }
            case Match m -> {
                expr(m.subject(), o, cls);
                for (MatchCase c : m.cases()) {
                    PatternWalk.visit(c.pattern(), e -> expr(e, o, cls), n -> o.add(SymbolTable.mangle(cls, n)));
                    opt(c.guard(), o, cls);
                    touch(c.body(), o, cls);
                }
            }
            case WithLike w -> {
                for (WithItem it : w.items()) {
                    expr(it.contextExpr(), o, cls);
                    opt(it.optionalVars(), o, cls);
                }
                touch(w.body(), o, cls);
            }
            case Raise r -> {
                opt(r.exc(), o, cls);
                opt(r.cause(), o, cls);
            }
            case Try t -> {
                touch(t.body(), o, cls);
                touch(t.orelse(), o, cls);
                for (ExceptHandler h : t.handlers()) {
                    opt(h.type(), o, cls);
                    if (h.name() != null) {
                        o.add(SymbolTable.mangle(cls, h.name()));
                    }
                    touch(h.body(), o, cls);
                }
                touch(t.finalbody(), o, cls);
            }
            case Assert a -> {
                expr(a.test(), o, cls);
                opt(a.msg(), o, cls);
            }
            case Import i -> i.names().forEach(al -> o.add(SymbolTable.mangle(cls,
                    al.asname() != null ? al.asname() : al.name().split("\\.", 2)[0])));
            case ImportFrom i -> i.names().forEach(al -> o.add(SymbolTable.mangle(cls,
                    al.asname() != null ? al.asname() : al.name())));
            case ExprStmt e -> expr(e.value(), o, cls);
            case Global g -> { }
            case Nonlocal n -> { }
            case Pass p -> { }
            case Break b -> { }
            case Continue c -> { }
        }
    }

    private static void exprs(List<Expr> es, Set<String> o, String cls) {
        for (Expr e : es) {
            expr(e, o, cls);
        }
    }

    private static void opt(Expr e, Set<String> o, String cls) {
        if (e != null) {
            expr(e, o, cls);
        }
    }

    private static void expr(Expr e, Set<String> o, String cls) {
        switch (e) {
            case Name n -> o.add(SymbolTable.mangle(cls, n.id()));
            case Lambda l -> exprs(l.args().defaults(), o, cls);
            case ListComp c -> expr(c.generators().get(0).iter(), o, cls);
            case SetComp c -> expr(c.generators().get(0).iter(), o, cls);
            case DictComp c -> expr(c.generators().get(0).iter(), o, cls);
            case GeneratorExp c -> expr(c.generators().get(0).iter(), o, cls);
            case NamedExpr n -> {
                expr(n.value(), o, cls);
                expr(n.target(), o, cls);
            }
            case BoolOp b -> exprs(b.values(), o, cls);
            case BinOp b -> {
                expr(b.left(), o, cls);
                expr(b.right(), o, cls);
            }
            case UnaryOp u -> expr(u.operand(), o, cls);
            case IfExp i -> {
                expr(i.test(), o, cls);
                expr(i.body(), o, cls);
                expr(i.orelse(), o, cls);
            }
            case Dict d -> {
                for (int k = 0; k < d.keys().size(); k++) {
                    opt(d.keys().get(k), o, cls);
                    expr(d.values().get(k), o, cls);
                }
            }
            case SetExpr s -> exprs(s.elts(), o, cls);
            case Yield y -> opt(y.value(), o, cls);
            case YieldFrom y -> expr(y.value(), o, cls);
            case Await a -> expr(a.value(), o, cls);
            case Compare c -> {
                expr(c.left(), o, cls);
                exprs(c.comparators(), o, cls);
            }
            case Call c -> {
                expr(c.func(), o, cls);
                exprs(c.args(), o, cls);
                c.keywords().forEach(k -> expr(k.value(), o, cls));
            }
            case FormattedValue f -> {
                expr(f.value(), o, cls);
                opt(f.formatSpec(), o, cls);
            }
            case JoinedStr j -> exprs(j.values(), o, cls);
            case Attribute a -> expr(a.value(), o, cls);
            case Subscript s -> {
                expr(s.value(), o, cls);
                expr(s.slice(), o, cls);
            }
            case Starred s -> expr(s.value(), o, cls);
            case ListExpr l -> exprs(l.elts(), o, cls);
            case Tuple t -> exprs(t.elts(), o, cls);
            case Slice s -> {
                opt(s.lower(), o, cls);
                opt(s.upper(), o, cls);
                opt(s.step(), o, cls);
            }
            case Constant c -> { }
        }
    }
}
