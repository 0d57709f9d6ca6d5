package org.interlock.runtime.parser;

import java.util.ArrayList;
import java.util.List;
import org.interlock.runtime.lexer.ImaginaryLiteral;
import org.interlock.runtime.lexer.Lexer;
import org.interlock.runtime.lexer.StringLiteral;
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
class ExpressionParser extends ParserCore {

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
    Expr starNamedExpression() {
        if (at("*")) {
            Token s = next();
            Expr v = bitwiseOr();
            return new Starred(from(s), v, Ctx.Load);
        }
        return namedExpression();
    }

    /** named_expression: {@code NAME := expression} or an expression. */
    Expr namedExpression() {
        Token start = peek();
        Expr e = expression();
        if (at(":=")) {
            if (!(e instanceof Name n)) {
                throw errorAt("cannot use assignment expressions with " + Targets.describe(e), e.pos());
            }
            next();
            Expr value = expression();
            return new NamedExpr(from(start), new Name(n.pos(), n.id(), Ctx.Store), value);
        }
        return e;
    }

    /**
     * Inside brackets, an element followed directly by something that starts another
     * expression is CPython's "Perhaps you forgot a comma?" (unless a bracket is left
     * open at the end, which CPython reports instead when the failure is at the end).
     */
    final void checkForgotComma(Token elementStart) {
        Token t = peek();
        if (!startsExpression() || t.is("*") || t.is("-") || t.is("+") || t.is("~") || t.is("not")
                || t.is("(") || t.is("[") || (t.type() == TokenType.STRING && prev().type() == TokenType.NAME)) {
            return;
        }
        int[] open = lexer.unclosedBracket();
        if (open != null && (onlyEndFollows(idx + 1) || t.line() > open[1])) {
            throw invalidSyntax();
        }
        throw errorAt("invalid syntax. Perhaps you forgot a comma?", elementStart.line(), elementStart.col(),
                t.endLine(), t.endCol());
    }

    @Override
    final boolean startsExpressionHere() {
        return startsExpression();
    }

    /** True if the current token can begin an expression (to tell a trailing comma). */
    final boolean startsExpression() {
        Token t = peek();
        return switch (t.type()) {
            case NAME -> !KEYWORDS.contains(t.text()) || switch (t.text()) {
                case "None", "True", "False", "not", "lambda", "await" -> true;
                default -> false;
            };
            case NUMBER, STRING -> true;
            case OP -> switch (t.text()) {
                case "(", "[", "{", "-", "+", "~", "...", "*" -> true;
                default -> false;
            };
            default -> false;
        };
    }

