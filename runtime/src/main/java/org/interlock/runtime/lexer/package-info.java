/**
 * The tokenizer: Python 3.11 source text to {@link org.interlock.runtime.lexer.Token}s.
 *
 * <p>{@link org.interlock.runtime.lexer.Lexer#tokenize} produces the whole token list at once
 * (NEWLINE, INDENT, DEDENT, ENDMARKER included; comments and blank lines dropped).
 * Numbers are decoded here; string literals stay raw in the token and are decoded by the
 * parser through {@link org.interlock.runtime.lexer.StringLiteral}, because f-strings need
 * the parser. Positions: lines 1-based, columns 0-based, counted in UTF-16 chars.
 * Errors are {@link org.interlock.runtime.parser.PySyntaxError}s with CPython's messages.
 */
package org.interlock.runtime.lexer;
