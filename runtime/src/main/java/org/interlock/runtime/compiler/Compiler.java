package org.interlock.runtime.compiler;

import java.util.ArrayList;
import java.util.List;
import org.interlock.runtime.parser.Ast;
import org.interlock.runtime.parser.Ast.*;

/**
 * Compiles a module's tree to {@link CodeUnit}s. Statement shapes follow CPython 3.11's
 * compile.c: try/except/finally and with-statements through the exception table (handlers
 * pushed and popped as the body is emitted), {@code return}/{@code break}/{@code continue}
 * unwinding the enclosing blocks ("fblocks") inline, class bodies returning the
 * {@code __class__} cell for zero-argument {@code super()}.
 */
public final class Compiler extends ExprCompiler {
    private enum FKind { WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, HANDLER_CLEANUP,
        EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, POP_VALUE }

    private record FBlock(FKind kind, int start, int exit, Object datum) {}

    private final ScopeBuilder scopes;
    private final String filename;
    private final boolean interactive;
    private List<FBlock> fblocks = new ArrayList<>();
    private String qualname = "";
    /** {@code from __future__ import annotations}: variable annotations are stored as text. */
    private boolean futureAnnotations;

    private Compiler(ScopeBuilder scopes, String filename, boolean interactive) {
        this.scopes = scopes;
        this.filename = filename;
        this.interactive = interactive;
    }

    /** Compiles a module; {@code interactive} prints the values of expression statements (REPL). */
    public static CodeUnit compile(Ast.Module m, String filename, boolean interactive) {
        return compile(m, filename, interactive, false);
    }

    /**
     * Compiles a module for {@code exec()} / {@code compile()}: as {@link #compile(Ast.Module,
     * String, boolean)}, with module-level names looked up in the frame's locals first.
     */
    public static CodeUnit compileDynamic(Ast.Module m, String filename, boolean interactive) {
        return compile(m, filename, interactive, true);
    }

    private static CodeUnit compile(Ast.Module m, String filename, boolean interactive, boolean moduleNamesInLocals) {
        Compiler c = forModule(m, filename, interactive, moduleNamesInLocals);
        c.b.line = m.body().isEmpty() ? 1 : m.body().get(0).pos().line();
        int first = c.b.line;
        c.futureAnnotations = Annotations.futureAnnotations(m.body());
        if (Annotations.hasSimple(m.body())) c.b.emit(Op.SETUP_ANNOTATIONS);
        c.stmts(m.body());
        c.b.emit(Op.RETURN_CONST, c.b.constIndex(Ast.Special.NONE));
        return c.finish("<module>", "<module>", first, 0, null);
    }

    /**
     * Compiles one expression as {@code eval()} runs it: a module-level code object whose
     * value is the expression's. Scopes are built over a one-statement module holding it.
     */
    public static CodeUnit compileEval(Ast.Expr e, String filename) {
        Ast.Module m = new Ast.Module(e.pos(), List.of(new ExprStmt(e.pos(), e)));
        Compiler c = forModule(m, filename, false, true);
        c.b.line = e.pos().line();
        c.expr(e);
        c.b.emit(Op.RETURN_VALUE);
        return c.finish("<module>", "<module>", e.pos().line(), 0, null);
    }

    /** A compiler positioned at the module scope of {@code m}, after the symbol-table checks. */
    private static Compiler forModule(Ast.Module m, String filename, boolean interactive, boolean moduleNamesInLocals) {
        // The frontend's symbol table raises CPython's compile-time SyntaxErrors ('return'
        // outside function, nonlocal/global misuse, duplicate arguments, ...); the compiler's
        // own scope pass below assumes a program that passed those checks.
        org.interlock.runtime.symtable.SymbolTable.build(m, filename);
        ScopeBuilder sb = ScopeBuilder.build(m);
        Compiler c = new Compiler(sb, filename, interactive);
        c.moduleNamesInLocals = moduleNamesInLocals;
        c.scope = sb.scopes.get(m);
        c.b = new CodeBuilder();
        return c;
    }

    private CodeUnit finish(String name, String qual, int firstLine, int flags, Arguments args) {
        Scope s = scope;
        List<String> varnames = s.varnames();
        List<String> cells = s.cellvars();
        int[] cell2arg = new int[cells.size()];
        for (int i = 0; i < cells.size(); i++) cell2arg[i] = s.params.indexOf(cells.get(i));
        int argc = 0, posonly = 0, kwonly = 0;
        if (args != null) {
            posonly = args.posonlyargs().size();
            argc = posonly + args.args().size();
            kwonly = args.kwonlyargs().size();
            if (args.vararg() != null) flags |= CodeUnit.VARARGS;
            if (args.kwarg() != null) flags |= CodeUnit.VARKEYWORDS;
        } else if (s.comprehension) {
            argc = s.params.size();
        }
        if (s.generator) flags |= CodeUnit.GENERATOR;
        if (s.coroutine) flags |= CodeUnit.COROUTINE;
        if (s.kind == Scope.Kind.FUNCTION) flags |= CodeUnit.OPTIMIZED;
        return new CodeUnit(name, qual, filename, firstLine, flags, argc, posonly, kwonly,
                b.code(), b.lines(), b.consts.toArray(), b.names.toArray(new String[0]),
                varnames.toArray(new String[0]), cells.toArray(new String[0]),
                s.freevars().toArray(new String[0]), cell2arg, b.exceptionTable(), b.maxDepth());
    }

