package org.interlock.runtime.lexer;

/**
 * The value of an imaginary literal such as {@code 2.5j}: a {@code Constant}'s value in the
 * tree, loaded as a {@code complex} with a zero real part.
 */
public record ImaginaryLiteral(double imag) {}
