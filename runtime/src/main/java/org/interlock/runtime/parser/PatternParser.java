package org.interlock.runtime.parser;

import java.util.ArrayList;
import java.util.List;
import org.interlock.runtime.lexer.ImaginaryLiteral;
import org.interlock.runtime.lexer.Lexer;
import org.interlock.runtime.lexer.Token;
import org.interlock.runtime.lexer.TokenType;
import org.interlock.runtime.parser.Ast.*;

/**
 * The patterns of {@code case} clauses (PEP 634), following the pattern rules of CPython
 * 3.11's grammar: or/as patterns, literals (signed numbers, complex {@code a+bj}, strings,
 * None/True/False), captures, the wildcard, dotted values, groups, sequences, mappings and
 * class patterns. The {@code match} statement itself is parsed in {@link Parser}.
 */
abstract class PatternParser extends ExpressionParser {

    PatternParser(Lexer lexer, String filename) {
        super(lexer, filename);
    }

    /** CPython's {@code patterns}: an open sequence {@code a, b} becomes a {@link MatchSequence}. */
    final Pattern patterns() {
        Token start = peek();
        Pattern first = maybeStarPattern();
        if (!at(",")) {
            if (first instanceof MatchStar) {
                throw errorAt("invalid syntax", peek());
            }
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (accept(",")) {
            if (at(":") || at("if")) {
                break;
            }
            items.add(maybeStarPattern());
        }
        return new MatchSequence(from(start), items);
    }

    /** CPython's {@code pattern}: an or-pattern, optionally {@code as name}. */
    final Pattern pattern() {
        enter();
        try {
            Token start = peek();
            Pattern p = orPattern();
            if (at("as")) {
                next();
                if (at(TokenType.NAME) && peek().text().equals("_")) {
                    throw errorAt("cannot use '_' as a target", peek());
                }
                if (!atName()) {
                    throw errorAt("invalid pattern target", peek());
                }
                String name = next().text();
                return new MatchAs(from(start), p, name);
            }
            return p;
        } finally {
            leave();
        }
    }

    private Pattern orPattern() {
        Token start = peek();
        Pattern first = closedPattern();
        if (!at("|")) {
            return first;
        }
        List<Pattern> alts = new ArrayList<>();
        alts.add(first);
        while (accept("|")) {
            alts.add(closedPattern());
        }
        return new MatchOr(from(start), alts);
    }

    private Pattern maybeStarPattern() {
        if (at("*")) {
            Token s = next();
            if (!atName()) {
                throw invalidSyntax();
            }
            String name = next().text();
            return new MatchStar(from(s), name.equals("_") ? null : name);
        }
        return pattern();
    }

    private Pattern closedPattern() {
        Token t = peek();
        switch (t.type()) {
            case NUMBER, STRING -> {
                Expr v = literalExpr();
                return new MatchValue(v.pos(), v);
            }
            case NAME -> {
                switch (t.text()) {
                    case "None" -> {
                        next();
                        return new MatchSingleton(pos(t), Constant.NONE);
                    }
                    case "True", "False" -> {
                        next();
                        return new MatchSingleton(pos(t), t.text().equals("True"));
                    }
                    default -> { }
                }
                if (!atName()) {
                    throw invalidSyntax();
                }
                Expr target = nameOrAttr();
                if (at("(")) {
                    return classPattern(t, target);
                }
                if (target instanceof Name n) {
                    return n.id().equals("_") ? new MatchAs(n.pos(), null, null) : new MatchAs(n.pos(), null, n.id());
                }
                return new MatchValue(target.pos(), target);
            }
            case OP -> {
                switch (t.text()) {
                    case "-" -> {
                        Expr v = literalExpr();
                        return new MatchValue(v.pos(), v);
                    }
                    case "(" -> {
                        next();
                        if (at(")")) {
                            next();
                            return new MatchSequence(from(t), List.of());
                        }
                        Pattern first = maybeStarPattern();
                        if (at(")") && !(first instanceof MatchStar)) {
                            next();
                            return first;  // a group: the pattern keeps its own span
                        }
                        List<Pattern> items = new ArrayList<>();
                        items.add(first);
                        expect(",");
                        return sequenceRest(t, items, ")");
                    }
                    case "[" -> {
                        next();
                        return sequenceRest(t, new ArrayList<>(), "]");
                    }
                    case "{" -> {
                        return mappingPattern();
                    }
                    default -> throw invalidSyntax();
                }
            }
            default -> throw invalidSyntax();
        }
    }

    /** The remaining comma-separated items of a bracketed sequence pattern, and its closer. */
    private Pattern sequenceRest(Token open, List<Pattern> items, String closer) {
        while (!at(closer)) {
            items.add(maybeStarPattern());
            if (!accept(",")) {
                break;
            }
        }
        expect(closer);
        return new MatchSequence(from(open), items);
    }

    /** {@code NAME ('.' NAME)*}. */
    private Expr nameOrAttr() {
        Token t = next();
        Expr e = new Name(pos(t), t.text(), Ctx.Load);
        while (at(".")) {
            next();
            String attr = expectName();
            e = new Attribute(from(t), e, attr, Ctx.Load);
        }
        return e;
    }

    /** A literal in a pattern or as a mapping key: signed number, complex {@code a+bj}, strings. */
    private Expr literalExpr() {
        Token start = peek();
        if (at(TokenType.STRING)) {
            Expr s = strings();
            if (s instanceof JoinedStr) {
                throw errorAt("patterns may only match literals and attribute lookups", s.pos());
            }
            return s;
        }
        Expr real = signedNumber();
        if (at("+") || at("-")) {
            if (real instanceof Constant c && c.value() instanceof ImaginaryLiteral
                    || real instanceof UnaryOp u && ((Constant) u.operand()).value() instanceof ImaginaryLiteral) {
                throw errorAt("real number required in complex literal", real.pos());
            }
            Operator op = next().is("+") ? Operator.Add : Operator.Sub;
            Token n = peek();
            if (n.type() != TokenType.NUMBER) {
                throw invalidSyntax();
            }
            next();
            Expr imag = new Constant(pos(n), n.value(), null);
            if (!(n.value() instanceof ImaginaryLiteral)) {
                throw errorAt("imaginary number required in complex literal", imag.pos());
            }
            return new BinOp(from(start), real, op, imag);
        }
        return real;
    }

    private Expr signedNumber() {
        Token start = peek();
        boolean neg = accept("-");
        Token n = peek();
        if (n.type() != TokenType.NUMBER) {
            throw invalidSyntax();
        }
        next();
        Expr c = new Constant(pos(n), n.value(), null);
        return neg ? new UnaryOp(from(start), UnaryOpKind.USub, c) : c;
    }

    private Pattern mappingPattern() {
        Token open = next();
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        while (!at("}")) {
            if (at("**")) {
                next();
                if (!atName() || peek().text().equals("_")) {
                    throw invalidSyntax();
                }
                rest = next().text();
                accept(",");
                if (!at("}")) {
                    throw invalidSyntax();
                }
                break;
            }
            Expr key;
            Token k = peek();
            if (k.type() == TokenType.NAME && (k.is("None") || k.is("True") || k.is("False"))) {
                next();
                key = new Constant(pos(k), k.is("None") ? Constant.NONE : (Object) k.is("True"), null);
            } else if (k.type() == TokenType.NAME) {
                if (!atName()) {
                    throw invalidSyntax();
                }
                key = nameOrAttr();
                if (key instanceof Name) {
                    throw invalidSyntax();
                }
            } else {
                key = literalExpr();
            }
            expect(":");
            keys.add(key);
            values.add(pattern());
            if (!accept(",")) {
                break;
            }
        }
        expect("}");
        return new MatchMapping(from(open), keys, values, rest);
    }

    private Pattern classPattern(Token start, Expr cls) {
        next();
        List<Pattern> positional = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        while (!at(")")) {
            if (atName() && peek(1).is("=")) {
                Token name = next();
                next();
                kwdAttrs.add(name.text());
                kwdPatterns.add(pattern());
            } else {
                Pattern p = pattern();
                if (!kwdAttrs.isEmpty()) {
                    throw errorAt("positional patterns follow keyword patterns", p.pos());
                }
                positional.add(p);
            }
            if (!accept(",")) {
                break;
            }
        }
        expect(")");
        return new MatchClass(from(start), cls, positional, kwdAttrs, kwdPatterns);
    }
}
