package org.interlock.runtime.builtins;

import org.interlock.object.PyInt;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.vm.Format;
import org.interlock.runtime.vm.Items;
import org.interlock.runtime.vm.Ops;
import org.interlock.runtime.vm.Repr;

/** {@code str.format}: fields {@code {name.attr[key]!conv:spec}}, auto-numbering, nested specs. */
final class StrFormat {
    private StrFormat() {}

    /** A field's value by name or index, as a new reference. */
    private interface Lookup {
        PyObject get(String key, ThreadState ts);
    }

    static String format(String fmt, PyObject[] a, String[] kw, ThreadState ts) {
        int npos = Args.npos(a, kw);
        int[] auto = {0};
        return run(fmt, (key, t) -> {
            if (key.isEmpty()) {
                if (auto[0] < 0) throw ExcTypes.valueError("cannot switch from manual field specification to automatic field numbering", t);
                int i = auto[0]++;
                if (i >= npos) throw ExcTypes.raise(ExcTypes.INDEX_ERROR, "Replacement index " + i + " out of range for positional args tuple", t);
                return Ops.incref(a[i], t);
            }
            if (Character.isDigit(key.charAt(0))) {
                int i = Integer.parseInt(key);
                if (auto[0] > 0) throw ExcTypes.valueError("cannot switch from automatic field numbering to manual field specification", t);
                auto[0] = -1;
                if (i >= npos) throw ExcTypes.raise(ExcTypes.INDEX_ERROR, "Replacement index " + i + " out of range for positional args tuple", t);
                return Ops.incref(a[i], t);
            }
            PyObject v = Args.kw(a, kw, key);
            if (v == null) throw ExcTypes.raiseArgs(ExcTypes.KEY_ERROR, t, PyStr.of(key, t));
            return Ops.incref(v, t);
        }, ts, 2);
    }

    static String formatMap(String fmt, PyObject map, ThreadState ts) {
        return run(fmt, (key, t) -> {
            PyObject k = PyStr.of(key, t);
            try {
                return Items.getItem(map, k, t);
            } finally {
                t.refs.decref(k, t);
            }
        }, ts, 2);
    }

    private static String run(String fmt, Lookup lookup, ThreadState ts, int depth) {
        StringBuilder sb = new StringBuilder();
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c == '{') {
                if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                    sb.append('{');
                    i++;
                    continue;
                }
                int level = 1, j = i + 1;
                while (j < n && level > 0) {
                    if (fmt.charAt(j) == '{') level++;
                    else if (fmt.charAt(j) == '}') level--;
                    if (level > 0) j++;
                }
                if (i + 1 >= n) throw ExcTypes.valueError("Single '{' encountered in format string", ts);
                if (j >= n) throw ExcTypes.valueError("expected '}' before end of string", ts);
                sb.append(field(fmt.substring(i + 1, j), lookup, ts, depth));
                i = j;
            } else if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') {
                    sb.append('}');
                    i++;
                    continue;
                }
                throw ExcTypes.valueError("Single '}' encountered in format string", ts);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String field(String f, Lookup lookup, ThreadState ts, int depth) {
        String spec = "";
        char conv = 0;
        int colon = -1, bang = -1, br = 0;
        for (int k = 0; k < f.length(); k++) {
            char c = f.charAt(k);
            if (c == '[') br++;
            else if (c == ']') br--;
            else if (br == 0 && c == '!' && bang < 0 && colon < 0) bang = k;
            else if (br == 0 && c == ':' && colon < 0) {
                colon = k;
                break;
            }
        }
        String name = f;
        if (colon >= 0) {
            spec = f.substring(colon + 1);
            name = f.substring(0, colon);
        }
        String full = name;
        if (bang >= 0) {
            conv = name.length() > bang + 1 ? name.charAt(bang + 1) : 0;
            name = name.substring(0, bang);
        }
        if (bang >= 0 && full.length() > bang + 2) {
            throw ExcTypes.valueError("expected ':' after conversion specifier", ts);
        }
        if (bang >= 0 && full.length() == bang + 1) {
            throw ExcTypes.valueError("end of string while looking for conversion specifier", ts);
        }
        int k = 0;
        while (k < name.length() && name.charAt(k) != '.' && name.charAt(k) != '[') k++;
        PyObject v = lookup.get(name.substring(0, k), ts);
        try {
            while (k < name.length()) {
                if (name.charAt(k) == '.') {
                    int e = k + 1;
                    while (e < name.length() && name.charAt(e) != '.' && name.charAt(e) != '[') e++;
                    PyObject nv = Ops.getAttr(v, PyStr.intern(name.substring(k + 1, e)), ts);
                    ts.refs.decref(v, ts);
                    v = nv;
                    k = e;
                } else {
                    int e = name.indexOf(']', k);
                    String key = name.substring(k + 1, e);
                    PyObject kk = key.chars().allMatch(Character::isDigit) && !key.isEmpty()
                            ? PyInt.of(Long.parseLong(key), ts) : PyStr.of(key, ts);
                    PyObject nv;
                    try {
                        nv = Items.getItem(v, kk, ts);
                    } finally {
                        ts.refs.decref(kk, ts);
                    }
                    ts.refs.decref(v, ts);
                    v = nv;
                    k = e + 1;
                }
            }
            if (spec.indexOf('{') >= 0) {
                if (depth <= 0) throw ExcTypes.valueError("Max string recursion exceeded", ts);
                spec = run(spec, lookup, ts, depth - 1);
            }
            PyObject cv = switch (conv) {
                case 'r' -> Repr.reprObj(v, ts);
                case 'a' -> PyStr.of(Repr.ascii(Repr.repr(v, ts)), ts);
                case 's' -> Repr.strObj(v, ts);
                case 0 -> Ops.incref(v, ts);
                default -> throw ExcTypes.valueError("Unknown conversion specifier " + conv, ts);
            };
            try {
                return Format.format(cv, spec, ts);
            } finally {
                ts.refs.decref(cv, ts);
            }
        } finally {
            ts.refs.decref(v, ts);
        }
    }
}
