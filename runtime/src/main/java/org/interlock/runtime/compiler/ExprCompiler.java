package org.interlock.runtime.compiler;

import java.util.ArrayList;
import java.util.List;
import org.interlock.runtime.parser.Ast;
import org.interlock.runtime.parser.Ast.*;

/**
 * Expression half of the compiler: the shapes follow CPython 3.11's compile.c (comparison
 * chains with SWAP/COPY, short-circuit jumps for conditions, calls with a null slot or a
 * method's self, comprehensions as their own functions called with the first iterator).
 */
abstract class ExprCompiler {
    CodeBuilder b;
    Scope scope;

    abstract void compileFunctionLike(Object node, String name, Arguments args, List<Stmt> body, Expr lambdaBody,
                                      List<Expr> decorators, int line);

    abstract void compileComprehension(Expr node, String name, List<Comprehension> gens, Expr elt, Expr value,
                                       int kind);

    // ------------------------------------------------------------------ names

    /**
     * Set for code that exec() or eval() may run with locals apart from its globals: module
     * level names then go through the locals ({@code LOAD_NAME}), as CPython compiles them.
     */
    boolean moduleNamesInLocals;

    void nameOp(String id, Ctx ctx) {
        Scope.Access a = scope.access(id);
        if (moduleNamesInLocals && scope.kind == Scope.Kind.MODULE && !scope.globals.contains(id)) a = Scope.Access.NAME;
        switch (a) {
            case FAST -> {
                int i = scope.varnameIndex(id);
                b.emit(ctx == Ctx.Load ? Op.LOAD_FAST : ctx == Ctx.Store ? Op.STORE_FAST : Op.DELETE_FAST, i);
            }
            case DEREF, CLASSDEREF -> {
                int i = scope.derefIndex(id);
                if (ctx == Ctx.Load) b.emit(a == Scope.Access.CLASSDEREF ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF, i);
                else b.emit(ctx == Ctx.Store ? Op.STORE_DEREF : Op.DELETE_DEREF, i);
            }
            case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> {
                int i = b.nameIndex(id);
                b.emit(ctx == Ctx.Load ? Op.LOAD_GLOBAL : ctx == Ctx.Store ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, i);
            }
            case NAME -> {
                int i = b.nameIndex(id);
                b.emit(ctx == Ctx.Load ? Op.LOAD_NAME : ctx == Ctx.Store ? Op.STORE_NAME : Op.DELETE_NAME, i);
            }
        }
    }

    void loadConst(Object v) {
        b.emit(Op.LOAD_CONST, b.constIndex(v));
    }

    // ------------------------------------------------------------------ expressions

    void expr(Expr e) {
        int saved = b.line;
        b.line = e.pos().line();
        try {
            exprInner(e);
        } finally {
            b.line = saved;
        }
    }

