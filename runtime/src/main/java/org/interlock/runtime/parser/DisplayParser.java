package org.interlock.runtime.parser;

import java.util.ArrayList;
import java.util.List;
import org.interlock.runtime.lexer.Lexer;
import org.interlock.runtime.lexer.StringLiteral;
import org.interlock.runtime.lexer.Token;
import org.interlock.runtime.lexer.TokenType;
import org.interlock.runtime.parser.Ast.*;

/**
 * The bottom of the expression grammar and the bracketed forms: atoms, parenthesized
 * expressions and tuples, list/set/dict displays and comprehensions, comprehension and
 * {@code for} targets, string literal runs (f-strings through {@link FStringParser}) and
 * parameter lists, with the diagnostics CPython's error pass gives inside brackets
 * ("Perhaps you forgot a comma?"). The precedence ladder above atoms is
 * {@link ExpressionParser}'s.
 */
abstract class DisplayParser extends ParserCore {

    DisplayParser(Lexer lexer, String filename) {
        super(lexer, filename);
    }

    /** star_named_expression. */
    abstract Expr starNamedExpression();

    /** named_expression. */
    abstract Expr namedExpression();

    /** expression (conditional or lambda). */
    abstract Expr expression();

    /** disjunction (the or-level). */
    abstract Expr disjunction();

    /** bitwise_or. */
    abstract Expr bitwiseOr();

    /** yield_expr. */
    abstract Expr yieldExpr();

    /** primary: an atom with its trailers (calls, subscripts, attributes). */
    abstract Expr primary();

    /**
     * Inside brackets, an element followed directly by something that starts another
     * expression is CPython's "Perhaps you forgot a comma?" (unless a bracket is left
     * open at the end, which CPython reports instead when the failure is at the end).
     */
    final void checkForgotComma(Token elementStart) {
        checkForgotComma(pos(elementStart));
    }

    /** As {@link #checkForgotComma(Token)}, from the start of an element's span. */
    final void checkForgotComma(Pos element) {
        Token t = peek();
        if (level() == 0 || !startsExpression() || t.is("*") || t.is("-") || t.is("+") || t.is("~") || t.is("not")
                || t.is("(") || t.is("[") || (t.type() == TokenType.STRING && prev().type() == TokenType.NAME)) {
            return;
        }
        int[] open = lexer.unclosedBracket();
        if (open != null && t.line() > open[1]) {
            throw invalidSyntax();
        }
        // CPython parses the second expression too; running into the end means "never closed".
        int save = idx;
        Pos second;
        second = pos(peek());
        Expr b = tolerantExpression();
        if (b == null) {
            idx = save;
            throw invalidSyntax();
        }
        second = b.pos();
        idx = save;
        throw errorAt("invalid syntax. Perhaps you forgot a comma?", element.line(), element.col(),
                second.endLine(), second.endCol());
    }

