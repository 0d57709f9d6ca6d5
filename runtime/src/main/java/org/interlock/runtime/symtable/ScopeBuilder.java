package org.interlock.runtime.symtable;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.interlock.runtime.parser.Ast;
import org.interlock.runtime.parser.Ast.*;
import org.interlock.runtime.parser.PatternWalk;
import org.interlock.runtime.parser.Ast.Module;

/**
 * The first pass over the tree: opens a {@link Scope} per block and records, per name,
 * CPython's symbol flags (DEF_LOCAL, DEF_PARAM, DEF_GLOBAL, DEF_NONLOCAL, USE, ...), with
 * the errors CPython's symbol table raises while doing so: global/nonlocal after use or
 * assignment, duplicate parameters, yield outside a function, {@code import *} in a
 * function, and the assignment-expression rules of comprehensions.
 *
 * <p>Within a function, locals are recorded in the order the compiler meets them (an
 * assignment's value before its targets, a loop's iterable before its target), which is
 * the order of CPython's {@code co_varnames}.
 */
final class ScopeBuilder {
    private final String filename;
    private final Map<Ast.Node, Scope> map;
    private Scope cur;
    /** The enclosing class name for mangling, or null. */
    private String className;
    /** Per scope: > 0 while visiting a comprehension's iterable expression. */
    private final Map<Scope, Integer> compIter = new IdentityHashMap<>();

    /** PEP 563: annotations are not evaluated, so their names belong to no scope. */
    private final boolean futureAnnotations;
    /**
     * The enclosing try-finally bodies and loops of the current function, innermost last:
     * a return, break or continue compiles the pending finally bodies inline, so their
     * names are numbered there (CPython's fblock unwinding). {@link #LOOP} marks a loop.
     */
    private java.util.ArrayDeque<List<Stmt>> fblocks = new java.util.ArrayDeque<>();
    private static final List<Stmt> LOOP = List.of();

    ScopeBuilder(String filename, Map<Ast.Node, Scope> map, boolean futureAnnotations) {
        this.filename = filename;
        this.map = map;
        this.futureAnnotations = futureAnnotations;
    }

    private RuntimeException error(String msg, Pos p) {
        return SymbolTable.error(filename, msg, p);
    }

    Scope module(Module m) {
        cur = open(Scope.Type.MODULE, "<module>", m, 1);
        stmts(m.body());
        return cur;
    }

    private Scope open(Scope.Type type, String name, Ast.Node node, int firstLine) {
        Scope s = new Scope(type, name, node, cur, firstLine);
        map.put(node, s);
        return s;
    }

    private String mangle(String name) {
        return SymbolTable.mangle(className, name);
    }

    private void addDef(String rawName, int flag, Pos pos) {
        String name = mangle(rawName);
        int old = cur.flags.getOrDefault(name, 0);
        if ((flag & Scope.DEF_PARAM) != 0 && (old & Scope.DEF_PARAM) != 0) {
            throw error("duplicate argument '" + name + "' in function definition", pos);
        }
        cur.flags.put(name, old | flag);
        cur.kinds.putIfAbsent(name, SymbolKind.GLOBAL_IMPLICIT);
        if ((flag & Scope.DEF_PARAM) != 0) {
            cur.params.add(name);
        }
        // Every reference counts: the compiler numbers fast locals as it meets them.
        cur.localOrder.add(name);
        if ((flag & Scope.DEF_GLOBAL) != 0 && cur.parent() != null) {
            // As CPython, a global declaration anywhere marks the name global in the module too.
            Scope top = cur;
            while (top.parent() != null) {
                top = top.parent();
            }
            top.flags.merge(name, Scope.DEF_GLOBAL, (a, b) -> a | b);
            top.kinds.putIfAbsent(name, SymbolKind.GLOBAL_IMPLICIT);
        }
    }

