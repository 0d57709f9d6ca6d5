package org.interlock.runtime.lexer;

/**
 * The value of an imaginary literal such as {@code 2.5j}: the lexer accepts them so that
 * source with complex literals tokenizes as in CPython; the parser rejects them, since the
 * runtime has no complex type.
 */
public record ImaginaryLiteral(double imag) {}