    private void exprInner(Expr e) {
        switch (e) {
            case Constant c -> loadConst(constValue(c));
            case Name n -> nameOp(n.id(), n.ctx());
            case BinOp o -> {
                expr(o.left());
                expr(o.right());
                b.emit(Op.BINARY_OP, o.op().ordinal());
            }
            case UnaryOp u when negatedLiteral(u) != null -> loadConst(negatedLiteral(u));
            case UnaryOp u -> {
                expr(u.operand());
                b.emit(switch (u.op()) {
                    case Invert -> Op.UNARY_INVERT;
                    case Not -> Op.UNARY_NOT;
                    case UAdd -> Op.UNARY_POSITIVE;
                    case USub -> Op.UNARY_NEGATIVE;
                });
            }
            case BoolOp bo -> {
                int end = b.newLabel();
                List<Expr> vs = bo.values();
                for (int i = 0; i < vs.size() - 1; i++) {
                    expr(vs.get(i));
                    b.emit(bo.op() == BoolOpKind.And ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP, end);
                }
                expr(vs.get(vs.size() - 1));
                b.bind(end);
            }
            case Compare c -> compare(c);
            case IfExp i -> {
                int orelse = b.newLabel();
                int end = b.newLabel();
                jumpIf(i.test(), orelse, false);
                expr(i.body());
                b.emit(Op.JUMP_FORWARD, end);
                b.bind(orelse);
                expr(i.orelse());
                b.bind(end);
            }
            case NamedExpr n -> {
                expr(n.value());
                b.emit(Op.COPY, 1);
                store(n.target());
            }
            case Attribute a -> {
                expr(a.value());
                b.emit(Op.LOAD_ATTR, b.nameIndex(a.attr()));
            }
            case Subscript s -> {
                expr(s.value());
                if (s.slice() instanceof Slice sl) {
                    sliceParts(sl);
                } else {
                    expr(s.slice());
                }
                b.emit(Op.BINARY_SUBSCR);
            }
            case Slice sl -> sliceParts(sl);
            case Call c -> call(c);
            case Tuple t -> {
                ConstTupleCheck: {
                    List<Object> items = new ArrayList<>();
                    for (Expr x : t.elts()) {
                        if (x instanceof UnaryOp u && negatedLiteral(u) != null) {
                            items.add(negatedLiteral(u));
                            continue;
                        }
                        if (!(x instanceof Constant k)) break ConstTupleCheck;
                        items.add(constValue(k));
                    }
                    loadConst(new CodeUnit.ConstTuple(items));
                    return;
                }
                sequence(t.elts(), Op.BUILD_TUPLE);
            }
            case ListExpr l -> sequence(l.elts(), Op.BUILD_LIST);
            case SetExpr s -> sequence(s.elts(), Op.BUILD_SET);
            case Dict d -> dict(d);
            case Lambda l -> compileFunctionLike(l, "<lambda>", l.args(), null, l.body(), List.of(), l.pos().line());
            case ListComp c -> compileComprehension(c, "<listcomp>", c.generators(), c.elt(), null, 0);
            case SetComp c -> compileComprehension(c, "<setcomp>", c.generators(), c.elt(), null, 1);
            case DictComp c -> compileComprehension(c, "<dictcomp>", c.generators(), c.key(), c.value(), 2);
            case GeneratorExp c -> compileComprehension(c, "<genexpr>", c.generators(), c.elt(), null, 3);
            case Yield y -> {
                if (scope.kind != Scope.Kind.FUNCTION) throw new CompileError("'yield' outside function", y.pos().line());
                if (scope.coroutine) throw new CompileError("asynchronous generators are not supported", y.pos().line());
                if (y.value() != null) expr(y.value()); else loadConst(Ast.Special.NONE);
                b.emit(Op.YIELD_VALUE);
            }
            case YieldFrom y -> {
                if (scope.kind != Scope.Kind.FUNCTION) throw new CompileError("'yield' outside function", y.pos().line());
                expr(y.value());
                b.emit(Op.GET_YIELD_FROM_ITER);
                loadConst(Ast.Special.NONE);
                yieldFromLoop();
            }
            case Await a -> {
                if (!scope.coroutine) throw new CompileError("'await' outside async function", a.pos().line());
                expr(a.value());
                b.emit(Op.GET_AWAITABLE);
                loadConst(Ast.Special.NONE);
                yieldFromLoop();
            }
            case JoinedStr j -> {
                if (j.values().isEmpty()) {
                    loadConst("");
                    return;
                }
                for (Expr v : j.values()) expr(v);
                if (j.values().size() > 1) b.emit(Op.BUILD_STRING, j.values().size());
                else if (j.values().get(0) instanceof Constant) return;
            }
            case FormattedValue f -> {
                expr(f.value());
                int flags = switch (f.conversion()) {
                    case 's' -> 1;
                    case 'r' -> 2;
                    case 'a' -> 3;
                    default -> 0;
                };
                if (f.formatSpec() != null) {
                    expr(f.formatSpec());
                    flags |= 4;
                }
                b.emit(Op.FORMAT_VALUE, flags);
            }
            case Starred s -> throw new CompileError("can't use starred expression here", s.pos().line());
        }
    }

