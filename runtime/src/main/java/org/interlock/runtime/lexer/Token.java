package org.interlock.runtime.lexer;

/**
 * One token: kind, source text, decoded value (numbers only, else null), and span
 * (lines 1-based, columns 0-based, end exclusive, as CPython's tokenizer reports them).
 */
public record Token(TokenType type, String text, Object value, int line, int col, int endLine, int endCol) {
    /** True if this is an {@link TokenType#OP} or a {@link TokenType#NAME} spelled {@code s}. */
    public boolean is(String s) {
        return (type == TokenType.OP || type == TokenType.NAME) && text.equals(s);
    }

    @Override
    public String toString() {
        return type + " " + text + " @" + line + ":" + col + "-" + endLine + ":" + endCol;
    }
}