    /** expression: conditional or lambda. */
    Expr expression() {
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
    Expr yieldExpr() {
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

    private Expr disjunction() {
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
            case "not" -> peek(1).is("in") ? CmpOp.NotIn : null;
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
        while (!at(")")) {
            Token argStart = peek();
            count++;
            if (at("**")) {
                next();
                Expr v = expression();
                keywords.add(new Keyword(from(argStart), null, v));
                sawDoubleStar = true;
            } else if (at("*")) {
                next();
                Expr v = expression();
                if (sawDoubleStar) {
                    throw errorAt("iterable argument unpacking follows keyword argument unpacking", from(argStart));
                }
                args.add(new Starred(from(argStart), v, Ctx.Load));
            } else if (atName() && peek(1).is("=")) {
                String name = next().text();
                next();
                Expr v = expression();
                keywords.add(new Keyword(from(argStart), name, v));
                sawKeyword = true;
            } else {
                Expr v = namedExpression();
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
                if (genexpCandidate == null) {
                    genexpCandidate = v;
                }
            }
            checkForgotComma(argStart);
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

    // ------------------------------------------------------------------ atoms

    private Expr atom() {
        Token t = peek();
        switch (t.type()) {
            case NUMBER -> {
                next();
                if (t.value() instanceof ImaginaryLiteral) {
                    throw errorAt("complex literals are not supported", t);
                }
                return new Constant(pos(t), t.value(), null);
            }
            case STRING -> {
                return strings();
            }
            case NAME -> {
                switch (t.text()) {
                    case "None" -> {
                        next();
                        return new Constant(pos(t), Constant.NONE, null);
                    }
                    case "True" -> {
                        next();
                        return new Constant(pos(t), Boolean.TRUE, null);
                    }
                    case "False" -> {
                        next();
                        return new Constant(pos(t), Boolean.FALSE, null);
                    }
                    default -> {
                        if (KEYWORDS.contains(t.text())) {
                            throw invalidSyntax();
                        }
                        next();
                        return new Name(pos(t), t.text(), Ctx.Load);
                    }
                }
            }
            case OP -> {
                switch (t.text()) {
                    case "(" -> {
                        return parenthesized();
                    }
                    case "[" -> {
                        return listDisplay();
                    }
                    case "{" -> {
                        return braceDisplay();
                    }
                    case "..." -> {
                        next();
                        return new Constant(pos(t), Constant.ELLIPSIS, null);
                    }
                    default -> throw invalidSyntax();
                }
            }
            default -> throw invalidSyntax();
        }
    }

    private Expr parenthesized() {
        Token open = next();
        if (accept(")")) {
            return new Tuple(from(open), List.of(), Ctx.Load);
        }
        if (at("yield")) {
            Expr y = yieldExpr();
            expect(")");
            return y;
        }
        Token firstStart = peek();
        Expr first = starNamedExpression();
        if (at("for")) {
            if (first instanceof Starred) {
                throw errorAt("iterable unpacking cannot be used in comprehension", first.pos());
            }
            List<Comprehension> gens = comprehensionClauses();
            expect(")");
            return new GeneratorExp(from(open), first, gens);
        }
        if (at(")")) {
            next();
            if (first instanceof Starred) {
                throw errorAt("cannot use starred expression here", first.pos());
            }
            return first;
        }
        if (!at(",")) {
            checkForgotComma(firstStart);
            throw invalidSyntax();
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (at(")")) {
                break;
            }
            Token es = peek();
            elts.add(starNamedExpression());
            checkForgotComma(es);
        }
        expect(")");
        return new Tuple(from(open), elts, Ctx.Load);
    }

    private Expr listDisplay() {
        Token open = next();
        if (accept("]")) {
            return new ListExpr(from(open), List.of(), Ctx.Load);
        }
        Token firstStart = peek();
        Expr first = starNamedExpression();
        if (at("for")) {
            if (first instanceof Starred) {
                throw errorAt("iterable unpacking cannot be used in comprehension", first.pos());
            }
            List<Comprehension> gens = comprehensionClauses();
            expect("]");
            return new ListComp(from(open), first, gens);
        }
        checkForgotComma(firstStart);
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (at("]")) {
                break;
            }
            Token es = peek();
            elts.add(starNamedExpression());
            checkForgotComma(es);
        }
        expect("]");
        return new ListExpr(from(open), elts, Ctx.Load);
    }

    private Expr braceDisplay() {
        Token open = next();
        if (accept("}")) {
            return new Dict(from(open), List.of(), List.of());
        }
        if (at("**") || !at("*")) {
            Expr key = null;
            Expr value;
            if (at("**")) {
                next();
                value = bitwiseOr();
            } else {
                Expr first = namedExpression();
                if (!at(":")) {
                    return setRest(open, first);
                }
                next();
                key = first;
                Token vs = peek();
                value = expression();
                checkForgotComma(vs);
                if (at("for")) {
                    List<Comprehension> gens = comprehensionClauses();
                    expect("}");
                    return new DictComp(from(open), key, value, gens);
                }
            }
            if (key == null && at("for")) {
                throw errorAt("dict unpacking cannot be used in dict comprehension", from(open));
            }
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            keys.add(key);
            values.add(value);
            while (accept(",")) {
                if (at("}")) {
                    break;
                }
                if (accept("**")) {
                    keys.add(null);
                    values.add(bitwiseOr());
                } else {
                    Expr k = expression();
                    if (!at(":")) {
                        throw errorAt("':' expected after dictionary key", k.pos());
                    }
                    next();
                    Token vs = peek();
                    values.add(expression());
                    keys.add(k);
                    checkForgotComma(vs);
                }
            }
            expect("}");
            return new Dict(from(open), keys, values);
        }
        return setRest(open, starNamedExpression());
    }

    private Expr setRest(Token open, Expr first) {
        checkForgotComma(open);
        if (at("for")) {
            if (first instanceof Starred) {
                throw errorAt("iterable unpacking cannot be used in comprehension", first.pos());
            }
            List<Comprehension> gens = comprehensionClauses();
            expect("}");
            return new SetComp(from(open), first, gens);
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (at("}")) {
                break;
            }
            elts.add(starNamedExpression());
        }
        expect("}");
        return new SetExpr(from(open), elts);
    }

    /** One or more {@code for target in iter (if cond)*} clauses. */
    final List<Comprehension> comprehensionClauses() {
        List<Comprehension> gens = new ArrayList<>();
        while (at("for") || (at("async") && peek(1).is("for"))) {
            boolean isAsync = accept("async");
            expect("for");
            Expr target = Targets.toStore(this, targetList(), "assign to");
            expect("in");
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (accept("if")) {
                ifs.add(disjunction());
            }
            gens.add(new Comprehension(target, iter, ifs, isAsync));
        }
        return gens;
    }

    /**
     * A target list as in {@code for} (star_targets): stops before {@code in} because each
     * element is parsed at the bitwise-or level, which is all a valid target needs.
     */
    final Expr targetList() {
        Token start = peek();
        Expr first = targetElement();
        if (!at(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (at("in") || at("=") || !startsExpression()) {
                break;
            }
            elts.add(targetElement());
        }
        return new Tuple(from(start), elts, Ctx.Load);
    }

    private Expr targetElement() {
        if (at("*")) {
            Token s = next();
            Expr v = bitwiseOr();
            return new Starred(from(s), v, Ctx.Load);
        }
        return bitwiseOr();
    }

    // ------------------------------------------------------------------ strings

    private Expr strings() {
        Token first = peek();
        List<Token> parts = new ArrayList<>();
        while (at(TokenType.STRING)) {
            parts.add(next());
        }
        Pos p = from(first);
        boolean anyBytes = false;
        boolean anyStr = false;
        boolean anyF = false;
        List<StringLiteral> lits = new ArrayList<>();
        for (Token t : parts) {
            StringLiteral s = StringLiteral.of(t);
            lits.add(s);
            anyBytes |= s.bytes();
            anyStr |= !s.bytes();
            anyF |= s.fstring();
        }
        if (anyBytes && anyStr) {
            throw errorAt("cannot mix bytes and nonbytes literals", p.endLine(), p.endCol(), p.endLine(), p.endCol());
        }
        String kind = lits.get(0).unicode() ? "u" : null;
        try {
            if (anyBytes) {
                java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
                for (StringLiteral s : lits) {
                    buf.writeBytes(s.decodeBytes());
                }
                return new Constant(p, buf.toByteArray(), null);
            }
            if (!anyF) {
                StringBuilder sb = new StringBuilder();
                for (StringLiteral s : lits) {
                    sb.append(s.decodeStr());
                }
                return new Constant(p, sb.toString(), kind);
            }
        } catch (StringLiteral.LiteralError e) {
            throw literalError(e, parts, lits);
        }
        FStringParser fp = new FStringParser(this, p);
        for (int i = 0; i < lits.size(); i++) {
            StringLiteral s = lits.get(i);
            try {
                if (s.fstring()) {
                    fp.addFString(s);
                } else {
                    fp.addLiteral(s.decodeStr());
                }
            } catch (StringLiteral.LiteralError e) {
                throw literalError(e, parts.subList(i, i + 1), lits.subList(i, i + 1));
            }
        }
        return fp.finish(kind);
    }

    private PySyntaxError literalError(StringLiteral.LiteralError e, List<Token> parts, List<StringLiteral> lits) {
        // CPython points at the start of the offending literal for bytes errors, past its end otherwise.
        Token t = parts.get(parts.size() - 1);
        if (e.getMessage().startsWith("bytes can only")) {
            for (int i = 0; i < lits.size(); i++) {
                if (lits.get(i).body().chars().anyMatch(c -> c >= 128)) {
                    t = parts.get(i);
                    return errorAt(e.getMessage(), t.line(), t.col(), t.endLine(), t.endCol());
                }
            }
        }
        return errorAt(e.getMessage(), t.endLine(), t.endCol(), t.endLine(), t.endCol());
    }

    // ------------------------------------------------------------------ parameters

    /**
     * A parameter list up to (not including) {@code closer}: {@code def} parameters when
     * {@code annotations}, else lambda parameters.
     */
    final Arguments parameters(boolean annotations, String closer) {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg kwarg = null;
        boolean star = false;
        while (!at(closer)) {
            Token t = peek();
            if (at("/")) {
                if (star) {
                    throw errorAt("/ must be ahead of *", t);
                }
                if (args.isEmpty()) {
                    if (!posonly.isEmpty()) {
                        throw errorAt("/ may appear only once", t);
                    }
                    throw errorAt("at least one argument must precede /", t);
                }
                next();
                posonly.addAll(args);
                args.clear();
            } else if (at("**")) {
                next();
                kwarg = param(annotations);
                if (at("=")) {
                    throw errorAt("var-keyword argument cannot have default value", peek());
                }
                accept(",");
                if (!at(closer)) {
                    throw errorAt("arguments cannot follow var-keyword argument", peek());
                }
                break;
            } else if (at("*")) {
                if (star) {
                    throw errorAt("* argument may appear only once", t);
                }
                next();
                star = true;
                if (at(",") || at(closer)) {
                    if (at(closer) || peek(1).is("**") || peek(1).is(closer)) {
                        throw errorAt("named arguments must follow bare *", t);
                    }
                } else {
                    vararg = param(annotations);
                    if (at("=")) {
                        throw errorAt("var-positional argument cannot have default value", peek());
                    }
                }
            } else {
                Arg a = param(annotations);
                Expr dflt = null;
                if (accept("=")) {
                    dflt = expression();
                }
                if (star) {
                    kwonly.add(a);
                    kwDefaults.add(dflt);
                } else {
                    if (dflt != null) {
                        defaults.add(dflt);
                    } else if (!defaults.isEmpty()) {
                        throw errorAt("non-default argument follows default argument", a.pos());
                    }
                    args.add(a);
                }
            }
            if (!accept(",")) {
                break;
            }
        }
        if (!at(closer)) {
            throw invalidSyntax();
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private Arg param(boolean annotations) {
        Token t = peek();
        String name = expectName();
        Expr ann = null;
        if (annotations && accept(":")) {
            ann = expression();
        }
        return new Arg(from(t), name, ann);
    }
}