    void yieldFromLoop() {
        int loop = b.newLabel();
        int exit = b.newLabel();
        b.bind(loop);
        b.emit(Op.SEND, exit);
        b.emit(Op.YIELD_VALUE);
        b.emit(Op.JUMP_BACKWARD_NO_INTERRUPT, loop);
        b.bind(exit);
    }

    /**
     * The value of {@code -N} for an int or float literal N, folded at compile time as CPython's
     * AST optimizer folds it ({@code -1.5} is one constant, not a load and a negation at every
     * run); null for anything else (bool, str, complex and other operands keep the run-time
     * operation and its errors).
     */
    static Object negatedLiteral(UnaryOp u) {
        if (u.op() != UnaryOpKind.USub || !(u.operand() instanceof Constant c)) return null;
        return switch (c.value()) {
            case Long l -> Long.valueOf(-l);
            case java.math.BigInteger b -> {
                java.math.BigInteger n = b.negate();
                yield n.bitLength() < 64 ? (Object) Long.valueOf(n.longValue()) : n;
            }
            case Double d -> -d;
            default -> null;
        };
    }

    static Object constValue(Constant c) {
        Object v = c.value();
        return v;
    }

    private void sliceParts(Slice sl) {
        if (sl.lower() != null) expr(sl.lower()); else loadConst(Ast.Special.NONE);
        if (sl.upper() != null) expr(sl.upper()); else loadConst(Ast.Special.NONE);
        if (sl.step() != null) {
            expr(sl.step());
            b.emit(Op.BUILD_SLICE, 3);
        } else {
            b.emit(Op.BUILD_SLICE, 2);
        }
    }

    private void compare(Compare c) {
        expr(c.left());
        int n = c.ops().size();
        if (n == 1) {
            expr(c.comparators().get(0));
            cmpOp(c.ops().get(0));
            return;
        }
        int cleanup = b.newLabel();
        int end = b.newLabel();
        for (int i = 0; i < n - 1; i++) {
            expr(c.comparators().get(i));
            b.emit(Op.SWAP, 2);
            b.emit(Op.COPY, 2);
            cmpOp(c.ops().get(i));
            b.emit(Op.JUMP_IF_FALSE_OR_POP, cleanup);
        }
        expr(c.comparators().get(n - 1));
        cmpOp(c.ops().get(n - 1));
        b.emit(Op.JUMP_FORWARD, end);
        b.bind(cleanup);
        b.emit(Op.SWAP, 2);
        b.emit(Op.POP_TOP);
        b.bind(end);
    }

    void cmpOp(CmpOp op) {
        switch (op) {
            case Eq -> b.emit(Op.COMPARE_OP, Op.C_EQ);
            case NotEq -> b.emit(Op.COMPARE_OP, Op.C_NE);
            case Lt -> b.emit(Op.COMPARE_OP, Op.C_LT);
            case LtE -> b.emit(Op.COMPARE_OP, Op.C_LE);
            case Gt -> b.emit(Op.COMPARE_OP, Op.C_GT);
            case GtE -> b.emit(Op.COMPARE_OP, Op.C_GE);
            case Is -> b.emit(Op.IS_OP, 0);
            case IsNot -> b.emit(Op.IS_OP, 1);
            case In -> b.emit(Op.CONTAINS_OP, 0);
            case NotIn -> b.emit(Op.CONTAINS_OP, 1);
        }
    }

