/**
 * The parser: tokens to {@link org.interlock.runtime.parser.Ast} trees.
 *
 * <p>Entry points: {@code Parser.parseModule(source, filename)} (CPython's "exec" mode) and
 * {@code Parser.parseExpression(source, filename)} ("eval" mode). Both are pure functions
 * of their input with no shared state, safe to call from any thread. Syntax errors are
 * {@link org.interlock.runtime.parser.PySyntaxError}s carrying CPython 3.11's exception
 * class, message, line, 1-based offset and source line. Where CPython's parser makes a
 * second, diagnostic pass, the same diagnoses are made here inline ("expected ':'",
 * "Perhaps you forgot a comma?", "'(' was never closed", invalid targets, ...); a
 * tokenizer error later in the file takes precedence over a parse error as in CPython
 * ({@code ParserCore.prioritize}). {@link org.interlock.runtime.parser.AstDump} prints a tree
 * as {@code ast.dump} does, which is how the tests compare with CPython.
 *
 * <h2>The AST</h2>
 * Records nested in {@code Ast}, named and shaped as CPython 3.11's {@code ast} module
 * (except {@code ListExpr}, {@code SetExpr}, {@code ExprStmt} for {@code List}, {@code Set},
 * {@code Expr}). Enum constants ({@code Operator.Add}, {@code Ctx.Load}) keep CPython's
 * spelling so that a dump reads like {@code ast.dump}. Every node's first field is its
 * {@code Pos} (line 1-based, column 0-based, end exclusive, columns in UTF-16 chars where
 * CPython counts UTF-8 bytes). Optional children are null; lists are never null. Code
 * that imports {@code Ast.*} must also import {@code Ast.Module} explicitly, as
 * {@code java.lang.Module} otherwise makes the simple name ambiguous.
 *
 * <h2>Constant values</h2>
 * {@code Ast.Constant.value} is the Java object the compiler converts to a Python object:
 * <ul>
 *   <li>int: {@link java.lang.Long} when it fits, else {@link java.math.BigInteger};</li>
 *   <li>float: {@link java.lang.Double};</li>
 *   <li>str: {@link java.lang.String} (adjacent literals already concatenated; a Python
 *       string of lone surrogates that happen to pair up cannot be told from the
 *       astral character they encode in Java);</li>
 *   <li>bytes: {@code byte[]};</li>
 *   <li>True/False: {@link java.lang.Boolean};</li>
 *   <li>None: {@code Ast.Constant.NONE}; {@code ...}: {@code Ast.Constant.ELLIPSIS}
 *       (both {@code Ast.Special} values, never Java null).</li>
 * </ul>
 * Complex literals ({@code 1j}) are tokenized but rejected by the parser with a SyntaxError.
 * A negative literal is a {@code UnaryOp(USub, Constant)} as in CPython; the compiler may fold it.
 */
package org.interlock.runtime.parser;
