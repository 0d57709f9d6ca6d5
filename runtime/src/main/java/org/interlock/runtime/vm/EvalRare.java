package org.interlock.runtime.vm;

import org.interlock.object.OperationError;
import org.interlock.object.PyBool;
import org.interlock.object.PyDict;
import org.interlock.object.PyList;
import org.interlock.object.PyObject;
import org.interlock.object.PySet;
import org.interlock.object.PyStr;
import org.interlock.object.PyTuple;
import org.interlock.object.PyType;
import org.interlock.object.RefCounting;
import org.interlock.object.ThreadState;
import org.interlock.runtime.compiler.Op;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyBaseException;
import org.interlock.runtime.objects.PyCell;
import org.interlock.runtime.objects.PyCode;
import org.interlock.runtime.objects.PyException;
import org.interlock.runtime.objects.PyFunction;
import org.interlock.runtime.objects.PyGenerator;
import org.interlock.runtime.objects.PySlice;

/** The instructions that are not hot, and exception unwinding, out of the eval loop's method. */
final class EvalRare {
    private EvalRare() {}

    static PyException unboundLocal(Frame f, int i, ThreadState ts) {
        return ExcTypes.raise(ExcTypes.UNBOUND_LOCAL_ERROR, "cannot access local variable '" + f.code.varnames[i]
                + "' where it is not associated with a value", ts);
    }

    static PyException unboundDeref(Frame f, int i, ThreadState ts) {
        if (i < f.code.ncells) {
            return ExcTypes.raise(ExcTypes.UNBOUND_LOCAL_ERROR, "cannot access local variable '"
                    + f.code.unit.cellvars()[i] + "' where it is not associated with a value", ts);
        }
        return ExcTypes.raise(ExcTypes.NAME_ERROR, "cannot access free variable '"
                + f.code.unit.freevars()[i - f.code.ncells] + "' where it is not associated with a value in enclosing scope", ts);
    }

    static PyObject loadBuiltin(Frame f, PyStr name, ThreadState ts) {
        PyObject v = f.builtins.get(name, ts);
        if (v == null) {
            PyException e = nameError(name, ts);
            e.exc.suggestion = suggest(name.value(), f, ts);
            throw e;
        }
        return v;
    }

    /** SETUP_ANNOTATIONS: a module or class body with variable annotations gets an empty
     *  {@code __annotations__} dict unless its namespace already has one. */
    private static void setupAnnotations(Frame f, ThreadState ts) {
        PyStr key = PyStr.intern("__annotations__");
        PyObject old = f.mapping != null ? mappingGet(f.mapping, key, ts) : f.locals.get(key, ts);
        if (old != null) {
            ts.refs.decref(old, ts);
            return;
        }
        PyDict d = new PyDict(ts);
        try {
            if (f.mapping != null) Items.setItem(f.mapping, key, d, ts);
            else f.locals.set(key, d, ts);
        } finally {
            ts.refs.decref(d, ts);
        }
    }

    /** {@code mapping[name]} for a class namespace that is not a dict: a new reference, or null on KeyError. */
    static PyObject mappingGet(PyObject mapping, PyStr name, ThreadState ts) {
        try {
            return Items.getItem(mapping, name, ts);
        } catch (PyException e) {
            if (!Ops.isInstance(e.exc, ExcTypes.KEY_ERROR)) throw e;
            ts.refs.decref(e.exc, ts);
            return null;
        }
    }

    private static void mappingDelete(PyObject mapping, PyStr name, ThreadState ts) {
        try {
            Items.delItem(mapping, name, ts);
        } catch (PyException e) {
            if (!Ops.isInstance(e.exc, ExcTypes.KEY_ERROR)) throw e;
            ts.refs.decref(e.exc, ts);
            throw nameError(name, ts);
        }
    }

    /** The closest name among locals, globals and builtins, as CPython 3.11's traceback suggests. */
    private static String suggest(String name, Frame f, ThreadState ts) {
        java.util.List<String> cands = new java.util.ArrayList<>(java.util.Arrays.asList(f.code.unit.varnames()));
        for (PyDict d : new PyDict[] {f.locals, f.globals, f.builtins}) {
            if (d == null) continue;
            for (PyObject k : d.keys(ts)) {
                cands.add(k.toString());
                ts.refs.decref(k, ts);
            }
        }
        return closest(name, cands);
    }

