package org.interlock.runtime.compiler;

import java.util.List;

/**
 * A compiled block (module, function, class body, comprehension) as plain Java data: what
 * CPython's code object holds. The runtime wraps it in a code object whose constants are Python
 * objects ({@code consts} here hold Java values: Long, BigInteger, Double, String, byte[],
 * Boolean, {@link org.interlock.runtime.parser.Ast.Special}, {@link ConstTuple}, nested units).
 *
 * @param code        instructions ({@link Op#make}), one int each
 * @param lines       source line of each instruction
 * @param excTable    exception table: groups of 5 ints (start, end exclusive, target, depth, lasti)
 */
public record CodeUnit(String name, String qualname, String filename, int firstLine, int flags,
                       int argcount, int posonlyargcount, int kwonlyargcount,
                       int[] code, int[] lines, Object[] consts, String[] names, String[] varnames,
                       String[] cellvars, String[] freevars, int[] cell2arg, int[] excTable, int stacksize) {
    /** Flag: the block is a generator function. */
    public static final int GENERATOR = 0x20;
    /** Flag: the block is an {@code async def} (its frames run as coroutine objects). */
    public static final int COROUTINE = 0x80;
    /** Flag: has {@code *args}. */
    public static final int VARARGS = 0x4;
    /** Flag: has {@code **kwargs}. */
    public static final int VARKEYWORDS = 0x8;
    /** Flag: a function scope (fast locals). */
    public static final int OPTIMIZED = 0x1;
    /** Flag: a nested function. */
    public static final int NESTED = 0x10;

    /** A tuple of constants, folded at compile time. */
    public record ConstTuple(List<Object> items) {}

    /** Number of cell and free slots. */
    public int nderef() {
        return cellvars.length + freevars.length;
    }
}
