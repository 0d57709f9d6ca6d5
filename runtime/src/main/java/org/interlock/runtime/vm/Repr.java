package org.interlock.runtime.vm;

import org.interlock.object.PyBool;
import org.interlock.object.PyDict;
import org.interlock.object.PyFloat;
import org.interlock.object.PyInt;
import org.interlock.object.PyList;
import org.interlock.object.PyNone;
import org.interlock.object.PyObject;
import org.interlock.object.PySet;
import org.interlock.object.PyStr;
import org.interlock.object.PyTuple;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyBaseException;
import org.interlock.runtime.objects.PyBuiltin;
import org.interlock.runtime.objects.PyBytes;
import org.interlock.runtime.objects.PyClass;
import org.interlock.runtime.objects.PyCode;
import org.interlock.runtime.objects.PyFunction;
import org.interlock.runtime.objects.PyMethod;
import org.interlock.runtime.objects.PyModule;
import org.interlock.runtime.objects.PyRange;
import org.interlock.runtime.objects.PySlice;

/** {@code repr()} and {@code str()}, as Java strings, with CPython's spellings. */
public final class Repr {
    private Repr() {}

    public static String repr(PyObject o, ThreadState ts) {
        if (o instanceof PyStr s) return strRepr(s.value());
        if (o instanceof PyBool b) return b == PyBool.TRUE ? "True" : "False";
        if (o instanceof PyInt i) return i.isSmall() ? Long.toString(i.longValue()) : i.bigValue().toString();
        if (o instanceof PyFloat f) return PyFloat.repr(f.value());
        if (o instanceof org.interlock.runtime.objects.PyComplex c) return c.repr();
        if (o == PyNone.NONE) return "None";
        PyType type = o.type();
        if (type instanceof PyClass) {
            PyObject m = Ops.special(o, Names.__repr__, ts);
            if (m != null && (!(m instanceof PyBuiltin) || assignedBuiltin(type, Names.__repr__, ts))) {
                return callStr(m, o, "__repr__", ts);
            }
            PyObject back = Ops.backing(o);
            if (back != null) return repr(back, ts);
        }
        ExecState es = ExecState.of(ts);
        if (o instanceof PyList || o instanceof PyDict || o instanceof PySet || o instanceof PyTuple) {
            if (es.reprActive.containsKey(o)) {
                return o instanceof PyList ? "[...]" : o instanceof PyDict ? "{...}" : "...";
            }
            es.reprActive.put(o, Boolean.TRUE);
            try {
                return containerRepr(o, ts);
            } finally {
                es.reprActive.remove(o);
            }
        }
        if (o instanceof PyBaseException e) return excRepr(e, ts);
        if (o instanceof PyBytes b) return bytesRepr(b);
        if (o instanceof org.interlock.object.PyWeakRef w) return org.interlock.runtime.modules.WeakrefModule.repr(w, ts);
        if (o instanceof PyType t) return typeRepr(t, ts);
        if (o instanceof org.interlock.runtime.objects.PyGenericAlias g) return aliasRepr(g, ts);
        if (o instanceof org.interlock.runtime.objects.PyUnionType u) return unionRepr(u, ts);
        if (o instanceof PyFunction f) return "<function " + str(f.qualname, ts) + " at 0x" + hexId(o) + ">";
        if (o instanceof PyBuiltin b) {
            if (b.isMethod) return "<method '" + b.name + "' of '" + b.owner + "' objects>";
            return "<built-in function " + b.name + ">";
        }
        if (o instanceof PyMethod m) {
            if (m.func instanceof PyBuiltin b) {
                return "<built-in method " + b.name + " of " + Ops.typeName(m.self) + " object at 0x" + hexId(m.self) + ">";
            }
            String q = m.func instanceof PyFunction f ? str(f.qualname, ts) : "?";
            return "<bound method " + q + " of " + repr(m.self, ts) + ">";
        }
        if (o instanceof PyModule m) return "<module '" + m.name + "'>";
        if (o instanceof PyRange r) {
            return "range(" + r.start + ", " + r.stop + (r.step == 1 ? "" : ", " + r.step) + ")";
        }
        if (o instanceof PySlice s) {
            return "slice(" + repr(s.start, ts) + ", " + repr(s.stop, ts) + ", " + repr(s.step, ts) + ")";
        }
        if (o instanceof PyCode c) {
            return "<code object " + c.name + " at 0x" + hexId(o) + ", file \"" + c.filename + "\", line " + c.unit.firstLine() + ">";
        }
        if (o instanceof org.interlock.runtime.objects.Singletons) return o.toString();
        if (o instanceof org.interlock.runtime.objects.DictView) {
            // dict_keys([...]): the view types' own __repr__
            PyObject m = Ops.special(o, Names.__repr__, ts);
            if (m instanceof PyBuiltin b && !"object".equals(b.owner)) return callStr(m, o, "__repr__", ts);
        }
        if (!(type instanceof PyClass)) {
            // a builtin type of a module (re.Match, hashlib's HASH) may define its own __repr__
            Object info = type.runtimeData;
            PyObject own = info instanceof org.interlock.runtime.objects.TypeInfo ti ? ti.methods.get("__repr__") : null;
            if (own instanceof PyBuiltin) return callStr(own, o, "__repr__", ts);
        }
        return defaultRepr(o, ts);
    }