    // ------------------------------------------------------------------ statements

    void stmts(List<Stmt> ss) {
        for (Stmt s : ss) stmt(s);
    }

    private void stmt(Stmt s) {
        b.line = s.pos().line();
        switch (s) {
            case ExprStmt e -> {
                if (interactive && scope.kind == Scope.Kind.MODULE) {
                    expr(e.value());
                    b.emit(Op.PRINT_EXPR);
                } else if (e.value() instanceof Constant) {
                    // a docstring or a bare literal: nothing to run
                } else {
                    expr(e.value());
                    b.emit(Op.POP_TOP);
                }
            }
            case Assign a -> {
                if (!swapAssign(a)) {
                    expr(a.value());
                    List<Expr> ts = a.targets();
                    for (int i = 0; i < ts.size(); i++) {
                        if (i < ts.size() - 1) b.emit(Op.COPY, 1);
                        store(ts.get(i));
                    }
                }
            }
            case AugAssign a -> augAssign(a);
            case AnnAssign a -> {
                if (a.value() != null) {
                    expr(a.value());
                    store(a.target());
                }
                // Module and class bodies record simple annotations in __annotations__ (as
                // CPython); function bodies never evaluate them.
                if (a.simple() && a.target() instanceof Name n && scope.kind != Scope.Kind.FUNCTION) {
                    annotationValue(a.annotation());
                    b.emit(Op.LOAD_NAME, b.nameIndex("__annotations__"));
                    loadConst(n.id());
                    b.emit(Op.STORE_SUBSCR);
                }
            }
            case If i -> {
                int orelse = b.newLabel();
                int end = b.newLabel();
                jumpIf(i.test(), orelse, false);
                stmts(i.body());
                if (!i.orelse().isEmpty()) {
                    b.emit(Op.JUMP_FORWARD, end);
                    b.bind(orelse);
                    stmts(i.orelse());
                } else {
                    b.bind(orelse);
                }
                b.bind(end);
            }
            case While w -> {
                int start = b.newLabel();
                int orelse = b.newLabel();
                int exit = b.newLabel();
                b.bind(start);
                jumpIf(w.test(), orelse, false);
                fblocks.add(new FBlock(FKind.WHILE_LOOP, start, exit, null));
                stmts(w.body());
                fblocks.remove(fblocks.size() - 1);
                b.line = w.pos().line();
                b.emit(Op.JUMP_BACKWARD, start);
                b.bind(orelse);
                stmts(w.orelse());
                b.bind(exit);
            }
            case For f -> {
                int start = b.newLabel();
                int cleanup = b.newLabel();
                int exit = b.newLabel();
                expr(f.iter());
                b.emit(Op.GET_ITER);
                b.bind(start);
                b.line = f.pos().line();
                b.emit(Op.FOR_ITER, cleanup);
                loopBody(f, f.pos().line(), start, exit);
                b.bind(cleanup);
                stmts(f.orelse());
                b.bind(exit);
            }
            case Break br -> {
                int loop = loopIndex(br.pos().line(), "'break' outside loop");
                List<Integer> saved = b.saveHandlers();
                unwindTo(loop, false);
                FBlock l = fblocks.get(loop);
                if (l.kind == FKind.FOR_LOOP) b.emit(Op.POP_TOP);
                b.emit(Op.JUMP_FORWARD, l.exit);
                b.restoreHandlers(saved);
            }
            case Continue co -> {
                int loop = loopIndex(co.pos().line(), "'continue' not properly in loop");
                List<Integer> saved = b.saveHandlers();
                unwindTo(loop, false);
                b.emit(Op.JUMP_BACKWARD, fblocks.get(loop).start);
                b.restoreHandlers(saved);
            }
            case Return r -> {
                if (scope.kind != Scope.Kind.FUNCTION) throw new CompileError("'return' outside function", r.pos().line());
                List<Integer> saved = b.saveHandlers();
                if (r.value() != null) {
                    expr(r.value());
                } else {
                    loadConst(Ast.Special.NONE);
                }
                unwindTo(-1, true);
                b.line = r.pos().line();
                b.emit(Op.RETURN_VALUE);
                b.restoreHandlers(saved);
            }
            case Pass p -> b.emit(Op.NOP);
            case Delete d -> d.targets().forEach(this::delete);
            case Global g -> { }
            case Nonlocal n -> { }
            case FunctionLike f -> compileFunctionLike(f, f.name(), f.args(), f.body(), null, f.decoratorList(), f.pos().line());
            case ClassDef c -> classDef(c);
            case Raise r -> {
                int n = 0;
                if (r.exc() != null) {
                    expr(r.exc());
                    n = 1;
                    if (r.cause() != null) {
                        expr(r.cause());
                        n = 2;
                    }
                }
                b.emit(Op.RAISE_VARARGS, n);
            }
            case Assert a -> {
                int end = b.newLabel();
                jumpIf(a.test(), end, true);
                b.emit(Op.LOAD_ASSERTION_ERROR);
                if (a.msg() != null) {
                    b.emit(Op.PUSH_NULL);
                    expr(a.msg());
                    b.emit(Op.CALL, 1);
                }
                b.emit(Op.RAISE_VARARGS, 1);
                b.bind(end);
            }
            case Import im -> {
                for (Alias al : im.names()) {
                    loadConst(0L);
                    loadConst(Ast.Special.NONE);
                    b.emit(Op.IMPORT_NAME, b.nameIndex(al.name()));
                    if (al.asname() != null) {
                        String[] parts = al.name().split("\\.");
                        for (int i = 1; i < parts.length; i++) b.emit(Op.LOAD_ATTR, b.nameIndex(parts[i]));
                        nameOp(al.asname(), Ctx.Store);
                    } else {
                        nameOp(al.name().split("\\.")[0], Ctx.Store);
                    }
                }
            }
            case ImportFrom im -> {
                loadConst((long) im.level());
                List<Object> names = new ArrayList<>();
                for (Alias al : im.names()) names.add(al.name());
                loadConst(new CodeUnit.ConstTuple(names));
                b.emit(Op.IMPORT_NAME, b.nameIndex(im.module() == null ? "" : im.module()));
                if (im.names().size() == 1 && im.names().get(0).name().equals("*")) {
                    b.emit(Op.IMPORT_STAR);
                } else {
                    for (Alias al : im.names()) {
                        b.emit(Op.IMPORT_FROM, b.nameIndex(al.name()));
                        nameOp(al.asname() != null ? al.asname() : al.name(), Ctx.Store);
                    }
                    b.emit(Op.POP_TOP);
                }
            }
            case Try t -> {
                if (!t.finalbody().isEmpty()) tryFinally(t);
                else tryExcept(t);
            }
            case With w -> with(w, 0);
            case AsyncWith w -> {
                if (!scope.coroutine) throw new CompileError("'async with' outside async function", w.pos().line());
                with(w, 0);
            }
            case AsyncFor f -> asyncFor(f);
            case Match m -> new MatchCompiler(this).compile(m);
        }
    }