    /** The candidate closest to {@code name} within CPython's distance bound, or null. */
    static String closest(String name, java.util.List<String> cands) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String c : cands) {
            if (c.equals(name)) continue;
            int dist = distance(name, c);
            int max = (name.length() + c.length() + 3) * 2 / 6;
            if (dist <= max && dist < bestD) {
                bestD = dist;
                best = c;
            }
        }
        return best;
    }

    /** CPython's substitution-cost-2 Levenshtein distance (case changes cost 1). */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j * 2;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i * 2;
            for (int j = 1; j <= b.length(); j++) {
                char x = a.charAt(i - 1), y = b.charAt(j - 1);
                int sub = x == y ? 0 : Character.toLowerCase(x) == Character.toLowerCase(y) ? 1 : 2;
                cur[j] = Math.min(Math.min(prev[j] + 2, cur[j - 1] + 2), prev[j - 1] + sub);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    static PyException nameError(PyStr name, ThreadState ts) {
        return ExcTypes.raise(ExcTypes.NAME_ERROR, "name '" + name + "' is not defined", ts);
    }

    private static PyObject pop(Frame f) {
        PyObject v = f.s[--f.sp];
        f.s[f.sp] = null;
        return v;
    }

    private static void push(Frame f, PyObject v) {
        f.s[f.sp++] = v;
    }

    static void exec(Frame f, int insn, ThreadState ts, ExecState es) {
        final int arg = insn >>> 8;
        final PyObject[] s = f.s;
        final RefCounting rc = ts.refs;
        PyCode code = f.code;
        switch (insn & 0xFF) {
            case Op.DELETE_FAST -> {
                PyObject old = s[arg];
                if (old == null) throw unboundLocal(f, arg, ts);
                s[arg] = null;
                rc.decref(old, ts);
            }
            case Op.DELETE_DEREF -> {
                PyCell c = (PyCell) s[code.nlocals + arg];
                PyObject v = c.get(ts);
                if (v == null) throw unboundDeref(f, arg, ts);
                rc.decref(v, ts);
                c.set(null, ts);
            }
            case Op.LOAD_CLOSURE -> {
                PyObject c = s[code.nlocals + arg];
                rc.incref(c, ts);
                push(f, c);
            }
            case Op.LOAD_CLASSDEREF -> {
                String n = arg < code.ncells ? code.unit.cellvars()[arg] : code.unit.freevars()[arg - code.ncells];
                PyObject v = f.mapping != null ? mappingGet(f.mapping, PyStr.intern(n), ts)
                        : f.locals == null ? null : f.locals.get(PyStr.intern(n), ts);
                if (v == null) v = ((PyCell) s[code.nlocals + arg]).get(ts);
                if (v == null) throw unboundDeref(f, arg, ts);
                push(f, v);
            }
            case Op.STORE_GLOBAL -> {
                PyObject v = s[f.sp - 1];
                f.globals.set(code.names[arg], v, ts);
                rc.decref(pop(f), ts);
            }
            case Op.DELETE_GLOBAL -> {
                if (!f.globals.delete(code.names[arg], ts)) throw nameError(code.names[arg], ts);
            }
            case Op.LOAD_NAME -> {
                PyStr n = code.names[arg];
                PyObject v = f.mapping != null ? mappingGet(f.mapping, n, ts) : f.locals.get(n, ts);
                if (v == null && f.locals != f.globals) v = f.globals.get(n, ts);
                if (v == null) v = loadBuiltin(f, n, ts);
                push(f, v);
            }
            case Op.STORE_NAME -> {
                if (f.mapping != null) {
                    Items.setItem(f.mapping, code.names[arg], s[f.sp - 1], ts);
                } else {
                    f.locals.set(code.names[arg], s[f.sp - 1], ts);
                }
                rc.decref(pop(f), ts);
            }
            case Op.DELETE_NAME -> {
                if (f.mapping != null) {
                    mappingDelete(f.mapping, code.names[arg], ts);
                } else if (!f.locals.delete(code.names[arg], ts)) {
                    throw nameError(code.names[arg], ts);
                }
            }
            case Op.DELETE_ATTR -> {
                Ops.delAttr(s[f.sp - 1], code.names[arg], ts);
                rc.decref(pop(f), ts);
            }
            case Op.DELETE_SUBSCR -> {
                Items.delItem(s[f.sp - 2], s[f.sp - 1], ts);
                rc.decref(pop(f), ts);
                rc.decref(pop(f), ts);
            }
            case Op.CALL_KW -> {
                ts.callSafepoint();
                PyTuple kw = (PyTuple) s[f.sp - 1];
                String[] kwnames = new String[kw.size()];
                for (int i = 0; i < kwnames.length; i++) kwnames[i] = kw.get(i).toString();
                int base = f.sp - 1 - arg - 2;
                PyObject r = Calls.callv(s[base], Frame.self(s[base + 1]), s, base + 2, arg, kwnames, ts);
                popTo(f, base, ts);
                push(f, r);
            }
            case Op.CALL_EX -> {
                ts.callSafepoint();
                boolean hasKw = (arg & 1) != 0;
                int base = f.sp - (hasKw ? 4 : 3);
                PyTuple pos = (PyTuple) s[base + 2];
                PyObject[] args;
                String[] kwnames = null;
                if (hasKw) {
                    PyDict kd = (PyDict) s[base + 3];
                    PyObject[] items = kd.items(ts);
                    int np = pos.size(), nk = items.length / 2;
                    args = new PyObject[np + nk];
                    kwnames = new String[nk];
                    for (int i = 0; i < np; i++) args[i] = pos.get(i);
                    for (int i = 0; i < nk; i++) {
                        if (!(items[2 * i] instanceof PyStr)) throw ExcTypes.typeError("keywords must be strings", ts);
                        kwnames[i] = items[2 * i].toString();
                        args[np + i] = items[2 * i + 1];
                    }
                    try {
                        r(f, base, Calls.callv(s[base], Frame.self(s[base + 1]), args, 0, args.length, kwnames, ts), ts);
                    } finally {
                        for (PyObject o : items) rc.decref(o, ts);
                    }
                } else {
                    args = new PyObject[pos.size()];
                    for (int i = 0; i < args.length; i++) args[i] = pos.get(i);
                    r(f, base, Calls.callv(s[base], Frame.self(s[base + 1]), args, 0, args.length, null, ts), ts);
                }
            }
            case Op.UNARY_NEGATIVE -> unary(f, Arith.negative(s[f.sp - 1], ts), ts);
            case Op.UNARY_POSITIVE -> unary(f, Arith.positive(s[f.sp - 1], ts), ts);
            case Op.UNARY_INVERT -> unary(f, Arith.invert(s[f.sp - 1], ts), ts);
            case Op.UNARY_NOT -> unary(f, PyBool.of(!Ops.isTrue(s[f.sp - 1], ts)), ts);
            case Op.BUILD_SLICE -> {
                PyObject step = arg == 3 ? pop(f) : null;
                PyObject stop = pop(f);
                PyObject start = pop(f);
                push(f, new PySlice(start, stop, step == null ? Ops.NONE : step, ts));
                rc.decref(start, ts);
                rc.decref(stop, ts);
                if (step != null) rc.decref(step, ts);
            }
            case Op.BUILD_LIST -> {
                PyObject[] items = new PyObject[arg];
                f.sp -= arg;
                System.arraycopy(s, f.sp, items, 0, arg);
                for (int i = 0; i < arg; i++) s[f.sp + i] = null;
                push(f, PyList.fromNewRefs(items, arg, ts));
            }
            case Op.BUILD_SET -> {
                PySet set = new PySet(ts);
                try {
                    for (int i = f.sp - arg; i < f.sp; i++) set.add(s[i], ts);
                } catch (RuntimeException e) {
                    rc.decref(set, ts);
                    throw e;
                }
                popTo(f, f.sp - arg, ts);
                push(f, set);
            }
            case Op.BUILD_MAP -> {
                PyDict d = new PyDict(ts);
                try {
                    for (int i = f.sp - 2 * arg; i < f.sp; i += 2) d.set(s[i], s[i + 1], ts);
                } catch (RuntimeException e) {
                    rc.decref(d, ts);
                    throw e;
                }
                popTo(f, f.sp - 2 * arg, ts);
                push(f, d);
            }
            case Op.SET_ADD -> {
                ((PySet) s[f.sp - 1 - arg]).add(s[f.sp - 1], ts);
                rc.decref(pop(f), ts);
            }
            case Op.MAP_ADD -> {
                ((PyDict) s[f.sp - 2 - arg]).set(s[f.sp - 2], s[f.sp - 1], ts);
                rc.decref(pop(f), ts);
                rc.decref(pop(f), ts);
            }
            case Op.LIST_EXTEND -> {
                PyObject[] items = Iter.toArray(s[f.sp - 1], ts);
                try {
                    ((PyList) s[f.sp - 1 - arg]).extend(items, ts);
                } finally {
                    for (PyObject o : items) rc.decref(o, ts);
                }
                rc.decref(pop(f), ts);
            }
            case Op.SET_UPDATE -> {
                PyObject[] items = Iter.toArray(s[f.sp - 1], ts);
                try {
                    ((PySet) s[f.sp - 1 - arg]).update(items, ts);
                } finally {
                    for (PyObject o : items) rc.decref(o, ts);
                }
                rc.decref(pop(f), ts);
            }
            case Op.DICT_UPDATE, Op.DICT_MERGE -> {
                PyObject src = s[f.sp - 1];
                PyDict dst = (PyDict) s[f.sp - 1 - arg];
                if (src instanceof PyDict sd) {
                    if ((insn & 0xFF) == Op.DICT_MERGE) {
                        for (PyObject k : sd.keys(ts)) {
                            boolean dup = dst.contains(k, ts);
                            rc.decref(k, ts);
                            if (dup) {
                                PyObject fnObj = s[f.sp - 1 - arg - 3];
                                String fname = fnObj instanceof PyFunction pf
                                        ? (pf.module instanceof PyStr m && !m.value().equals("builtins") ? m + "." : "") + pf.qualname
                                        : Repr.repr(fnObj, ts);
                                throw ExcTypes.typeError(fname + "() got multiple values for keyword argument '" + k + "'", ts);
                            }
                        }
                    }
                    dst.update(sd, ts);
                } else {
                    Builtins.dictUpdateFrom(dst, src, ts);
                }
                rc.decref(pop(f), ts);
            }
            case Op.LIST_TO_TUPLE -> {
                PyList l = (PyList) s[f.sp - 1];
                PyObject[] items = l.snapshot(ts);
                s[f.sp - 1] = PyTuple.fromNewRefs(items, ts);
                rc.decref(l, ts);
            }
            case Op.BUILD_STRING -> {
                StringBuilder sb = new StringBuilder();
                for (int i = f.sp - arg; i < f.sp; i++) sb.append(((PyStr) s[i]).value());
                popTo(f, f.sp - arg, ts);
                push(f, PyStr.of(sb.toString(), ts));
            }
            case Op.FORMAT_VALUE -> {
                PyObject spec = (arg & 4) != 0 ? pop(f) : null;
                PyObject v = s[f.sp - 1];
                String str;
                try {
                    PyObject conv = switch (arg & 3) {
                        case 1 -> Repr.strObj(v, ts);
                        case 2 -> Repr.reprObj(v, ts);
                        case 3 -> PyStr.of(Repr.ascii(Repr.repr(v, ts)), ts);
                        default -> Ops.incref(v, ts);
                    };
                    try {
                        String sp = spec == null ? "" : spec.toString();
                        str = conv instanceof PyStr cs && sp.isEmpty() ? cs.value() : Format.format(conv, sp, ts);
                    } finally {
                        rc.decref(conv, ts);
                    }
                } finally {
                    if (spec != null) rc.decref(spec, ts);
                }
                s[f.sp - 1] = PyStr.of(str, ts);
                rc.decref(v, ts);
            }
            case Op.UNPACK_SEQUENCE -> unpack(f, arg, -1, ts);
            case Op.UNPACK_EX -> unpack(f, arg & 0xFF, arg >> 8, ts);
            case Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP -> {
                boolean t = Ops.isTrue(s[f.sp - 1], ts);
                if (t == ((insn & 0xFF) == Op.JUMP_IF_TRUE_OR_POP)) f.pc = arg;
                else rc.decref(pop(f), ts);
            }
            case Op.POP_JUMP_IF_NONE, Op.POP_JUMP_IF_NOT_NONE -> {
                PyObject v = pop(f);
                if ((v == Ops.NONE) == ((insn & 0xFF) == Op.POP_JUMP_IF_NONE)) f.pc = arg;
                rc.decref(v, ts);
            }
            case Op.JUMP_BACKWARD_NO_INTERRUPT -> f.pc = arg;
            case Op.GET_YIELD_FROM_ITER -> {
                PyObject o = s[f.sp - 1];
                if (!(o instanceof PyGenerator)) {
                    s[f.sp - 1] = Iter.iter(o, ts);
                    rc.decref(o, ts);
                }
            }
            case Op.SEND -> {
                PyObject it = s[f.sp - 2], v = s[f.sp - 1];
                PyObject r;
                boolean done;
                if (it instanceof PyGenerator g) {
                    r = g.send(v, ts);
                    done = g.finishedWith(r);
                } else {
                    if (v == Ops.NONE) {
                        r = Iter.next(it, ts);
                        done = r == null;
                        if (done) r = Ops.incref(Ops.NONE, ts);
                        // A StopIteration's value is lost through Iter.next; plain iterators return None.
                    } else {
                        PyObject m = Ops.getAttr(it, Names.send, ts);
                        try {
                            r = Calls.call1(m, v, ts);
                            done = false;
                        } catch (PyException e) {
                            if (!Ops.isInstance(e.exc, ExcTypes.STOP_ITERATION)) throw e;
                            r = Iter.stopValue(e.exc, ts);
                            rc.decref(e.exc, ts);
                            done = true;
                        } finally {
                            rc.decref(m, ts);
                        }
                    }
                }
                rc.decref(pop(f), ts);
                if (done) {
                    rc.decref(pop(f), ts);
                    push(f, r);
                    f.pc = arg;
                } else {
                    push(f, r);
                }
            }
            case Op.MAKE_FUNCTION -> makeFunction(f, arg, ts);
            case Op.LOAD_BUILD_CLASS -> push(f, Ops.incref(es.interp.buildClass(), ts));
            case Op.IMPORT_NAME -> {
                PyObject fromlist = s[f.sp - 1];
                PyObject level = s[f.sp - 2];
                PyObject m = es.interp.importer().importName(code.names[arg].value(), f.globals, fromlist,
                        (int) Ops.index(level, ts), ts);
                popTo(f, f.sp - 2, ts);
                push(f, m);
            }
            case Op.IMPORT_FROM -> push(f, es.interp.importer().importFrom(s[f.sp - 1], code.names[arg], ts));
            case Op.IMPORT_STAR -> {
                es.interp.importer().importStar(s[f.sp - 1], f.locals != null ? f.locals : f.globals, ts);
                rc.decref(pop(f), ts);
            }
            case Op.RAISE_VARARGS -> raise(f, arg, ts, es);
            case Op.RERAISE -> {
                PyObject e = pop(f);
                f.reraising = true;
                throw new PyException((PyBaseException) e);
            }
            case Op.PUSH_EXC_INFO -> {
                PyObject e = s[f.sp - 1];
                PyObject prev = es.excInfo;
                s[f.sp - 1] = prev == null ? Ops.NONE : prev;
                rc.incref(e, ts);
                es.excInfo = e;
                push(f, e);
            }
            case Op.POP_EXCEPT -> {
                PyObject v = pop(f);
                PyObject old = es.excInfo;
                es.excInfo = v == Ops.NONE ? null : v;
                if (old != null) rc.decref(old, ts);
            }
            case Op.CHECK_EXC_MATCH -> {
                PyObject t = s[f.sp - 1];
                boolean m = excMatches(s[f.sp - 2], t, ts);
                s[f.sp - 1] = PyBool.of(m);
                rc.decref(t, ts);
            }
            case Op.CHECK_EG_MATCH -> {
                // [exc, types] -> [exc, None] when nothing matches, else [rest, match]; the match
                // is the exception being handled while the clause runs
                PyObject t = s[f.sp - 1];
                ExceptionGroups.checkStarType(t, ts);
                PyObject[] m = ExceptionGroups.starMatch(s[f.sp - 2], t, ts);
                rc.decref(t, ts);
                if (m == null) {
                    s[f.sp - 1] = Ops.NONE;
                } else {
                    PyObject exc = s[f.sp - 2];
                    s[f.sp - 2] = m[1];
                    s[f.sp - 1] = m[0];
                    rc.decref(exc, ts);
                    PyObject old = es.excInfo;
                    es.excInfo = Ops.incref(m[0], ts);
                    if (old != null) rc.decref(old, ts);
                }
            }
            case Op.PREP_RERAISE_STAR -> {
                // [orig, raised] -> [what the try statement raises, or None]
                PyObject l = s[f.sp - 1];
                PyObject r = ExceptionGroups.prepReraiseStar(s[f.sp - 2], (PyList) l, ts);
                rc.decref(pop(f), ts);
                rc.decref(s[f.sp - 1], ts);
                s[f.sp - 1] = r;
            }
            case Op.WITH_EXCEPT_START -> {
                PyObject exit = s[f.sp - 4];
                PyObject e = s[f.sp - 1];
                PyObject tb = Ops.NONE;
                push(f, Calls.call(exit, new PyObject[] {e.type(), e, tb}, null, ts));
            }
            case Op.BEFORE_WITH -> beforeWith(f, Names.__enter__, Names.__exit__, "", ts);
            case Op.LOAD_ASSERTION_ERROR -> push(f, ExcTypes.ASSERTION_ERROR);
            case Op.PRINT_EXPR -> {
                PyObject v = s[f.sp - 1];
                if (v != Ops.NONE) {
                    es.interp.stdout().println(Repr.repr(v, ts));
                    es.interp.builtinsDict().set(PyStr.intern("_"), v, ts);
                }
                rc.decref(pop(f), ts);
            }
            case Op.SETUP_ANNOTATIONS -> setupAnnotations(f, ts);
            case Op.GEN_START -> { }
            case Op.MATCH_SEQUENCE, Op.MATCH_MAPPING, Op.GET_LEN, Op.MATCH_KEYS, Op.COPY_DICT_WITHOUT_KEYS,
                 Op.MATCH_CLASS -> MatchOps.exec(f, insn, ts);
            case Op.GET_AITER -> {
                PyObject o = s[f.sp - 1];
                s[f.sp - 1] = aiter(o, ts);
                rc.decref(o, ts);
            }
            case Op.GET_ANEXT -> push(f, anext(s[f.sp - 1], ts));
            case Op.END_ASYNC_FOR -> {
                PyObject e = pop(f);
                if (!Ops.isInstance(e, ExcTypes.STOP_ASYNC_ITERATION)) {
                    f.reraising = true;
                    throw new PyException((PyBaseException) e);
                }
                rc.decref(e, ts);
                rc.decref(pop(f), ts);
            }
            case Op.BEFORE_ASYNC_WITH -> beforeWith(f, AENTER, AEXIT, "asynchronous ", ts);
            case Op.GET_AWAITABLE -> {
                PyObject o = s[f.sp - 1];
                if (!(o instanceof PyGenerator g && g.isCoroutine())) {
                    s[f.sp - 1] = awaitable(o, ts);
                    rc.decref(o, ts);
                }
            }
            default -> throw ExcTypes.raise(ExcTypes.SYSTEM_ERROR, "unknown opcode " + Op.name(insn & 0xFF), ts);
        }
    }

    /**
     * BEFORE_WITH and BEFORE_ASYNC_WITH: replaces the manager on top with its bound exit
     * method and pushes what the enter method returned (for {@code async with}, an awaitable).
     */
    private static void beforeWith(Frame f, PyStr enterName, PyStr exitName, String kind, ThreadState ts) {
        PyObject mgr = f.s[f.sp - 1];
        PyObject enter = Ops.special(mgr, enterName, ts);
        PyObject exit = Ops.special(mgr, exitName, ts);
        if (enter == null || exit == null) {
            throw ExcTypes.typeError("'" + Ops.typeName(mgr) + "' object does not support the " + kind
                    + "context manager protocol", ts);
        }
        PyObject boundExit = Ops.bindDescr(exit, mgr, mgr.type(), ts);
        PyObject res;
        try {
            res = Ops.callSpecial(enter, mgr, ts);
        } catch (RuntimeException ex) {
            ts.refs.decref(boundExit, ts);
            throw ex;
        }
        f.s[f.sp - 1] = boundExit;
        ts.refs.decref(mgr, ts);
        push(f, res);
    }

    private static final PyStr AWAIT = PyStr.intern("__await__");
    private static final PyStr AITER = PyStr.intern("__aiter__");
    private static final PyStr ANEXT = PyStr.intern("__anext__");
    private static final PyStr AENTER = PyStr.intern("__aenter__");
    private static final PyStr AEXIT = PyStr.intern("__aexit__");

    /** {@code o.__aiter__()}, which must have {@code __anext__} (a new reference). */
    private static PyObject aiter(PyObject o, ThreadState ts) {
        PyObject m = Ops.special(o, AITER, ts);
        if (m == null) {
            throw ExcTypes.typeError("'async for' requires an object with __aiter__ method, got " + Ops.typeName(o), ts);
        }
        PyObject it = Ops.callSpecial(m, o, ts);
        if (Ops.special(it, ANEXT, ts) == null) {
            String t = Ops.typeName(it);
            ts.refs.decref(it, ts);
            throw ExcTypes.typeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                    + t, ts);
        }
        return it;
    }

    /** The awaitable of {@code aiter.__anext__()} (a new reference). */
    private static PyObject anext(PyObject aiter, ThreadState ts) {
        PyObject r = Ops.callSpecial(Ops.special(aiter, ANEXT, ts), aiter, ts);
        if (r instanceof PyGenerator g && g.isCoroutine()) return r;
        try {
            if (Ops.special(r, AWAIT, ts) == null) {
                throw ExcTypes.typeError("'async for' received an invalid object from __anext__: " + Ops.typeName(r), ts);
            }
            return awaitable(r, ts);
        } finally {
            ts.refs.decref(r, ts);
        }
    }

    /** The iterator {@code await o} delegates to: {@code o.__await__()} (a new reference). */
    private static PyObject awaitable(PyObject o, ThreadState ts) {
        PyObject m = Ops.special(o, AWAIT, ts);
        if (m == null) {
            throw ExcTypes.typeError("object " + Ops.typeName(o) + " can't be used in 'await' expression", ts);
        }
        PyObject r = Ops.callSpecial(m, o, ts);
        if (r instanceof PyGenerator g && g.isCoroutine()) {
            ts.refs.decref(r, ts);
            throw ExcTypes.typeError("__await__() returned a coroutine", ts);
        }
        if (Ops.special(r, Names.__next__, ts) == null) {
            String t = Ops.typeName(r);
            ts.refs.decref(r, ts);
            throw ExcTypes.typeError("__await__() returned non-iterator of type '" + t + "'", ts);
        }
        return r;
    }

    private static void r(Frame f, int base, PyObject result, ThreadState ts) {
        popTo(f, base, ts);
        push(f, result);
    }

    private static void unary(Frame f, PyObject r, ThreadState ts) {
        PyObject v = f.s[f.sp - 1];
        f.s[f.sp - 1] = r;
        ts.refs.decref(v, ts);
    }

    /** Pops (and releases) every slot down to {@code base}. */
    static void popTo(Frame f, int base, ThreadState ts) {
        boolean uncounted = false; // the slot just popped was Frame.UNCOUNTED: this one holds no count
        while (f.sp > base) {
            PyObject o = f.s[--f.sp];
            f.s[f.sp] = null;
            if (o != null && !uncounted) ts.refs.decref(o, ts);
            uncounted = o == Frame.UNCOUNTED;
        }
    }

    private static void unpack(Frame f, int before, int after, ThreadState ts) {
        PyObject seq = f.s[f.sp - 1];
        PyObject[] items;
        if (seq instanceof PyTuple t && after < 0 && t.size() == before && before > 0) {
            // A tuple never changes: its items go straight onto the stack, the first on top,
            // over the tuple's own slot; the stack's reference to the tuple is dropped last.
            PyObject[] s = f.s;
            int base = f.sp - 1;
            for (int i = 0; i < before; i++) s[base + before - 1 - i] = t.getNew(i, ts);
            f.sp = base + before;
            ts.refs.decref(t, ts);
            return;
        }
        if (seq instanceof PyList l && after < 0 && before > 0 && l.unpackInto(f.s, f.sp - 1, before, ts)) {
            // The items now fill the list's own slot and those above it; the stack's
            // reference to the list, held in seq, is dropped last (as for a tuple).
            f.sp += before - 1;
            ts.refs.decref(l, ts);
            return;
        }
        if (seq instanceof PyList l) {
            items = l.snapshot(ts);
        } else if (seq instanceof PyTuple t) {
            items = t.snapshot(ts);
        } else {
            PyObject it = Iter.iterOrNull(seq, ts);
            if (it == null) throw ExcTypes.typeError("cannot unpack non-iterable " + Ops.typeName(seq) + " object", ts);
            items = Iter.drain(it, ts);
        }
        int n = items.length;
        try {
            if (after < 0) {
                if (n != before) {
                    if (n < before) {
                        throw ExcTypes.valueError("not enough values to unpack (expected " + before + ", got " + n + ")", ts);
                    }
                    throw ExcTypes.valueError("too many values to unpack (expected " + before + ")", ts);
                }
            } else if (n < before + after) {
                throw ExcTypes.valueError("not enough values to unpack (expected at least " + (before + after) + ", got "
                        + n + ")", ts);
            }
        } catch (RuntimeException e) {
            for (PyObject o : items) ts.refs.decref(o, ts);
            throw e;
        }
        ts.refs.decref(pop(f), ts);
        if (after < 0) {
            for (int i = n - 1; i >= 0; i--) push(f, items[i]);
        } else {
            for (int i = n - 1; i >= n - after; i--) push(f, items[i]);
            PyObject[] mid = new PyObject[n - after - before];
            System.arraycopy(items, before, mid, 0, mid.length);
            push(f, PyList.fromNewRefs(mid, mid.length, ts));
            for (int i = before - 1; i >= 0; i--) push(f, items[i]);
        }
    }

    private static void makeFunction(Frame f, int flags, ThreadState ts) {
        PyCode code = (PyCode) pop(f);
        PyTuple closureT = (flags & Op.MF_CLOSURE) != 0 ? (PyTuple) pop(f) : null;
        PyObject ann = (flags & Op.MF_ANNOTATIONS) != 0 ? pop(f) : null;
        PyDict kwdefaults = (flags & Op.MF_KWDEFAULTS) != 0 ? (PyDict) pop(f) : null;
        PyTuple defaults = (flags & Op.MF_DEFAULTS) != 0 ? (PyTuple) pop(f) : null;
        PyCell[] closure = null;
        if (closureT != null) {
            closure = new PyCell[closureT.size()];
            for (int i = 0; i < closure.length; i++) closure[i] = (PyCell) closureT.get(i);
        }
        PyObject doc = code.consts.length > 0 && code.consts[0] instanceof PyStr && code.unit.name().equals("<lambda>") == false
                && (code.flags & org.interlock.runtime.compiler.CodeUnit.OPTIMIZED) != 0 ? code.consts[0] : Ops.NONE;
        PyObject module = f.globals.get(Names.__name__, ts);
        if (module == null) module = Ops.incref(Ops.NONE, ts);
        PyFunction fn = new PyFunction(code, f.globals, defaults, kwdefaults, closure, PyStr.intern(code.name),
                PyStr.of(code.qualname, ts), doc, module, ts);
        ts.refs.decref(module, ts);
        fn.builtins = f.builtins;
        ts.refs.decref(fn.qualname, ts);
        if (!code.isDeferred()) ts.refs.decref(code, ts); // a deferred one was pushed uncounted (LOAD_CONST)
        if (closureT != null) ts.refs.decref(closureT, ts);
        if (ann != null) {
            fn.dict(ts).set(PyStr.intern("__annotations__"), ann, ts);
            ts.refs.decref(ann, ts);
        }
        if (kwdefaults != null) ts.refs.decref(kwdefaults, ts);
        if (defaults != null) ts.refs.decref(defaults, ts);
        push(f, fn);
    }

    static boolean excMatches(PyObject exc, PyObject t, ThreadState ts) {
        if (t instanceof PyTuple tup) {
            for (int i = 0; i < tup.size(); i++) if (excMatches(exc, tup.get(i), ts)) return true;
            return false;
        }
        if (!(t instanceof PyType type) || !Ops.isSubtype(type, ExcTypes.BASE_EXCEPTION)) {
            throw ExcTypes.typeError("catching classes that do not inherit from BaseException is not allowed", ts);
        }
        return Ops.isInstance(exc, type);
    }

    /** Makes an exception instance from a raise operand (a class or an instance); a new reference. */
    static PyBaseException makeException(PyObject o, ThreadState ts) {
        if (o instanceof PyType t && Ops.isSubtype(t, ExcTypes.BASE_EXCEPTION)) {
            PyObject e = Calls.call(t, new PyObject[0], null, ts);
            if (!(e instanceof PyBaseException be)) {
                ts.refs.decref(e, ts);
                throw ExcTypes.typeError("calling " + Repr.repr(t, ts) + " should have returned an instance of BaseException, not "
                        + Ops.typeName(e), ts);
            }
            return be;
        }
        if (o instanceof PyBaseException be) {
            ts.refs.incref(be, ts);
            return be;
        }
        throw ExcTypes.typeError("exceptions must derive from BaseException", ts);
    }

    private static void raise(Frame f, int n, ThreadState ts, ExecState es) {
        if (n == 0) {
            PyObject cur = es.excInfo;
            if (cur == null) throw ExcTypes.raise(ExcTypes.RUNTIME_ERROR, "No active exception to reraise", ts);
            ts.refs.incref(cur, ts);
            // as CPython's bare raise: the traceback is left as it is (no entry for this frame)
            f.reraising = true;
            throw new PyException((PyBaseException) cur);
        }
        PyBaseException e = makeException(f.s[f.sp - n], ts);
        if (n == 2) {
            PyObject c = f.s[f.sp - 1];
            try {
                if (c == Ops.NONE) {
                    e.setCause(null, ts);
                } else {
                    PyBaseException ce = makeException(c, ts);
                    e.setCause(ce, ts);
                    ts.refs.decref(ce, ts);
                }
            } catch (RuntimeException ex) {
                ts.refs.decref(e, ts);
                throw ex;
            }
            e.suppressContext = true;
        }
        popTo(f, f.sp - n, ts);
        throw new PyException(e);
    }

    /** Finds the handler for the exception at the frame's current instruction; false when none. */
    static boolean handle(Frame f, PyBaseException exc, ThreadState ts, ExecState es) {
        if (f.reraising) {
            f.reraising = false;
        } else {
            Eval.addTraceback(exc, f);
            PyObject cur = es.excInfo;
            if (cur != null && cur != exc && exc.context == null) {
                // chain, avoiding a cycle through the context
                PyObject c = cur;
                boolean cycle = false;
                while (c instanceof PyBaseException ce && ce.context != null) {
                    if (ce.context == exc) {
                        cycle = true;
                        break;
                    }
                    c = ce.context;
                }
                if (!cycle) exc.setContext(cur, ts);
            }
        }
        int[] table = f.code.unit.excTable();
        int at = f.pc - 1;
        for (int i = 0; i < table.length; i += 5) {
            if (at >= table[i] && at < table[i + 1]) {
                popTo(f, f.stackBase + table[i + 3], ts);
                if (table[i + 4] != 0) push(f, Ops.NONE);
                push(f, exc);
                f.pc = table[i + 2];
                return true;
            }
        }
        return false;
    }

    /** The Python exception for anything the eval loop caught. */
    static PyBaseException toPython(Throwable t, ThreadState ts) {
        if (t instanceof PyException pe) return pe.exc;
        PyException pe;
        if (t instanceof OperationError oe) {
            pe = ExcTypes.fromOperationError(oe, ts);
        } else if (t instanceof org.interlock.runtime.parser.PySyntaxError se) {
            pe = ExcTypes.raise(ExcTypes.SYNTAX_ERROR, se.msg(), ts);
        } else if (t instanceof StackOverflowError) {
            pe = ExcTypes.raise(ExcTypes.RECURSION_ERROR, "maximum recursion depth exceeded", ts);
        } else {
            pe = ExcTypes.raise(ExcTypes.SYSTEM_ERROR, "internal error: " + t, ts);
        }
        return pe.exc;
    }
}