    // ------------------------------------------------------------------ statements

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        switch (s) {
            case FunctionLike f -> {
                argumentDefaults(f.args());
                annotations(f.args(), f.returns());
                exprs(f.decoratorList());
                int first = f.decoratorList().isEmpty() ? f.pos().line() : f.decoratorList().get(0).pos().line();
                Scope saved = cur;
                cur = open(Scope.Type.FUNCTION, f.name(), f, first);
                var savedBlocks = fblocks;
                fblocks = new java.util.ArrayDeque<>();
                parameters(f.args());
                stmts(f.body());
                fblocks = savedBlocks;
                cur = saved;
                // The name is stored after the function object is made (compiler order).
                addDef(f.name(), Scope.DEF_LOCAL, f.pos());
            }
            case ClassDef c -> {
                exprs(c.bases());
                for (Keyword k : c.keywords()) {
                    expr(k.value());
                }
                exprs(c.decoratorList());
                int first = c.decoratorList().isEmpty() ? c.pos().line() : c.decoratorList().get(0).pos().line();
                Scope saved = cur;
                String savedClass = className;
                cur = open(Scope.Type.CLASS, c.name(), c, first);
                className = c.name();
                var savedBlocks = fblocks;
                fblocks = new java.util.ArrayDeque<>();
                stmts(c.body());
                fblocks = savedBlocks;
                className = savedClass;
                cur = saved;
                addDef(c.name(), Scope.DEF_LOCAL, c.pos());
            }
            case Return r -> {
                exprOpt(r.value());
                unwind(false);
            }
            case Delete d -> exprs(d.targets());
            case Assign a -> {
                expr(a.value());
                exprs(a.targets());
            }
            case AugAssign a -> {
                expr(a.target());
                expr(a.value());
            }
            case AnnAssign a -> annAssign(a);
            case ForLike f -> {
                expr(f.iter());
                expr(f.target());
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
                    PatternWalk.visit(c.pattern(), this::expr, n -> addDef(n, Scope.DEF_LOCAL, c.pattern().pos()));
                    exprOpt(c.guard());
                    stmts(c.body());
                }
            }
            case WithLike w -> {
                for (WithItem it : w.items()) {
                    expr(it.contextExpr());
                    exprOpt(it.optionalVars());
                }
                stmts(w.body());
            }
            case Raise r -> {
                exprOpt(r.exc());
                exprOpt(r.cause());
            }
            case Try t -> {
                if (!t.finalbody().isEmpty()) {
                    fblocks.addLast(t.finalbody());
                }
                // The compiler emits the else block right after the body, before the handlers.
                stmts(t.body());
                stmts(t.orelse());
                for (ExceptHandler h : t.handlers()) {
                    exprOpt(h.type());
                    if (h.name() != null) {
                        addDef(h.name(), Scope.DEF_LOCAL, h.pos());
                    }
                    stmts(h.body());
                }
                if (!t.finalbody().isEmpty()) {
                    fblocks.removeLast();
                }
                stmts(t.finalbody());
            }
            case Assert a -> {
                expr(a.test());
                exprOpt(a.msg());
            }
            case Import i -> {
                for (Alias al : i.names()) {
                    String bound = al.asname() != null ? al.asname() : al.name().split("\\.", 2)[0];
                    addDef(bound, Scope.DEF_IMPORT, al.pos());
                }
            }
            case ImportFrom i -> {
                for (Alias al : i.names()) {
                    if (al.name().equals("*")) {
                        if (cur.type() != Scope.Type.MODULE) {
                            throw error("import * only allowed at module level", al.pos());
                        }
                        continue;
                    }
                    addDef(al.asname() != null ? al.asname() : al.name(), Scope.DEF_IMPORT, al.pos());
                }
            }
            case Global g -> declare(g.names(), true, g.pos());
            case Nonlocal n -> {
                if (cur.type() == Scope.Type.MODULE) {
                    throw error("nonlocal declaration not allowed at module level", n.pos());
                }
                declare(n.names(), false, n.pos());
            }
            case ExprStmt e -> expr(e.value());
            case Pass p -> { }
            case Break b -> unwind(true);
            case Continue c -> unwind(true);
        }
    }

    private void loopBody(List<Stmt> body) {
        fblocks.addLast(LOOP);
        stmts(body);
        fblocks.removeLast();
    }

    /**
     * A jump out of try-finally blocks: the finally bodies it passes through (up to the
     * innermost loop for break/continue) are compiled at the jump, so their names are
     * met there first. Only the numbering order is affected: no flags, no scopes.
     */
    private void unwind(boolean toLoop) {
        for (var it = fblocks.descendingIterator(); it.hasNext(); ) {
            List<Stmt> b = it.next();
            if (b == LOOP) {
                if (toLoop) {
                    return;
                }
                continue;
            }
            NameOrder.touch(b, cur.localOrder, className);
        }
    }

    private void annAssign(AnnAssign a) {
        if (a.target() instanceof Name n) {
            int old = cur.flags.getOrDefault(mangle(n.id()), 0);
            if ((old & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0 && cur.type() != Scope.Type.MODULE && a.simple()) {
                throw error("annotated name '" + n.id() + "' can't be "
                        + ((old & Scope.DEF_GLOBAL) != 0 ? "global" : "nonlocal"), a.pos());
            }
            if (a.simple() && a.value() == null) {
                // Annotation only: a local, but no code refers to it, so it takes no varnames slot yet.
                String name = mangle(n.id());
                cur.flags.merge(name, Scope.DEF_ANNOT | Scope.DEF_LOCAL, (x, y) -> x | y);
                cur.kinds.putIfAbsent(name, SymbolKind.GLOBAL_IMPLICIT);
            } else if (a.simple()) {
                addDef(n.id(), Scope.DEF_ANNOT | Scope.DEF_LOCAL, n.pos());
            } else if (a.value() != null) {
                addDef(n.id(), Scope.DEF_LOCAL, n.pos());
            }
        } else {
            expr(a.target());
        }
        if (!futureAnnotations) {
            expr(a.annotation());
        }
        exprOpt(a.value());
    }

    private void declare(List<String> names, boolean global, Pos pos) {
        for (String raw : names) {
            String name = mangle(raw);
            int cur0 = cur.flags.getOrDefault(name, 0);
            String what = global ? "global" : "nonlocal";
            if ((cur0 & (Scope.DEF_PARAM | Scope.DEF_LOCAL | Scope.USE | Scope.DEF_ANNOT)) != 0) {
                String msg;
                if ((cur0 & Scope.DEF_PARAM) != 0) {
                    msg = "name '" + raw + "' is parameter and " + what;
                } else if ((cur0 & Scope.USE) != 0) {
                    msg = "name '" + raw + "' is used prior to " + what + " declaration";
                } else if ((cur0 & Scope.DEF_ANNOT) != 0) {
                    msg = "annotated name '" + raw + "' can't be " + what;
                } else {
                    msg = "name '" + raw + "' is assigned to before " + what + " declaration";
                }
                throw error(msg, pos);
            }
            if ((cur0 & (global ? Scope.DEF_NONLOCAL : Scope.DEF_GLOBAL)) != 0) {
                // CPython reports it at the first of the two declarations.
                throw error("name '" + raw + "' is nonlocal and global", cur.nonlocalPos.getOrDefault(name, pos));
            }
            addDef(raw, global ? Scope.DEF_GLOBAL : Scope.DEF_NONLOCAL, pos);
            cur.nonlocalPos.putIfAbsent(name, pos);
        }
    }

    // ------------------------------------------------------------------ parameters

    private void argumentDefaults(Arguments a) {
        exprs(a.defaults());
        for (Expr d : a.kwDefaults()) {
            exprOpt(d);
        }
    }

    private void annotations(Arguments a, Expr returns) {
        if (futureAnnotations) {
            return;
        }
        for (Arg x : a.posonlyargs()) {
            exprOpt(x.annotation());
        }
        for (Arg x : a.args()) {
            exprOpt(x.annotation());
        }
        if (a.vararg() != null) {
            exprOpt(a.vararg().annotation());
        }
        for (Arg x : a.kwonlyargs()) {
            exprOpt(x.annotation());
        }
        if (a.kwarg() != null) {
            exprOpt(a.kwarg().annotation());
        }
        exprOpt(returns);
    }

    private void parameters(Arguments a) {
        for (Arg x : a.posonlyargs()) {
            addDef(x.arg(), Scope.DEF_PARAM, x.pos());
        }
        for (Arg x : a.args()) {
            addDef(x.arg(), Scope.DEF_PARAM, x.pos());
        }
        for (Arg x : a.kwonlyargs()) {
            addDef(x.arg(), Scope.DEF_PARAM, x.pos());
        }
        if (a.vararg() != null) {
            addDef(a.vararg().arg(), Scope.DEF_PARAM, a.vararg().pos());
            cur.hasVarargs = true;
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().arg(), Scope.DEF_PARAM, a.kwarg().pos());
            cur.hasVarkw = true;
        }
        cur.posOnlyArgCount = a.posonlyargs().size();
        cur.argCount = a.posonlyargs().size() + a.args().size();
        cur.kwOnlyArgCount = a.kwonlyargs().size();
    }

    // ------------------------------------------------------------------ expressions

    private void exprs(List<Expr> es) {
        for (Expr e : es) {
            expr(e);
        }
    }

    private void exprOpt(Expr e) {
        if (e != null) {
            expr(e);
        }
    }

    private void expr(Expr e) {
        switch (e) {
            case Name n -> {
                if (n.ctx() == Ctx.Load) {
                    addDef(n.id(), Scope.USE, n.pos());
                    if (cur.isFunctionLike() && n.id().equals("super")) {
                        // super() with no arguments reads the __class__ cell.
                        addDefRaw("__class__", Scope.USE);
                    }
                } else {
                    addDef(n.id(), Scope.DEF_LOCAL, n.pos());
                }
            }
            case NamedExpr ne -> namedExpr(ne);
            case BoolOp b -> exprs(b.values());
            case BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case UnaryOp u -> expr(u.operand());
            case Lambda l -> {
                argumentDefaults(l.args());
                Scope saved = cur;
                cur = open(Scope.Type.LAMBDA, "<lambda>", l, l.pos().line());
                parameters(l.args());
                expr(l.body());
                cur = saved;
            }
            case IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orelse());
            }
            case Dict d -> {
                for (int k = 0; k < d.keys().size(); k++) {
                    exprOpt(d.keys().get(k));
                    expr(d.values().get(k));
                }
            }
            case SetExpr s -> exprs(s.elts());
            case ListComp c -> comprehension(c, "<listcomp>", c.generators(), c.elt(), null);
            case SetComp c -> comprehension(c, "<setcomp>", c.generators(), c.elt(), null);
            case DictComp c -> comprehension(c, "<dictcomp>", c.generators(), c.key(), c.value());
            case GeneratorExp c -> comprehension(c, "<genexpr>", c.generators(), c.elt(), null);
            case Yield y -> {
                yieldCheck(y);
                exprOpt(y.value());
            }
            case YieldFrom y -> {
                yieldCheck(y);
                expr(y.value());
            }
            case Await a -> {
                if (cur.node() instanceof AsyncFunctionDef) {
                    expr(a.value());
                    return;
                }
                throw error(cur.isFunctionLike() && cur.type() != Scope.Type.COMPREHENSION
                        ? "'await' outside async function" : "'await' outside function", a.pos());
            }
            case Compare c -> {
                expr(c.left());
                exprs(c.comparators());
            }
            case Call c -> {
                expr(c.func());
                exprs(c.args());
                for (Keyword k : c.keywords()) {
                    expr(k.value());
                }
            }
            case FormattedValue f -> {
                expr(f.value());
                exprOpt(f.formatSpec());
            }
            case JoinedStr j -> exprs(j.values());
            case Constant c -> { }
            case Attribute a -> expr(a.value());
            case Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            case Starred s -> expr(s.value());
            case ListExpr l -> exprs(l.elts());
            case Tuple t -> exprs(t.elts());
            case Slice s -> {
                exprOpt(s.lower());
                exprOpt(s.upper());
                exprOpt(s.step());
            }
        }
    }

    /** Adds a flag without mangling (for implicit names such as __class__ and .0). */
    private void addDefRaw(String name, int flag) {
        String saved = className;
        className = null;
        try {
            addDef(name, flag, null);
        } finally {
            className = saved;
        }
    }

    private void yieldCheck(Expr y) {
        switch (cur.type()) {
            case MODULE, CLASS -> throw error("'yield' outside function", y.pos());
            case COMPREHENSION -> {
                String what = switch (cur.name()) {
                    case "<listcomp>" -> "list comprehension";
                    case "<setcomp>" -> "set comprehension";
                    case "<dictcomp>" -> "dict comprehension";
                    default -> "generator expression";
                };
                throw error("'yield' inside " + what, y.pos());
            }
            default -> cur.generator = true;
        }
    }

    private void comprehension(Expr node, String name, List<Comprehension> gens, Expr elt, Expr value) {
        Comprehension first = gens.get(0);
        iterExpr(first.iter());
        Scope saved = cur;
        cur = open(Scope.Type.COMPREHENSION, name, node, node.pos().line());
        if (node instanceof GeneratorExp) {
            cur.generator = true;
        }
        addDefRaw(".0", Scope.DEF_PARAM);
        cur.argCount = 1;
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            if (i > 0) {
                iterExpr(g.iter());
            }
            compTarget(g.target());
            exprs(g.ifs());
        }
        expr(elt);
        exprOpt(value);
        cur = saved;
    }

    private void iterExpr(Expr e) {
        compIter.merge(cur, 1, Integer::sum);
        try {
            expr(e);
        } finally {
            compIter.merge(cur, -1, Integer::sum);
        }
    }

    /** A comprehension's loop target: its names are also marked as iteration variables. */
    private void compTarget(Expr t) {
        switch (t) {
            case Name n -> addDef(n.id(), Scope.DEF_LOCAL | Scope.DEF_COMP_ITER, n.pos());
            case Tuple tu -> tu.elts().forEach(this::compTarget);
            case ListExpr l -> l.elts().forEach(this::compTarget);
            case Starred s -> compTarget(s.value());
            default -> expr(t);
        }
    }

    private void namedExpr(NamedExpr ne) {
        if (compIter.getOrDefault(cur, 0) > 0) {
            throw error("assignment expression cannot be used in a comprehension iterable expression", ne.pos());
        }
        Name target = (Name) ne.target();
        if (cur.type() == Scope.Type.COMPREHENSION) {
            extendNamedExprScope(target);
            expr(ne.value());
            return;
        }
        expr(ne.value());
        expr(target);
    }

    /** A walrus in a comprehension binds in the nearest enclosing function (or module) scope. */
    private void extendNamedExprScope(Name target) {
        String name = mangle(target.id());
        for (Scope s = cur; s != null; s = s.parent()) {
            if (s.type() == Scope.Type.COMPREHENSION) {
                if ((s.flags.getOrDefault(name, 0) & Scope.DEF_COMP_ITER) != 0) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '"
                            + target.id() + "'", target.pos());
                }
                continue;
            }
            if (s.isFunctionLike()) {
                boolean global = (s.flags.getOrDefault(name, 0) & Scope.DEF_GLOBAL) != 0;
                addDef(target.id(), global ? Scope.DEF_GLOBAL : Scope.DEF_NONLOCAL, target.pos());
                if (!global) {
                    cur.nonlocalPos.putIfAbsent(name, target.pos());
                }
                addDefIn(s, name, Scope.DEF_LOCAL);
                return;
            }
            if (s.type() == Scope.Type.MODULE) {
                addDef(target.id(), Scope.DEF_GLOBAL, target.pos());
                addDefIn(s, name, Scope.DEF_GLOBAL);
                return;
            }
            throw error("assignment expression within a comprehension cannot be used in a class body", target.pos());
        }
    }

    private static void addDefIn(Scope s, String name, int flag) {
        s.flags.merge(name, flag, (a, b) -> a | b);
        s.kinds.putIfAbsent(name, SymbolKind.GLOBAL_IMPLICIT);
        s.localOrder.add(name);
    }
}
