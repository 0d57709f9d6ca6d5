package org.interlock.runtime.vm;

import org.interlock.object.PyDict;
import org.interlock.object.PyInt;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyCell;

/**
 * A Python {@code frame} object: a view of one VM {@link Frame}, made only when asked for
 * ({@code sys._getframe}) so calls allocate nothing for it. It owns a count on the frame's code
 * and globals, so {@code f_code} and {@code f_globals} stay valid after the frame returns; the
 * locals it shows are read from the frame's slots at each {@code f_locals} access (empty once
 * the frame has returned and dropped them).
 */
public final class PyFrame extends PyObject {
    public static final PyType TYPE = PyType.builtin("frame");

    private final Frame frame;
    /** The frame of a generator that has not started: CPython places it at the definition line. */
    private final boolean unstarted;

    PyFrame(Frame frame, ThreadState ts) {
        this(frame, false, ts);
    }

    PyFrame(Frame frame, boolean unstarted, ThreadState ts) {
        super(ts);
        this.frame = frame;
        this.unstarted = unstarted;
        ts.refs.incref(frame.code, ts);
        ts.refs.incref(frame.globals, ts);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    protected void traverse(Visitor v) {
        v.visit(frame.code);
        v.visit(frame.globals);
        super.traverse(v);
    }

    @Override
    protected void releaseReferences(ThreadState ts) {
        ts.refs.decref(frame.code, ts);
        ts.refs.decref(frame.globals, ts);
        super.releaseReferences(ts);
    }

    /** {@code sys._getframe(depth)}: the frame {@code depth} calls above the running one (new reference). */
    public static PyObject get(int depth, ThreadState ts) {
        Frame f = ExecState.of(ts).frame;
        for (int i = 0; i < depth && f != null; i++) f = f.back;
        if (depth < 0 || f == null) throw ExcTypes.valueError("call stack is not deep enough", ts);
        return new PyFrame(f, ts);
    }

    /** A frame's field attribute (new reference), or null when {@code n} is not one. */
    PyObject attr(String n, ThreadState ts) {
        return switch (n) {
            case "f_code" -> Ops.incref(frame.code, ts);
            case "f_globals" -> Ops.incref(frame.globals, ts);
            case "f_builtins" -> Ops.incref(frame.builtins, ts);
            case "f_lineno" -> PyInt.of(unstarted ? frame.code.unit.firstLine() : frame.line(), ts);
            case "f_lasti" -> PyInt.of(Math.max(frame.pc - 1, 0) * 2, ts);
            case "f_back" -> frame.back == null ? Ops.incref(Ops.NONE, ts) : new PyFrame(frame.back, ts);
            case "f_locals" -> locals(ts);
            case "f_trace" -> Ops.incref(Ops.NONE, ts);
            default -> null;
        };
    }

    /**
     * The frame's namespace: a module or class body's own mapping, or for a function a fresh
     * dict of its bound local, cell and free variables (a copy, not {@code locals()}'s shared
     * snapshot: this view may outlive the frame, and the snapshot is the frame's to drop).
     */
    private PyObject locals(ThreadState ts) {
        Frame f = frame;
        if (f.mapping != null) return Ops.incref(f.mapping, ts);
        if (f.locals != null) return Ops.incref(f.locals, ts);
        PyDict d = new PyDict(ts);
        String[] names = f.code.unit.varnames();
        for (int i = 0; i < names.length; i++) {
            PyObject v = f.s[i];
            if (v != null) d.set(PyStr.intern(names[i]), v, ts);
        }
        String[] cells = f.code.unit.cellvars();
        String[] frees = f.code.unit.freevars();
        for (int i = 0; i < cells.length + frees.length; i++) {
            if (!(f.s[f.code.nlocals + i] instanceof PyCell c)) continue; // dropped at return
            PyObject v = c.get(ts);
            if (v == null) continue;
            d.set(PyStr.intern(i < cells.length ? cells[i] : frees[i - cells.length]), v, ts);
            ts.refs.decref(v, ts);
        }
        return d;
    }

    @Override
    public String toString() {
        return "<frame at 0x" + Integer.toHexString(System.identityHashCode(this)) + ", file '" + frame.code.filename
                + "', line " + frame.line() + ", code " + frame.code.name + ">";
    }
}
