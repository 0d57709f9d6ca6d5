package org.interlock.runtime.modules;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.interlock.object.PyBool;
import org.interlock.object.PyDict;
import org.interlock.object.PyFloat;
import org.interlock.object.PyInt;
import org.interlock.object.PyList;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyTuple;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.vm.Calls;
import org.interlock.runtime.vm.Compare;
import org.interlock.runtime.vm.Ops;

/**
 * The JSON encoder of {@code json.dumps}, CPython 3.11's output byte for byte: the type tests
 * in CPython's order (str, None, True, False, int, float, list/tuple, dict, then
 * {@code default}), subclasses of the builtin types encoded by their value (a namedtuple is
 * an array), float as {@code float.__repr__} with NaN/Infinity spelled as JavaScript does,
 * keys coerced from int/float/bool/None, circular references detected by identity, and
 * CPython's indentation layout. Lists and dicts are read through snapshots, so another thread
 * mutating them sees no torn read (the output reflects one moment per container).
 */
final class JsonEncoder {
    private final String indent; // null: one line
    private final String itemSep;
    private final String keySep;
    private final boolean sortKeys;
    private final boolean skipKeys;
    private final boolean ensureAscii;
    private final boolean allowNan;
    private final IdentityHashMap<PyObject, Boolean> markers;
    private final PyObject dflt;
    private final StringBuilder out = new StringBuilder();

    JsonEncoder(String indent, String itemSep, String keySep, boolean sortKeys, boolean skipKeys, boolean ensureAscii,
            boolean allowNan, boolean checkCircular, PyObject dflt) {
        this.indent = indent;
        this.itemSep = itemSep;
        this.keySep = keySep;
        this.sortKeys = sortKeys;
        this.skipKeys = skipKeys;
        this.ensureAscii = ensureAscii;
        this.allowNan = allowNan;
        this.markers = checkCircular ? new IdentityHashMap<>() : null;
        this.dflt = dflt;
    }

    String encode(PyObject o, ThreadState ts) {
        value(o, 0, ts);
        return out.toString();
    }

    static void quote(StringBuilder sb, String s, boolean ascii) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || (ascii && c > 0x7e)) {
                        sb.append("\\u");
                        String h = Integer.toHexString(c);
                        for (int k = h.length(); k < 4; k++) sb.append('0');
                        sb.append(h);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    private String floatText(double v, ThreadState ts) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            if (!allowNan) {
                throw ExcTypes.valueError("Out of range float values are not JSON compliant", ts);
            }
            return Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
        }
        return PyFloat.repr(v);
    }

    private static PyObject unwrap(PyObject o) {
        PyObject b = Ops.backing(o);
        return b != null ? b : o;
    }

    private void newline(int level) {
        out.append('\n');
        for (int i = 0; i < level; i++) out.append(indent);
    }

    private void value(PyObject o, int level, ThreadState ts) {
        PyObject v = unwrap(o);
        if (v instanceof PyStr s) {
            quote(out, s.value(), ensureAscii);
        } else if (o == Ops.NONE) {
            out.append("null");
        } else if (o == PyBool.TRUE) {
            out.append("true");
        } else if (o == PyBool.FALSE) {
            out.append("false");
        } else if (v instanceof PyInt i) {
            out.append(i.isSmall() ? Long.toString(i.longValue()) : i.bigValue().toString());
        } else if (v instanceof PyFloat f) {
            out.append(floatText(f.value(), ts));
        } else if (v instanceof PyList || v instanceof PyTuple) {
            array(o, v, level, ts);
        } else if (v instanceof PyDict d) {
            object(o, d, level, ts);
        } else {
            enter(o, ts);
            PyObject r = Calls.call1(dflt, o, ts);
            try {
                value(r, level, ts);
            } finally {
                ts.refs.decref(r, ts);
            }
            leave(o);
        }
    }

    private void enter(PyObject o, ThreadState ts) {
        if (markers != null && markers.put(o, Boolean.TRUE) != null) {
            throw ExcTypes.valueError("Circular reference detected", ts);
        }
    }

    private void leave(PyObject o) {
        if (markers != null) markers.remove(o);
    }

    private void array(PyObject o, PyObject v, int level, ThreadState ts) {
        PyObject[] items = v instanceof PyList l ? l.snapshot(ts) : ((PyTuple) v).snapshot(ts);
        try {
            if (items.length == 0) {
                out.append("[]");
                return;
            }
            enter(o, ts);
            out.append('[');
            if (indent != null) newline(level + 1);
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    out.append(itemSep);
                    if (indent != null) newline(level + 1);
                }
                value(items[i], level + 1, ts);
            }
            if (indent != null) newline(level);
            out.append(']');
            leave(o);
        } finally {
            for (PyObject x : items) ts.refs.decref(x, ts);
        }
    }

    /** A key as its JSON text (quoted), or null to skip it. */
    private String keyText(PyObject k, ThreadState ts) {
        PyObject v = unwrap(k);
        String s;
        if (v instanceof PyStr str) s = str.value();
        else if (v instanceof PyFloat f) s = floatText(f.value(), ts);
        else if (k == PyBool.TRUE) s = "true";
        else if (k == PyBool.FALSE) s = "false";
        else if (k == Ops.NONE) s = "null";
        else if (v instanceof PyInt i) s = i.isSmall() ? Long.toString(i.longValue()) : i.bigValue().toString();
        else if (skipKeys) return null;
        else throw ExcTypes.typeError("keys must be str, int, float, bool or None, not " + Ops.typeName(k), ts);
        StringBuilder sb = new StringBuilder(s.length() + 2);
        quote(sb, s, ensureAscii);
        return sb.toString();
    }

    private void object(PyObject o, PyDict d, int level, ThreadState ts) {
        PyObject[] flat = d.items(ts);
        try {
            if (flat.length == 0) {
                out.append("{}");
                return;
            }
            enter(o, ts);
            List<Integer> order = new ArrayList<>(flat.length / 2);
            for (int i = 0; i < flat.length; i += 2) order.add(i);
            if (sortKeys) {
                // CPython sorts the (key, value) items; keys of one dict are distinct, so the keys decide
                order.sort((x, y) -> Compare.lt(flat[x], flat[y], ts) ? -1 : Compare.lt(flat[y], flat[x], ts) ? 1 : 0);
            }
            out.append('{');
            if (indent != null) newline(level + 1);
            boolean first = true;
            for (int i : order) {
                String key = keyText(flat[i], ts);
                if (key == null) continue;
                if (!first) {
                    out.append(itemSep);
                    if (indent != null) newline(level + 1);
                }
                first = false;
                out.append(key).append(keySep);
                value(flat[i + 1], level + 1, ts);
            }
            if (indent != null) newline(level);
            out.append('}');
            leave(o);
        } finally {
            for (PyObject x : flat) ts.refs.decref(x, ts);
        }
    }
}
