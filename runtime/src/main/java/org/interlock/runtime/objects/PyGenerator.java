package org.interlock.runtime.objects;

import org.interlock.object.PyObject;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;
import org.interlock.runtime.compiler.Op;
import org.interlock.runtime.vm.Calls;
import org.interlock.runtime.vm.Eval;
import org.interlock.runtime.vm.Frame;
import org.interlock.runtime.vm.Iter;
import org.interlock.runtime.vm.Names;
import org.interlock.runtime.vm.Ops;

/**
 * A generator: a suspended frame resumed by {@code next}/{@code send}/{@code throw}/{@code close},
 * with {@code yield from} delegation of throw and close to the sub-iterator, and PEP 479's
 * conversion of a StopIteration escaping the body into RuntimeError.
 */
public final class PyGenerator extends PyIter {
    public static final PyType TYPE = PyType.builtin("generator");
    /** The type of the objects an {@code async def} returns: generators under another name. */
    public static final PyType COROUTINE_TYPE = PyType.builtin("coroutine");

    private Frame frame;
    /** Made by an {@code async def}. */
    private final boolean coroutine;
    private boolean started;
    private boolean finished;
    private boolean running;
    /** Whether the last {@link #send} ended the generator (its result is the return value). */
    private boolean lastReturned;
    /** The exception being handled inside the generator while it is suspended (owned), as CPython's gi_exc_state. */
    private PyObject excState;

    static {
        // PEP 442, as CPython's generators: closing a suspended generator runs Python code
        // (its finally blocks), so it is a finalizer, which the cycle collector runs before
        // it re-checks reachability, never while it tears the garbage down.
        TYPE.setFinalizer((self, ts) -> ((PyGenerator) self).finalizeClose(ts));
        COROUTINE_TYPE.setFinalizer((self, ts) -> ((PyGenerator) self).finalizeClose(ts));
    }

    /** Whether an {@code async def} made this (a coroutine object). */
    public boolean isCoroutine() {
        return coroutine;
    }

    public PyGenerator(Frame frame, ThreadState ts) {
        super(ts, true);
        this.frame = frame;
        this.coroutine = (frame.code.flags & org.interlock.runtime.compiler.CodeUnit.COROUTINE) != 0;
    }

    private void finalizeClose(ThreadState ts) {
        if (!started || finished || running) return;
        try {
            close(ts);
        } catch (PyException e) {
            ts.space.unraisableHook().report("generator close of " + qualname(), e, ts);
        } finally {
            finished = true; // releaseReferences then only clears the frame
        }
    }

    /**
     * A suspended generator's frame slots (locals, cells, saved stack: each counted). A
     * running one reports nothing: its frame is also on a thread's stack, mid-instruction.
     */
    @Override
    protected void traverse(Visitor v) {
        Frame f = frame;
        if (f == null || running) return;
        PyObject[] a = f.s;
        int top = Math.min(Math.max(f.sp, f.stackBase), a.length);
        for (int i = 0; i < top; i++) {
            PyObject o = a[i];
            if (o != null) v.visit(o);
        }
    }

    @Override
    public PyType type() {
        return coroutine ? COROUTINE_TYPE : TYPE;
    }

    public String name() {
        return frame != null ? frame.code.name : "generator";
    }

    public String qualname() {
        return frame != null ? frame.code.qualname : "generator";
    }

    /** The frame while the generator can still run ({@code gi_frame}), else null. */
    public Frame liveFrame() {
        return finished ? null : frame;
    }

    /** The code object the generator runs ({@code gi_code}). */
    public PyCode code() {
        return frame.code;
    }

    /** Made but never resumed (its frame is at the start). */
    public boolean isUnstarted() {
        return !started;
    }

    /** {@code gi_running}: its frame is executing now. */
    public boolean isRunning() {
        return running;
    }

    /** {@code gi_suspended}: stopped at a yield, neither running, finished nor new. */
    public boolean isSuspended() {
        return started && !finished && !running;
    }

