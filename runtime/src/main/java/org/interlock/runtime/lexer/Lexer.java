package org.interlock.runtime.lexer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.interlock.runtime.parser.PySyntaxError;

/**
 * Python 3.11 tokenizer: source text to the token list the parser reads.
 *
 * <p>It follows CPython's {@code Parser/tokenizer.c}: indentation is measured twice, with
 * tabs to the next multiple of 8 and with tabs as one column, and a line whose two measures
 * disagree in order with the enclosing level is a TabError; inside brackets, newlines and
 * indentation are ignored (implicit line joining); a backslash before a newline joins lines.
 * A string literal, f-strings included, is one {@link TokenType#STRING} token (as in 3.11);
 * the parser decodes it. The whole input is tokenized up front, so a tokenizer error
 * anywhere wins over a parser error, much as CPython re-tokenizes the rest of the file
 * after a generic syntax error to report tokenizer errors first.
 *
 * <p>Unclosed brackets at the end are not an error here: CPython reports "'(' was never
 * closed" only when the parse fails, so the lexer records the innermost one
 * ({@link #unclosedBracket()}) for the parser.
 */
public final class Lexer {
    /** CPython's MAXLEVEL: bracket nesting beyond this is "too many nested parentheses". */
    public static final int MAX_NESTING = 200;
    /** CPython's MAXINDENT. */
    private static final int MAX_INDENT = 100;

    private static final Set<String> NUMBER_SUFFIX_KEYWORDS = Set.of("and", "else", "for", "not", "or");

    private static final String[] OPERATORS = {
        "**=", "//=", ">>=", "<<=", "...", "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//",
        "/=", ":=", "<<", "<=", "==", ">=", ">>", "@=", "^=", "|=",
        "%", "&", "(", ")", "*", "+", ",", "-", ".", "/", ":", ";", "<", "=", ">", "@", "[",
        "]", "^", "{", "|", "}", "~",
    };

    private final String src;
    private final String filename;
    private final int lineOffset;
    private final int colOffset;
    private final boolean fstringExpr;
    private final int[] lineStarts;
    private final List<Token> out = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int lineStart;
    private final int[] indents = new int[MAX_INDENT + 1];
    private final int[] altIndents = new int[MAX_INDENT + 1];
    private int indentDepth;
    private final char[] brackets = new char[MAX_NESTING + 1];
    private final int[] bracketLine = new int[MAX_NESTING + 1];
    private final int[] bracketCol = new int[MAX_NESTING + 1];
    private int level;
    private int[] unclosed;
    /** Column of a comment on the current line, or -1. */
    private int commentCol = -1;
    private PySyntaxError error;

