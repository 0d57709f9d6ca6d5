package org.interlock.runtime.modules;

import java.util.Map;
import org.interlock.object.PyDict;
import org.interlock.object.PyInt;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyTuple;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyBuiltin;
import org.interlock.runtime.objects.PyBytes;
import org.interlock.runtime.objects.PyDescriptor;
import org.interlock.runtime.objects.TypeInfo;
import org.interlock.runtime.vm.Calls;
import org.interlock.runtime.vm.Ops;
import org.interlock.runtime.vm.Repr;

/**
 * {@code re.Match}: the result of a successful match, made by the engine in Java because
 * matches are made in loops (finditer, sub with a function). It holds the Pattern (the Python
 * object of lib/re.py), the subject, pos/endpos and the group spans in code points.
 * Immutable after construction, so it needs no lock. {@code expand} calls the Pattern's
 * {@code _expand(match, template)}, where the template parser lives.
 */
final class ReMatch extends PyObject {
    static final PyType TYPE = PyType.builtin("re.Match");

    final PyObject pattern; // owned
    final PyObject string; // owned
    final int pos;
    final int endpos;
    /** start, end of group 0..n; -1 for a group that did not take part. */
    final int[] spans;
    final int lastindex;
    final ReModule.Engine engine;

    ReMatch(PyObject pattern, PyObject string, int pos, int endpos, int[] spans, int lastindex, ReModule.Engine engine,
            ThreadState ts) {
        super(ts);
        ts.refs.incref(pattern, ts);
        ts.refs.incref(string, ts);
        this.pattern = pattern;
        this.string = string;
        this.pos = pos;
        this.endpos = endpos;
        this.spans = spans;
        this.lastindex = lastindex;
        this.engine = engine;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    protected void releaseReferences(ThreadState ts) {
        ts.refs.decref(pattern, ts);
        ts.refs.decref(string, ts);
    }

    private int index(PyObject g, ThreadState ts) {
        if (g instanceof PyInt i) {
            long v = i.isSmall() ? i.longValue() : -1;
            if (v >= 0 && v <= engine.groups) return (int) v;
        } else if (g instanceof PyStr s) {
            Integer v = engine.names.get(s.value());
            if (v != null) return v;
        } else if (Ops.special(g, org.interlock.runtime.vm.Names.__index__, ts) != null) {
            long v = Ops.index(g, ts);
            if (v >= 0 && v <= engine.groups) return (int) v;
        }
        throw ExcTypes.raise(ExcTypes.INDEX_ERROR, "no such group", ts);
    }

    /** Group {@code g}'s text (new reference), or {@code dflt} (borrowed, increfed) when it did not take part. */
    private PyObject get(int g, PyObject dflt, ThreadState ts) {
        int s = spans[2 * g];
        if (s < 0) return Ops.incref(dflt, ts);
        int e = spans[2 * g + 1];
        if (string instanceof PyStr str) return PyStr.of(str.substring(s, e), ts);
        PyBytes b = (PyBytes) string;
        byte[] out = new byte[e - s];
        // a bytearray may have shrunk since the match; CPython's match keeps a buffer view instead
        for (int k = 0; k < out.length && s + k < b.length(); k++) out[k] = (byte) b.at(s + k);
        return new PyBytes(out, false, ts);
    }

    private PyObject group(PyObject[] a, ThreadState ts) {
        if (a.length == 0) return get(0, Ops.NONE, ts);
        if (a.length == 1) return get(index(a[0], ts), Ops.NONE, ts);
        PyObject[] out = new PyObject[a.length];
        for (int k = 0; k < a.length; k++) out[k] = get(index(a[k], ts), Ops.NONE, ts);
        return PyTuple.fromNewRefs(out, ts);
    }

    private PyObject groups(PyObject dflt, ThreadState ts) {
        PyObject[] out = new PyObject[engine.groups];
        for (int g = 1; g <= engine.groups; g++) out[g - 1] = get(g, dflt, ts);
        return PyTuple.fromNewRefs(out, ts);
    }

    private PyObject groupdict(PyObject dflt, ThreadState ts) {
        PyDict d = new PyDict(ts);
        for (Map.Entry<String, Integer> en : engine.names.entrySet()) {
            PyObject k = PyStr.of(en.getKey(), ts);
            PyObject v = get(en.getValue(), dflt, ts);
            d.set(k, v, ts);
            ts.refs.decref(k, ts);
            ts.refs.decref(v, ts);
        }
        return d;
    }

    private static PyObject pair(int a, int b, ThreadState ts) {
        return PyTuple.fromNewRefs(new PyObject[] {PyInt.of(a, ts), PyInt.of(b, ts)}, ts);
    }

    private String lastgroupName() {
        for (Map.Entry<String, Integer> en : engine.names.entrySet()) {
            if (en.getValue() == lastindex) return en.getKey();
        }
        return null;
    }

    private static ReMatch self(PyObject s) {
        return (ReMatch) s;
    }

    private static PyObject dfltArg(PyObject[] a, String[] kw) {
        PyObject d = org.interlock.runtime.builtins.ArgAccess.npos(a, kw) > 0 ? a[0]
                : org.interlock.runtime.builtins.ArgAccess.kw(a, kw, "default");
        return d == null ? Ops.NONE : d;
    }

    private static PyObject groupArg(PyObject[] a) {
        return a.length > 0 ? a[0] : PyInt.small(0);
    }

    private static void property(TypeInfo ti, String name, PyBuiltin.Impl getter) {
        ti.attr(name, PyDescriptor.builtinProperty(new PyBuiltin(name, false, "re.Match", getter)));
    }

    private static boolean initDone;

    static synchronized void initType() {
        if (initDone) return;
        initDone = true;
        TypeInfo ti = TypeInfo.of(TYPE);
        ti.method("group", (s, a, kw, ts) -> self(s).group(a, ts));
        ti.method("__getitem__", (s, a, kw, ts) -> self(s).get(self(s).index(a[0], ts), Ops.NONE, ts));
        ti.method("groups", (s, a, kw, ts) -> self(s).groups(dfltArg(a, kw), ts));
        ti.method("groupdict", (s, a, kw, ts) -> self(s).groupdict(dfltArg(a, kw), ts));
        ti.method("start", (s, a, kw, ts) -> PyInt.of(self(s).spans[2 * self(s).index(groupArg(a), ts)], ts));
        ti.method("end", (s, a, kw, ts) -> PyInt.of(self(s).spans[2 * self(s).index(groupArg(a), ts) + 1], ts));
        ti.method("span", (s, a, kw, ts) -> {
            int g = self(s).index(groupArg(a), ts);
            return pair(self(s).spans[2 * g], self(s).spans[2 * g + 1], ts);
        });
        ti.method("expand", (s, a, kw, ts) -> {
            if (a.length != 1) throw ExcTypes.typeError("expand() takes exactly one argument (" + a.length + " given)", ts);
            PyObject f = Ops.getAttr(self(s).pattern, PyStr.intern("_expand"), ts);
            try {
                return Calls.call(f, new PyObject[] {s, a[0]}, null, ts);
            } finally {
                ts.refs.decref(f, ts);
            }
        });
        ti.method("__repr__", (s, a, kw, ts) -> {
            ReMatch m = self(s);
            PyObject g0 = m.get(0, Ops.NONE, ts);
            try {
                return PyStr.of("<re.Match object; span=(" + m.spans[0] + ", " + m.spans[1] + "), match="
                        + Repr.repr(g0, ts) + ">", ts);
            } finally {
                ts.refs.decref(g0, ts);
            }
        });
        ti.method("__copy__", (s, a, kw, ts) -> Ops.incref(s, ts));
        ti.method("__deepcopy__", (s, a, kw, ts) -> Ops.incref(s, ts));
        property(ti, "re", (s, a, kw, ts) -> Ops.incref(self(a[0]).pattern, ts));
        property(ti, "string", (s, a, kw, ts) -> Ops.incref(self(a[0]).string, ts));
        property(ti, "pos", (s, a, kw, ts) -> PyInt.of(self(a[0]).pos, ts));
        property(ti, "endpos", (s, a, kw, ts) -> PyInt.of(self(a[0]).endpos, ts));
        property(ti, "lastindex", (s, a, kw, ts) -> self(a[0]).lastindex < 0 ? Ops.NONE : PyInt.of(self(a[0]).lastindex, ts));
        property(ti, "lastgroup", (s, a, kw, ts) -> {
            String n = self(a[0]).lastgroupName();
            return n == null ? Ops.NONE : PyStr.of(n, ts);
        });
        property(ti, "regs", (s, a, kw, ts) -> {
            ReMatch m = self(a[0]);
            PyObject[] out = new PyObject[m.engine.groups + 1];
            for (int g = 0; g <= m.engine.groups; g++) out[g] = pair(m.spans[2 * g], m.spans[2 * g + 1], ts);
            return PyTuple.fromNewRefs(out, ts);
        });
    }
}