    /**
     * {@code gi_yieldfrom} (a coroutine's {@code cr_await}): the iterator a suspended
     * {@code yield from} or {@code await} delegates to, borrowed; null when there is none.
     */
    public PyObject yieldFrom() {
        Frame f = frame;
        if (!isSuspended() || f.pc >= f.code.code.length || Op.op(f.code.code[f.pc]) != Op.JUMP_BACKWARD_NO_INTERRUPT) {
            return null;
        }
        return f.s[f.sp - 1];
    }

    /** True if the result of the last {@link #send} was a return value rather than a yield. */
    public boolean finishedWith(PyObject result) {
        return lastReturned;
    }

    /**
     * Resumes with {@code v} (borrowed): the yielded value, or (with {@link #finishedWith} true)
     * the return value; a new reference. Exceptions propagate.
     */
    public PyObject send(PyObject v, ThreadState ts) {
        return resume(v, null, ts);
    }

    private PyObject resume(PyObject v, PyBaseException toThrow, ThreadState ts) {
        lastReturned = false;
        if (finished) {
            lastReturned = true;
            if (toThrow != null) throw new PyException(toThrow);
            return Ops.incref(Ops.NONE, ts);
        }
        if (running) throw ExcTypes.valueError("generator already executing", ts);
        if (!started) {
            if (toThrow == null && v != Ops.NONE) {
                throw ExcTypes.typeError("can't send non-None value to a just-started generator", ts);
            }
            started = true;
        } else if (toThrow == null) {
            ts.refs.incref(v, ts);
            frame.s[frame.sp++] = v;
        }
        if (toThrow != null) frame.pendingThrow = toThrow;
        running = true;
        Frame f = frame;
        org.interlock.runtime.vm.ExecState es = org.interlock.runtime.vm.ExecState.of(ts);
        PyObject callerExc = es.excInfo;
        es.excInfo = excState;
        excState = null;
        try {
            PyObject r = Eval.run(f, ts);
            if (!f.yielded) {
                finished = true;
                lastReturned = true;
            }
            return r;
        } catch (PyException e) {
            finished = true;
            if (Ops.isInstance(e.exc, ExcTypes.STOP_ITERATION)) {
                PyException re = ExcTypes.raise(ExcTypes.RUNTIME_ERROR, "generator raised StopIteration", ts);
                re.exc.setCause(e.exc, ts);
                re.exc.setContext(e.exc, ts);
                ts.refs.decref(e.exc, ts);
                throw re;
            }
            throw e;
        } finally {
            running = false;
            PyObject mine = es.excInfo;
            es.excInfo = callerExc;
            if (finished) {
                if (mine != null) ts.refs.decref(mine, ts);
            } else {
                excState = mine;
            }
        }
    }

    @Override
    public PyObject next(ThreadState ts) {
        PyObject r = resume(Ops.NONE, null, ts);
        if (lastReturned) {
            ts.refs.decref(r, ts);
            return null;
        }
        return r;
    }

    /** {@code gen.send(v)}: StopIteration(value) at the end. */
    public PyObject sendPublic(PyObject v, ThreadState ts) {
        PyObject r = resume(v, null, ts);
        if (lastReturned) throw stop(r, ts);
        return r;
    }

    private static PyException stop(PyObject r, ThreadState ts) {
        PyException e = r == Ops.NONE ? ExcTypes.raiseArgs(ExcTypes.STOP_ITERATION, ts)
                : ExcTypes.raiseArgs(ExcTypes.STOP_ITERATION, ts, r);
        ts.refs.decref(r, ts);
        return e;
    }

    /** {@code gen.throw(exc)}: exc is a new reference handed over. */
    public PyObject throwPublic(PyBaseException exc, ThreadState ts) {
        PyObject r = throwInto(exc, ts);
        if (lastReturned) throw stop(r, ts);
        return r;
    }

