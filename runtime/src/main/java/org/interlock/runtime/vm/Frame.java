package org.interlock.runtime.vm;

import org.interlock.object.PyDict;
import org.interlock.object.PyObject;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.PyCell;
import org.interlock.runtime.objects.PyCode;
import org.interlock.runtime.objects.PyFunction;

/**
 * One activation: locals, cells and the operand stack in one array ({@code s}: fast locals at
 * [0, nlocals), cells and free cells next, the stack above {@link #stackBase}), the program
 * counter, and the namespaces. Every non-null slot holds a counted reference owned by the
 * frame, with two exceptions under deferred reference counting: a call's callable slot may hold
 * a {@link PyObject#DEFERRED} function uncounted, marked by {@link #UNCOUNTED} in the self slot
 * above it (see {@link #selfSlot}), and whatever pops the pair drops only what was counted; and
 * {@code LOAD_CONST} pushes a deferred code object uncounted, which only the
 * {@code MAKE_FUNCTION} right after it pops (no safepoint lies between the two, and this frame's
 * code, a root, holds the constant). A generator keeps its frame between resumptions.
 */
public final class Frame {
    /**
     * In a call's self slot: "no self, and the callable below is held without a count". Immortal;
     * never seen by Python code.
     */
    public static final PyObject UNCOUNTED = new Uncounted();

    /** The type of {@link #UNCOUNTED}. */
    private static final class Uncounted extends PyObject {
        private static final org.interlock.object.PyType TYPE = org.interlock.object.PyType.builtin("uncounted-callable");

        Uncounted() {
            super();
        }

        @Override
        public org.interlock.object.PyType type() {
            return TYPE;
        }
    }

    /**
     * {@code PUSH_NULL}'s value for the self slot above {@code callable}: null, or, when the
     * callable is a deferred function and this frame is not a generator's (a suspended
     * generator's stack is no root), {@link #UNCOUNTED} after dropping the callable's count:
     * the collector's own reference keeps its count above zero, and the collector sees the
     * slot through {@link #roots}.
     */
    static PyObject selfSlot(PyObject callable, Frame f, ThreadState ts) {
        if (callable == null || !callable.isDeferred() || (f.code.unit.flags() & org.interlock.runtime.compiler.CodeUnit.GENERATOR) != 0) return null;
        ts.refs.decref(callable, ts);
        return UNCOUNTED;
    }

    /** The self argument a call passes for the self slot's value. */
    static PyObject self(PyObject slot) {
        return slot == UNCOUNTED ? null : slot;
    }

    /**
     * Reports every deferred object the frames of {@code top}'s chain hold without counting (the
     * callables under an {@link #UNCOUNTED} mark), each frame's function and its code (which
     * owns the code constants {@code LOAD_CONST} pushes uncounted): the cycle collector's roots
     * under deferred reference counting. World stopped.
     */
    public static void roots(Frame top, java.util.function.Consumer<PyObject> out) {
        for (Frame f = top; f != null; f = f.back) {
            if (f.func != null) out.accept(f.func);
            out.accept(f.code);
            PyObject[] a = f.s;
            // The whole array, not [stackBase, sp): a running frame's sp lives in the eval loop's
            // local; popped slots are always nulled, so a mark above the real top is never stale.
            for (int i = f.stackBase + 1; i < a.length; i++) {
                if (a[i] == UNCOUNTED && a[i - 1] != null) out.accept(a[i - 1]);
            }
        }
    }

    public final PyCode code;
    public final PyFunction func;
    public final PyDict globals;
    public final PyDict builtins;
    /** The locals dict of a class body or module ({@code LOAD_NAME}); null in functions. */
    public final PyDict locals;
    /**
     * The namespace of a class body when a metaclass's {@code __prepare__} returned something
     * other than a dict ({@link #locals} is then null): name operations go through its
     * {@code __getitem__}, {@code __setitem__} and {@code __delitem__}.
     */
    public PyObject mapping;
    /**
     * The dict {@code locals()} returns in a function (owned): one per frame, refreshed from
     * the fast locals at each call, as CPython 3.11's {@code f_locals}. Null until asked for.
     */
    public PyDict localsSnapshot;
    public final PyObject[] s;
    public final int stackBase;
    public int sp;
    public int pc;
    public Frame back;
    /** Set by RERAISE so the handler search does not add a traceback entry twice. */
    boolean reraising;
    /** Set when the frame returned by yielding (generators). */
    public boolean yielded;
    /** An exception to raise at the current instruction when the frame resumes (generator.throw). */
    public PyObject pendingThrow;

    public Frame(PyCode code, PyFunction func, PyDict globals, PyDict builtins, PyDict locals) {
        this.code = code;
        this.func = func;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.stackBase = code.nlocals + code.ncells + code.nfree;
        this.s = new PyObject[code.frameSlots];
        this.sp = stackBase;
    }

    /** Creates the cell slots: fresh cells for cellvars (from arguments where one is a parameter), the closure for freevars. */
    void initCells(PyCell[] closure, ThreadState ts) {
        int n = code.nlocals;
        int[] cell2arg = code.unit.cell2arg();
        for (int i = 0; i < code.ncells; i++) {
            PyObject init = null;
            int a = cell2arg[i];
            if (a >= 0) {
                init = s[a];
            }
            s[n + i] = new PyCell(init, ts);
            if (a >= 0 && init != null) {
                s[a] = null;
                ts.refs.decref(init, ts);
            }
        }
        if (closure != null) {
            for (int i = 0; i < code.nfree; i++) {
                PyCell c = closure[i];
                ts.refs.incref(c, ts);
                s[n + code.ncells + i] = c;
            }
        }
    }

    /** Drops every reference the frame holds (on return or when a generator dies). */
    public void clear(ThreadState ts) {
        PyObject[] a = s;
        int top = Math.max(sp, stackBase);
        for (int i = 0; i < top; i++) {
            PyObject o = a[i];
            if (o != null) {
                a[i] = null;
                if (i + 1 < top && a[i + 1] == UNCOUNTED) continue; // held without a count
                ts.refs.decref(o, ts);
            }
        }
        sp = stackBase;
        PyDict snap = localsSnapshot;
        if (snap != null) {
            localsSnapshot = null;
            ts.refs.decref(snap, ts);
        }
    }

    public int line() {
        return code.lineOf(pc - 1);
    }
}
