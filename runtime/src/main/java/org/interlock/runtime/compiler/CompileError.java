package org.interlock.runtime.compiler;

/** A SyntaxError found while compiling (after parsing): the runtime raises it as {@code SyntaxError}. */
public final class CompileError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** 1-based line, 0 if unknown. */
    public final int line;

    public CompileError(String msg, int line) {
        super(msg, null, false, false);
        this.line = line;
    }
}