    private PyObject throwInto(PyBaseException exc, ThreadState ts) {
        Frame f = frame;
        PyObject sub = yieldFrom();
        if (sub != null) {
            PyObject r = null;
            boolean subDone = false;
            boolean delegated = false;
            boolean handedOver = false; // exc's reference went to the sub-generator
            try {
                if (Ops.isInstance(exc, ExcTypes.GENERATOR_EXIT)) {
                    if (sub instanceof PyGenerator g) g.close(ts);
                    else {
                        PyObject c = Ops.getAttrOrNull(sub, Names.close, ts);
                        if (c != null) {
                            try {
                                ts.refs.decref(Calls.call(c, new PyObject[0], null, ts), ts);
                            } finally {
                                ts.refs.decref(c, ts);
                            }
                        }
                    }
                } else if (sub instanceof PyGenerator g) {
                    delegated = true;
                    handedOver = true;
                    running = true;
                    try {
                        r = g.throwInto(exc, ts);
                    } finally {
                        running = false;
                    }
                    subDone = g.lastReturned;
                } else {
                    PyObject t = Ops.getAttrOrNull(sub, Names.throw_, ts);
                    if (t != null) {
                        delegated = true;
                        try {
                            r = Calls.call(t, new PyObject[] {exc}, null, ts);
                        } catch (PyException e) {
                            if (!Ops.isInstance(e.exc, ExcTypes.STOP_ITERATION)) throw e;
                            r = Iter.stopValue(e.exc, ts);
                            ts.refs.decref(e.exc, ts);
                            subDone = true;
                        } finally {
                            ts.refs.decref(t, ts);
                        }
                    }
                }
            } catch (PyException e) {
                if (delegated && !handedOver) ts.refs.decref(exc, ts);
                return resume(Ops.NONE, e.exc, ts);
            }
            if (delegated) {
                if (!handedOver) ts.refs.decref(exc, ts);
                if (!subDone) {
                    lastReturned = false;
                    return r;
                }
                // the sub-iterator finished: continue after the SEND with its value
                PyObject it = f.s[--f.sp];
                f.s[f.sp] = null;
                ts.refs.decref(it, ts);
                int send = Op.arg(f.code.code[f.pc]);
                f.s[f.sp++] = r;
                f.pc = Op.arg(f.code.code[send]);
                running = true;
                try {
                    PyObject out = Eval.run(f, ts);
                    lastReturned = !f.yielded;
                    if (lastReturned) finished = true;
                    return out;
                } catch (PyException e) {
                    finished = true;
                    throw e;
                } finally {
                    running = false;
                }
            }
        }
        if (!started) {
            started = true;
            finished = true;
            frame.clear(ts);
            throw new PyException(exc);
        }
        return resume(Ops.NONE, exc, ts);
    }

    /** {@code gen.close()}. */
    public void close(ThreadState ts) {
        if (finished || !started) {
            finished = true;
            if (frame != null) frame.clear(ts);
            return;
        }
        PyBaseException ge = PyBaseException.of(ExcTypes.GENERATOR_EXIT, ts);
        try {
            PyObject r = throwInto(ge, ts);
            ts.refs.decref(r, ts);
            if (!lastReturned) {
                throw ExcTypes.raise(ExcTypes.RUNTIME_ERROR, "generator ignored GeneratorExit", ts);
            }
        } catch (PyException e) {
            if (Ops.isInstance(e.exc, ExcTypes.GENERATOR_EXIT) || Ops.isInstance(e.exc, ExcTypes.STOP_ITERATION)) {
                ts.refs.decref(e.exc, ts);
                return;
            }
            throw e;
        }
    }

    @Override
    protected void releaseReferences(ThreadState ts) {
        if (started && !finished) {
            try {
                close(ts);
            } catch (PyException e) {
                ts.space.unraisableHook().report("generator close of " + qualname(), e, ts);
            }
        }
        Frame f = frame;
        if (f != null) f.clear(ts);
        PyObject x = excState;
        excState = null;
        if (x != null) ts.refs.decref(x, ts);
    }
}