    /** Evaluates {@code e} for truth and jumps to {@code label} when it is {@code cond}. */
    void jumpIf(Expr e, int label, boolean cond) {
        int saved = b.line;
        b.line = e.pos().line();
        try {
            if (e instanceof UnaryOp u && u.op() == UnaryOpKind.Not) {
                jumpIf(u.operand(), label, !cond);
                return;
            }
            if (e instanceof BoolOp bo) {
                boolean isOr = bo.op() == BoolOpKind.Or;
                List<Expr> vs = bo.values();
                if (isOr == cond) {
                    for (Expr v : vs) jumpIf(v, label, cond);
                } else {
                    int skip = b.newLabel();
                    for (int i = 0; i < vs.size() - 1; i++) jumpIf(vs.get(i), skip, !cond);
                    jumpIf(vs.get(vs.size() - 1), label, cond);
                    b.bind(skip);
                }
                return;
            }
            if (e instanceof Compare c && c.ops().size() == 1 && (c.ops().get(0) == CmpOp.Is || c.ops().get(0) == CmpOp.IsNot)
                    && c.comparators().get(0) instanceof Constant k && k.value() == Ast.Special.NONE) {
                expr(c.left());
                boolean isNone = c.ops().get(0) == CmpOp.Is;
                b.emit(isNone == cond ? Op.POP_JUMP_IF_NONE : Op.POP_JUMP_IF_NOT_NONE, label);
                return;
            }
            expr(e);
            b.emit(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, label);
        } finally {
            b.line = saved;
        }
    }

    private boolean hasStar(List<Expr> elts) {
        for (Expr x : elts) if (x instanceof Starred) return true;
        return false;
    }

    private void sequence(List<Expr> elts, int buildOp) {
        if (!hasStar(elts)) {
            for (Expr x : elts) expr(x);
            b.emit(buildOp, elts.size());
            return;
        }
        // Starred items: build a list (or set) and extend it; a tuple converts at the end.
        boolean set = buildOp == Op.BUILD_SET;
        int pending = 0;
        boolean built = false;
        for (Expr x : elts) {
            if (x instanceof Starred s) {
                if (!built) {
                    b.emit(set ? Op.BUILD_SET : Op.BUILD_LIST, pending);
                    built = true;
                    pending = 0;
                }
                expr(s.value());
                b.emit(set ? Op.SET_UPDATE : Op.LIST_EXTEND, 1);
            } else {
                expr(x);
                if (built) b.emit(set ? Op.SET_ADD : Op.LIST_APPEND, 1);
                else pending++;
            }
        }
        if (buildOp == Op.BUILD_TUPLE) b.emit(Op.LIST_TO_TUPLE);
    }

    private void dict(Dict d) {
        boolean hasUnpack = false;
        for (Expr k : d.keys()) if (k == null) hasUnpack = true;
        if (!hasUnpack) {
            for (int i = 0; i < d.keys().size(); i++) {
                expr(d.keys().get(i));
                expr(d.values().get(i));
            }
            b.emit(Op.BUILD_MAP, d.keys().size());
            return;
        }
        b.emit(Op.BUILD_MAP, 0);
        for (int i = 0; i < d.keys().size(); i++) {
            Expr k = d.keys().get(i);
            if (k == null) {
                expr(d.values().get(i));
                b.emit(Op.DICT_UPDATE, 1);
            } else {
                expr(k);
                expr(d.values().get(i));
                b.emit(Op.MAP_ADD, 1);
            }
        }
    }

    private void call(Call c) {
        if (c.func() instanceof Attribute a && a.ctx() == Ctx.Load) {
            expr(a.value());
            int saved = b.line;
            b.line = a.pos().endLine();
            b.emit(Op.LOAD_METHOD, b.nameIndex(a.attr()));
            b.line = saved;
        } else {
            expr(c.func());
            b.emit(Op.PUSH_NULL);
        }
        callArgs(c.args(), c.keywords(), 0);
    }

