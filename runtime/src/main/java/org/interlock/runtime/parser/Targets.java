package org.interlock.runtime.parser;

import java.util.ArrayList;
import java.util.List;
import org.interlock.runtime.parser.Ast.*;

/**
 * Turning a parsed expression into an assignment or deletion target: the expression
 * context becomes Store or Del, and anything that cannot be a target is a SyntaxError
 * naming it as CPython does ({@code _PyPegen_get_expr_name}).
 */
final class Targets {
    private Targets() {}

    /** CPython's name for an expression kind in error messages. */
    static String describe(Expr e) {
        return switch (e) {
            case Attribute a -> "attribute";
            case Subscript s -> "subscript";
            case Starred s -> "starred";
            case Name n -> "name";
            case ListExpr l -> "list";
            case Tuple t -> "tuple";
            case Lambda l -> "lambda";
            case Call c -> "function call";
            case BoolOp b -> "expression";
            case BinOp b -> "expression";
            case UnaryOp u -> "expression";
            case GeneratorExp g -> "generator expression";
            case Yield y -> "yield expression";
            case YieldFrom y -> "yield expression";
            case Await a -> "await expression";
            case ListComp l -> "list comprehension";
            case SetComp s -> "set comprehension";
            case DictComp d -> "dict comprehension";
            case Dict d -> "dict literal";
            case SetExpr s -> "set display";
            case JoinedStr j -> "f-string expression";
            case FormattedValue f -> "f-string expression";
            case Constant c -> {
                if (c.value() == Constant.NONE) {
                    yield "None";
                } else if (Boolean.TRUE.equals(c.value())) {
                    yield "True";
                } else if (Boolean.FALSE.equals(c.value())) {
                    yield "False";
                } else if (c.value() == Constant.ELLIPSIS) {
                    yield "ellipsis";
                }
                yield "literal";
            }
            case Compare c -> "comparison";
            case IfExp i -> "conditional expression";
            case NamedExpr n -> "named expression";
            case Slice s -> "slice";
        };
    }

    /** The innermost sub-expression that cannot be a store target, or null if {@code e} is valid. */
    static Expr invalidStore(Expr e) {
        return switch (e) {
            case Name n -> null;
            case Attribute a -> null;
            case Subscript s -> null;
            case Starred s -> invalidStore(s.value());
            case Tuple t -> firstInvalid(t.elts());
            case ListExpr l -> firstInvalid(l.elts());
            default -> e;
        };
    }

    private static Expr firstInvalid(List<Expr> elts) {
        for (Expr x : elts) {
            Expr bad = invalidStore(x);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    /** {@code e} in Store context; {@code verb} is "assign to" in the error message. */
    static Expr toStore(ParserCore p, Expr e, String verb) {
        Expr bad = invalidStore(e);
        if (bad != null) {
            throw storeError(p, bad, "");
        }
        return withCtx(e, Ctx.Store);
    }

    static PySyntaxError storeError(ParserCore p, Expr bad, String suffix) {
        if (bad instanceof Yield || bad instanceof YieldFrom) {
            return p.errorAt("assignment to yield expression not possible", bad.pos());
        }
        return p.errorAt("cannot assign to " + describe(bad) + suffix, bad.pos());
    }

    /** {@code e} in Del context. */
    static Expr toDel(ParserCore p, Expr e) {
        Expr bad = invalidDel(e);
        if (bad != null) {
            throw p.errorAt("cannot delete " + describe(bad), bad.pos());
        }
        return withCtx(e, Ctx.Del);
    }

    private static Expr invalidDel(Expr e) {
        return switch (e) {
            case Name n -> null;
            case Attribute a -> null;
            case Subscript s -> null;
            case Tuple t -> firstInvalidDel(t.elts());
            case ListExpr l -> firstInvalidDel(l.elts());
            default -> e;
        };
    }

    private static Expr firstInvalidDel(List<Expr> elts) {
        for (Expr x : elts) {
            Expr bad = invalidDel(x);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    /** A copy of a (valid) target with the given context throughout. */
    static Expr withCtx(Expr e, Ctx ctx) {
        return switch (e) {
            case Name n -> new Name(n.pos(), n.id(), ctx);
            case Attribute a -> new Attribute(a.pos(), a.value(), a.attr(), ctx);
            case Subscript s -> new Subscript(s.pos(), s.value(), s.slice(), ctx);
            case Starred s -> new Starred(s.pos(), withCtx(s.value(), ctx), ctx);
            case Tuple t -> new Tuple(t.pos(), mapCtx(t.elts(), ctx), ctx);
            case ListExpr l -> new ListExpr(l.pos(), mapCtx(l.elts(), ctx), ctx);
            default -> e;
        };
    }

    private static List<Expr> mapCtx(List<Expr> elts, Ctx ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr x : elts) {
            out.add(withCtx(x, ctx));
        }
        return out;
    }
}
