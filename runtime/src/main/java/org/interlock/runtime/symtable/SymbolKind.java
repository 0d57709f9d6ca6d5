package org.interlock.runtime.symtable;

/**
 * Where a name lives in one scope, as CPython's symbol table classifies it (and so which
 * load/store instructions the compiler emits for it).
 */
public enum SymbolKind {
    /** Bound in this scope (a fast local in a function; a namespace entry in a module or class body). */
    LOCAL,
    /** Declared {@code global} in this scope. */
    GLOBAL_EXPLICIT,
    /** Not bound in this scope nor in an enclosing function: a global or builtin. */
    GLOBAL_IMPLICIT,
    /** Bound in an enclosing function scope (or declared {@code nonlocal}): read through a cell passed in. */
    FREE,
    /** Local to this scope and used by a nested scope: held in a cell this scope creates. */
    CELL
}
