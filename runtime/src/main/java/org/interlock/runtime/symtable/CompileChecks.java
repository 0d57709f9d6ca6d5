package org.interlock.runtime.symtable;

import java.util.List;
import org.interlock.runtime.parser.Ast.*;
import org.interlock.runtime.parser.PatternWalk;
import org.interlock.runtime.parser.Ast.Module;
import org.interlock.runtime.parser.PySyntaxError;

/**
 * The SyntaxErrors CPython 3.11's compiler (not its parser or symbol table) raises, checked
 * before code generation so the compiler can assume a well-formed tree:
 * {@code 'return' outside function}, {@code 'break' outside loop},
 * {@code 'continue' not properly in loop} (a loop's {@code else} is outside the loop; a
 * function or class body starts afresh), leaving an {@code except*} clause by break, continue
 * or return, {@code can't use starred expression here},
 * {@code starred assignment target must be in a list or tuple} and
 * {@code multiple starred expressions in assignment}.
 */
final class CompileChecks {
    private final String filename;
    private boolean inFunction;
    /** True while checking a statement directly in the module body (where future imports were vetted). */
    private boolean topLevel;
    private int loops;
    /** {@link #loops} where the innermost enclosing except* clause started; -1 outside one. */
    private int exceptStarLoops = -1;
    private static final String EXCEPT_STAR_EXIT = "'break', 'continue' and 'return' cannot appear in an except* block";

    CompileChecks(String filename) {
        this.filename = filename;
    }

    private PySyntaxError error(String msg, Pos p) {
        return SymbolTable.error(filename, msg, p);
    }

    void module(Module m) {
        for (Stmt s : m.body()) {
            topLevel = true;
            stmt(s);
        }
    }

