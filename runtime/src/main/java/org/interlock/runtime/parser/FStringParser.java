package org.interlock.runtime.parser;

import java.util.ArrayList;
import java.util.List;
import org.interlock.runtime.lexer.Lexer;
import org.interlock.runtime.lexer.StringLiteral;
import org.interlock.runtime.lexer.TokenType;
import org.interlock.runtime.parser.Ast.*;

/**
 * Builds the {@link JoinedStr} for a run of adjacent string literals of which at least one
 * is an f-string, the way CPython 3.11's {@code Parser/string_parser.c} does: literal text
 * (with {@code {{}} and {@code }}} escapes) alternates with replacement fields
 * {@code {expr[=][!conv][:spec]}}, whose expression text is tokenized and parsed again as
 * a parenthesized expression, and whose format spec is itself parsed as an f-string (two
 * levels of nesting at most). Constants and FormattedValues take the span of the whole
 * literal run (as 3.11 does); the expressions inside get their true positions.
 */
final class FStringParser {
    private final ParserCore outer;
    private final Pos whole;
    /** Where errors in the literal text are reported: CPython uses the token after the literals. */
    private final Pos errorPos;
    private final List<Expr> values = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();

    FStringParser(ParserCore outer, Pos whole, Pos errorAt) {
        this.outer = outer;
        this.whole = whole;
        this.errorPos = errorAt;
    }

    void addLiteral(String s) {
        pending.append(s);
    }

    void addFString(StringLiteral lit) {
        Scanner sc = new Scanner(lit, 0);
        sc.parseInto(this, false);
    }

    JoinedStr finish(String kind) {
        flush(kind);
        return new JoinedStr(whole, List.copyOf(values));
    }

    private void flush(String kind) {
        if (pending.length() > 0) {
            values.add(new Constant(whole, pending.toString(), kind));
            pending.setLength(0);
        }
    }

    private PySyntaxError error(String msg) {
        return errorRaw("f-string: " + msg);
    }

    private PySyntaxError errorRaw(String msg) {
        return outer.errorAt(msg, errorPos.line(), errorPos.col(), errorPos.line(), errorPos.col());
    }

    /** A cursor over one f-string body. */
    private final class Scanner {
        private final StringLiteral lit;
        private final String s;
        private final int nesting;
        private int i;

        Scanner(StringLiteral lit, int nesting) {
            this.lit = lit;
            this.s = lit.body();
            this.nesting = nesting;
        }

        /**
         * Parses literal text and fields into {@code into} until the end of the body, or in a
         * format spec ({@code spec}) until the closing brace of the enclosing field.
         */
        void parseInto(FStringParser into, boolean spec) {
            StringBuilder raw = new StringBuilder();
            while (i < s.length()) {
                char c = s.charAt(i);
                if (!lit.raw() && c == '\\' && i + 1 < s.length()) {
                    if (s.charAt(i + 1) == 'N' && i + 2 < s.length() && s.charAt(i + 2) == '{') {
                        int close = s.indexOf('}', i);
                        int end = close < 0 ? s.length() : close + 1;
                        raw.append(s, i, end);
                        i = end;
                        continue;
                    }
                    raw.append(c).append(s.charAt(i + 1));
                    i += 2;
                    continue;
                }
                if (c == '{') {
                    if (!spec && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                        raw.append('{');
                        i += 2;
                        continue;
                    }
                    into.pending.append(decode(raw));
                    raw.setLength(0);
                    i++;
                    field(into);
                    continue;
                }
                if (c == '}') {
                    if (spec) {
                        break;
                    }
                    if (i + 1 < s.length() && s.charAt(i + 1) == '}') {
                        raw.append('}');
                        i += 2;
                        continue;
                    }
                    throw error("single '}' is not allowed");
                }
                raw.append(c);
                i++;
            }
            into.pending.append(decode(raw));
        }

        private String decode(StringBuilder raw) {
            return lit.raw() ? raw.toString() : StringLiteral.decodeEscapes(raw.toString());
        }