    private int loopIndex(int line, String msg) {
        for (int i = fblocks.size() - 1; i >= 0; i--) {
            FKind k = fblocks.get(i).kind;
            if (k == FKind.WHILE_LOOP || k == FKind.FOR_LOOP) return i;
        }
        throw new CompileError(msg, line);
    }

    /** Emits the unwinding of every fblock above index {@code stop} (exclusive), innermost first. */
    private void unwindTo(int stop, boolean preserveTos) {
        List<FBlock> savedStack = fblocks;
        try {
            for (int i = savedStack.size() - 1; i > stop; i--) {
                FBlock fb = savedStack.get(i);
                fblocks = new ArrayList<>(savedStack.subList(0, i));
                unwind(fb, preserveTos);
            }
        } finally {
            fblocks = savedStack;
        }
    }

    private void unwind(FBlock fb, boolean preserveTos) {
        switch (fb.kind) {
            case WHILE_LOOP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER -> { }
            case TRY_EXCEPT -> b.popHandler();
            case FOR_LOOP -> {
                if (preserveTos) b.emit(Op.SWAP, 2);
                b.emit(Op.POP_TOP);
            }
            case POP_VALUE -> {
                if (preserveTos) b.emit(Op.SWAP, 2);
                b.emit(Op.POP_TOP);
            }
            case FINALLY_TRY -> {
                b.popHandler();
                if (preserveTos) fblocks.add(new FBlock(FKind.POP_VALUE, -1, -1, null));
                @SuppressWarnings("unchecked")
                List<Stmt> body = (List<Stmt>) fb.datum;
                int line = b.line;
                stmts(body);
                b.line = line;
                if (preserveTos) fblocks.remove(fblocks.size() - 1);
            }
            case FINALLY_END -> {
                if (preserveTos) b.emit(Op.SWAP, 2);
                b.emit(Op.POP_TOP);
                if (preserveTos) b.emit(Op.SWAP, 2);
                b.popHandler();
                b.emit(Op.POP_EXCEPT);
            }
            case WITH -> {
                b.popHandler();
                if (preserveTos) b.emit(Op.SWAP, 2);
                callExitWithNones();
                if (fb.datum == Boolean.TRUE) awaitTop();
                b.emit(Op.POP_TOP);
            }
            case HANDLER_CLEANUP -> {
                if (fb.datum != null) b.popHandler();
                if (preserveTos) b.emit(Op.SWAP, 2);
                b.popHandler();
                b.emit(Op.POP_EXCEPT);
                clearHandlerName((String) fb.datum);
            }
        }
    }