    /** Emits arguments and the call; {@code pushed} positional arguments are already on the stack. */
    void callArgs(List<Expr> args, List<Keyword> kws, int pushed) {
        boolean dynamic = hasStar(args);
        for (Keyword k : kws) if (k.arg() == null) dynamic = true;
        if (!dynamic) {
            for (Expr a : args) expr(a);
            if (kws.isEmpty()) {
                b.emit(Op.CALL, pushed + args.size());
            } else {
                List<Object> names = new ArrayList<>();
                for (Keyword k : kws) {
                    expr(k.value());
                    names.add(k.arg());
                }
                loadConst(new CodeUnit.ConstTuple(names));
                b.emit(Op.CALL_KW, pushed + args.size() + kws.size());
            }
            return;
        }
        b.emit(Op.BUILD_LIST, pushed);
        for (Expr a : args) {
            if (a instanceof Starred s) {
                expr(s.value());
                b.emit(Op.LIST_EXTEND, 1);
            } else {
                expr(a);
                b.emit(Op.LIST_APPEND, 1);
            }
        }
        b.emit(Op.LIST_TO_TUPLE);
        if (kws.isEmpty()) {
            b.emit(Op.CALL_EX, 0);
            return;
        }
        b.emit(Op.BUILD_MAP, 0);
        for (Keyword k : kws) {
            if (k.arg() == null) {
                expr(k.value());
                b.emit(Op.DICT_MERGE, 1);
            } else {
                loadConst(k.arg());
                expr(k.value());
                b.emit(Op.MAP_ADD, 1);
            }
        }
        b.emit(Op.CALL_EX, 1);
    }

    // ------------------------------------------------------------------ stores

    void store(Expr t) {
        int saved = b.line;
        b.line = t.pos().line();
        try {
            switch (t) {
                case Name n -> nameOp(n.id(), Ctx.Store);
                case Attribute a -> {
                    expr(a.value());
                    b.emit(Op.STORE_ATTR, b.nameIndex(a.attr()));
                }
                case Subscript s -> {
                    expr(s.value());
                    if (s.slice() instanceof Slice sl) sliceParts(sl); else expr(s.slice());
                    b.emit(Op.STORE_SUBSCR);
                }
                case Tuple tu -> unpack(tu.elts(), tu.pos().line());
                case ListExpr l -> unpack(l.elts(), l.pos().line());
                case Starred s -> throw new CompileError("starred assignment target must be in a list or tuple", s.pos().line());
                default -> throw new CompileError("cannot assign to " + describe(t), t.pos().line());
            }
        } finally {
            b.line = saved;
        }
    }

    static String describe(Expr e) {
        return switch (e) {
            case Call c -> "function call";
            case Constant c -> "literal";
            case BinOp o -> "expression";
            case Compare c -> "comparison";
            case Lambda l -> "lambda";
            default -> "expression";
        };
    }

    private void unpack(List<Expr> elts, int line) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Starred) {
                if (star >= 0) throw new CompileError("multiple starred expressions in assignment", line);
                star = i;
            }
        }
        if (star < 0) {
            b.emit(Op.UNPACK_SEQUENCE, elts.size());
        } else {
            b.emit(Op.UNPACK_EX, star | ((elts.size() - star - 1) << 8));
        }
        for (Expr x : elts) {
            store(x instanceof Starred s ? s.value() : x);
        }
    }

    void delete(Expr t) {
        switch (t) {
            case Name n -> nameOp(n.id(), Ctx.Del);
            case Attribute a -> {
                expr(a.value());
                b.emit(Op.DELETE_ATTR, b.nameIndex(a.attr()));
            }
            case Subscript s -> {
                expr(s.value());
                if (s.slice() instanceof Slice sl) sliceParts(sl); else expr(s.slice());
                b.emit(Op.DELETE_SUBSCR);
            }
            case Tuple tu -> tu.elts().forEach(this::delete);
            case ListExpr l -> l.elts().forEach(this::delete);
            default -> throw new CompileError("cannot delete " + describe(t), t.pos().line());
        }
    }
}
