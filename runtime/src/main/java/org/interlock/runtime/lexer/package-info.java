/**
 * The tokenizer: Python 3.11 source text to {@link org.interlock.runtime.lexer.Token}s.
 *
 * <p>{@link org.interlock.runtime.lexer.Lexer#tokenize} produces the whole token list at once
 * (NEWLINE, INDENT, DEDENT, ENDMARKER included; comments and blank lines dropped). A
 * tokenizer error does not throw: it ends the list with an ERRORTOKEN and is kept in
 * {@link org.interlock.runtime.lexer.Lexer#error()}, because CPython tokenizes on demand and
 * a parse error earlier in the file may be the one to report; the parser raises it when it
 * reaches that token. Numbers are decoded here; string literals stay raw in the token and
 * are decoded by the parser through {@link org.interlock.runtime.lexer.StringLiteral},
 * because f-strings need the parser. Positions: lines 1-based, columns 0-based, counted in
 * UTF-16 chars. Messages are CPython's.
 */
package org.interlock.runtime.lexer;