    private void callExitWithNones() {
        // stack: [..., exit] -> [..., result]
        b.emit(Op.PUSH_NULL);
        loadConst(Ast.Special.NONE);
        loadConst(Ast.Special.NONE);
        loadConst(Ast.Special.NONE);
        b.emit(Op.CALL, 3);
    }

    /**
     * {@code a, b = x, y} (two or three names on each side, nothing starred, one target list):
     * the values are pushed and reordered by {@code SWAP n} instead of being packed into a tuple
     * and unpacked again, which is what CPython 3.11's optimizer makes of the same statement. No
     * tuple is allocated, tracked and freed: the swap in a numeric inner loop is then pure
     * arithmetic. Evaluation and assignment order are unchanged (all values, then the targets
     * left to right). Returns false, emitting nothing, for any other assignment.
     */
    private boolean swapAssign(Assign a) {
        if (a.targets().size() != 1 || !(a.value() instanceof Tuple v)) return false;
        List<Expr> targets = switch (a.targets().get(0)) {
            case Tuple t -> t.elts();
            case ListExpr l -> l.elts();
            default -> null;
        };
        int n = v.elts().size();
        if (targets == null || targets.size() != n || n < 2 || n > 3) return false;
        for (Expr e : v.elts()) if (e instanceof Starred) return false;
        for (Expr e : targets) if (e instanceof Starred) return false;
        for (Expr e : v.elts()) expr(e);
        b.emit(Op.SWAP, n);
        for (Expr t : targets) store(t);
        return true;
    }

    private void augAssign(AugAssign a) {
        int op = a.op().ordinal() + Op.INPLACE;
        switch (a.target()) {
            case Name n -> {
                nameOp(n.id(), Ctx.Load);
                expr(a.value());
                b.emit(Op.BINARY_OP, op);
                nameOp(n.id(), Ctx.Store);
            }
            case Attribute at -> {
                expr(at.value());
                b.emit(Op.COPY, 1);
                b.emit(Op.LOAD_ATTR, b.nameIndex(at.attr()));
                expr(a.value());
                b.emit(Op.BINARY_OP, op);
                b.emit(Op.SWAP, 2);
                b.emit(Op.STORE_ATTR, b.nameIndex(at.attr()));
            }
            case Subscript s -> {
                expr(s.value());
                if (s.slice() instanceof Slice sl) {
                    expr(sl);
                } else {
                    expr(s.slice());
                }
                b.emit(Op.COPY, 2);
                b.emit(Op.COPY, 2);
                b.emit(Op.BINARY_SUBSCR);
                expr(a.value());
                b.emit(Op.BINARY_OP, op);
                b.emit(Op.SWAP, 3);
                b.emit(Op.SWAP, 2);
                b.emit(Op.STORE_SUBSCR);
            }
            default -> throw new CompileError("'" + describe(a.target()) + "' is an illegal expression for augmented assignment",
                    a.pos().line());
        }
    }

    private void tryExcept(Try t) {
        if (t.star()) {
            tryStar(t);
            return;
        }
        int handler = b.newLabel();
        int cleanup = b.newLabel();
        int end = b.newLabel();
        tryBody(t, handler, end);

        b.bind(handler);
        int cleanupEntry = b.pushHandler(cleanup, true);
        b.emit(Op.PUSH_EXC_INFO);
        fblocks.add(new FBlock(FKind.EXCEPTION_HANDLER, -1, -1, null));
        for (ExceptHandler h : t.handlers()) {
            b.line = h.pos().line();
            int next = b.newLabel();
            if (h.type() != null) {
                expr(h.type());
                b.emit(Op.CHECK_EXC_MATCH);
                b.emit(Op.POP_JUMP_IF_FALSE, next);
            }
            if (h.name() != null) {
                nameOp(h.name(), Ctx.Store);
                int cleanupEnd = b.newLabel();
                b.pushHandler(cleanupEnd, true);
                fblocks.add(new FBlock(FKind.HANDLER_CLEANUP, -1, -1, h.name()));
                stmts(h.body());
                fblocks.remove(fblocks.size() - 1);
                b.popHandler();
                b.popHandler();
                b.emit(Op.POP_EXCEPT);
                clearHandlerName(h.name());
                b.emit(Op.JUMP_FORWARD, end);
                b.repushHandler(cleanupEntry);
                b.bind(cleanupEnd);
                clearHandlerName(h.name());
                b.emit(Op.RERAISE, 1);
            } else {
                b.emit(Op.POP_TOP);
                fblocks.add(new FBlock(FKind.HANDLER_CLEANUP, -1, -1, null));
                stmts(h.body());
                fblocks.remove(fblocks.size() - 1);
                b.popHandler();
                b.emit(Op.POP_EXCEPT);
                b.emit(Op.JUMP_FORWARD, end);
                b.repushHandler(cleanupEntry);
            }
            b.bind(next);
        }
        fblocks.remove(fblocks.size() - 1);
        b.emit(Op.RERAISE, 0);
        b.popHandler();
        popExceptAndReraise(cleanup);
        b.bind(end);
    }

