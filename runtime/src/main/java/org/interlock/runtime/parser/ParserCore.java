package org.interlock.runtime.parser;

import java.util.List;
import java.util.Set;
import org.interlock.runtime.lexer.Lexer;
import org.interlock.runtime.lexer.Token;
import org.interlock.runtime.lexer.TokenType;
import org.interlock.runtime.parser.Ast.Pos;

/**
 * The token cursor and the error reporting shared by the expression and statement
 * parsers: lookahead, keyword tests, node spans ("from this token to the last one
 * consumed", as CPython's EXTRA), the recursion guard, and SyntaxErrors in CPython's form.
 */
abstract class ParserCore {
    /** Python 3.11's hard keywords ({@code match}/{@code case}/{@code _} are soft and stay names). */
    static final Set<String> KEYWORDS = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
            "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
            "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

    /**
     * Nesting of recursive descents (expressions, unary chains, blocks) beyond which the
     * source is refused with a SyntaxError rather than risking the Java stack. Above the
     * lexer's 200 brackets plus the 100 indentation levels, so that everything CPython
     * accepts within those limits parses; about 20 Java frames per level.
     */
    static final int MAX_DEPTH = 400;

    final String filename;
    final Lexer lexer;
    final List<Token> tokens;
    int idx;
    private int depth;
    /** The parser has looked at the end of the input (CPython's failure "at EOF"). */
    private boolean reachedEnd;
    /** Bracket nesting before each token (CPython's tok->level, which some error rules consult). */
    private final int[] levels;
    /** Added to every level: 1 for an f-string expression, which CPython parses in parentheses. */
    int baseLevel;

    ParserCore(Lexer lexer, String filename) {
        this.lexer = lexer;
        this.tokens = lexer.tokens();
        this.filename = filename;
        levels = new int[tokens.size()];
        int level = 0;
        for (int i = 0; i < tokens.size(); i++) {
            levels[i] = level;
            Token t = tokens.get(i);
            if (t.type() == TokenType.OP && t.text().length() == 1) {
                switch (t.text().charAt(0)) {
                    case '(', '[', '{' -> level++;
                    case ')', ']', '}' -> level--;
                    default -> { }
                }
            }
        }
    }

    /** Bracket nesting at the current token. */
    final int level() {
        return levels[idx] + baseLevel;
    }

    // ------------------------------------------------------------------ cursor

    final Token peek() {
        return reached(tokens.get(idx));
    }

    final Token peek(int k) {
        return reached(tokens.get(Math.min(idx + k, tokens.size() - 1)));
    }

    /** Reaching the tokenizer's failure point raises its error, as CPython's on-demand tokenizer does. */
    private Token reached(Token t) {
        if (t.type() == TokenType.ERRORTOKEN) {
            throw lexer.error();
        }
        if (t.type() == TokenType.ENDMARKER) {
            reachedEnd = true;
        }
        return t;
    }

    final Token prev() {
        return tokens.get(idx - 1);
    }

    final Token next() {
        Token t = peek();
        if (t.type() != TokenType.ENDMARKER) {
            idx++;
        }
        return t;
    }

    /** The current token is the operator or keyword {@code s}. */
    final boolean at(String s) {
        return peek().is(s);
    }

    final boolean at(TokenType t) {
        return peek().type() == t;
    }

    final boolean accept(String s) {
        if (at(s)) {
            next();
            return true;
        }
        return false;
    }

    final Token expect(String s) {
        if (!at(s)) {
            throw invalidSyntax();
        }
        return next();
    }

    /**
     * A ':' that CPython's grammar either forces ({@code &&':'}: class, def, for, try,
     * else, finally: "expected ':'" whatever follows) or only diagnoses before a NEWLINE
     * (if, elif, while, with, except).
     */
    final Token expectColon(boolean forced) {
        if (at(":")) {
            return next();
        }
        if (forced || at(TokenType.NEWLINE)) {
            Token t = peek();
            throw errorAt("expected ':'", t.line(), t.col(), t.line(), t.col());
        }
        throw invalidSyntax();
    }

    /** The current token is an identifier that is not a keyword. */
    final boolean atName() {
        Token t = peek();
        return t.type() == TokenType.NAME && !KEYWORDS.contains(t.text());
    }

    final String expectName() {
        if (!atName()) {
            throw invalidSyntax();
        }
        return next().text();
    }

    // ------------------------------------------------------------------ spans

