package org.interlock.runtime.parser;

import java.util.ArrayList;
import java.util.List;
import org.interlock.runtime.lexer.Lexer;
import org.interlock.runtime.lexer.Token;
import org.interlock.runtime.lexer.TokenType;
import org.interlock.runtime.parser.Ast.*;

/**
 * Expressions, by recursive descent over CPython 3.11's precedence ladder (lowest first):
 * lambda, conditional, or, and, not, comparisons (chained), |, ^, &, shifts, + -,
 * * / // % @, unary + - ~, ** (right-associative, tighter than a unary operator on its
 * left), await, primaries (calls, subscripts, attributes), atoms. Method names follow the
 * grammar's rule names in {@code Grammar/python.gram}.
 */
class ExpressionParser extends DisplayParser {

    ExpressionParser(Lexer lexer, String filename) {
        super(lexer, filename);
    }

    // ------------------------------------------------------------------ top levels

    /** star_expressions: a tuple when there is a comma. */
    Expr starExpressions() {
        Token start = peek();
        Expr first = starExpression();
        if (!at(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (!startsExpression()) {
                break;
            }
            elts.add(starExpression());
        }
        return new Tuple(from(start), elts, Ctx.Load);
    }

    /** star_expression: {@code *bitwise_or} or an expression. */
    Expr starExpression() {
        if (at("*")) {
            Token s = next();
            Expr v = bitwiseOr();
            return new Starred(from(s), v, Ctx.Load);
        }
        return expression();
    }

    /** star_named_expression, as in displays. */
    @Override
    final Expr starNamedExpression() {
        if (at("*")) {
            Token s = next();
            Expr v = bitwiseOr();
            return new Starred(from(s), v, Ctx.Load);
        }
        return namedExpression();
    }

    /** named_expression: {@code NAME := expression} or an expression. */
    @Override
    final Expr namedExpression() {
        return namedExpression(true);
    }

    /** {@code equalsRule} false where '=' after the expression has its own diagnosis (call arguments). */
    Expr namedExpression(boolean equalsRule) {
        Token start = peek();
        Expr e = expression();
        if (at(":=")) {
            if (!(e instanceof Name n)) {
                // CPython's rule needs a valid right-hand side before it names the target.
                Token walrus = next();
                try {
                    expression();
                } catch (PySyntaxError err) {
                    throw errorAt("invalid syntax", walrus);
                }
                throw errorAt("cannot use assignment expressions with " + Targets.describe(e), e.pos());
            }
            next();
            Expr value = expression();
            return new NamedExpr(from(start), new Name(n.pos(), n.id(), Ctx.Store), value);
        }
        if (equalsRule && at("=")) {
            misplacedEquals(e);
        }
        return e;
    }

    /**
     * CPython's invalid_named_expression: {@code NAME = value} where an expression is
     * expected suggests '==' or ':='; another bitwise-or-level expression suggests '=='.
     * Only when the value is a bitwise-or expression not followed by '=' or ':='.
     */
    private void misplacedEquals(Expr e) {
        if (e instanceof ListExpr || e instanceof Tuple || e instanceof GeneratorExp
                || (e instanceof Constant c && (c.value() == Constant.NONE || c.value() instanceof Boolean))
                || e instanceof Compare || e instanceof BoolOp || e instanceof IfExp || e instanceof Lambda
                || (e instanceof UnaryOp u && u.op() == UnaryOpKind.Not)) {
            return;
        }
        int save = idx;
        try {
            next();
            Expr value = bitwiseOr();
            if (at("=") || at(":=")) {
                idx = save;
                return;
            }
            if (e instanceof Name) {
                throw errorAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e.pos().line(),
                        e.pos().col(), value.pos().endLine(), value.pos().endCol());
            }
            throw errorAt("cannot assign to " + Targets.describe(e) + " here. Maybe you meant '==' instead of '='?",
                    e.pos());
        } catch (PySyntaxError err) {
            if (err.msg().startsWith("invalid syntax. Maybe") || err.msg().startsWith("cannot assign to")) {
                throw err;
            }
            idx = save;
        }
    }

    /** expression: conditional or lambda. */
    @Override
    final Expr expression() {
        enter();
        try {
            if (at("lambda")) {
                return lambdef();
            }
            Token start = peek();
            Expr body = disjunction();
            if (at("if")) {
                next();
                Expr test = disjunction();
                if (!at("else")) {
                    throw errorAt("expected 'else' after 'if' expression", start.line(), start.col(),
                            prev().endLine(), prev().endCol());
                }
                next();
                Expr orelse = expression();
                return new IfExp(from(start), test, body, orelse);
            }
            return body;
        } finally {
            leave();
        }
    }

    /** yield_expr: {@code yield from e} or {@code yield [star_expressions]}. */
    @Override
    final Expr yieldExpr() {
        Token start = expect("yield");
        if (accept("from")) {
            Expr v = expression();
            return new YieldFrom(from(start), v);
        }
        Expr v = startsExpression() ? starExpressions() : null;
        return new Yield(from(start), v);
    }