    /** The body of a try with handlers (exceptions go to {@code handler}), then its else block, then a jump to {@code end}. */
    private void tryBody(Try t, int handler, int end) {
        b.pushHandler(handler, false);
        fblocks.add(new FBlock(FKind.TRY_EXCEPT, -1, -1, null));
        stmts(t.body());
        fblocks.remove(fblocks.size() - 1);
        b.popHandler();
        stmts(t.orelse());
        b.emit(Op.JUMP_FORWARD, end);
    }

    /**
     * {@code try: ... except* T as e: ...}, as CPython 3.11 compiles it. The handler keeps
     * {@code [prev_exc, orig, raised, exc]} on the stack: orig is what the try body raised,
     * raised the list of what the clauses raised, exc the part not matched yet. Each clause
     * splits exc ({@code CHECK_EG_MATCH}) and runs on the matching part; an exception out of
     * its body is appended to raised. At the end the unhandled rest is appended too and
     * {@code PREP_RERAISE_STAR} makes the one exception to re-raise, or None.
     */
    private void tryStar(Try t) {
        int handler = b.newLabel();
        int cleanup = b.newLabel();
        int reraise = b.newLabel();
        int end = b.newLabel();
        tryBody(t, handler, end);

        b.bind(handler);
        b.pushHandler(cleanup, true);
        b.emit(Op.PUSH_EXC_INFO);
        fblocks.add(new FBlock(FKind.EXCEPTION_GROUP_HANDLER, -1, -1, null));
        b.emit(Op.COPY, 1);
        b.emit(Op.BUILD_LIST, 0);
        b.emit(Op.SWAP, 2);
        for (ExceptHandler h : t.handlers()) {
            b.line = h.pos().line();
            int next = b.newLabel();
            int noMatch = b.newLabel();
            int cleanupEnd = b.newLabel();
            expr(h.type());
            b.emit(Op.CHECK_EG_MATCH);
            b.emit(Op.COPY, 1);
            b.emit(Op.POP_JUMP_IF_NONE, noMatch);
            if (h.name() != null) nameOp(h.name(), Ctx.Store);
            else b.emit(Op.POP_TOP);
            b.pushHandler(cleanupEnd, true);
            fblocks.add(new FBlock(FKind.HANDLER_CLEANUP, -1, -1, h.name()));
            stmts(h.body());
            fblocks.remove(fblocks.size() - 1);
            b.popHandler();
            clearHandlerName(h.name());
            b.emit(Op.JUMP_FORWARD, next);
            b.bind(cleanupEnd);
            clearHandlerName(h.name());
            b.emit(Op.LIST_APPEND, 3);
            b.emit(Op.POP_TOP);
            b.emit(Op.JUMP_FORWARD, next);
            b.bind(noMatch);
            b.emit(Op.POP_TOP);
            b.bind(next);
        }
        fblocks.remove(fblocks.size() - 1);
        b.emit(Op.LIST_APPEND, 1);
        b.emit(Op.PREP_RERAISE_STAR);
        b.emit(Op.COPY, 1);
        b.emit(Op.POP_JUMP_IF_NOT_NONE, reraise);
        b.emit(Op.POP_TOP);
        b.popHandler();
        b.emit(Op.POP_EXCEPT);
        b.emit(Op.JUMP_FORWARD, end);
        b.bind(reraise);
        b.emit(Op.SWAP, 2);
        b.emit(Op.POP_EXCEPT);
        b.emit(Op.RERAISE, 0);
        popExceptAndReraise(cleanup);
        b.bind(end);
    }

    /**
     * The cleanup at {@code label} of a handler that failed: restores the exception being
     * handled before it ({@code [prev, lasti, exc]}) and re-raises (CPython's POP_EXCEPT_AND_RERAISE).
     */
    private void popExceptAndReraise(int label) {
        b.bind(label);
        b.emit(Op.COPY, 3);
        b.emit(Op.POP_EXCEPT);
        b.emit(Op.RERAISE, 1);
    }

