package org.interlock.runtime.objects;

import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;
import org.interlock.runtime.compiler.CodeUnit;

/**
 * A code object: a compiled {@link CodeUnit} with its constants made Python objects (owned
 * references) and its names interned, ready for the eval loop.
 *
 * <p>Under the policy option {@code deferred-refcount} a code object is deferred, as CPython
 * 3.13t defers code objects with functions and modules: it is tracked by the cycle collector
 * (its {@link #traverse} reports the constants), carries the collector's own reference, and only
 * a collection frees it. {@code LOAD_CONST} then pushes it uncounted for the
 * {@code MAKE_FUNCTION} that the compiler always emits right after it, so making a closure from
 * many threads counts the shared code object only for the new function's own reference. Without
 * the option it is untracked, as in CPython 3.11 ({@code gc.is_tracked} is false).
 */
public final class PyCode extends PyObject {
    public static final PyType TYPE = PyType.builtin("code");

    public final CodeUnit unit;
    public final int[] code;
    public final PyObject[] consts;
    public final PyStr[] names;
    public final PyStr[] varnames;
    public final int nlocals;
    public final int ncells;
    public final int nfree;
    public final int stacksize;
    public final int flags;
    public final String name;
    public final String qualname;
    public final String filename;
    /**
     * One slot per entry of {@link #names} for the eval loop's global-name cache
     * ({@code vm.GlobalCache}, which alone reads and writes it): null or an immutable entry.
     */
    public final Object[] globalCache;
    /**
     * Two slots per instruction for the eval loop's attribute cache ({@code vm.AttrCache},
     * which alone reads and writes it), used by LOAD_ATTR, LOAD_METHOD and STORE_ATTR sites:
     * null or an immutable entry.
     */
    public final Object[] attrCache;
    /**
     * Length of a frame's value array ({@code vm.Frame#s}): locals, cells and stack, plus, for
     * code with a loop, {@link #LOOP_FRAME_PAD} unused slots at the end. A frame that loops for
     * long writes its array at nearly every instruction and outlives young collections, which
     * copy live objects side by side: two threads' loop frames then shared cache lines, and two
     * allocating countdown threads spent up to a third more CPU time than one for the same work
     * (2-core machine, /usr/bin/time; no such loss when no collection ran). The pad keeps the
     * next object off the last slots' lines. Loop-free code (most calls) gets none: its frames
     * are short-lived, and the pad would cost every call.
     */
    public final int frameSlots;

    /** 32 compressed references: two cache lines. */
    public static final int LOOP_FRAME_PAD = 32;

    public PyCode(CodeUnit unit, PyObject[] consts, ThreadState ts) {
        super(ts, ts.space.deferredRefcount()); // tracked only to be deferred: see the class comment
        this.unit = unit;
        this.code = unit.code();
        this.consts = consts;
        this.names = new PyStr[unit.names().length];
        for (int i = 0; i < names.length; i++) names[i] = PyStr.intern(unit.names()[i]);
        this.varnames = new PyStr[unit.varnames().length];
        for (int i = 0; i < varnames.length; i++) varnames[i] = PyStr.intern(unit.varnames()[i]);
        this.nlocals = varnames.length;
        this.ncells = unit.cellvars().length;
        this.nfree = unit.freevars().length;
        this.stacksize = unit.stacksize();
        this.flags = unit.flags();
        this.name = unit.name();
        this.qualname = unit.qualname();
        this.filename = unit.filename();
        this.globalCache = new Object[names.length];
        this.attrCache = new Object[2 * code.length];
        this.frameSlots = nlocals + ncells + nfree + stacksize + (hasBackwardJump(code) ? LOOP_FRAME_PAD : 0);
        // Before the code object is published: only this thread can count its constants yet.
        org.interlock.runtime.vm.Immortalization.constants(consts, ts);
        ts.space.defer(this, ts); // a no-op unless tracked (option deferred-refcount)
    }

    private static boolean hasBackwardJump(int[] code) {
        for (int insn : code) {
            if ((insn & 0xFF) == org.interlock.runtime.compiler.Op.JUMP_BACKWARD) return true;
        }
        return false;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public boolean isGenerator() {
        return (flags & CodeUnit.GENERATOR) != 0;
    }

    /** The source line of instruction {@code pc}. */
    public int lineOf(int pc) {
        int[] lines = unit.lines();
        if (pc < 0) pc = 0;
        if (pc >= lines.length) pc = lines.length - 1;
        return pc < 0 ? unit.firstLine() : lines[pc];
    }

    /** The constants, each an owned reference (cycle collector, when tracked). */
    @Override
    protected void traverse(Visitor v) {
        PyObject[] k = consts;
        if (k == null) return; // the constructor has not set it yet
        for (PyObject c : k) if (c != null) v.visit(c); // null once released
    }

    @Override
    protected void releaseReferences(ThreadState ts) {
        for (int i = 0; i < consts.length; i++) {
            PyObject c = consts[i];
            consts[i] = null;
            if (c != null) ts.refs.decref(c, ts);
        }
    }
}
