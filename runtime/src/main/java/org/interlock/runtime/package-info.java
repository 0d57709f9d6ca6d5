/**
 * The interpreter's public API: {@link org.interlock.runtime.Interpreter} (one object space
 * under one policy; {@code runFile}, {@code runSource}, {@code disassemble}) and
 * {@link org.interlock.runtime.InterpreterConfig}. Python code always runs on a thread with a
 * large Java stack attached to a thread state of the interpreter's space.
 */
package org.interlock.runtime;