    /** {@code name = None; del name} after an except clause that bound the exception (nothing without a name). */
    private void clearHandlerName(String name) {
        if (name == null) return;
        loadConst(Ast.Special.NONE);
        nameOp(name, Ctx.Store);
        nameOp(name, Ctx.Del);
    }

    private void tryFinally(Try t) {
        int handler = b.newLabel();
        int cleanup = b.newLabel();
        int exit = b.newLabel();
        b.pushHandler(handler, false);
        fblocks.add(new FBlock(FKind.FINALLY_TRY, -1, -1, t.finalbody()));
        if (!t.handlers().isEmpty()) {
            tryExcept(new Try(t.pos(), t.body(), t.handlers(), t.orelse(), List.of(), t.star()));
        } else {
            stmts(t.body());
            stmts(t.orelse());
        }
        fblocks.remove(fblocks.size() - 1);
        b.popHandler();
        stmts(t.finalbody());
        b.emit(Op.JUMP_FORWARD, exit);

        b.bind(handler);
        b.pushHandler(cleanup, true);
        b.emit(Op.PUSH_EXC_INFO);
        fblocks.add(new FBlock(FKind.FINALLY_END, -1, -1, null));
        stmts(t.finalbody());
        fblocks.remove(fblocks.size() - 1);
        b.emit(Op.RERAISE, 0);
        b.popHandler();
        popExceptAndReraise(cleanup);
        b.bind(exit);
    }

    /** {@code async for}: the loop awaits {@code __anext__()} and ends on StopAsyncIteration (END_ASYNC_FOR). */
    private void asyncFor(AsyncFor f) {
        if (!scope.coroutine) throw new CompileError("'async for' outside async function", f.pos().line());
        int start = b.newLabel();
        int except = b.newLabel();
        int exit = b.newLabel();
        expr(f.iter());
        b.line = f.pos().line();
        b.emit(Op.GET_AITER);
        b.bind(start);
        b.pushHandler(except, false);
        b.emit(Op.GET_ANEXT);
        loadConst(Ast.Special.NONE);
        yieldFromLoop();
        b.popHandler();
        loopBody(f, f.pos().line(), start, exit);
        b.bind(except);
        b.emit(Op.END_ASYNC_FOR);
        stmts(f.orelse());
        b.bind(exit);
    }

    /** A for loop's target and body, with the next item on the stack, then the jump back to {@code start}. */
    private void loopBody(ForLike f, int line, int start, int exit) {
        fblocks.add(new FBlock(FKind.FOR_LOOP, start, exit, null));
        store(f.target());
        stmts(f.body());
        fblocks.remove(fblocks.size() - 1);
        b.line = line;
        b.emit(Op.JUMP_BACKWARD, start);
    }

    /** Awaits the value on top of the stack (an {@code await} the source does not spell). */
    private void awaitTop() {
        b.emit(Op.GET_AWAITABLE);
        loadConst(Ast.Special.NONE);
        yieldFromLoop();
    }

    private void with(WithLike w, int index) {
        WithItem item = w.items().get(index);
        int fin = b.newLabel();
        int cleanup = b.newLabel();
        int suppress = b.newLabel();
        int exit = b.newLabel();
        b.line = w.pos().line();
        expr(item.contextExpr());
        b.line = w.pos().line();
        boolean async = w instanceof AsyncWith;
        if (async) {
            b.emit(Op.BEFORE_ASYNC_WITH);
            awaitTop();
        } else {
            b.emit(Op.BEFORE_WITH);
        }
        b.pushHandlerAt(fin, b.depth() - 1, true);
        fblocks.add(new FBlock(FKind.WITH, -1, -1, async ? Boolean.TRUE : null));
        if (item.optionalVars() != null) store(item.optionalVars());
        else b.emit(Op.POP_TOP);
        if (index + 1 < w.items().size()) with(w, index + 1);
        else stmts(w.body());
        fblocks.remove(fblocks.size() - 1);
        b.popHandler();
        b.line = w.pos().line();
        callExitWithNones();
        if (async) awaitTop();
        b.emit(Op.POP_TOP);
        b.emit(Op.JUMP_FORWARD, exit);

        b.bind(fin);
        b.pushHandler(cleanup, true);
        b.emit(Op.PUSH_EXC_INFO);
        b.emit(Op.WITH_EXCEPT_START);
        if (async) awaitTop();
        b.emit(Op.POP_JUMP_IF_TRUE, suppress);
        b.emit(Op.RERAISE, 2);
        b.bind(suppress);
        b.emit(Op.POP_TOP);
        b.popHandler();
        b.emit(Op.POP_EXCEPT);
        b.emit(Op.POP_TOP);
        b.emit(Op.POP_TOP);
        b.emit(Op.JUMP_FORWARD, exit);
        popExceptAndReraise(cleanup);
        b.bind(exit);
    }