        /** One replacement field; {@code i} is just past its '{'. */
        private void field(FStringParser into) {
            if (nesting >= 2) {
                throw error("expressions nested too deeply");
            }
            int start = i;
            // Brackets open in the expression: a ':' or '!' inside them does not end it.
            StringBuilder open = new StringBuilder();
            char quote = 0;
            boolean tripleQuote = false;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '\\') {
                    throw errorRaw("f-string expression part cannot include a backslash");
                }
                if (quote != 0) {
                    if (c == quote && (!tripleQuote || s.startsWith(String.valueOf(c).repeat(3), i))) {
                        i += tripleQuote ? 3 : 1;
                        quote = 0;
                        continue;
                    }
                    i++;
                    continue;
                }
                if (c == '\'' || c == '"') {
                    quote = c;
                    tripleQuote = s.startsWith(String.valueOf(c).repeat(3), i);
                    i += tripleQuote ? 3 : 1;
                    continue;
                }
                if (c == '[' || c == '(' || c == '{') {
                    open.append(c);
                } else if (c == ']' || c == ')' || c == '}') {
                    if (open.isEmpty()) {
                        if (c == '}') {
                            break;
                        }
                        throw error("unmatched '" + c + "'");
                    }
                    char o = open.charAt(open.length() - 1);
                    if ((o == '(' ? ')' : o == '[' ? ']' : '}') != c) {
                        throw error("closing parenthesis '" + c + "' does not match opening parenthesis '" + o + "'");
                    }
                    open.setLength(open.length() - 1);
                } else if (c == '#') {
                    throw errorRaw("f-string expression part cannot include '#'");
                } else if (open.isEmpty() && (c == '!' || c == ':' || c == '=' || c == '<' || c == '>')) {
                    char n = i + 1 < s.length() ? s.charAt(i + 1) : 0;
                    if (n == '=' && c != ':') {
                        // "!=", "==", "<=", ">=" are operators, not the end of the expression.
                        i += 2;
                        continue;
                    }
                    if (c != '<' && c != '>') {
                        break;
                    }
                }
                i++;
            }
            if (quote != 0) {
                throw error("unterminated string");
            }
            if (!open.isEmpty()) {
                throw error("unmatched '" + open.charAt(open.length() - 1) + "'");
            }
            String exprText = s.substring(start, i);
            if (i >= s.length()) {
                throw error("expecting '}'");
            }
            if (exprText.isBlank()) {
                if (s.charAt(i) == '}') {
                    throw error("empty expression not allowed");
                }
                throw error("expression required before '" + s.charAt(i) + "'");
            }
            Expr value = parseExpr(exprText, start);
            String debugText = null;
            if (s.charAt(i) == '=') {
                i++;
                int ws = i;
                while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                debugText = s.substring(start, i);
                if (ws > i) {
                    throw new IllegalStateException();
                }
            }
            int conversion = -1;
            if (i < s.length() && s.charAt(i) == '!') {
                i++;
                if (i >= s.length()) {
                    throw error("expecting '}'");
                }
                char conv = s.charAt(i);
                if (conv != 's' && conv != 'r' && conv != 'a') {
                    throw error("invalid conversion character: expected 's', 'r', or 'a'");
                }
                conversion = conv;
                i++;
            }
            Expr formatSpec = null;
            if (i < s.length() && s.charAt(i) == ':') {
                i++;
                FStringParser specParser = new FStringParser(outer, whole, errorPos);
                Scanner inner = new Scanner(lit, nesting + 1);
                inner.i = i;
                inner.parseInto(specParser, true);
                i = inner.i;
                formatSpec = specParser.finish(null);
            }
            if (i >= s.length() || s.charAt(i) != '}') {
                throw error("expecting '}'");
            }
            i++;
            if (debugText != null) {
                into.pending.append(debugText);
                if (conversion == -1 && formatSpec == null) {
                    conversion = 'r';
                }
            }
            into.flush(null);
            into.values.add(new FormattedValue(into.whole, value, conversion, formatSpec));
        }

        /** Parses the expression text found at body offset {@code at}, as CPython does: "(" + text + ")". */
        private Expr parseExpr(String text, int at) {
            int line = lit.bodyLine();
            int col = lit.bodyCol();
            for (int k = 0; k < at; k++) {
                if (s.charAt(k) == '\n') {
                    line++;
                    col = 0;
                } else {
                    col++;
                }
            }
            try {
                Lexer lx = Lexer.tokenizeFStringExpr(text, outer.filename, line, col);
                if (lx.error() != null) {
                    throw lx.error();
                }
                ExpressionParser p = new ExpressionParser(lx, outer.filename);
                p.baseLevel = 1;
                var first = p.peek();
                Expr e = p.at("yield") ? p.yieldExpr() : p.starExpressions();
                if (e instanceof Starred st) {
                    throw p.errorAt("cannot use starred expression here", st.pos());
                }
                if (!p.at(TokenType.ENDMARKER)) {
                    p.checkForgotComma(first);
                    throw p.invalidSyntax();
                }
                return e;
            } catch (PySyntaxError e) {
                if (e.msg().startsWith("f-string")) {
                    throw e;
                }
                // CPython parses "(" + text + ")" on its own, so offsets count from that text.
                int shift = e.lineno() == line ? col - 1 : 0;
                throw new PySyntaxError(e.kind(), "f-string: " + e.msg(), e.filename(), e.lineno(), e.offset() - shift,
                        "(" + text + ")\n", e.endLineno(), e.endOffset() - (e.endLineno() == line ? col - 1 : 0));
            }
        }
    }
}
