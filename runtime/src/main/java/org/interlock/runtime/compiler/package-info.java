/**
 * AST to bytecode. {@link org.interlock.runtime.compiler.ScopeBuilder} resolves names
 * (CPython 3.11's symtable rules: comprehensions are functions, the implicit
 * {@code __class__} cell), {@link org.interlock.runtime.compiler.Compiler} emits
 * {@link org.interlock.runtime.compiler.CodeUnit}s through
 * {@link org.interlock.runtime.compiler.CodeBuilder}, which tracks stack depth and builds the
 * zero-cost exception table. Everything here is plain Java data: no Python objects, no thread
 * state, so the compiler is shared by every interpreter.
 */
package org.interlock.runtime.compiler;