    // ------------------------------------------------------------------ nested blocks

    private String childQualname(String name) {
        if (scope.kind == Scope.Kind.MODULE) return name;
        if (scope.kind == Scope.Kind.FUNCTION) return qualname + ".<locals>." + name;
        return qualname + "." + name;
    }

    /** Saves this compiler's unit state, compiles a nested block with {@code body}, restores. */
    private CodeUnit nested(Scope child, String name, String qual, int line, Arguments args, Runnable body) {
        CodeBuilder savedB = b;
        Scope savedScope = scope;
        List<FBlock> savedF = fblocks;
        String savedQ = qualname;
        b = new CodeBuilder();
        b.line = line;
        scope = child;
        fblocks = new ArrayList<>();
        qualname = qual;
        try {
            body.run();
            return finish(name, qual, line, scope.parent.kind == Scope.Kind.FUNCTION ? CodeUnit.NESTED : 0, args);
        } finally {
            b = savedB;
            scope = savedScope;
            fblocks = savedF;
            qualname = savedQ;
        }
    }

    /** Pushes the closure tuple of {@code child} (if any) and returns the MAKE_FUNCTION closure flag. */
    private int closure(Scope child) {
        List<String> frees = child.freevars();
        if (frees.isEmpty()) return 0;
        for (String f : frees) {
            int idx;
            if (scope.kind == Scope.Kind.CLASS && f.equals("__class__")) {
                idx = scope.derefIndex(f);
            } else {
                idx = scope.derefIndex(f);
            }
            b.emit(Op.LOAD_CLOSURE, idx);
        }
        b.emit(Op.BUILD_TUPLE, frees.size());
        return Op.MF_CLOSURE;
    }

    /**
     * Pushes the function's {@code __annotations__} dict (in CPython's order: args,
     * positional-only, *args, keyword-only, **kwargs, return) and returns MF_ANNOTATIONS,
     * or pushes nothing and returns 0 when nothing is annotated.
     */
    private int annotationsMap(Arguments args, Expr returns) {
        List<Arg> all = new ArrayList<>(args.args());
        all.addAll(args.posonlyargs());
        if (args.vararg() != null) all.add(args.vararg());
        all.addAll(args.kwonlyargs());
        if (args.kwarg() != null) all.add(args.kwarg());
        int n = 0;
        for (Arg a : all) {
            if (a.annotation() == null) continue;
            loadConst(a.arg());
            annotationValue(a.annotation());
            n++;
        }
        if (returns != null) {
            loadConst("return");
            annotationValue(returns);
            n++;
        }
        if (n == 0) return 0;
        b.emit(Op.BUILD_MAP, n);
        return Op.MF_ANNOTATIONS;
    }

    /** An annotation's value: its text under {@code from __future__ import annotations}, else evaluated. */
    private void annotationValue(Expr e) {
        String text = futureAnnotations ? Annotations.unparse(e) : null;
        if (text != null) loadConst(text);
        else expr(e);
    }

