package org.interlock.runtime.vm;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.interlock.object.PyDict;
import org.interlock.object.PyList;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyTuple;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyBaseException;
import org.interlock.runtime.objects.PyClass;
import org.interlock.runtime.objects.PyExceptionGroup;
import org.interlock.runtime.objects.PyFunction;
import org.interlock.runtime.objects.TypeInfo;

/**
 * PEP 654's exception groups as CPython 3.11 has them: the validation of
 * {@code BaseExceptionGroup.__new__}, {@code split}/{@code subgroup}/{@code derive}, and the two
 * steps of {@code except*} the compiled code runs ({@code CHECK_EG_MATCH}: the part of the
 * handled exception a clause's types match; {@code PREP_RERAISE_STAR}: what the whole
 * statement re-raises, from the exceptions its clauses raised and the unhandled rest).
 * Results are new references.
 */
public final class ExceptionGroups {
    private ExceptionGroups() {}

    private static final PyStr NOTES = PyStr.intern("__notes__");
    private static final PyStr DERIVE = PyStr.intern("derive");
    private static final PyStr SPLIT = PyStr.intern("split");

    /**
     * {@code BaseExceptionGroup.__new__(cls, message, exceptions)}: checks the arguments, picks
     * ExceptionGroup for a BaseExceptionGroup of Exceptions only, refuses a BaseException in a
     * class that derives from Exception. {@code args} becomes the positional arguments.
     */
    public static PyExceptionGroup newGroup(PyType cls, PyObject[] a, String[] kwnames, ThreadState ts) {
        int np = a.length - (kwnames == null ? 0 : kwnames.length);
        if (np != 2) {
            throw ExcTypes.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + np + " given)", ts);
        }
        PyObject msg = a[0];
        if (!Ops.isInstance(msg, PyStr.TYPE)) {
            throw ExcTypes.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not " + Ops.typeName(msg), ts);
        }
        PyObject seq = a[1];
        if (!isSequence(seq, ts)) throw ExcTypes.typeError("second argument (exceptions) must be a sequence", ts);
        PyObject[] items = Iter.toArray(seq, ts);
        PyTuple excs = PyTuple.fromNewRefs(items, ts);
        try {
            if (items.length == 0) throw ExcTypes.valueError("second argument (exceptions) must be a non-empty sequence", ts);
            boolean nestedBase = false;
            for (int i = 0; i < items.length; i++) {
                if (!(items[i] instanceof PyBaseException)) {
                    throw ExcTypes.valueError("Item " + i + " of second argument (exceptions) is not an exception", ts);
                }
                if (!Ops.isInstance(items[i], ExcTypes.EXCEPTION)) nestedBase = true;
            }
            if (cls == ExcTypes.BASE_EXCEPTION_GROUP) {
                if (!nestedBase) cls = ExcTypes.EXCEPTION_GROUP;
            } else if (cls == ExcTypes.EXCEPTION_GROUP) {
                if (nestedBase) throw ExcTypes.typeError("Cannot nest BaseExceptions in an ExceptionGroup", ts);
            } else if (nestedBase && Ops.isSubtype(cls, ExcTypes.EXCEPTION)) {
                throw ExcTypes.typeError("Cannot nest BaseExceptions in '" + cls.name() + "'", ts);
            }
            PyExceptionGroup g;
            if (cls instanceof PyClass c) {
                if (!Ops.isSubtype(c.solidBase, ExcTypes.BASE_EXCEPTION_GROUP)) {
                    throw ExcTypes.typeError("BaseExceptionGroup.__new__(" + c.name() + "): " + c.name()
                            + " is not a subtype of BaseExceptionGroup", ts);
                }
                g = (PyExceptionGroup) TypeInfo.of(c.solidBase).factory.make(c, ts);
            } else {
                g = new PyExceptionGroup(cls, ts);
            }
            g.setFields(msg, excs, ts);
            g.setArgs(PyTuple.of(ts, msg, seq), ts);
            return g;
        } finally {
            ts.refs.decref(excs, ts);
        }
    }

    private static boolean isSequence(PyObject o, ThreadState ts) {
        if (o instanceof PyList || o instanceof PyTuple) return true;
        if (o instanceof PyDict || Ops.backing(o) instanceof PyDict) return false;
        if (Ops.backing(o) instanceof PyList || Ops.backing(o) instanceof PyTuple) return true;
        return o.type() instanceof PyClass && Ops.special(o, Names.__getitem__, ts) != null;
    }

    /** {@code BaseExceptionGroup(message, excs)} for a Java list of (borrowed) exceptions. */
    static PyExceptionGroup create(PyObject message, List<PyObject> excs, ThreadState ts) {
        PyList l = PyList.of(excs.toArray(new PyObject[0]), ts);
        try {
            return newGroup(ExcTypes.BASE_EXCEPTION_GROUP, new PyObject[] {message, l}, null, ts);
        } finally {
            ts.refs.decref(l, ts);
        }
    }

    /** {@code eg.derive(excs)}: a group with the same message (no metadata copied). */
    public static PyObject derive(PyExceptionGroup eg, PyObject excs, ThreadState ts) {
        return newGroup(ExcTypes.BASE_EXCEPTION_GROUP, new PyObject[] {eg.message(), excs}, null, ts);
    }

    /** What a split or subgroup condition is: exception types, a predicate, or a set of leaf identities. */
    private record Matcher(PyObject types, PyObject predicate, IdentityHashMap<PyObject, Boolean> ids) {
        boolean matches(PyObject exc, ThreadState ts) {
            if (ids != null) return ids.containsKey(exc);
            if (types != null) return EvalRare.excMatches(exc, types, ts);
            PyObject r = Calls.call1(predicate, exc, ts);
            try {
                return Ops.isTrue(r, ts);
            } finally {
                ts.refs.decref(r, ts);
            }
        }
    }

    private static Matcher matcher(PyObject cond, ThreadState ts) {
        if (!(cond instanceof PyType) && isCallable(cond, ts)) return new Matcher(null, cond, null);
        if (cond instanceof PyType t && Ops.isSubtype(t, ExcTypes.BASE_EXCEPTION)) return new Matcher(cond, null, null);
        if (cond instanceof PyTuple tup) {
            boolean ok = true;
            for (int i = 0; i < tup.size(); i++) {
                if (!(tup.get(i) instanceof PyType t && Ops.isSubtype(t, ExcTypes.BASE_EXCEPTION))) ok = false;
            }
            if (ok) return new Matcher(cond, null, null);
        }
        throw ExcTypes.typeError("expected a function, exception type or tuple of exception types", ts);
    }

    private static boolean isCallable(PyObject o, ThreadState ts) {
        return o instanceof PyFunction || o instanceof org.interlock.runtime.objects.PyBuiltin
                || o instanceof org.interlock.runtime.objects.PyMethod || Ops.special(o, Names.__call__, ts) != null;
    }

    /**
     * Splits {@code exc} by {@code m}: {@code [match, rest]}, each a new reference or null. A
     * group that matches as a whole is the match itself; otherwise its leaves are sorted
     * recursively and each side is rebuilt with {@link #subset}.
     */
    private static PyObject[] splitRecursive(PyObject exc, Matcher m, boolean withRest, ThreadState ts) {
        if (m.matches(exc, ts)) return new PyObject[] {Ops.incref(exc, ts), null};
        if (!(exc instanceof PyExceptionGroup eg)) return new PyObject[] {null, withRest ? Ops.incref(exc, ts) : null};
        List<PyObject> matched = new ArrayList<>();
        List<PyObject> rest = new ArrayList<>();
        try {
            PyTuple excs = eg.exceptions();
            for (int i = 0; i < excs.size(); i++) {
                PyObject[] r = splitRecursive(excs.get(i), m, withRest, ts);
                if (r[0] != null) matched.add(r[0]);
                if (r[1] != null) rest.add(r[1]);
            }
            PyObject mg = subset(eg, matched, ts);
            PyObject rg;
            try {
                rg = withRest ? subset(eg, rest, ts) : null;
            } catch (RuntimeException e) {
                if (mg != null) ts.refs.decref(mg, ts);
                throw e;
            }
            return new PyObject[] {mg, rg};
        } finally {
            for (PyObject o : matched) ts.refs.decref(o, ts);
            for (PyObject o : rest) ts.refs.decref(o, ts);
        }
    }

    /**
     * {@code orig.derive(excs)} with orig's traceback, cause, context and (a copy of) its notes,
     * or null for no exceptions.
     */
    private static PyObject subset(PyExceptionGroup orig, List<PyObject> excs, ThreadState ts) {
        if (excs.isEmpty()) return null;
        PyList l = PyList.of(excs.toArray(new PyObject[0]), ts);
        PyObject g;
        try {
            PyObject derive = Ops.getAttr(orig, DERIVE, ts);
            try {
                g = Calls.call1(derive, l, ts);
            } finally {
                ts.refs.decref(derive, ts);
            }
        } finally {
            ts.refs.decref(l, ts);
        }
        if (!(g instanceof PyExceptionGroup eg)) {
            ts.refs.decref(g, ts);
            throw ExcTypes.typeError("derive must return an instance of BaseExceptionGroup", ts);
        }
        eg.traceback = orig.traceback;
        eg.setContext(orig.context, ts);
        eg.setCause(orig.cause, ts);
        eg.suppressContext = true; // CPython sets the cause through PyException_SetCause, None or not
        PyObject notes = orig.getAttr(NOTES, ts);
        if (notes != null) {
            try {
                if (notes instanceof PyList || notes instanceof PyTuple) {
                    PyObject[] items = Iter.toArray(notes, ts);
                    PyList copy = PyList.of(items, ts);
                    for (PyObject o : items) ts.refs.decref(o, ts);
                    eg.dict(ts).set(NOTES, copy, ts);
                    ts.refs.decref(copy, ts);
                }
            } finally {
                ts.refs.decref(notes, ts);
            }
        }
        return eg;
    }

    /** {@code eg.split(cond)}: the tuple {@code (match, rest)}, None for an empty side. */
    public static PyObject split(PyExceptionGroup eg, PyObject cond, ThreadState ts) {
        PyObject[] r = splitRecursive(eg, matcher(cond, ts), true, ts);
        return PyTuple.fromNewRefs(new PyObject[] {r[0] == null ? Ops.incref(Ops.NONE, ts) : r[0],
                r[1] == null ? Ops.incref(Ops.NONE, ts) : r[1]}, ts);
    }

    /** {@code eg.subgroup(cond)}: the matching part, or None. */
    public static PyObject subgroup(PyExceptionGroup eg, PyObject cond, ThreadState ts) {
        PyObject m = splitRecursive(eg, matcher(cond, ts), false, ts)[0];
        return m == null ? Ops.incref(Ops.NONE, ts) : m;
    }

    /** An {@code except*} clause's type operand: exception classes, but no exception group class. */
    static void checkStarType(PyObject t, ThreadState ts) {
        boolean group = false;
        if (t instanceof PyTuple tup) {
            for (int i = 0; i < tup.size(); i++) {
                checkExceptType(tup.get(i), ts);
                if (Ops.isSubtype((PyType) tup.get(i), ExcTypes.BASE_EXCEPTION_GROUP)) group = true;
            }
        } else {
            checkExceptType(t, ts);
            group = Ops.isSubtype((PyType) t, ExcTypes.BASE_EXCEPTION_GROUP);
        }
        if (group) {
            throw ExcTypes.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.", ts);
        }
    }

    private static void checkExceptType(PyObject t, ThreadState ts) {
        if (!(t instanceof PyType type) || !Ops.isSubtype(type, ExcTypes.BASE_EXCEPTION)) {
            throw ExcTypes.typeError("catching classes that do not inherit from BaseException is not allowed", ts);
        }
    }

    /**
     * {@code CHECK_EG_MATCH}'s test of the handled exception {@code exc} against a clause's
     * types: null when nothing matches, else {@code [match, rest]} (rest None when all
     * matched). A naked exception that matches is wrapped in {@code ExceptionGroup("", [exc])}
     * with its traceback.
     */
    static PyObject[] starMatch(PyObject exc, PyObject types, ThreadState ts) {
        if (exc == Ops.NONE) return null;
        if (EvalRare.excMatches(exc, types, ts)) {
            PyObject match;
            if (exc instanceof PyExceptionGroup) {
                match = Ops.incref(exc, ts);
            } else {
                PyStr empty = PyStr.of("", ts);
                PyTuple one = PyTuple.of(ts, exc);
                PyExceptionGroup w;
                try {
                    w = newGroup(ExcTypes.BASE_EXCEPTION_GROUP, new PyObject[] {empty, one}, null, ts);
                } finally {
                    ts.refs.decref(empty, ts);
                    ts.refs.decref(one, ts);
                }
                w.traceback = ((PyBaseException) exc).traceback;
                match = w;
            }
            return new PyObject[] {match, Ops.incref(Ops.NONE, ts)};
        }
        if (exc instanceof PyExceptionGroup) {
            PyObject split = Ops.getAttr(exc, SPLIT, ts);
            PyObject pair;
            try {
                pair = Calls.call1(split, types, ts);
            } finally {
                ts.refs.decref(split, ts);
            }
            try {
                if (!(pair instanceof PyTuple t) || t.size() != 2) {
                    throw ExcTypes.typeError("X.split(...) must return a 2-tuple, got " + Ops.typeName(pair), ts);
                }
                if (t.get(0) == Ops.NONE) return null;
                return new PyObject[] {t.getNew(0, ts), t.getNew(1, ts)};
            } finally {
                ts.refs.decref(pair, ts);
            }
        }
        return null;
    }

    /**
     * Whether {@code a} is a part of {@code b} re-raised as it was (CPython 3.11 compares the
     * traceback, cause and context; the parts of a split have their own notes lists, which do
     * not count).
     */
    private static boolean sameMetadata(PyBaseException a, PyBaseException b) {
        return a.traceback == b.traceback && a.cause == b.cause && a.context == b.context;
    }

    private static void leafIds(PyObject e, IdentityHashMap<PyObject, Boolean> ids) {
        if (e instanceof PyExceptionGroup g) {
            PyTuple t = g.exceptions();
            for (int i = 0; i < t.size(); i++) leafIds(t.get(i), ids);
        } else if (e != Ops.NONE) {
            ids.put(e, Boolean.TRUE);
        }
    }

    /**
     * {@code PREP_RERAISE_STAR}: from the exception the try raised ({@code orig}) and the list
     * of what each executed clause raised (None for a clause that finished) followed by the
     * unhandled rest, what the statement raises: None; the re-raised leaves of orig kept in
     * orig's structure; and, when clauses raised new exceptions, a new
     * {@code ExceptionGroup("", [raised..., reraised])}.
     */
    static PyObject prepReraiseStar(PyObject orig, PyList excs, ThreadState ts) {
        PyObject[] items = excs.snapshot(ts);
        try {
            if (items.length == 0) return Ops.incref(Ops.NONE, ts);
            if (!(orig instanceof PyExceptionGroup og)) {
                // a naked exception was wrapped: only one clause ran, so one exception at most
                return Ops.incref(items[0], ts);
            }
            List<PyObject> raised = new ArrayList<>();
            IdentityHashMap<PyObject, Boolean> reraisedIds = new IdentityHashMap<>();
            for (PyObject e : items) {
                if (e == Ops.NONE) continue;
                if (e instanceof PyBaseException be && sameMetadata(be, og)) leafIds(e, reraisedIds);
                else raised.add(e);
            }
            PyObject reraised = reraisedIds.isEmpty() ? null
                    : splitRecursive(og, new Matcher(null, null, reraisedIds), false, ts)[0];
            if (raised.isEmpty()) return reraised == null ? Ops.incref(Ops.NONE, ts) : reraised;
            if (reraised != null) raised.add(reraised);
            try {
                if (raised.size() == 1) return Ops.incref(raised.get(0), ts);
                PyStr empty = PyStr.of("", ts);
                try {
                    return create(empty, raised, ts);
                } finally {
                    ts.refs.decref(empty, ts);
                }
            } finally {
                if (reraised != null) ts.refs.decref(reraised, ts);
            }
        } finally {
            for (PyObject o : items) ts.refs.decref(o, ts);
        }
    }
}