    /**
     * The longest expression, primary or atom that parses here (PEG backtracking: "f+or"
     * still yields "f"), or null; leaves the cursor after it.
     */
    private Expr tolerantExpression() {
        int save = idx;
        try {
            return expression();
        } catch (PySyntaxError e) {
            idx = save;
        }
        try {
            return primary();
        } catch (PySyntaxError e) {
            idx = save;
        }
        try {
            return atom();
        } catch (PySyntaxError e) {
            idx = save;
            return null;
        }
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

    // ------------------------------------------------------------------ atoms

    final Expr atom() {
        Token t = peek();
        switch (t.type()) {
            case NUMBER -> {
                next();
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
            checkForgotComma(first.pos());
            throw invalidSyntax();
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (at(")")) {
                break;
            }
            Expr el = starNamedExpression();
            elts.add(el);
            checkForgotComma(el.pos());
        }
        expect(")");
        return new Tuple(from(open), elts, Ctx.Load);
    }

    private Expr listDisplay() {
        Token open = next();
        if (accept("]")) {
            return new ListExpr(from(open), List.of(), Ctx.Load);
        }
        Expr first = starNamedExpression();
        if (at("for")) {
            if (first instanceof Starred) {
                throw errorAt("iterable unpacking cannot be used in comprehension", first.pos());
            }
            List<Comprehension> gens = comprehensionClauses();
            expect("]");
            return new ListComp(from(open), first, gens);
        }
        checkForgotComma(first.pos());
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (at("]")) {
                break;
            }
            if (at("for")) {
                throw parenthesesAroundTarget(elts, prev());
            }
            Expr el = starNamedExpression();
            elts.add(el);
            checkForgotComma(el.pos());
        }
        comprehensionTargetCheck(elts);
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
                Token colon = next();
                key = first;
                if (at("}") || at(",")) {
                    throw errorAt("expression expected after dictionary key and ':'", colon);
                }
                value = expression();
                checkForgotComma(value.pos());
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
                        Pos kp = k.pos();
                        throw errorAt("':' expected after dictionary key", kp.endLine(), kp.endCol() - 1, kp.endLine(), -1);
                    }
                    Token colon = next();
                    if (at("}") || at(",")) {
                        throw errorAt("expression expected after dictionary key and ':'", colon);
                    }
                    Expr v = expression();
                    values.add(v);
                    keys.add(k);
                    checkForgotComma(v.pos());
                }
            }
            expect("}");
            return new Dict(from(open), keys, values);
        }
        return setRest(open, starNamedExpression());
    }

    /** {@code [a, for ...]}: CPython's invalid_comprehension, the trailing-comma form. */
    private PySyntaxError parenthesesAroundTarget(List<Expr> elts, Token comma) {
        Pos a = elts.get(0).pos();
        return errorAt("did you forget parentheses around the comprehension target?", a.line(), a.col(),
                comma.endLine(), comma.endCol());
    }

    /** {@code [a, b for ...]}: CPython's invalid_comprehension asks for parentheses. */
    private void comprehensionTargetCheck(List<Expr> elts) {
        if (at("for") && elts.size() > 1) {
            Pos a = elts.get(0).pos();
            Pos b = elts.get(elts.size() - 1).pos();
            throw errorAt("did you forget parentheses around the comprehension target?", a.line(), a.col(),
                    b.endLine(), b.endCol());
        }
    }

    private Expr setRest(Token open, Expr first) {
        checkForgotComma(first.pos());
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
            if (at("for")) {
                throw parenthesesAroundTarget(elts, prev());
            }
            elts.add(starNamedExpression());
        }
        comprehensionTargetCheck(elts);
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

    /** One target; diagnoses a conditional without 'else' and a missing comma as CPython's error pass does. */
    private Expr targetElement() {
        Token start = peek();
        Expr e = targetAtom();
        if (at("if")) {
            int save = idx;
            next();
            try {
                disjunction();
                if (!at("else")) {
                    throw errorAt("expected 'else' after 'if' expression", start.line(), start.col(),
                            prev().endLine(), prev().endCol());
                }
            } catch (PySyntaxError err) {
                if (err.msg().startsWith("expected 'else'")) {
                    throw err;
                }
            }
            idx = save;
        }
        if (!at("in") && !at(",")) {
            checkForgotComma(e.pos());
        }
        return e;
    }

    private Expr targetAtom() {
        if (at("*")) {
            Token s = next();
            Expr v = bitwiseOr();
            return new Starred(from(s), v, Ctx.Load);
        }
        return bitwiseOr();
    }

    // ------------------------------------------------------------------ strings

    final Expr strings() {
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
            throw literalError(e, parts, lits, peek());
        }
        // CPython reports f-string errors at the token after the literals (the parser's last token).
        Token after = peek();
        FStringParser fp = new FStringParser(this, p, pos(after));
        for (int i = 0; i < lits.size(); i++) {
            StringLiteral s = lits.get(i);
            try {
                if (s.fstring()) {
                    fp.addFString(s);
                } else {
                    fp.addLiteral(s.decodeStr());
                }
            } catch (StringLiteral.LiteralError e) {
                throw literalError(e, parts.subList(i, i + 1), lits.subList(i, i + 1), after);
            }
        }
        return fp.finish(kind);
    }

    private PySyntaxError literalError(StringLiteral.LiteralError e, List<Token> parts, List<StringLiteral> lits,
                                       Token after) {
        // CPython points at the start of the offending literal for bytes errors, else at the
        // token after the literals (the last one its parser fetched).
        Token t = parts.get(parts.size() - 1);
        if (e.getMessage().startsWith("bytes can only")) {
            for (int i = 0; i < lits.size(); i++) {
                if (lits.get(i).body().chars().anyMatch(c -> c >= 128)) {
                    t = parts.get(i);
                    return errorAt(e.getMessage(), t.line(), t.col(), t.endLine(), t.endCol());
                }
            }
        }
        return errorAt(e.getMessage(), after.line(), after.col(), after.line(), after.col());
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
        boolean defaultsRun = false;
        boolean defaultsBeforeSlashThenMore = false;
        while (!at(closer)) {
            Token t = peek();
            if (!at("/") && defaultsRun && !posonly.isEmpty() && !defaults.isEmpty() && args.isEmpty()
                    && peek(1).is("=")) {
                defaultsBeforeSlashThenMore = true;
            }
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
                if (accept(",") && !at(closer) && (atName() || at("*") || at("**") || at("/"))) {
                    throw errorAt("arguments cannot follow var-keyword argument", peek());
                }
                break;
            } else if (at("*")) {
                if (star) {
                    next();
                    if (atName() || at(",")) {
                        throw errorAt("* argument may appear only once", t);
                    }
                    throw errorAt("invalid syntax", t);
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
                if (at("=")) {
                    Token eq = next();
                    if (at(",") || at(closer)) {
                        throw errorAt("expected default value expression", eq);
                    }
                    dflt = expression();
                }
                if (star) {
                    kwonly.add(a);
                    kwDefaults.add(dflt);
                } else {
                    if (dflt != null) {
                        defaults.add(dflt);
                        defaultsRun = true;
                    } else if (!defaults.isEmpty()) {
                        // CPython's rule only matches a non-default parameter right after a
                        // run of defaults (and at most a '/'), with no defaults before a '/'.
                        if (defaultsRun && !defaultsBeforeSlashThenMore) {
                            throw errorAt("non-default argument follows default argument", a.pos());
                        }
                        throw errorAt("invalid syntax", peek());
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