    @Override
    void compileFunctionLike(Object node, String name, Arguments args, List<Stmt> body, Expr lambdaBody,
                             List<Expr> decorators, int line) {
        for (Expr d : decorators) {
            expr(d);
            b.emit(Op.PUSH_NULL);
        }
        b.line = line;
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            for (Expr d : args.defaults()) expr(d);
            b.emit(Op.BUILD_TUPLE, args.defaults().size());
            flags |= Op.MF_DEFAULTS;
        }
        int nkw = 0;
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            Expr d = i < args.kwDefaults().size() ? args.kwDefaults().get(i) : null;
            if (d != null) {
                loadConst(args.kwonlyargs().get(i).arg());
                expr(d);
                nkw++;
            }
        }
        if (nkw > 0) {
            b.emit(Op.BUILD_MAP, nkw);
            flags |= Op.MF_KWDEFAULTS;
        }
        if (node instanceof FunctionDef fd) flags |= annotationsMap(args, fd.returns());
        Scope child = scopes.scopes.get(node);
        String qual = childQualname(name);
        CodeUnit unit = nested(child, name, qual, line, args, () -> {
            if (lambdaBody != null) {
                expr(lambdaBody);
                b.emit(Op.RETURN_VALUE);
            } else {
                if (!body.isEmpty() && body.get(0) instanceof ExprStmt es && es.value() instanceof Constant k
                        && k.value() instanceof String) {
                    b.constIndex(k.value()); // the docstring is co_consts[0], as in CPython
                } else {
                    b.constIndex(Ast.Special.NONE);
                }
                stmts(body);
                if (b.reachable()) b.emit(Op.RETURN_CONST, b.constIndex(Ast.Special.NONE));
            }
        });
        flags |= closure(child);
        loadConst(unit);
        b.emit(Op.MAKE_FUNCTION, flags);
        for (int i = 0; i < decorators.size(); i++) b.emit(Op.CALL, 1);
        if (node instanceof FunctionLike f) nameOp(f.name(), Ctx.Store);
    }

    private void classDef(ClassDef c) {
        for (Expr d : c.decoratorList()) {
            expr(d);
            b.emit(Op.PUSH_NULL);
        }
        b.line = c.pos().line();
        b.emit(Op.LOAD_BUILD_CLASS);
        b.emit(Op.PUSH_NULL);
        Scope child = scopes.scopes.get(c);
        String qual = childQualname(c.name());
        CodeUnit unit = nested(child, c.name(), qual, c.pos().line(), null, () -> {
            b.emit(Op.LOAD_NAME, b.nameIndex("__name__"));
            b.emit(Op.STORE_NAME, b.nameIndex("__module__"));
            loadConst(qual);
            b.emit(Op.STORE_NAME, b.nameIndex("__qualname__"));
            List<Stmt> body = c.body();
            if (!body.isEmpty() && body.get(0) instanceof ExprStmt es && es.value() instanceof Constant k
                    && k.value() instanceof String) {
                loadConst(k.value());
                b.emit(Op.STORE_NAME, b.nameIndex("__doc__"));
            }
            if (Annotations.hasSimple(body)) b.emit(Op.SETUP_ANNOTATIONS);
            stmts(body);
            if (child.needsClassCell) {
                b.emit(Op.LOAD_CLOSURE, child.derefIndex("__class__"));
                b.emit(Op.COPY, 1);
                b.emit(Op.STORE_NAME, b.nameIndex("__classcell__"));
                b.emit(Op.RETURN_VALUE);
            } else {
                b.emit(Op.RETURN_CONST, b.constIndex(Ast.Special.NONE));
            }
        });
        int flags = closure(child);
        loadConst(unit);
        b.emit(Op.MAKE_FUNCTION, flags);
        loadConst(c.name());
        List<Expr> bases = c.bases();
        callArgs(bases, c.keywords(), 2);
        for (int i = 0; i < c.decoratorList().size(); i++) b.emit(Op.CALL, 1);
        nameOp(c.name(), Ctx.Store);
    }

    @Override
    void compileComprehension(Expr node, String name, List<Comprehension> gens, Expr elt, Expr value, int kind) {
        Scope child = scopes.scopes.get(node);
        String qual = childQualname(name);
        int line = node.pos().line();
        CodeUnit unit = nested(child, name, qual, line, null, () -> {
            if (kind < 3) b.emit(kind == 0 ? Op.BUILD_LIST : kind == 1 ? Op.BUILD_SET : Op.BUILD_MAP, 0);
            compGenerator(gens, 0, elt, value, kind);
            if (kind == 3) b.emit(Op.RETURN_CONST, b.constIndex(Ast.Special.NONE));
            else b.emit(Op.RETURN_VALUE);
        });
        int flags = closure(child);
        loadConst(unit);
        b.emit(Op.MAKE_FUNCTION, flags);
        b.emit(Op.PUSH_NULL);
        expr(gens.get(0).iter());
        b.emit(Op.GET_ITER);
        b.emit(Op.CALL, 1);
    }

    private void compGenerator(List<Comprehension> gens, int i, Expr elt, Expr value, int kind) {
        Comprehension g = gens.get(i);
        int start = b.newLabel();
        int ifCleanup = b.newLabel();
        int anchor = b.newLabel();
        if (i == 0) {
            b.emit(Op.LOAD_FAST, 0);
        } else {
            expr(g.iter());
            b.emit(Op.GET_ITER);
        }
        b.bind(start);
        b.emit(Op.FOR_ITER, anchor);
        store(g.target());
        for (Expr cond : g.ifs()) jumpIf(cond, ifCleanup, false);
        if (i + 1 < gens.size()) {
            compGenerator(gens, i + 1, elt, value, kind);
        } else {
            int depth = gens.size() + 1; // the collection sits below one iterator per loop
            switch (kind) {
                case 0 -> { expr(elt); b.emit(Op.LIST_APPEND, depth); }
                case 1 -> { expr(elt); b.emit(Op.SET_ADD, depth); }
                case 2 -> { expr(elt); expr(value); b.emit(Op.MAP_ADD, depth); }
                default -> {
                    expr(elt);
                    b.emit(Op.YIELD_VALUE);
                    b.emit(Op.POP_TOP);
                }
            }
        }
        b.bind(ifCleanup);
        b.emit(Op.JUMP_BACKWARD, start);
        b.bind(anchor);
    }
}
