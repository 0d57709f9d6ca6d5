/**
 * The parser: tokens to {@link org.interlock.runtime.parser.Ast} trees.
 *
 * <p>Entry point: {@code Parser.parseModule(String source, String filename)}. Syntax errors are
 * {@link org.interlock.runtime.parser.PySyntaxError}s carrying CPython 3.11's kind, message,
 * line, 1-based offset and source line.
 *
 * <h2>The AST</h2>
 * Records nested in {@code Ast}, named and shaped as CPython 3.11's {@code ast} module
 * (except {@code ListExpr}, {@code SetExpr}, {@code ExprStmt} for {@code List}, {@code Set},
 * {@code Expr}). Enum constants ({@code Operator.Add}, {@code Ctx.Load}) keep CPython's
 * spelling so that a dump reads like {@code ast.dump}. Every node's first field is its
 * {@code Pos} (line 1-based, column 0-based, end exclusive). Optional children are null;
 * lists are never null.
 *
 * <h2>Constant values</h2>
 * {@code Ast.Constant.value} is the Java object the compiler converts to a Python object:
 * <ul>
 *   <li>int: {@link java.lang.Long} when it fits, else {@link java.math.BigInteger};</li>
 *   <li>float: {@link java.lang.Double};</li>
 *   <li>str: {@link java.lang.String} (adjacent literals already concatenated);</li>
 *   <li>bytes: {@code byte[]};</li>
 *   <li>True/False: {@link java.lang.Boolean};</li>
 *   <li>None: {@code Ast.Constant.NONE}; {@code ...}: {@code Ast.Constant.ELLIPSIS}
 *       (both {@code Ast.Special} values, never Java null).</li>
 * </ul>
 * Complex literals ({@code 1j}) are rejected by the lexer with a SyntaxError.
 * A negative literal is a {@code UnaryOp(USub, Constant)} as in CPython; the compiler may fold it.
 */
package org.interlock.runtime.parser;