    static Pos pos(Token t) {
        return new Pos(t.line(), t.col(), t.endLine(), t.endCol());
    }

    /** From the start of {@code start} to the end of the last consumed token. */
    final Pos from(Token start) {
        Token e = prev();
        return new Pos(start.line(), start.col(), e.endLine(), e.endCol());
    }

    final Pos from(Pos start) {
        Token e = prev();
        return new Pos(start.line(), start.col(), e.endLine(), e.endCol());
    }

    // ------------------------------------------------------------------ recursion guard

    final void enter() {
        if (++depth > MAX_DEPTH) {
            Token t = peek();
            throw errorAt("expression nested too deeply", t.line(), t.col(), t.line(), t.col());
        }
    }

    final void leave() {
        depth--;
    }

    // ------------------------------------------------------------------ errors

    final PySyntaxError errorAt(String msg, int line, int col, int endLine, int endCol) {
        return errorAt(PySyntaxError.Kind.SyntaxError, msg, line, col, endLine, endCol);
    }

    final PySyntaxError errorAt(PySyntaxError.Kind kind, String msg, int line, int col, int endLine, int endCol) {
        return new PySyntaxError(kind, msg, filename, line, col + 1, lexer.lineText(line) + "\n", endLine, endCol + 1);
    }

    final PySyntaxError errorAt(String msg, Pos p) {
        return errorAt(msg, p.line(), p.col(), p.endLine(), p.endCol());
    }

    final PySyntaxError errorAt(String msg, Token t) {
        return errorAt(msg, t.line(), t.col(), t.endLine(), t.endCol());
    }

    /** Whether the current token can begin an expression. */
    abstract boolean startsExpressionHere();

    /** True if nothing but NEWLINE, DEDENT and ENDMARKER tokens remain from index {@code i}. */
    final boolean onlyEndFollows(int i) {
        for (int k = i; k < tokens.size(); k++) {
            TokenType ty = tokens.get(k).type();
            if (ty != TokenType.NEWLINE && ty != TokenType.DEDENT && ty != TokenType.ENDMARKER) {
                return false;
            }
        }
        return true;
    }

    /**
     * The error to report for a failed parse, as CPython's {@code _Pypegen_set_syntax_error}:
     * a tokenizer error later in the source takes precedence over the parser's error, except
     * over an unexpected indent and an unclosed bracket at the end of the input.
     */
    final PySyntaxError prioritize(PySyntaxError parseError) {
        PySyntaxError tok = lexer.error();
        int[] open = lexer.unclosedBracket();
        if (open != null && reachedEnd && !parseError.msg().endsWith("was never closed")) {
            // Whatever the parser tried, it ran into the end of the input inside a bracket.
            return errorAt("'" + (char) open[0] + "' was never closed", open[1], open[2], open[1], -1);
        }
        if (tok == null || parseError == tok) {
            return parseError;
        }
        // CPython's parser often looks one token past where it fails; if that token is the
        // tokenizer's failure, the tokenizer error is what it reports.
        boolean adjacent = idx + 1 >= tokens.size() - 1;
        if (!adjacent && !lexer.errorOverridesParser()) {
            return parseError;
        }
        String m = parseError.msg();
        if (m.equals("unexpected indent") || m.equals("unexpected unindent") || m.endsWith("was never closed")
                || m.equals("unexpected EOF while parsing")) {
            return parseError;
        }
        return tok;
    }

    /**
     * The generic error at the current token, with CPython's refinements: an unexpected
     * INDENT is an IndentationError, and a failure at the end of the input, or on a later
     * line than a bracket still open there, reports the bracket as never closed.
     */
    final PySyntaxError invalidSyntax() {
        Token t = peek();
        int[] open = lexer.unclosedBracket();
        if (open != null && (t.type() == TokenType.ENDMARKER || t.line() > open[1] || (onlyEndFollows(idx + 1) && startsExpressionHere()))) {
            return errorAt("'" + (char) open[0] + "' was never closed", open[1], open[2], open[1], -1);
        }
        if (t.type() == TokenType.INDENT) {
            return errorAt(PySyntaxError.Kind.IndentationError, "unexpected indent", t.line(), t.endCol() - 1, t.line(), -2);
        }
        if (t.type() == TokenType.DEDENT) {
            return errorAt(PySyntaxError.Kind.IndentationError, "unindent does not match any outer indentation level",
                    t.line(), t.col(), t.line(), t.col());
        }
        return errorAt("invalid syntax", t);
    }
}
