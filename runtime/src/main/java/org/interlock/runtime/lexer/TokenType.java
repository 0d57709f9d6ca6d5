package org.interlock.runtime.lexer;

/**
 * Token kinds the parser sees, as CPython's {@code token} module names them. Comments and
 * non-logical newlines ({@code NL}) are consumed by the lexer and never reach the parser.
 */
public enum TokenType {
    /** An identifier or keyword (keywords are told apart by the parser). */
    NAME,
    /** A numeric literal; {@link Token#value()} holds the decoded number. */
    NUMBER,
    /** One string literal, prefix and quotes included (f-strings too); decoded by the parser. */
    STRING,
    /** An operator or delimiter. */
    OP,
    /** The end of a logical line. */
    NEWLINE,
    /** An increase of indentation. */
    INDENT,
    /** A decrease of indentation (one per level left). */
    DEDENT,
    /** The end of the input. */
    ENDMARKER,
    /**
     * Where the tokenizer failed: always the last token; {@link Lexer#error()} holds the
     * SyntaxError, which the parser raises when it reaches this token (or when it fails
     * earlier with an error a tokenizer error takes precedence over, as in CPython).
     */
    ERRORTOKEN
}
