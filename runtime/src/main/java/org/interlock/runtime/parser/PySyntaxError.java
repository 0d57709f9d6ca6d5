package org.interlock.runtime.parser;

/**
 * A syntax error found by the lexer, parser or symbol table, carrying what CPython's
 * {@code SyntaxError} carries so the runtime can raise the Python exception with the same
 * attributes: {@code msg}, {@code filename}, {@code lineno}, {@code offset} (1-based
 * column), {@code text} (the source line, with its newline as CPython keeps it), and
 * {@code end_lineno} / {@code end_offset} (0 when unknown).
 */
public final class PySyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The Python exception class to raise: CPython's subclasses of SyntaxError. */
    public enum Kind { SyntaxError, IndentationError, TabError }

    private final Kind kind;
    private final String msg;
    private final String filename;
    private final int lineno;
    private final int offset;
    private final String text;
    private final int endLineno;
    private final int endOffset;

    /** A syntax error; offsets 1-based, 0 when unknown; {@code text} may be null. */
    public PySyntaxError(Kind kind, String msg, String filename, int lineno, int offset,
                         String text, int endLineno, int endOffset) {
        super(msg + " (" + filename + ", line " + lineno + ")");
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.text = text;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
    }

    /** The exception class. */
    public Kind kind() { return kind; }

    /** The message alone, as {@code SyntaxError.msg}. */
    public String msg() { return msg; }

    /** The file name as given to the parser. */
    public String filename() { return filename; }

    /** 1-based line. */
    public int lineno() { return lineno; }

    /** 1-based column, as {@code SyntaxError.offset}. */
    public int offset() { return offset; }

    /** The offending source line or null. */
    public String text() { return text; }

    /** 1-based end line, 0 if unknown. */
    public int endLineno() { return endLineno; }

    /** 1-based end column (exclusive), 0 if unknown. */
    public int endOffset() { return endOffset; }
}
