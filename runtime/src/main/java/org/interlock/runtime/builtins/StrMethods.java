package org.interlock.runtime.builtins;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.interlock.object.PyBool;
import org.interlock.object.PyDict;
import org.interlock.object.PyInt;
import org.interlock.object.PyList;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyTuple;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyBuiltin;
import org.interlock.runtime.objects.PyBytes;
import org.interlock.runtime.objects.TypeInfo;
import org.interlock.runtime.vm.Iter;
import org.interlock.runtime.vm.Ops;
import org.interlock.runtime.vm.Repr;

/**
 * The methods of {@code str}. Indexes are UTF-16 positions, which equal code point positions
 * for strings without surrogates (the common case); strings with characters beyond the BMP
 * index by UTF-16 unit in find/index (a known gap).
 */
final class StrMethods {
    private StrMethods() {}

    private static String str(PyObject o) {
        return ((PyStr) o).value();
    }

    private static String strArg(PyObject o, String fn, ThreadState ts) {
        if (o instanceof PyStr s) return s.value();
        throw ExcTypes.typeError("must be str, not " + Ops.typeName(o), ts);
    }

    private static PyStr s(String v, ThreadState ts) {
        return PyStr.of(v, ts);
    }

    private static PyList list(List<String> parts, ThreadState ts) {
        PyObject[] out = new PyObject[parts.size()];
        for (int i = 0; i < out.length; i++) out[i] = PyStr.of(parts.get(i), ts);
        return PyList.fromNewRefs(out, out.length, ts);
    }