    private Expr lambdef() {
        Token start = expect("lambda");
        Arguments args = parameters(false, ":");
        expect(":");
        Expr body = expression();
        return new Lambda(from(start), args, body);
    }

    // ------------------------------------------------------------------ boolean and comparison

    @Override
    final Expr disjunction() {
        Token start = peek();
        Expr first = conjunction();
        if (!at("or")) {
            return first;
        }
        List<Expr> vals = new ArrayList<>();
        vals.add(first);
        while (accept("or")) {
            vals.add(conjunction());
        }
        return new BoolOp(from(start), BoolOpKind.Or, vals);
    }

    private Expr conjunction() {
        Token start = peek();
        Expr first = inversion();
        if (!at("and")) {
            return first;
        }
        List<Expr> vals = new ArrayList<>();
        vals.add(first);
        while (accept("and")) {
            vals.add(inversion());
        }
        return new BoolOp(from(start), BoolOpKind.And, vals);
    }

    private Expr inversion() {
        if (at("not")) {
            enter();
            try {
                Token start = next();
                Expr operand = inversion();
                return new UnaryOp(from(start), UnaryOpKind.Not, operand);
            } finally {
                leave();
            }
        }
        return comparison();
    }

    private Expr comparison() {
        Token start = peek();
        Expr left = bitwiseOr();
        List<CmpOp> ops = new ArrayList<>();
        List<Expr> comps = new ArrayList<>();
        while (true) {
            CmpOp op = compareOp();
            if (op == null) {
                break;
            }
            ops.add(op);
            comps.add(bitwiseOr());
        }
        return ops.isEmpty() ? left : new Compare(from(start), left, ops, comps);
    }

    private CmpOp compareOp() {
        Token t = peek();
        if (t.type() != TokenType.OP && t.type() != TokenType.NAME) {
            return null;
        }
        CmpOp op = switch (t.text()) {
            case "==" -> CmpOp.Eq;
            case "!=" -> CmpOp.NotEq;
            case "<" -> CmpOp.Lt;
            case "<=" -> CmpOp.LtE;
            case ">" -> CmpOp.Gt;
            case ">=" -> CmpOp.GtE;
            case "in" -> CmpOp.In;
            case "is" -> peek(1).is("not") ? CmpOp.IsNot : CmpOp.Is;
            case "not" -> {
                if (!peek(1).is("in")) {
                    // Only "not in" can follow an operand; CPython fails at the token after 'not'.
                    next();
                    throw invalidSyntax();
                }
                yield CmpOp.NotIn;
            }
            default -> null;
        };
        if (op != null) {
            next();
            if (op == CmpOp.IsNot || op == CmpOp.NotIn) {
                next();
            }
        }
        return op;
    }

    // ------------------------------------------------------------------ arithmetic

    @Override
    final Expr bitwiseOr() {
        Token start = peek();
        Expr left = bitwiseXor();
        while (at("|")) {
            next();
            Expr right = bitwiseXor();
            left = new BinOp(from(start), left, Operator.BitOr, right);
        }
        return left;
    }

    private Expr bitwiseXor() {
        Token start = peek();
        Expr left = bitwiseAnd();
        while (at("^")) {
            next();
            Expr right = bitwiseAnd();
            left = new BinOp(from(start), left, Operator.BitXor, right);
        }
        return left;
    }

    private Expr bitwiseAnd() {
        Token start = peek();
        Expr left = shiftExpr();
        while (at("&")) {
            next();
            Expr right = shiftExpr();
            left = new BinOp(from(start), left, Operator.BitAnd, right);
        }
        return left;
    }

    private Expr shiftExpr() {
        Token start = peek();
        Expr left = sum();
        while (at("<<") || at(">>")) {
            Operator op = next().text().equals("<<") ? Operator.LShift : Operator.RShift;
            Expr right = sum();
            left = new BinOp(from(start), left, op, right);
        }
        return left;
    }

    private Expr sum() {
        Token start = peek();
        Expr left = term();
        while (at("+") || at("-")) {
            Operator op = next().text().equals("+") ? Operator.Add : Operator.Sub;
            Expr right = term();
            left = new BinOp(from(start), left, op, right);
        }
        return left;
    }

    private Expr term() {
        Token start = peek();
        Expr left = factor();
        while (true) {
            Operator op;
            if (at("*")) {
                op = Operator.Mult;
            } else if (at("/")) {
                op = Operator.Div;
            } else if (at("//")) {
                op = Operator.FloorDiv;
            } else if (at("%")) {
                op = Operator.Mod;
            } else if (at("@")) {
                op = Operator.MatMult;
            } else {
                return left;
            }
            next();
            Expr right = factor();
            left = new BinOp(from(start), left, op, right);
        }
    }