    /**
     * True when {@code name} resolves, along the MRO of class {@code t}, to an entry of a Python
     * class's own dict: a builtin method stored there on purpose (an enum class takes
     * {@code int.__repr__} as its {@code __str__}), to be called rather than skipped.
     */
    private static boolean assignedBuiltin(PyType t, PyStr name, ThreadState ts) {
        for (PyType m : PyClass.mroOf(t)) {
            if (m instanceof PyClass c) {
                if (c.dict.contains(name, ts)) return true;
            } else if (org.interlock.runtime.objects.TypeInfo.of(m).methods.containsKey(name.value())) {
                return false;
            }
        }
        return false;
    }

    /** {@code type.__repr__}: {@code <class 'module.Qualname'>}. */
    public static String typeRepr(PyType t, ThreadState ts) {
        String mod = moduleOf(t, ts);
        return "<class '" + (mod.equals("builtins") ? "" : mod + ".") + qualname(t, ts) + "'>";
    }

    /** {@code list[int]}: classes by qualified name, {@code ...} for Ellipsis, else repr. */
    static String aliasRepr(org.interlock.runtime.objects.PyGenericAlias g, ThreadState ts) {
        StringBuilder sb = new StringBuilder(aliasArg(g.origin, ts)).append('[');
        for (int i = 0; i < g.args.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(aliasArg(g.args.get(i), ts));
        }
        if (g.args.size() == 0) sb.append("()");
        return sb.append(']').toString();
    }