    static void init() {
        TypeInfo t = TypeInfo.of(PyStr.TYPE);
        t.constructor = (ty, a, kw, ts) -> {
            Args.onlyKw("str", kw, ts, "object", "encoding", "errors");
            PyObject o = Args.arg(a, kw, 0, "object");
            if (o == null) return PyStr.EMPTY;
            PyObject enc = Args.arg(a, kw, 1, "encoding");
            PyObject err = Args.arg(a, kw, 2, "errors");
            if ((o instanceof PyBytes || o instanceof org.interlock.runtime.objects.BytesLike) && (enc != null || err != null)) {
                return s(Codecs.decode(BytesMethods.fromArg(o, ts), enc == null ? "utf-8" : enc.toString(), err == null ? "strict" : err.toString(),
                        ts), ts);
            }
            return Repr.strObj(o, ts);
        };
        t.method("upper", (self, a, kw, ts) -> s(str(self).toUpperCase(java.util.Locale.ROOT), ts));
        t.method("lower", (self, a, kw, ts) -> s(str(self).toLowerCase(java.util.Locale.ROOT), ts));
        t.method("casefold", (self, a, kw, ts) -> s(CaseMapping.casefold(str(self)), ts));
        t.method("swapcase", (self, a, kw, ts) -> s(CaseMapping.swapcase(str(self)), ts));
        t.method("capitalize", (self, a, kw, ts) -> {
            String v = str(self);
            if (v.isEmpty()) return Ops.incref(self, ts);
            return s(CaseMapping.capitalize(v), ts);
        });
        t.method("title", (self, a, kw, ts) -> s(CaseMapping.title(str(self)), ts));
        t.method("strip", (self, a, kw, ts) -> s(strip(str(self), a.length > 0 ? a[0] : null, 3, ts), ts));
        t.method("lstrip", (self, a, kw, ts) -> s(strip(str(self), a.length > 0 ? a[0] : null, 1, ts), ts));
        t.method("rstrip", (self, a, kw, ts) -> s(strip(str(self), a.length > 0 ? a[0] : null, 2, ts), ts));
        t.method("split", (self, a, kw, ts) -> {
            Args.onlyKw("split", kw, ts, "sep", "maxsplit");
            PyObject sep = Args.arg(a, kw, 0, "sep");
            PyObject max = Args.arg(a, kw, 1, "maxsplit");
            return list(split(str(self), sep == null || sep == Ops.NONE ? null : strArg(sep, "split", ts),
                    max == null ? -1 : (int) Ops.index(max, ts), ts), ts);
        });
        t.method("rsplit", (self, a, kw, ts) -> {
            Args.onlyKw("rsplit", kw, ts, "sep", "maxsplit");
            PyObject sep = Args.arg(a, kw, 0, "sep");
            PyObject max = Args.arg(a, kw, 1, "maxsplit");
            return list(rsplit(str(self), sep == null || sep == Ops.NONE ? null : strArg(sep, "rsplit", ts),
                    max == null ? -1 : (int) Ops.index(max, ts), ts), ts);
        });
        t.method("splitlines", (self, a, kw, ts) -> {
            PyObject keep = Args.arg(a, kw, 0, "keepends");
            boolean k = keep != null && Ops.isTrue(keep, ts);
            List<String> out = new ArrayList<>();
            String v = str(self);
            int i = 0, start = 0;
            while (i < v.length()) {
                char c = v.charAt(i);
                int eol = -1;
                if (c == '\r' && i + 1 < v.length() && v.charAt(i + 1) == '\n') eol = 2;
                else if (c == '\n' || c == '\r' || c == '\u000b' || c == '\u000c' || c == '\u001c' || c == '\u001d'
                        || c == '\u001e' || c == '\u0085' || c == '\u2028' || c == '\u2029') eol = 1;
                if (eol > 0) {
                    out.add(v.substring(start, k ? i + eol : i));
                    i += eol;
                    start = i;
                } else {
                    i++;
                }
            }
            if (start < v.length()) out.add(v.substring(start));
            return list(out, ts);
        });
        t.method("join", (self, a, kw, ts) -> {
            Args.check("join", a, kw, 1, 1, ts);
            PyObject[] items = Iter.toArray(a[0], ts);
            try {
                StringBuilder sb = new StringBuilder();
                String sep = str(self);
                for (int i = 0; i < items.length; i++) {
                    if (!(items[i] instanceof PyStr p)) {
                        throw ExcTypes.typeError("sequence item " + i + ": expected str instance, " + Ops.typeName(items[i])
                                + " found", ts);
                    }
                    if (i > 0) sb.append(sep);
                    sb.append(p.value());
                }
                return s(sb.toString(), ts);
            } finally {
                for (PyObject o : items) ts.refs.decref(o, ts);
            }
        });
        t.method("replace", (self, a, kw, ts) -> {
            Args.check("replace", a, kw, 2, 3, ts);
            String v = str(self), old = strArg(a[0], "replace", ts), nw = strArg(a[1], "replace", ts);
            int count = a.length > 2 ? (int) Ops.index(a[2], ts) : -1;
            if (count < 0) return s(old.isEmpty() ? insertEverywhere(v, nw, -1) : v.replace(old, nw), ts);
            if (old.isEmpty()) return s(insertEverywhere(v, nw, count), ts);
            StringBuilder sb = new StringBuilder();
            int i = 0, n = 0;
            while (n < count) {
                int j = v.indexOf(old, i);
                if (j < 0) break;
                sb.append(v, i, j).append(nw);
                i = j + old.length();
                n++;
            }
            sb.append(v.substring(i));
            return s(sb.toString(), ts);
        });
        t.method("find", (self, a, kw, ts) -> PyInt.of(find(self, a, false, ts), ts));
        t.method("rfind", (self, a, kw, ts) -> PyInt.of(find(self, a, true, ts), ts));
        t.method("index", (self, a, kw, ts) -> {
            int r = find(self, a, false, ts);
            if (r < 0) throw ExcTypes.valueError("substring not found", ts);
            return PyInt.of(r, ts);
        });
        t.method("rindex", (self, a, kw, ts) -> {
            int r = find(self, a, true, ts);
            if (r < 0) throw ExcTypes.valueError("substring not found", ts);
            return PyInt.of(r, ts);
        });
        t.method("count", (self, a, kw, ts) -> {
            String v = str(self), sub = strArg(a[0], "count", ts);
            int[] r = range(v.length(), a, 1, ts);
            String w = v.substring(r[0], Math.max(r[0], r[1]));
            if (sub.isEmpty()) return PyInt.of(w.length() + 1, ts);
            int n = 0, i = 0;
            while ((i = w.indexOf(sub, i)) >= 0) {
                n++;
                i += sub.length();
            }
            return PyInt.of(n, ts);
        });
        t.method("startswith", (self, a, kw, ts) -> PyBool.of(affix(self, a, true, ts)));
        t.method("endswith", (self, a, kw, ts) -> PyBool.of(affix(self, a, false, ts)));
        t.method("isdigit", (self, a, kw, ts) -> PyBool.of(all(str(self), UnicodeNumeric::isDigit)));
        t.method("isdecimal", (self, a, kw, ts) -> PyBool.of(all(str(self), UnicodeNumeric::isDecimal)));
        t.method("isnumeric", (self, a, kw, ts) -> PyBool.of(all(str(self), UnicodeNumeric::isNumeric)));
        t.method("isalpha", (self, a, kw, ts) -> PyBool.of(all(str(self), Character::isLetter)));
        t.method("isalnum", (self, a, kw, ts) -> PyBool.of(all(str(self), UnicodeNumeric::isAlnum)));
        t.method("isspace", (self, a, kw, ts) -> PyBool.of(all(str(self), c -> Character.isWhitespace(c) || c == 0x85
                || c == 0xa0 || Character.isSpaceChar(c))));
        t.method("isidentifier", (self, a, kw, ts) -> {
            String v = str(self);
            return PyBool.of(!v.isEmpty() && (Character.isLetter(v.charAt(0)) || v.charAt(0) == '_')
                    && all(v, c -> Character.isLetterOrDigit(c) || c == '_'));
        });
        t.method("isascii", (self, a, kw, ts) -> PyBool.of(str(self).chars().allMatch(c -> c < 128)));
        t.method("isprintable", (self, a, kw, ts) -> PyBool.of(str(self).codePoints().allMatch(Repr::isPrintable)));
        t.method("isupper", (self, a, kw, ts) -> PyBool.of(cased(str(self), true)));
        t.method("islower", (self, a, kw, ts) -> PyBool.of(cased(str(self), false)));
        t.method("istitle", (self, a, kw, ts) -> {
            String v = str(self);
            boolean prev = false, any = false;
            for (char c : v.toCharArray()) {
                if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                    if (prev) return PyBool.FALSE;
                    prev = true;
                    any = true;
                } else if (Character.isLowerCase(c)) {
                    if (!prev) return PyBool.FALSE;
                    prev = true;
                } else {
                    prev = false;
                }
            }
            return PyBool.of(any);
        });
        t.method("center", (self, a, kw, ts) -> pad(self, a, 0, ts));
        t.method("ljust", (self, a, kw, ts) -> pad(self, a, 1, ts));
        t.method("rjust", (self, a, kw, ts) -> pad(self, a, 2, ts));
        t.method("zfill", (self, a, kw, ts) -> {
            String v = str(self);
            int w = (int) Ops.index(a[0], ts);
            if (v.length() >= w) return Ops.incref(self, ts);
            String sign = v.startsWith("-") || v.startsWith("+") ? v.substring(0, 1) : "";
            return s(sign + "0".repeat(w - v.length()) + v.substring(sign.length()), ts);
        });
        t.method("partition", (self, a, kw, ts) -> partition(self, a[0], false, ts));
        t.method("rpartition", (self, a, kw, ts) -> partition(self, a[0], true, ts));
        t.method("encode", (self, a, kw, ts) -> {
            PyObject enc = Args.arg(a, kw, 0, "encoding");
            PyObject err = Args.arg(a, kw, 1, "errors");
            return new PyBytes(Codecs.encode(str(self), enc == null ? "utf-8" : enc.toString(),
                    err == null ? "strict" : err.toString(), ts), false, ts);
        });
        t.method("expandtabs", (self, a, kw, ts) -> {
            PyObject tsz = Args.arg(a, kw, 0, "tabsize");
            int size = tsz == null ? 8 : (int) Ops.index(tsz, ts);
            StringBuilder sb = new StringBuilder();
            int col = 0;
            for (char c : str(self).toCharArray()) {
                if (c == '\t') {
                    if (size > 0) {
                        int n = size - col % size;
                        sb.append(" ".repeat(n));
                        col += n;
                    }
                } else {
                    sb.append(c);
                    col = c == '\n' || c == '\r' ? 0 : col + 1;
                }
            }
            return s(sb.toString(), ts);
        });
        t.method("removeprefix", (self, a, kw, ts) -> {
            String v = str(self), p = strArg(a[0], "removeprefix", ts);
            return v.startsWith(p) ? s(v.substring(p.length()), ts) : Ops.incref(self, ts);
        });
        t.method("removesuffix", (self, a, kw, ts) -> {
            String v = str(self), p = strArg(a[0], "removesuffix", ts);
            return v.endsWith(p) && !p.isEmpty() ? s(v.substring(0, v.length() - p.length()), ts) : Ops.incref(self, ts);
        });
        t.method("format", (self, a, kw, ts) -> s(StrFormat.format(str(self), a, kw, ts), ts));
        t.method("format_map", (self, a, kw, ts) -> s(StrFormat.formatMap(str(self), a[0], ts), ts));
        t.method("__format__", (self, a, kw, ts) -> s(org.interlock.runtime.vm.Format.format(self, a[0].toString(), ts), ts));
        t.method("__len__", (self, a, kw, ts) -> PyInt.of(((PyStr) self).length(), ts));
        t.method("__str__", (self, a, kw, ts) -> Ops.incref(self, ts));
        t.method("__repr__", (self, a, kw, ts) -> Repr.reprObj(self, ts));
        t.method("__hash__", (self, a, kw, ts) -> PyInt.of(self.pyHash(ts), ts));
        t.method("__contains__", (self, a, kw, ts) -> PyBool.of(str(self).contains(strArg(a[0], "in", ts))));
        t.method("__getitem__", (self, a, kw, ts) -> org.interlock.runtime.vm.Items.getItem(self, a[0], ts));
        t.method("__add__", (self, a, kw, ts) -> org.interlock.runtime.vm.Arith.binary(0, self, a[0], ts));
        t.method("__mul__", (self, a, kw, ts) -> org.interlock.runtime.vm.Arith.binary(2, self, a[0], ts));
        t.method("__mod__", (self, a, kw, ts) -> org.interlock.runtime.vm.Arith.binary(5, self, a[0], ts));
        t.attr("maketrans", new PyBuiltin("maketrans", false, "str", (self, a, kw, ts) -> {
            PyDict d = new PyDict(ts);
            if (a.length == 1) {
                PyObject[] items = ((PyDict) a[0]).items(ts);
                try {
                    for (int i = 0; i < items.length; i += 2) {
                        PyObject k = items[i] instanceof PyStr ks ? PyInt.of(ks.codePointAt(0), ts) : Ops.incref(items[i], ts);
                        d.set(k, items[i + 1], ts);
                        ts.refs.decref(k, ts);
                    }
                } finally {
                    for (PyObject o : items) ts.refs.decref(o, ts);
                }
                return d;
            }
            String x = str(a[0]), y = str(a[1]);
            for (int i = 0; i < x.length(); i++) {
                PyObject k = PyInt.of(x.charAt(i), ts), v = PyInt.of(y.charAt(i), ts);
                d.set(k, v, ts);
                ts.refs.decref(k, ts);
                ts.refs.decref(v, ts);
            }
            if (a.length > 2) {
                for (char c : str(a[2]).toCharArray()) {
                    PyObject k = PyInt.of(c, ts);
                    d.set(k, Ops.NONE, ts);
                    ts.refs.decref(k, ts);
                }
            }
            return d;
        }));
        t.method("translate", (self, a, kw, ts) -> {
            StringBuilder sb = new StringBuilder();
            for (int c : str(self).codePoints().toArray()) {
                PyObject k = PyInt.of(c, ts);
                PyObject v;
                try {
                    v = org.interlock.runtime.vm.Items.getItem(a[0], k, ts);
                } catch (org.interlock.runtime.objects.PyException e) {
                    if (!Ops.isInstance(e.exc, ExcTypes.LOOKUP_ERROR)) throw e;
                    ts.refs.decref(e.exc, ts);
                    sb.appendCodePoint(c);
                    continue;
                } finally {
                    ts.refs.decref(k, ts);
                }
                if (v instanceof PyInt i) sb.appendCodePoint((int) i.longValue());
                else if (v instanceof PyStr ps) sb.append(ps.value());
                ts.refs.decref(v, ts);
            }
            return s(sb.toString(), ts);
        });
    }

    private interface CharTest {
        boolean test(int c);
    }

    private static boolean all(String v, CharTest t) {
        if (v.isEmpty()) return false;
        return v.codePoints().allMatch(t::test);
    }

    private static boolean cased(String v, boolean upper) {
        boolean any = false;
        for (int c : v.codePoints().toArray()) {
            if (Character.isUpperCase(c)) {
                if (!upper) return false;
                any = true;
            } else if (Character.isLowerCase(c)) {
                if (upper) return false;
                any = true;
            }
        }
        return any;
    }

    private static String insertEverywhere(String v, String ins, int count) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (int i = 0; i <= v.length(); i++) {
            if (count < 0 || n < count) {
                sb.append(ins);
                n++;
            }
            if (i < v.length()) sb.append(v.charAt(i));
        }
        return sb.toString();
    }

    static String strip(String v, PyObject chars, int which, ThreadState ts) {
        String cs = chars == null || chars == Ops.NONE ? null : strArg(chars, "strip", ts);
        int i = 0, j = v.length();
        if ((which & 1) != 0) while (i < j && (cs == null ? isSpace(v.charAt(i)) : cs.indexOf(v.charAt(i)) >= 0)) i++;
        if ((which & 2) != 0) while (j > i && (cs == null ? isSpace(v.charAt(j - 1)) : cs.indexOf(v.charAt(j - 1)) >= 0)) j--;
        return v.substring(i, j);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u0085' || Character.isSpaceChar(c) || c == '\u001c'
                || c == '\u001d' || c == '\u001e' || c == '\u001f';
    }

    static List<String> split(String v, String sep, int max, ThreadState ts) {
        List<String> out = new ArrayList<>();
        if (sep == null) {
            int i = 0, n = v.length();
            while (true) {
                while (i < n && isSpace(v.charAt(i))) i++;
                if (i >= n) break;
                if (max >= 0 && out.size() == max) {
                    out.add(v.substring(i));
                    break;
                }
                int j = i;
                while (j < n && !isSpace(v.charAt(j))) j++;
                out.add(v.substring(i, j));
                i = j;
            }
            return out;
        }
        if (sep.isEmpty()) throw ExcTypes.valueError("empty separator", ts);
        int i = 0;
        while (max < 0 || out.size() < max) {
            int j = v.indexOf(sep, i);
            if (j < 0) break;
            out.add(v.substring(i, j));
            i = j + sep.length();
        }
        out.add(v.substring(i));
        return out;
    }

    static List<String> rsplit(String v, String sep, int max, ThreadState ts) {
        if (max < 0) return split(v, sep, max, ts);
        List<String> out = new ArrayList<>();
        if (sep == null) {
            int j = v.length();
            while (true) {
                while (j > 0 && isSpace(v.charAt(j - 1))) j--;
                if (j <= 0) break;
                if (out.size() == max) {
                    out.add(v.substring(0, j));
                    break;
                }
                int i = j;
                while (i > 0 && !isSpace(v.charAt(i - 1))) i--;
                out.add(v.substring(i, j));
                j = i;
            }
        } else {
            if (sep.isEmpty()) throw ExcTypes.valueError("empty separator", ts);
            int j = v.length();
            while (out.size() < max) {
                int i = v.lastIndexOf(sep, j - sep.length());
                if (i < 0) break;
                out.add(v.substring(i + sep.length(), j));
                j = i;
            }
            out.add(v.substring(0, j));
        }
        java.util.Collections.reverse(out);
        return out;
    }

    /** Resolves optional start/end arguments at {@code from} against {@code len}. */
    static int[] range(int len, PyObject[] a, int from, ThreadState ts) {
        long st = 0, en = len;
        if (a.length > from && a[from] != Ops.NONE) st = Ops.index(a[from], ts);
        if (a.length > from + 1 && a[from + 1] != Ops.NONE) en = Ops.index(a[from + 1], ts);
        if (st < 0) st = Math.max(0, st + len);
        if (en < 0) en = Math.max(0, en + len);
        st = Math.min(st, len);
        en = Math.min(en, len);
        return new int[] {(int) st, (int) en};
    }

    private static int find(PyObject self, PyObject[] a, boolean rev, ThreadState ts) {
        String v = str(self), sub = strArg(a[0], "find", ts);
        int[] r = range(v.length(), a, 1, ts);
        if (r[1] - r[0] < sub.length()) return sub.isEmpty() && r[0] <= r[1] ? (rev ? r[1] : r[0]) : -1;
        if (rev) {
            int i = v.lastIndexOf(sub, r[1] - sub.length());
            return i >= r[0] ? i : -1;
        }
        int i = v.indexOf(sub, r[0]);
        return i >= 0 && i + sub.length() <= r[1] ? i : -1;
    }

    private static boolean affix(PyObject self, PyObject[] a, boolean start, ThreadState ts) {
        String v = str(self);
        int[] r = range(v.length(), a, 1, ts);
        if (r[0] > r[1]) return false;
        String w = v.substring(r[0], r[1]);
        if (a[0] instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                String p = strArg(t.get(i), "startswith", ts);
                if (start ? w.startsWith(p) : w.endsWith(p)) return true;
            }
            return false;
        }
        if (!(a[0] instanceof PyStr)) {
            throw ExcTypes.typeError((start ? "startswith" : "endswith") + " first arg must be str or a tuple of str, not "
                    + Ops.typeName(a[0]), ts);
        }
        String p = str(a[0]);
        return start ? w.startsWith(p) : w.endsWith(p);
    }

    private static PyObject pad(PyObject self, PyObject[] a, int how, ThreadState ts) {
        String v = str(self);
        int w = (int) Ops.index(a[0], ts);
        String fill = a.length > 1 ? str(a[1]) : " ";
        if (fill.length() != 1) throw ExcTypes.typeError("The fill character must be exactly one character long", ts);
        int n = ((PyStr) self).length();
        if (n >= w) return Ops.incref(self, ts);
        int total = w - n;
        return switch (how) {
            case 0 -> {
                int left = total / 2 + (total & w & 1);
                yield s(fill.repeat(left) + v + fill.repeat(total - left), ts);
            }
            case 1 -> s(v + fill.repeat(total), ts);
            default -> s(fill.repeat(total) + v, ts);
        };
    }

    private static PyObject partition(PyObject self, PyObject sepO, boolean rev, ThreadState ts) {
        String v = str(self), sep = strArg(sepO, "partition", ts);
        if (sep.isEmpty()) throw ExcTypes.valueError("empty separator", ts);
        int i = rev ? v.lastIndexOf(sep) : v.indexOf(sep);
        PyObject[] out;
        if (i < 0) {
            out = rev ? new PyObject[] {PyStr.EMPTY, PyStr.EMPTY, Ops.incref(self, ts)}
                    : new PyObject[] {Ops.incref(self, ts), PyStr.EMPTY, PyStr.EMPTY};
        } else {
            out = new PyObject[] {s(v.substring(0, i), ts), Ops.incref(sepO, ts), s(v.substring(i + sep.length()), ts)};
        }
        return PyTuple.fromNewRefs(out, ts);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
