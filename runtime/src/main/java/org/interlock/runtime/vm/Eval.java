package org.interlock.runtime.vm;

import org.interlock.object.OperationError;
import org.interlock.object.PyBool;
import org.interlock.object.PyDict;
import org.interlock.object.PyFloat;
import org.interlock.object.PyInt;
import org.interlock.object.PyList;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyTuple;
import org.interlock.object.RefCounting;
import org.interlock.object.ThreadState;
import org.interlock.runtime.compiler.Op;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyBaseException;
import org.interlock.runtime.objects.PyCell;
import org.interlock.runtime.objects.PyException;
import org.interlock.runtime.objects.PyFunction;
import org.interlock.runtime.objects.PyRange;
import org.interlock.runtime.objects.Traceback;

/**
 * The eval loop. Hot instructions are handled inline in {@link #loop}; the rest are in
 * {@link EvalRare}, so that the loop method stays well under HotSpot's 8000-byte limit for
 * JIT compilation. Operands stay on the stack until an operation has succeeded, so an
 * exception thrown mid-instruction leaves every reference where the unwinder finds it.
 *
 * <p>Exceptions are zero-cost: a thrown {@link PyException} is caught once per frame, the
 * code object's exception table maps the failing instruction to a handler (stack depth,
 * whether to push the instruction offset), and the loop continues there; with no handler the
 * frame is cleared and the exception propagates. Function entry (a new frame or a resumed
 * generator) and backward jumps check the whole eval breaker ({@link ThreadState#safepoint()}),
 * where an automatic collection may run, as at CPython 3.12's RESUME and JUMP_BACKWARD; calls
 * check it without the scheduled collection ({@link ThreadState#callSafepoint()}).
 */
public final class Eval {
    private Eval() {}

    /** Runs a new frame to completion (or to its first yield, for a generator's frame). */
    public static PyObject run(Frame f, ThreadState ts) {
        ExecState es = ExecState.of(ts);
        if (++es.depth > es.interp.recursionLimit()) {
            es.depth--;
            f.clear(ts);
            throw ExcTypes.raise(ExcTypes.RECURSION_ERROR, "maximum recursion depth exceeded", ts);
        }
        f.back = es.frame;
        es.frame = f;
        try {
            try {
                ts.safepoint(); // function entry (CPython's RESUME)
            } catch (RuntimeException e) { // Ctrl-C or termination: as an unhandled raise at entry
                f.clear(ts);
                throw e;
            }
            PyObject r = loop(f, ts, es);
            if (!f.yielded) f.clear(ts);
            return r;
        } finally {
            es.frame = f.back;
            f.back = null;
            es.depth--;
        }
    }