    private Lexer(String src, String filename, int lineOffset, int colOffset, boolean fstringExpr) {
        this.src = src;
        this.filename = filename;
        this.lineOffset = lineOffset;
        this.colOffset = colOffset;
        this.fstringExpr = fstringExpr;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= src.length() || src.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Tokenizes a module's source. */
    public static Lexer tokenize(String source, String filename) {
        Lexer lx = new Lexer(source, filename, 0, 0, false);
        try {
            lx.run();
        } catch (PySyntaxError e) {
            // CPython tokenizes on demand, so a parse error before this point wins; keep the
            // tokens so far and let the parser decide.
            lx.error = e;
            lx.out.add(new Token(TokenType.ERRORTOKEN, "", null, e.lineno(), Math.max(0, e.offset() - 1), e.lineno(),
                    Math.max(0, e.offset() - 1)));
        }
        return lx;
    }

    /** The tokenizer error that ended the token list with an ERRORTOKEN, or null. */
    public PySyntaxError error() {
        return error;
    }

    /**
     * True if the tokenizer error takes precedence over a parser error found earlier in
     * the source. CPython reports most tokenizer errors at once (bad literals, characters,
     * brackets), but indentation and line-continuation errors only as a status code that
     * a parser error found first hides.
     */
    public boolean errorOverridesParser() {
        if (error == null || error.kind() != PySyntaxError.Kind.SyntaxError) {
            return false;
        }
        String m = error.msg();
        return !m.equals("unexpected character after line continuation character")
                && !m.equals("unexpected EOF while parsing");
    }

    /**
     * Tokenizes the expression part of an f-string replacement field, as if it stood at
     * ({@code line}, {@code col}) of the enclosing file, so that nodes get real positions.
     */
    public static Lexer tokenizeFStringExpr(String expr, String filename, int line, int col) {
        Lexer lx = new Lexer(expr, filename, line - 1, col, true);
        try {
            lx.run();
        } catch (PySyntaxError e) {
            lx.error = e;
        }
        return lx;
    }

    /**
     * The tokens, ending with NEWLINE (if the input had any token), DEDENTs and ENDMARKER,
     * or with an ERRORTOKEN where tokenizing failed.
     */
    public List<Token> tokens() {
        return out;
    }

    /** The innermost bracket left open at the end as {char, line, col}, or null. */
    public int[] unclosedBracket() {
        return unclosed;
    }

    /** The text of source line {@code n} (1-based) without its line break, or "" past the end. */
    public String lineText(int n) {
        int idx = n - 1 - lineOffset;
        if (idx < 0 || idx >= lineStarts.length) {
            return "";
        }
        int s = lineStarts[idx];
        int e = idx + 1 < lineStarts.length ? lineStarts[idx + 1] : src.length();
        while (e > s && (src.charAt(e - 1) == '\n' || src.charAt(e - 1) == '\r')) {
            e--;
        }
        return src.substring(s, e);
    }

    // ------------------------------------------------------------------ errors

    private PySyntaxError error(PySyntaxError.Kind kind, String msg, int ln, int col0) {
        int offset = col0 + 1 + (ln == 1 + lineOffset ? colOffset : 0);
        return new PySyntaxError(kind, msg, filename, ln + lineOffset, offset, lineText(ln + lineOffset),
                ln + lineOffset, offset);
    }

    private PySyntaxError error(String msg, int ln, int col0) {
        return error(PySyntaxError.Kind.SyntaxError, msg, ln, col0);
    }

    private int col() {
        return pos - lineStart;
    }

    // ------------------------------------------------------------------ main loop

    private char peek(int k) {
        int i = pos + k;
        return i < src.length() ? src.charAt(i) : '\0';
    }

    private boolean atEnd() {
        return pos >= src.length();
    }

    private void newline() {
        // Called with pos just after a line break.
        line++;
        lineStart = pos;
    }

    private void emit(TokenType t, int startPos, int startLine, int startCol, Object value) {
        String text = src.substring(startPos, pos);
        int sc = startCol + (startLine == 1 ? colOffset : 0);
        int ec = col() + (line == 1 ? colOffset : 0);
        out.add(new Token(t, text, value, startLine + lineOffset, sc, line + lineOffset, ec));
    }

    private void emitEmpty(TokenType t) {
        int c = col() + (line == 1 ? colOffset : 0);
        out.add(new Token(t, "", null, line + lineOffset, c, line + lineOffset, c));
    }

    private void run() {
        boolean atLineStart = !fstringExpr;
        boolean lineHasTokens = false;
        while (true) {
            if (atLineStart) {
                atLineStart = false;
                if (!handleIndentation()) {
                    break;
                }
            }
            // Skip whitespace between tokens.
            while (!atEnd()) {
                char c = src.charAt(pos);
                if (c == ' ' || c == '\t' || c == '\f') {
                    pos++;
                } else {
                    break;
                }
            }
            if (atEnd()) {
                break;
            }
            char c = src.charAt(pos);
            if (c == '#') {
                if (fstringExpr) {
                    throw error("f-string expression part cannot include '#'", line, col());
                }
                // CPython's NEWLINE token after a comment starts where the comment does.
                commentCol = col();
                while (!atEnd() && src.charAt(pos) != '\n' && src.charAt(pos) != '\r') {
                    pos++;
                }
                continue;
            }
            if (c == '\n' || c == '\r') {
                int sp = pos;
                int sc = col();
                pos += (c == '\r' && peek(1) == '\n') ? 2 : 1;
                if (level == 0 && lineHasTokens && !fstringExpr) {
                    int scc = commentCol >= 0 ? commentCol : sc;
                    out.add(new Token(TokenType.NEWLINE, src.substring(sp, pos), null, line + lineOffset, scc,
                            line + lineOffset, scc + 1));
                    lineHasTokens = false;
                }
                newline();
                commentCol = -1;
                atLineStart = level == 0 && !fstringExpr;
                continue;
            }
            if (c == '\\') {
                char n = peek(1);
                if (n == '\n' || n == '\r') {
                    pos += (n == '\r' && peek(2) == '\n') ? 3 : 2;
                    newline();
                    if (atEnd()) {
                        throw error("unexpected EOF while parsing", line - 1, lineText(line - 1).length() + 1);
                    }
                    continue;
                }
                if (n == '\0' && pos + 1 >= src.length()) {
                    throw error("unexpected EOF while parsing", line, col() + 1);
                }
                throw error("unexpected character after line continuation character", line, col() + 1);
            }
            lineHasTokens = true;
            if (isIdentStart(c)) {
                scanNameOrString();
            } else if (isDigit(c) || (c == '.' && isDigit(peek(1)))) {
                new NumberScanner().scan();
            } else if (c == '"' || c == '\'') {
                scanString(pos, line, col());
            } else {
                scanOperator();
            }
        }
        if (unclosed == null && level > 0) {
            unclosed = new int[] {brackets[level - 1], bracketLine[level - 1] + lineOffset, bracketCol[level - 1]};
        }
        if (level > 0) {
            // As CPython's tokenizer: inside open brackets the input just ends, with no
            // NEWLINE or DEDENT, so that the parser fails at the end and reports the bracket.
            emitEmpty(TokenType.ENDMARKER);
            return;
        }
        if (lineHasTokens && !fstringExpr) {
            if (commentCol >= 0) {
                out.add(new Token(TokenType.NEWLINE, "", null, line + lineOffset, commentCol, line + lineOffset,
                        commentCol + 1));
            } else {
                emitEmpty(TokenType.NEWLINE);
            }
        }
        while (indentDepth > 0) {
            indentDepth--;
            emitEmpty(TokenType.DEDENT);
        }
        emitEmpty(TokenType.ENDMARKER);
    }

    /**
     * Measures the indentation of a new line and emits INDENT/DEDENT. Blank and comment-only
     * lines are skipped. Returns false at the end of the input.
     */
    private boolean handleIndentation() {
        while (true) {
            int col = 0;
            int alt = 0;
            while (!atEnd()) {
                char c = src.charAt(pos);
                if (c == ' ') {
                    col++;
                    alt++;
                } else if (c == '\t') {
                    col = (col / 8 + 1) * 8;
                    alt++;
                } else if (c == '\f') {
                    col = 0;
                    alt = 0;
                } else {
                    break;
                }
                pos++;
            }
            if (atEnd()) {
                return false;
            }
            char c = src.charAt(pos);
            if (c == '#' || c == '\n' || c == '\r') {
                // A blank or comment-only line does not affect indentation.
                while (!atEnd() && src.charAt(pos) != '\n' && src.charAt(pos) != '\r') {
                    pos++;
                }
                if (atEnd()) {
                    return false;
                }
                pos += (src.charAt(pos) == '\r' && peek(1) == '\n') ? 2 : 1;
                newline();
                continue;
            }
            if (c == '\\' && (peek(1) == '\n' || peek(1) == '\r')) {
                // A continuation line's indentation counts as that of the first line; CPython
                // does the same by measuring before the backslash.
                return indent(col, alt);
            }
            return indent(col, alt);
        }
    }

    private boolean indent(int col, int alt) {
        int top = indentDepth == 0 ? 0 : indents[indentDepth - 1];
        int altTop = indentDepth == 0 ? 0 : altIndents[indentDepth - 1];
        if (col == top) {
            if (alt != altTop) {
                throw tabError();
            }
        } else if (col > top) {
            if (alt <= altTop) {
                throw tabError();
            }
            if (indentDepth >= MAX_INDENT) {
                throw error(PySyntaxError.Kind.IndentationError, "too many levels of indentation", line, 0);
            }
            indents[indentDepth] = col;
            altIndents[indentDepth] = alt;
            indentDepth++;
            out.add(new Token(TokenType.INDENT, src.substring(lineStart, pos), null, line + lineOffset, 0,
                    line + lineOffset, col()));
        } else {
            // Find the level first: CPython fails before it emits any DEDENT.
            int target = indentDepth;
            while (target > 0 && col < indents[target - 1]) {
                target--;
            }
            int now = target == 0 ? 0 : indents[target - 1];
            if (col != now) {
                throw error(PySyntaxError.Kind.IndentationError,
                        "unindent does not match any outer indentation level", line, lineText(line).length());
            }
            int nowAlt = target == 0 ? 0 : altIndents[target - 1];
            if (alt != nowAlt) {
                throw tabError();
            }
            while (indentDepth > target) {
                indentDepth--;
                emitEmpty(TokenType.DEDENT);
            }
        }
        return true;
    }

    private PySyntaxError tabError() {
        return error(PySyntaxError.Kind.TabError, "inconsistent use of tabs and spaces in indentation", line, 0);
    }

    // ------------------------------------------------------------------ names and strings

    static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'
                || (c >= 128 && (Character.isUnicodeIdentifierStart(c) || Character.isHighSurrogate(c)));
    }