    private Expr factor() {
        UnaryOpKind op = at("+") ? UnaryOpKind.UAdd : at("-") ? UnaryOpKind.USub : at("~") ? UnaryOpKind.Invert : null;
        if (op != null) {
            enter();
            try {
                Token start = next();
                Expr operand = factor();
                return new UnaryOp(from(start), op, operand);
            } finally {
                leave();
            }
        }
        return power();
    }

    private Expr power() {
        Token start = peek();
        Expr base = awaitPrimary();
        if (at("**")) {
            next();
            enter();
            try {
                Expr exp = factor();
                return new BinOp(from(start), base, Operator.Pow, exp);
            } finally {
                leave();
            }
        }
        return base;
    }

    private Expr awaitPrimary() {
        if (at("await")) {
            Token start = next();
            Expr v = primary();
            return new Await(from(start), v);
        }
        return primary();
    }

    // ------------------------------------------------------------------ primaries

    @Override
    final Expr primary() {
        Token start = peek();
        Expr e = atom();
        while (true) {
            if (at(".")) {
                next();
                String attr = expectName();
                e = new Attribute(from(start), e, attr, Ctx.Load);
            } else if (at("(")) {
                e = call(start, e);
            } else if (at("[")) {
                next();
                Expr slice = slices();
                expect("]");
                e = new Subscript(from(start), e, slice, Ctx.Load);
            } else {
                return e;
            }
        }
    }

    /** A call's parenthesized arguments applied to {@code func}; the span starts at {@code start}. */
    final Expr call(Token start, Expr func) {
        Token open = expect("(");
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        int count = 0;
        Expr genexpCandidate = null;
        String late = null;
        Pos lastArg = null;
        while (!at(")")) {
            Token argStart = peek();
            count++;
            if (at("**")) {
                next();
                Expr v = expression();
                keywords.add(new Keyword(from(argStart), null, v));
                sawDoubleStar = true;
                lastArg = v.pos();
            } else if (at("*")) {
                Token star = next();
                if (sawDoubleStar || (count > 1 && !startsExpression())) {
                    // CPython's invalid_arguments: "args , *" after keyword unpacking, or a bare '*'.
                    throw errorAt("iterable argument unpacking follows keyword argument unpacking", star);
                }
                Expr v = expression();
                args.add(new Starred(from(argStart), v, Ctx.Load));
                lastArg = v.pos();
            } else if (atName() && peek(1).is("=")) {
                String name = next().text();
                next();
                Expr v = expression();
                keywords.add(new Keyword(from(argStart), name, v));
                sawKeyword = true;
                lastArg = v.pos();
            } else {
                Expr v = namedExpression(false);
                if (at("for")) {
                    List<Comprehension> gens = comprehensionClauses();
                    if (count == 1 && at(")")) {
                        next();
                        GeneratorExp g = new GeneratorExp(from(open), v, gens);
                        return new Call(from(start), func, List.of(g), List.of());
                    }
                    throw errorAt("Generator expression must be parenthesized", from(argStart));
                }
                if (at("=")) {
                    throw errorAt("expression cannot contain assignment, perhaps you meant \"==\"?",
                            argStart.line(), argStart.col(), peek().endLine(), peek().endCol());
                }
                // CPython reports these at the closing parenthesis, after the whole list.
                if (late == null && sawDoubleStar) {
                    late = "positional argument follows keyword argument unpacking";
                } else if (late == null && sawKeyword) {
                    late = "positional argument follows keyword argument";
                }
                args.add(v);
                lastArg = v.pos();
                if (genexpCandidate == null) {
                    genexpCandidate = v;
                }
            }
            checkForgotComma(lastArg);
            if (!accept(",")) {
                if (at("for") && count > 1) {
                    comprehensionClauses();
                    throw errorAt("Generator expression must be parenthesized", from(argStart));
                }
                break;
            }
        }
        if (late != null && at(")")) {
            throw errorAt(late, peek());
        }
        expect(")");
        return new Call(from(start), func, args, keywords);
    }

    /** slices: one slice, or a tuple of slices/expressions. */
    private Expr slices() {
        Token start = peek();
        Expr first = slice();
        if (!at(",")) {
            if (first instanceof Starred) {
                // a[*b] subscripts with a one-element tuple, as in 3.11.
                return new Tuple(from(start), List.of(first), Ctx.Load);
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (at("]")) {
                break;
            }
            elts.add(slice());
        }
        return new Tuple(from(start), elts, Ctx.Load);
    }

    private Expr slice() {
        Token start = peek();
        Expr lower = null;
        if (!at(":")) {
            if (at("*")) {
                return starExpression();
            }
            lower = namedExpression();
            if (!at(":")) {
                return lower;
            }
        }
        expect(":");
        Expr upper = at(":") || at("]") || at(",") ? null : expression();
        Expr step = null;
        if (accept(":")) {
            step = at("]") || at(",") ? null : expression();
        }
        return new Slice(from(start), lower, upper, step);
    }

}