    /** {@code int | None}: the members as in an alias, NoneType written as None. */
    static String unionRepr(org.interlock.runtime.objects.PyUnionType u, ThreadState ts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < u.args.size(); i++) {
            if (i > 0) sb.append(" | ");
            PyObject m = u.args.get(i);
            sb.append(m == Ops.NONE.type() ? "None" : aliasArg(m, ts));
        }
        return sb.toString();
    }

    private static String aliasArg(PyObject o, ThreadState ts) {
        if (o instanceof PyType t) {
            String mod = moduleOf(t, ts);
            return (mod.equals("builtins") ? "" : mod + ".") + qualname(t, ts);
        }
        if (o == org.interlock.runtime.objects.Singletons.ELLIPSIS) return "...";
        return repr(o, ts);
    }

    /** {@code object.__repr__}: {@code <module.Qualname object at 0x...>}. */
    public static String defaultRepr(PyObject o, ThreadState ts) {
        PyType type = o.type();
        String mod = moduleOf(type, ts);
        return "<" + (mod.equals("builtins") ? "" : mod + ".") + qualname(type, ts) + " object at 0x" + hexId(o) + ">";
    }

    static String hexId(PyObject o) {
        return Long.toHexString(0x7f0000000000L + o.id() * 16);
    }

    public static String moduleOf(PyType t, ThreadState ts) {
        if (t instanceof PyClass c) {
            PyObject m = c.dict.get(Names.__module__, ts);
            if (m != null) {
                ts.refs.decref(m, ts);
                return str(m, ts);
            }
            return "builtins";
        }
        // a builtin type named "module.Name" (_queue.Empty) belongs to that module, as in CPython
        int dot = t.name().lastIndexOf('.');
        return dot < 0 ? "builtins" : t.name().substring(0, dot);
    }

    public static String qualname(PyType t, ThreadState ts) {
        if (t instanceof PyClass c) {
            PyObject m = c.dict.get(Names.__qualname__, ts);
            if (m != null) {
                ts.refs.decref(m, ts);
                return str(m, ts);
            }
            return t.name();
        }
        return t.name().substring(t.name().lastIndexOf('.') + 1);
    }

    private static String callStr(PyObject m, PyObject o, String what, ThreadState ts) {
        PyObject r = Ops.callSpecial(m, o, ts);
        try {
            if (!(r instanceof PyStr s)) {
                throw ExcTypes.typeError(what + " returned non-string (type " + Ops.typeName(r) + ")", ts);
            }
            return s.value();
        } finally {
            ts.refs.decref(r, ts);
        }
    }

    public static String str(PyObject o, ThreadState ts) {
        if (o instanceof PyStr s) return s.value();
        if (o.type() instanceof PyClass) {
            PyObject m = Ops.special(o, Names.__str__, ts);
            if (m != null && (!(m instanceof PyBuiltin) || assignedBuiltin(o.type(), Names.__str__, ts))) {
                return callStr(m, o, "__str__", ts);
            }
            PyObject r = Ops.special(o, Names.__repr__, ts);
            PyObject back = Ops.backing(o);
            if (back != null && (r == null || r instanceof PyBuiltin)) return str(back, ts);
        }
        if (o instanceof PyBaseException e) return excStr(e, ts);
        return repr(o, ts);
    }

    static String excStr(PyBaseException e, ThreadState ts) {
        if (e instanceof org.interlock.runtime.objects.PyExceptionGroup g && g.message() != null) {
            int n = g.exceptions().size();
            return str(g.message(), ts) + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
        }
        PyTuple a = e.args();
        PyObject[] os = e.osFields;
        if (os != null && os[0] != null && os[1] != null) {
            // CPython's OSError.__str__: the errno and message, then the file name(s) if any
            String head = "[Errno " + str(os[0], ts) + "] " + str(os[1], ts);
            if (os[2] == null || os[2] == Ops.NONE) return head;
            return head + ": " + repr(os[2], ts) + (os[3] == null || os[3] == Ops.NONE ? "" : " -> " + repr(os[3], ts));
        }
        if (Ops.isInstance(e, ExcTypes.KEY_ERROR) && a.size() == 1) return repr(a.get(0), ts);
        if (a.size() == 0) return "";
        if (a.size() == 1) return str(a.get(0), ts);
        if (a.size() == 2 && Ops.isInstance(e, ExcTypes.SYNTAX_ERROR) && a.get(1) instanceof PyTuple d && d.size() >= 2
                && d.get(0) instanceof PyStr file && d.get(1) instanceof PyInt line) {
            // CPython's SyntaxError.__str__: "msg (file basename, line N)"
            String f = file.value();
            f = f.substring(f.lastIndexOf('/') + 1);
            return str(a.get(0), ts) + " (" + f + ", line " + line.longValue() + ")";
        }
        if (a.size() == 5 && Ops.isInstance(e, ExcTypes.UNICODE_ERROR) && a.get(2) instanceof PyInt s
                && a.get(3) instanceof PyInt en) {
            return unicodeErrorStr(e, a, s.longValue(), en.longValue(), ts);
        }
        return repr(a, ts);
    }

    /** CPython's message for UnicodeEncodeError/UnicodeDecodeError built from their five args. */
    private static String unicodeErrorStr(PyBaseException e, PyTuple a, long start, long end, ThreadState ts) {
        String enc = str(a.get(0), ts);
        String reason = str(a.get(4), ts);
        PyObject obj = a.get(1);
        if (Ops.isInstance(e, ExcTypes.UNICODE_ENCODE_ERROR) && obj instanceof PyStr s) {
            if (end == start + 1 && start >= 0 && start < s.length()) {
                int cp = s.value().codePointAt(s.value().offsetByCodePoints(0, (int) start));
                String ch = appendEscape(new StringBuilder(), cp).toString();
                return "'" + enc + "' codec can't encode character '" + ch + "' in position " + start + ": " + reason;
            }
            return "'" + enc + "' codec can't encode characters in position " + start + "-" + (end - 1) + ": " + reason;
        }
        if (Ops.isInstance(e, ExcTypes.UNICODE_DECODE_ERROR) && obj instanceof PyBytes b) {
            if (end == start + 1 && start >= 0 && start < b.length()) {
                return "'" + enc + "' codec can't decode byte " + String.format("0x%02x", b.at((int) start))
                        + " in position " + start + ": " + reason;
            }
            return "'" + enc + "' codec can't decode bytes in position " + start + "-" + (end - 1) + ": " + reason;
        }
        return repr(a, ts);
    }

    static String excRepr(PyBaseException e, ThreadState ts) {
        PyTuple a = e.args();
        // the type's name without its module, as BaseException.__repr__ writes it
        String n = e.type() instanceof PyClass ? e.type().name() : qualname(e.type(), ts);
        if (a.size() == 1) return n + "(" + repr(a.get(0), ts) + ")";
        return n + repr(a, ts); // two or more args: the tuple's own repr has no trailing comma
    }

    private static String containerRepr(PyObject o, ThreadState ts) {
        StringBuilder sb = new StringBuilder();
        if (o instanceof PyList l) {
            PyObject[] items = l.snapshot(ts);
            try {
                sb.append('[');
                for (int i = 0; i < items.length; i++) {
                    if (i > 0) sb.append(", ");
                    sb.append(repr(items[i], ts));
                }
                return sb.append(']').toString();
            } finally {
                for (PyObject x : items) ts.refs.decref(x, ts);
            }
        }
        if (o instanceof PyTuple t) {
            sb.append('(');
            for (int i = 0; i < t.size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(repr(t.get(i), ts));
            }
            if (t.size() == 1) sb.append(',');
            return sb.append(')').toString();
        }
        if (o instanceof PyDict d) {
            PyObject[] items = d.items(ts);
            try {
                sb.append('{');
                for (int i = 0; i < items.length; i += 2) {
                    if (i > 0) sb.append(", ");
                    sb.append(repr(items[i], ts)).append(": ").append(repr(items[i + 1], ts));
                }
                return sb.append('}').toString();
            } finally {
                for (PyObject x : items) ts.refs.decref(x, ts);
            }
        }
        PySet s = (PySet) o;
        PyObject[] items = s.snapshot(ts);
        try {
            if (items.length == 0) return s.isFrozen() ? "frozenset()" : "set()";
            if (s.isFrozen()) sb.append("frozenset(");
            sb.append('{');
            for (int i = 0; i < items.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(repr(items[i], ts));
            }
            sb.append('}');
            if (s.isFrozen()) sb.append(')');
            return sb.toString();
        } finally {
            for (PyObject x : items) ts.refs.decref(x, ts);
        }
    }

    /** CPython's str repr: single quotes unless the string has ' and no ". */
    public static String strRepr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(q);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == q || c == '\\') sb.append('\\').appendCodePoint(c);
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c == '\t') sb.append("\\t");
            else if (c < 0x20 || c == 0x7f) sb.append(String.format("\\x%02x", c));
            else if (c >= 0x80 && !isPrintable(c)) appendEscape(sb, c);
            else sb.appendCodePoint(c);
        }
        return sb.append(q).toString();
    }

    /** Appends Python's escape of one code point of 0x80 or more: {@code \\xhh}, {@code \\uhhhh} or {@code \\Uhhhhhhhh}. */
    public static StringBuilder appendEscape(StringBuilder sb, int c) {
        if (c <= 0xff) return sb.append(String.format("\\x%02x", c));
        if (c <= 0xffff) return sb.append(String.format("\\u%04x", c));
        return sb.append(String.format("\\U%08x", c));
    }

    /** CPython's printable characters ({@code str.isprintable}, repr): all but categories C* and Z*, except the ASCII space. */
    public static boolean isPrintable(int c) {
        int t = Character.getType(c);
        return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.SURROGATE || t == Character.UNASSIGNED
                || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR || t == Character.PRIVATE_USE
                || (t == Character.SPACE_SEPARATOR && c != ' '));
    }

    public static String bytesRepr(PyBytes b) {
        return bytesRepr(b.bytes(), b.mutable);
    }

    /** The repr of these bytes as a bytes object, or as a bytearray when {@code mutable}. */
    public static String bytesRepr(byte[] d, boolean mutable) {
        boolean hasSq = false, hasDq = false;
        for (byte x : d) {
            if (x == '\'') hasSq = true;
            if (x == '"') hasDq = true;
        }
        char q = hasSq && !hasDq ? '"' : '\'';
        StringBuilder sb = new StringBuilder();
        if (mutable) sb.append("bytearray(");
        sb.append('b').append(q);
        for (byte x : d) {
            int c = x & 0xFF;
            if (c == q || c == '\\') sb.append('\\').append((char) c);
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c == '\t') sb.append("\\t");
            else if (c < 0x20 || c >= 0x7f) sb.append(String.format("\\x%02x", c));
            else sb.append((char) c);
        }
        sb.append(q);
        if (mutable) sb.append(')');
        return sb.toString();
    }

    /** {@code ascii()}: non-ASCII characters of a repr escaped. */
    public static String ascii(String r) {
        StringBuilder sb = new StringBuilder();
        r.codePoints().forEach(c -> {
            if (c < 128) sb.append((char) c);
            else appendEscape(sb, c);
        });
        return sb.toString();
    }

    /** {@code repr(o)} as a new str reference. */
    public static PyStr reprObj(PyObject o, ThreadState ts) {
        return PyStr.of(repr(o, ts), ts);
    }

    /** {@code str(o)} as a new reference. */
    public static PyObject strObj(PyObject o, ThreadState ts) {
        if (o instanceof PyStr) return Ops.incref(o, ts);
        return PyStr.of(str(o, ts), ts);
    }
}