    static boolean isIdentPart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9')
                || (c >= 128 && (Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c)
                        || Character.isSurrogate(c)));
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isStringPrefix(String s) {
        switch (s.toLowerCase()) {
            case "r", "u", "b", "br", "rb", "f", "fr", "rf":
                return true;
            default:
                return false;
        }
    }

    private void scanNameOrString() {
        int sp = pos;
        int sl = line;
        int sc = col();
        while (!atEnd() && isIdentPart(src.charAt(pos))) {
            pos++;
        }
        if (!atEnd() && (src.charAt(pos) == '"' || src.charAt(pos) == '\'') && isStringPrefix(src.substring(sp, pos))) {
            scanString(sp, sl, sc);
            return;
        }
        String name = src.substring(sp, pos);
        boolean ascii = name.chars().allMatch(ch -> ch < 128);
        if (!ascii) {
            for (int i = 0; i < name.length(); ) {
                int cp = name.codePointAt(i);
                boolean ok = i == 0 ? Character.isUnicodeIdentifierStart(cp) || cp == '_'
                        : Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
                if (!ok) {
                    throw invalidCharacter(cp, sl, sc + i);
                }
                i += Character.charCount(cp);
            }
            name = Normalizer.normalize(name, Normalizer.Form.NFKC);
        }
        int ec = col() + (line == 1 ? colOffset : 0);
        out.add(new Token(TokenType.NAME, name, null, sl + lineOffset, sc + (sl == 1 ? colOffset : 0),
                line + lineOffset, ec));
    }

    private PySyntaxError invalidCharacter(int cp, int ln, int col) {
        if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                || Character.getType(cp) == Character.SPACE_SEPARATOR || !Character.isDefined(cp)) {
            return error(String.format("invalid non-printable character U+%04X", cp), ln, col);
        }
        return error(String.format("invalid character '%s' (U+%04X)", new String(Character.toChars(cp)), cp), ln, col);
    }

    /** Scans a string literal whose prefix starts at {@code sp}; {@code pos} is at the opening quote. */
    private void scanString(int sp, int sl, int sc) {
        char q = src.charAt(pos);
        boolean triple = peek(1) == q && peek(2) == q;
        int quoteLine = line;
        int quoteCol = col();
        pos += triple ? 3 : 1;
        while (true) {
            if (atEnd()) {
                if (triple) {
                    // CPython counts the line of the last character, not the empty one after a final newline.
                    int detected = pos > 0 && src.charAt(pos - 1) == '\n' ? line - 1 : line;
                    throw error("unterminated triple-quoted string literal (detected at line " + (detected + lineOffset) + ")",
                            sl, sc);
                }
                throw error("unterminated string literal (detected at line " + (line + lineOffset) + ")", sl, sc);
            }
            char c = src.charAt(pos);
            if (c == '\\') {
                char n = peek(1);
                if (n == '\r' && peek(2) == '\n') {
                    pos += 3;
                    newline();
                } else if (n == '\n' || n == '\r') {
                    pos += 2;
                    newline();
                } else {
                    pos += atEnd() ? 1 : 2;
                }
                continue;
            }
            if (c == '\n' || c == '\r') {
                if (!triple) {
                    throw error("unterminated string literal (detected at line " + (line + lineOffset) + ")", sl, sc);
                }
                pos += (c == '\r' && peek(1) == '\n') ? 2 : 1;
                newline();
                continue;
            }
            if (c == q && (!triple || (peek(1) == q && peek(2) == q))) {
                pos += triple ? 3 : 1;
                break;
            }
            pos++;
        }
        if (quoteLine < 0 || quoteCol < 0) {
            throw new IllegalStateException();
        }
        emit(TokenType.STRING, sp, sl, sc, null);
    }

    // ------------------------------------------------------------------ operators

    private void scanOperator() {
        int sp = pos;
        int sl = line;
        int sc = col();
        for (String op : OPERATORS) {
            if (src.startsWith(op, pos)) {
                pos += op.length();
                char c = op.charAt(0);
                if (op.length() == 1 && (c == '(' || c == '[' || c == '{')) {
                    if (level >= MAX_NESTING) {
                        throw error("too many nested parentheses", sl, sc);
                    }
                    brackets[level] = c;
                    bracketLine[level] = sl;
                    bracketCol[level] = sc;
                    level++;
                } else if (op.length() == 1 && (c == ')' || c == ']' || c == '}')) {
                    if (level == 0) {
                        throw error("unmatched '" + c + "'", sl, sc);
                    }
                    level--;
                    char open = brackets[level];
                    char want = open == '(' ? ')' : open == '[' ? ']' : '}';
                    if (c != want) {
                        String msg = "closing parenthesis '" + c + "' does not match opening parenthesis '" + open + "'";
                        if (bracketLine[level] != sl) {
                            msg += " on line " + (bracketLine[level] + lineOffset);
                        }
                        throw error(msg, sl, sc);
                    }
                }
                emit(TokenType.OP, sp, sl, sc, null);
                return;
            }
        }
        int cp = src.codePointAt(pos);
        if (cp == '!' || cp == '$' || cp == '?' || cp == '`') {
            // CPython's tokenizer yields an error token here; the parser reports "invalid syntax".
            pos++;
            emit(TokenType.OP, sp, sl, sc, null);
            return;
        }
        throw invalidCharacter(cp, sl, sc);
    }

    // ------------------------------------------------------------------ numbers

    /** Scans one numeric literal, with CPython's error messages for malformed ones. */
    private final class NumberScanner {
        private final int sp = pos;
        private final int sl = line;
        private final int sc = col();

        void scan() {
            char c = src.charAt(pos);
            if (c == '0' && (peek(1) == 'x' || peek(1) == 'X')) {
                radix(16, "hexadecimal");
                return;
            }
            if (c == '0' && (peek(1) == 'o' || peek(1) == 'O')) {
                radix(8, "octal");
                return;
            }
            if (c == '0' && (peek(1) == 'b' || peek(1) == 'B')) {
                radix(2, "binary");
                return;
            }
            boolean isFloat = false;
            boolean leadingZero = false;
            if (c == '0') {
                // Zeros ("00", "0_0") are fine; "012" only as the start of a float.
                boolean nonzero = false;
                digits();
                String ds = src.substring(sp, pos).replace("_", "");
                for (int i = 0; i < ds.length(); i++) {
                    if (ds.charAt(i) != '0') {
                        nonzero = true;
                    }
                }
                leadingZero = nonzero;
            } else if (c != '.') {
                digits();
            }
            if (peek(0) == '.') {
                isFloat = true;
                pos++;
                if (isDigit(peek(0))) {
                    digits();
                }
            }
            if (peek(0) == 'e' || peek(0) == 'E') {
                int save = pos;
                pos++;
                if (peek(0) == '+' || peek(0) == '-') {
                    pos++;
                }
                if (!isDigit(peek(0))) {
                    if (pos > save + 1) {
                        // "1e-" with no digits: CPython points just past the sign.
                        throw error("invalid decimal literal", line, col());
                    }
                    // "1else": the 'e' starts a keyword, allowed right after a number.
                    pos = save;
                    verifyEnd("decimal");
                } else {
                    digits();
                    isFloat = true;
                }
            }
            if (pos > sp && (peek(0) == 'j' || peek(0) == 'J')) {
                pos++;
                verifyEnd("imaginary");
                String t = src.substring(sp, pos - 1).replace("_", "");
                emit(TokenType.NUMBER, sp, sl, sc, new ImaginaryLiteral(Double.parseDouble(t)));
                return;
            }
            if (leadingZero && !isFloat) {
                throw new PySyntaxError(PySyntaxError.Kind.SyntaxError,
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        filename, sl + lineOffset, sc + 1 + (sl == 1 ? colOffset : 0), lineText(sl + lineOffset),
                        sl + lineOffset, col() + 1);
            }
            verifyEnd("decimal");
            String t = src.substring(sp, pos).replace("_", "");
            Object v = isFloat ? (Object) Double.parseDouble(t) : integer(t, 10);
            emit(TokenType.NUMBER, sp, sl, sc, v);
        }

        /** Decimal digits with single underscores between them. */
        private void digits() {
            while (true) {
                while (isDigit(peek(0))) {
                    pos++;
                }
                if (peek(0) != '_') {
                    return;
                }
                pos++;
                if (!isDigit(peek(0))) {
                    throw error("invalid decimal literal", line, col() - 1 + 1 - 1);
                }
            }
        }

        private void radix(int radix, String name) {
            pos += 2;
            int start = pos;
            while (true) {
                if (peek(0) == '_') {
                    pos++;
                }
                char c = peek(0);
                int d = Character.digit(c, 16);
                if (d < 0 || (radix != 16 && !isDigit(c))) {
                    if (pos == start || src.charAt(pos - 1) == '_') {
                        if (radix != 16 && isDigit(c)) {
                            throw error("invalid digit '" + c + "' in " + name + " literal", line, col());
                        }
                        throw error("invalid " + name + " literal", line, col() - 1);
                    }
                    break;
                }
                if (d >= radix) {
                    throw error("invalid digit '" + c + "' in " + name + " literal", line, col());
                }
                pos++;
            }
            verifyEnd(name);
            emit(TokenType.NUMBER, sp, sl, sc, integer(src.substring(start, pos).replace("_", ""), radix));
        }

        /** A number must not run into an identifier, except for the keywords CPython allows. */
        private void verifyEnd(String kind) {
            char c = peek(0);
            if (!isIdentPart(c)) {
                return;
            }
            // CPython's verify_end_of_number: a keyword that may follow a number ("1if x
            // else 2") is allowed (a warning in CPython); "if", "in", "is" need only their
            // first two letters, the others must be complete words.
            if (c == 'i' && (peek(1) == 'f' || peek(1) == 'n' || peek(1) == 's')) {
                return;
            }
            for (String kw : NUMBER_SUFFIX_KEYWORDS) {
                if (src.startsWith(kw, pos) && !isIdentPart(pos + kw.length() < src.length()
                        ? src.charAt(pos + kw.length()) : ' ')) {
                    return;
                }
            }
            throw error("invalid " + kind + " literal", line, col() - 1);
        }

        private Object integer(String digits, int radix) {
            if (digits.length() <= (radix == 10 ? 18 : radix == 16 ? 15 : radix == 8 ? 20 : 62)) {
                return Long.parseLong(digits, radix);
            }
            java.math.BigInteger b = new java.math.BigInteger(digits, radix);
            return b.bitLength() < 64 ? (Object) b.longValue() : b;
        }
    }
}
