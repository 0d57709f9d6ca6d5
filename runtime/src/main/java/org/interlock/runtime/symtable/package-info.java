/**
 * Symbol tables: which scope each name belongs to, as CPython 3.11's {@code symtable.c}.
 *
 * <p>Entry point: {@link org.interlock.runtime.symtable.SymbolTable#build}. Each module,
 * class, function, lambda and comprehension gets a {@link org.interlock.runtime.symtable.Scope}
 * (found with {@code scopeOf(node)}, by node identity) that classifies every name as a
 * {@link org.interlock.runtime.symtable.SymbolKind} and lists varnames, cellvars and freevars
 * in the order CPython's code objects list them. The same pass raises the SyntaxErrors
 * CPython's symbol table and compiler raise (global/nonlocal misuse, yield or return outside
 * a function, break outside a loop, misplaced starred expressions), with {@code text} null
 * as CPython leaves it for these errors.
 */
package org.interlock.runtime.symtable;