    private void stmts(List<Stmt> body) {
        topLevel = false;
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void block(List<Stmt> body, boolean function) {
        boolean savedFn = inFunction;
        int savedLoops = loops;
        int savedStar = exceptStarLoops;
        inFunction = function;
        loops = 0;
        exceptStarLoops = -1;
        try {
            stmts(body);
        } finally {
            inFunction = savedFn;
            loops = savedLoops;
            exceptStarLoops = savedStar;
        }
    }

    private void loopBody(List<Stmt> body) {
        loops++;
        try {
            stmts(body);
        } finally {
            loops--;
        }
    }

    private void stmt(Stmt s) {
        switch (s) {
            case FunctionLike f -> {
                exprs(f.decoratorList());
                arguments(f.args());
                block(f.body(), true);
            }
            case ClassDef c -> {
                exprs(c.decoratorList());
                elements(c.bases());
                keywords(c.keywords());
                block(c.body(), false);
            }
            case Return r -> {
                if (!inFunction) {
                    throw error("'return' outside function", r.pos());
                }
                // CPython reports it where the value is compiled, at the value
                if (exceptStarLoops >= 0) throw error(EXCEPT_STAR_EXIT, r.value() != null ? r.value().pos() : r.pos());
                opt(r.value());
            }
            case Delete d -> exprs(d.targets());
            case Assign a -> {
                for (Expr t : a.targets()) {
                    target(t);
                }
                expr(a.value());
            }
            case AugAssign a -> {
                expr(a.target());
                expr(a.value());
            }
            case AnnAssign a -> {
                expr(a.target());
                expr(a.annotation());
                opt(a.value());
            }
            case ForLike f -> {
                target(f.target());
                expr(f.iter());
                loopBody(f.body());
                stmts(f.orelse());
            }
            case While w -> {
                expr(w.test());
                loopBody(w.body());
                stmts(w.orelse());
            }
            case If i -> {
                expr(i.test());
                stmts(i.body());
                stmts(i.orelse());
            }
            case Match m -> {
                expr(m.subject());
                for (MatchCase c : m.cases()) {
                    PatternWalk.visit(c.pattern(), this::expr, n -> { });
                    opt(c.guard());
                    stmts(c.body());
                }
                PatternChecks.check(m, filename);
            }
            case WithLike w -> {
                for (WithItem it : w.items()) {
                    expr(it.contextExpr());
                    if (it.optionalVars() != null) {
                        target(it.optionalVars());
                    }
                }
                stmts(w.body());
            }
            case Raise r -> {
                opt(r.exc());
                opt(r.cause());
            }
            case Try t -> {
                stmts(t.body());
                for (ExceptHandler h : t.handlers()) {
                    opt(h.type());
                    if (t.star()) {
                        // leaving an except* clause by break, continue or return is refused
                        int saved = exceptStarLoops;
                        exceptStarLoops = loops;
                        try {
                            stmts(h.body());
                        } finally {
                            exceptStarLoops = saved;
                        }
                    } else {
                        stmts(h.body());
                    }
                }
                stmts(t.orelse());
                stmts(t.finalbody());
            }
            case Assert a -> {
                expr(a.test());
                opt(a.msg());
            }
            case Break b -> {
                if (exceptStarLoops == loops) throw error(EXCEPT_STAR_EXIT, b.pos());
                if (loops == 0) {
                    throw error("'break' outside loop", b.pos());
                }
            }
            case Continue c -> {
                if (exceptStarLoops == loops) throw error(EXCEPT_STAR_EXIT, c.pos());
                if (loops == 0) {
                    throw error("'continue' not properly in loop", c.pos());
                }
            }
            case ExprStmt e -> expr(e.value());
            case Import i -> { }
            case ImportFrom i -> {
                // At the top of the module they were checked already; anywhere else they are misplaced.
                if ("__future__".equals(i.module()) && i.level() == 0 && !topLevel) {
                    throw error("from __future__ imports must occur at the beginning of the file", i.pos());
                }
            }
            case Global g -> { }
            case Nonlocal n -> { }
            case Pass p -> { }
        }
    }

    private void arguments(Arguments a) {
        exprs(a.defaults());
        a.kwDefaults().forEach(this::opt);
    }

    /** An assignment target: a bare starred target is an error, and one star per tuple/list. */
    private void target(Expr t) {
        if (t instanceof Starred s) {
            throw error("starred assignment target must be in a list or tuple", s.pos());
        }
        storeTarget(t);
    }

    private void storeTarget(Expr t) {
        List<Expr> elts = t instanceof Tuple tu ? tu.elts() : t instanceof ListExpr l ? l.elts() : null;
        if (elts == null) {
            expr(t);
            return;
        }
        boolean seenStar = false;
        for (Expr e : elts) {
            if (e instanceof Starred s) {
                if (seenStar) {
                    throw error("multiple starred expressions in assignment", t.pos());
                }
                seenStar = true;
                storeTarget(s.value());
            } else {
                storeTarget(e);
            }
        }
    }

    private void keywords(List<Keyword> kws) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Keyword k : kws) {
            if (k.arg() != null && !seen.add(k.arg())) {
                throw error("keyword argument repeated: " + k.arg(), k.pos());
            }
            expr(k.value());
        }
    }

    private void exprs(List<Expr> es) {
        es.forEach(this::expr);
    }

    private void opt(Expr e) {
        if (e != null) {
            expr(e);
        }
    }

    /** Elements of a display or call arguments, where {@code *x} is allowed. */
    private void elements(List<Expr> es) {
        for (Expr e : es) {
            if (e instanceof Starred s) {
                expr(s.value());
            } else {
                expr(e);
            }
        }
    }

    private void expr(Expr e) {
        switch (e) {
            case Starred s -> throw error("can't use starred expression here", s.pos());
            case Tuple t -> elements(t.elts());
            case ListExpr l -> elements(l.elts());
            case SetExpr s -> elements(s.elts());
            case Call c -> {
                expr(c.func());
                elements(c.args());
                keywords(c.keywords());
            }
            case Lambda l -> {
                arguments(l.args());
                boolean savedFn = inFunction;
                int savedLoops = loops;
                inFunction = true;
                loops = 0;
                try {
                    expr(l.body());
                } finally {
                    inFunction = savedFn;
                    loops = savedLoops;
                }
            }
            case BoolOp b -> exprs(b.values());
            case NamedExpr n -> expr(n.value());
            case BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case UnaryOp u -> expr(u.operand());
            case IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orelse());
            }
            case Dict d -> {
                d.keys().forEach(this::opt);
                exprs(d.values());
            }
            case ListComp c -> comprehension(c.generators(), c.elt(), null);
            case SetComp c -> comprehension(c.generators(), c.elt(), null);
            case DictComp c -> comprehension(c.generators(), c.key(), c.value());
            case GeneratorExp c -> comprehension(c.generators(), c.elt(), null);
            case Yield y -> opt(y.value());
            case YieldFrom y -> expr(y.value());
            case Await a -> expr(a.value());
            case Compare c -> {
                expr(c.left());
                exprs(c.comparators());
            }
            case FormattedValue f -> {
                expr(f.value());
                opt(f.formatSpec());
            }
            case JoinedStr j -> exprs(j.values());
            case Attribute a -> expr(a.value());
            case Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            case Slice s -> {
                opt(s.lower());
                opt(s.upper());
                opt(s.step());
            }
            case Name n -> { }
            case Constant c -> { }
        }
    }

    private void comprehension(List<Comprehension> gens, Expr elt, Expr value) {
        for (Comprehension g : gens) {
            target(g.target());
            expr(g.iter());
            exprs(g.ifs());
        }
        expr(elt);
        opt(value);
    }
}