    private static PyObject loop(Frame f, ThreadState ts, ExecState es) {
        final PyObject[] s = f.s;
        final int[] code = f.code.code;
        final PyObject[] consts = f.code.consts;
        final PyStr[] names = f.code.names;
        final RefCounting rc = ts.refs;
        int sp = f.sp;
        int pc = f.pc;
        f.yielded = false;
        while (true) {
            try {
                if (f.pendingThrow != null) {
                    PyObject t = f.pendingThrow;
                    f.pendingThrow = null;
                    throw new PyException((PyBaseException) t);
                }
                while (true) {
                    final int insn = code[pc++];
                    final int arg = insn >>> 8;
                    switch (insn & 0xFF) {
                        case Op.NOP:
                            continue;
                        case Op.POP_TOP: {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            rc.decref(v, ts);
                            continue;
                        }
                        case Op.LOAD_FAST: {
                            PyObject v = s[arg];
                            if (v == null) throw EvalRare.unboundLocal(f, arg, ts);
                            rc.incref(v, ts);
                            s[sp++] = v;
                            continue;
                        }
                        case Op.STORE_FAST: {
                            PyObject old = s[arg];
                            s[arg] = s[--sp];
                            s[sp] = null;
                            if (old != null) rc.decref(old, ts);
                            continue;
                        }
                        case Op.LOAD_CONST: {
                            PyObject v = consts[arg];
                            // A deferred constant is a code object for the MAKE_FUNCTION right
                            // after: held uncounted (this frame's code owns it), see Frame.
                            if (!v.isDeferred()) rc.incref(v, ts);
                            s[sp++] = v;
                            continue;
                        }
                        case Op.LOAD_GLOBAL: {
                            s[sp++] = GlobalCache.load(f, arg, ts);
                            continue;
                        }
                        case Op.LOAD_DEREF: {
                            PyObject v = ((PyCell) s[f.code.nlocals + arg]).get(ts);
                            if (v == null) throw EvalRare.unboundDeref(f, arg, ts);
                            s[sp++] = v;
                            continue;
                        }
                        case Op.STORE_DEREF: {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            ((PyCell) s[f.code.nlocals + arg]).set(v, ts);
                            rc.decref(v, ts);
                            continue;
                        }
                        case Op.PUSH_NULL:
                            s[sp] = es.deferred ? Frame.selfSlot(s[sp - 1], f, ts) : null;
                            sp++;
                            continue;
                        case Op.COPY: {
                            PyObject v = s[sp - arg];
                            rc.incref(v, ts);
                            s[sp++] = v;
                            continue;
                        }
                        case Op.SWAP: {
                            PyObject v = s[sp - 1];
                            s[sp - 1] = s[sp - arg];
                            s[sp - arg] = v;
                            continue;
                        }
                        case Op.LOAD_ATTR: {
                            PyObject o = s[sp - 1];
                            PyObject r = AttrCache.load(o, names[arg], f.code.attrCache, pc - 1, ts);
                            s[sp - 1] = r;
                            rc.decref(o, ts);
                            continue;
                        }
                        case Op.LOAD_METHOD: {
                            PyObject o = s[sp - 1];
                            PyObject m = AttrCache.method(o, names[arg], f.code.attrCache, pc - 1, ts);
                            if (m != null) {
                                s[sp - 1] = m;
                                s[sp++] = o;
                            } else {
                                PyObject r = Ops.getAttr(o, names[arg], ts);
                                s[sp - 1] = r;
                                s[sp++] = null;
                                rc.decref(o, ts);
                            }
                            continue;
                        }
                        case Op.STORE_ATTR: {
                            AttrCache.store(s[sp - 1], names[arg], s[sp - 2], f.code.attrCache, pc - 1, ts);
                            PyObject o = s[--sp];
                            PyObject v = s[--sp];
                            s[sp] = null;
                            s[sp + 1] = null;
                            rc.decref(o, ts);
                            rc.decref(v, ts);
                            continue;
                        }
                        case Op.CALL: {
                            ts.callSafepoint();
                            int base = sp - arg - 2;
                            PyObject callable = s[base];
                            PyObject self = Frame.self(s[base + 1]);
                            f.pc = pc;
                            PyObject r;
                            if (callable instanceof PyFunction fn) {
                                r = fn.simpleCall && fn.builtins != null && arg + (self != null ? 1 : 0) == fn.code.unit.argcount()
                                        ? Calls.callSimple(fn, s, base, arg, ts)
                                        : Calls.callFunction(fn, self, s, base + 2, arg, null, ts);
                            } else {
                                r = Calls.callv(callable, self, s, base + 2, arg, null, ts);
                            }
                            if (s[base + 1] == Frame.UNCOUNTED) s[base] = null; // held without a count
                            for (int i = sp - 1; i >= base; i--) {
                                PyObject o = s[i];
                                s[i] = null;
                                if (o != null) rc.decref(o, ts);
                            }
                            s[base] = r;
                            sp = base + 1;
                            continue;
                        }
                        case Op.BINARY_OP: {
                            PyObject a = s[sp - 2], b = s[sp - 1];
                            PyObject r;
                            if (a instanceof PyInt x && b instanceof PyInt y && arg % Op.INPLACE <= Op.B_MUL
                                    && x.isSmall() && y.isSmall()) {
                                long p = x.longValue(), q = y.longValue();
                                int o = arg % Op.INPLACE;
                                long v = o == Op.B_ADD ? p + q : o == Op.B_SUB ? p - q : p * q;
                                // overflow: the sign rules of + and -; for *, the high word is not the low word's sign
                                boolean ovf = o == Op.B_ADD ? ((p ^ v) & (q ^ v)) < 0
                                        : o == Op.B_SUB ? ((p ^ q) & (p ^ v)) < 0 : Math.multiplyHigh(p, q) != (v >> 63);
                                r = ovf ? Arith.binary(arg, a, b, ts) : PyInt.of(v, ts);
                            } else if (a instanceof PyFloat x && b instanceof PyFloat y && arg % Op.INPLACE <= Op.B_MUL) {
                                double p = x.value(), q = y.value();
                                int o = arg % Op.INPLACE;
                                s[--sp] = null; // consume takes over both stack references
                                s[sp - 1] = PyFloat.consume(x, y, o == Op.B_ADD ? p + q : o == Op.B_SUB ? p - q : p * q, ts);
                                continue;
                            } else {
                                r = Arith.binary(arg, a, b, ts);
                            }
                            s[--sp] = null;
                            s[sp - 1] = r;
                            rc.decref(a, ts);
                            rc.decref(b, ts);
                            continue;
                        }
                        case Op.COMPARE_OP: {
                            PyObject a = s[sp - 2], b = s[sp - 1];
                            PyObject r;
                            if (a instanceof PyInt x && b instanceof PyInt y && x.isSmall() && y.isSmall()) {
                                r = PyBool.of(Compare.cmpResult(Long.compare(x.longValue(), y.longValue()), arg));
                            } else {
                                r = Compare.richCompare(a, b, arg, ts);
                            }
                            s[--sp] = null;
                            s[sp - 1] = r;
                            rc.decref(a, ts);
                            rc.decref(b, ts);
                            continue;
                        }
                        case Op.IS_OP: {
                            PyObject a = s[sp - 2], b = s[sp - 1];
                            s[--sp] = null;
                            s[sp - 1] = PyBool.of((a == b) != (arg != 0));
                            rc.decref(a, ts);
                            rc.decref(b, ts);
                            continue;
                        }
                        case Op.CONTAINS_OP: {
                            PyObject a = s[sp - 2], b = s[sp - 1];
                            boolean in = Compare.contains(b, a, ts);
                            s[--sp] = null;
                            s[sp - 1] = PyBool.of(in != (arg != 0));
                            rc.decref(a, ts);
                            rc.decref(b, ts);
                            continue;
                        }
                        case Op.BINARY_SUBSCR: {
                            PyObject o = s[sp - 2], k = s[sp - 1];
                            PyObject r;
                            if (o instanceof PyList l && k instanceof PyInt i && i.isSmall()) {
                                r = l.get(i.longValue(), ts);
                            } else {
                                r = Items.getItem(o, k, ts);
                            }
                            s[--sp] = null;
                            s[sp - 1] = r;
                            rc.decref(o, ts);
                            rc.decref(k, ts);
                            continue;
                        }
                        case Op.STORE_SUBSCR: {
                            PyObject o = s[sp - 2], k = s[sp - 1], v = s[sp - 3];
                            if (o instanceof PyList l && k instanceof PyInt i && i.isSmall()) {
                                l.set(i.longValue(), v, ts);
                            } else {
                                Items.setItem(o, k, v, ts);
                            }
                            sp -= 3;
                            s[sp] = s[sp + 1] = s[sp + 2] = null;
                            rc.decref(o, ts);
                            rc.decref(k, ts);
                            rc.decref(v, ts);
                            continue;
                        }
                        case Op.JUMP_FORWARD:
                            pc = arg;
                            continue;
                        case Op.JUMP_BACKWARD:
                            ts.safepoint();
                            pc = arg;
                            continue;
                        case Op.POP_JUMP_IF_FALSE: {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            boolean t = v == PyBool.TRUE || (v != PyBool.FALSE && truth(v, ts));
                            rc.decref(v, ts);
                            if (!t) pc = arg;
                            continue;
                        }
                        case Op.POP_JUMP_IF_TRUE: {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            boolean t = v == PyBool.TRUE || (v != PyBool.FALSE && truth(v, ts));
                            rc.decref(v, ts);
                            if (t) pc = arg;
                            continue;
                        }
                        case Op.GET_ITER: {
                            PyObject o = s[sp - 1];
                            s[sp - 1] = Iter.iter(o, ts);
                            rc.decref(o, ts);
                            continue;
                        }
                        case Op.FOR_ITER: {
                            PyObject it = s[sp - 1];
                            PyObject v = it instanceof PyRange.Iter ri ? ri.next(ts) : Iter.next(it, ts);
                            if (v != null) {
                                s[sp++] = v;
                            } else {
                                s[--sp] = null;
                                rc.decref(it, ts);
                                pc = arg;
                            }
                            continue;
                        }
                        case Op.RETURN_VALUE: {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            f.sp = sp;
                            f.pc = pc;
                            return v;
                        }
                        case Op.RETURN_CONST: {
                            PyObject v = consts[arg];
                            rc.incref(v, ts);
                            f.sp = sp;
                            f.pc = pc;
                            return v;
                        }
                        case Op.YIELD_VALUE: {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            f.sp = sp;
                            f.pc = pc;
                            f.yielded = true;
                            return v;
                        }
                        case Op.BUILD_TUPLE: {
                            PyObject[] items = new PyObject[arg];
                            sp -= arg;
                            System.arraycopy(s, sp, items, 0, arg);
                            for (int i = 0; i < arg; i++) s[sp + i] = null;
                            s[sp++] = PyTuple.fromNewRefs(items, ts);
                            continue;
                        }
                        case Op.LIST_APPEND: {
                            PyObject v = s[sp - 1];
                            ((PyList) s[sp - 1 - arg]).append(v, ts);
                            s[--sp] = null;
                            rc.decref(v, ts);
                            continue;
                        }
                        default:
                            f.pc = pc;
                            f.sp = sp;
                            EvalRare.exec(f, insn, ts, es);
                            sp = f.sp;
                            pc = f.pc;
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                f.sp = sp;
                f.pc = pc;
                PyBaseException exc = EvalRare.toPython(e, ts);
                if (!EvalRare.handle(f, exc, ts, es)) {
                    f.clear(ts);
                    throw e instanceof PyException pe ? pe : new PyException(exc);
                }
                sp = f.sp;
                pc = f.pc;
            }
        }
    }

    private static boolean truth(PyObject v, ThreadState ts) {
        if (v instanceof PyInt i) return i.signum() != 0;
        if (v instanceof PyDict d) return d.len(ts) != 0;
        return Ops.isTrue(v, ts);
    }

    /** Adds a traceback entry for this frame to the exception (CPython's PyTraceBack_Here). */
    static void addTraceback(PyBaseException e, Frame f) {
        e.traceback = new Traceback(f.code.filename, f.code.lineOf(f.pc - 1), f.code.name, e.traceback);
    }
}
