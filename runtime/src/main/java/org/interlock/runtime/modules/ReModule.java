package org.interlock.runtime.modules;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interlock.object.PyDict;
import org.interlock.object.PyInt;
import org.interlock.object.PyList;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyTuple;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;
import org.interlock.runtime.builtins.ArgAccess;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyBytes;
import org.interlock.runtime.objects.PyModule;
import org.interlock.runtime.objects.TypeInfo;
import org.interlock.runtime.vm.Ops;

/**
 * {@code _jre}: the matching engine under {@code lib/re.py}. {@code compile(pattern, flags)}
 * translates the Python pattern ({@link ReTranslator}) and returns {@code (engine, flags,
 * groups, groupindex)}, or {@code (message, pos)} for a pattern Python refuses (re.py raises
 * {@code re.error} from it). The engine's {@code exec(string, pos, endpos, mode)} runs one
 * search (mode 0), match (1) or fullmatch (2) and returns the flat tuple of group spans
 * ({@code -1} for a group that did not take part) or None; {@code scan(string, pos, endpos,
 * limit)} returns the spans of successive non-overlapping matches (Java's find loop allows an
 * empty match right after a non-empty one and bumps past an empty one, which is Python 3.7's
 * rule), and {@code findall} builds {@code re.findall}'s list directly.
 *
 * <p>Strings are matched as Java strings; a bytes subject is decoded as Latin-1 (one char per
 * byte), so indices agree. Positions are code points: they are converted only when the str
 * has characters outside the BMP. An engine is immutable (a {@link Pattern} is thread-safe and
 * each call makes its own {@link Matcher}), so it needs no lock under any policy.
 */
final class ReModule {
    private ReModule() {}

    static final PyType ENGINE = PyType.builtin("_jre.Engine");

    /** A compiled pattern: immutable. */
    static final class Engine extends PyObject {
        final Pattern pattern;
        final int groups;
        final boolean bytes;
        final int[] parents;
        /** Group names to numbers, in definition order. */
        final Map<String, Integer> names;

        Engine(Pattern pattern, int groups, boolean bytes, int[] parents, Map<String, Integer> names, ThreadState ts) {
            super(ts);
            this.names = names;
            this.pattern = pattern;
            this.groups = groups;
            this.bytes = bytes;
            this.parents = parents;
        }

        boolean encloses(int outer, int g) {
            for (int p = parents[g]; p > 0; p = parents[p]) if (p == outer) return true;
            return false;
        }

        @Override
        public PyType type() {
            return ENGINE;
        }
    }

    /** The subject as a Java string, and whether code point and char indices differ. */
    private record Subject(String s, PyStr str) {
        int toChar(int cp) {
            return str == null || str.isBmp() ? cp : s.offsetByCodePoints(0, cp);
        }

        int toCp(int ch) {
            return str == null || str.isBmp() ? ch : s.codePointCount(0, ch);
        }

        int length() {
            return str == null ? s.length() : str.length();
        }
    }

    private static Subject subject(Engine e, PyObject o, ThreadState ts) {
        if (e.bytes) {
            if (o instanceof PyBytes b) return new Subject(new String(b.bytes(), StandardCharsets.ISO_8859_1), null);
            if (o instanceof PyStr) throw ExcTypes.typeError("cannot use a bytes pattern on a string-like object", ts);
        } else {
            if (o instanceof PyStr s) return new Subject(s.value(), s);
            if (o instanceof PyBytes) throw ExcTypes.typeError("cannot use a string pattern on a bytes-like object", ts);
        }
        throw ExcTypes.typeError("expected string or bytes-like object, got '" + o.type().name() + "'", ts);
    }

    /** Python's clamping of pos/endpos to [0, len]. */
    private static int clamp(PyObject o, int dflt, int len, ThreadState ts) {
        if (o == null || o == Ops.NONE) return dflt;
        long v = Ops.index(o, ts);
        if (v < 0) v = 0;
        return (int) Math.min(v, len);
    }

    private static Matcher matcher(Engine e, Subject sub, int pos, int endpos) {
        int end = sub.toChar(endpos);
        // endpos cuts the string, so $ and lookaheads see its end; pos does not, so ^ only at 0
        Matcher m = e.pattern.matcher(end == sub.s.length() ? sub.s : sub.s.substring(0, end));
        m.useAnchoringBounds(false);
        m.useTransparentBounds(true);
        m.region(Math.min(sub.toChar(pos), end), end);
        return m;
    }

    /**
     * The Match for the matcher's current match. Its lastindex is the group that closed last:
     * the one ending furthest right; on a tie an enclosing group closes after the groups inside
     * it, and of two separate groups the later one closes last.
     */
    private static ReMatch match(PyObject pattern, PyObject string, int pos, int endpos, Matcher m, Engine e, Subject sub,
            ThreadState ts) {
        int[] spans = new int[2 * (e.groups + 1)];
        int last = -1, lastEnd = -1;
        for (int g = 0; g <= e.groups; g++) {
            int s = m.start(g);
            spans[2 * g] = s < 0 ? -1 : sub.toCp(s);
            spans[2 * g + 1] = s < 0 ? -1 : sub.toCp(m.end(g));
            if (g > 0 && s >= 0) {
                int end = m.end(g);
                if (end > lastEnd || (end == lastEnd && !e.encloses(last, g))) {
                    last = g;
                    lastEnd = end;
                }
            }
        }
        return new ReMatch(pattern, string, pos, endpos, spans, last, e, ts);
    }

    /** {@code exec(pattern, string, pos, endpos, mode)}: a Match or None. */
    private static PyObject exec(Engine e, PyObject[] a, ThreadState ts) {
        Subject sub = subject(e, a[1], ts);
        int len = sub.length();
        int pos = clamp(a[2], 0, len, ts);
        int endpos = clamp(a[3], len, len, ts);
        int mode = (int) Ops.index(a[4], ts);
        if (endpos < pos) return Ops.NONE;
        Matcher m = matcher(e, sub, pos, endpos);
        boolean ok = switch (mode) {
            case 0 -> m.find();
            case 1 -> m.lookingAt();
            default -> m.matches();
        };
        return ok ? match(a[0], a[1], pos, endpos, m, e, sub, ts) : Ops.NONE;
    }

    /** {@code matches(pattern, string, pos, endpos, limit)}: the list of successive Matches. */
    private static PyObject matches(Engine e, PyObject[] a, ThreadState ts) {
        Subject sub = subject(e, a[1], ts);
        int len = sub.length();
        int pos = clamp(a[2], 0, len, ts);
        int endpos = clamp(a[3], len, len, ts);
        long limit = Ops.index(a[4], ts);
        PyList out = new PyList(ts);
        if (endpos < pos) return out;
        Matcher m = matcher(e, sub, pos, endpos);
        long count = 0;
        while ((limit <= 0 || count < limit) && m.find()) {
            add(out, match(a[0], a[1], pos, endpos, m, e, sub, ts), ts);
            count++;
        }
        return out;
    }

    private static PyObject slice(Engine e, Subject sub, Matcher m, int g, ThreadState ts) {
        int s = m.start(g);
        if (s < 0) return e.bytes ? new PyBytes(new byte[0], false, ts) : PyStr.EMPTY;
        String piece = sub.s.substring(s, m.end(g));
        if (e.bytes) return new PyBytes(piece.getBytes(StandardCharsets.ISO_8859_1), false, ts);
        return PyStr.of(piece, ts);
    }

    private static PyObject findall(Engine e, PyObject[] a, ThreadState ts) {
        Subject sub = subject(e, a[0], ts);
        int len = sub.length();
        int pos = clamp(a[1], 0, len, ts);
        int endpos = clamp(a[2], len, len, ts);
        PyList out = new PyList(ts);
        if (endpos < pos) return out;
        Matcher m = matcher(e, sub, pos, endpos);
        while (m.find()) {
            PyObject item;
            if (e.groups == 0) {
                item = slice(e, sub, m, 0, ts);
            } else if (e.groups == 1) {
                item = slice(e, sub, m, 1, ts);
            } else {
                PyObject[] parts = new PyObject[e.groups];
                for (int g = 1; g <= e.groups; g++) parts[g - 1] = slice(e, sub, m, g, ts);
                item = PyTuple.fromNewRefs(parts, ts);
            }
            out.append(item, ts);
            ts.refs.decref(item, ts);
        }
        return out;
    }

    /** The text of [from, to) of the subject as str or bytes (new reference). */
    private static PyObject piece(Engine e, Subject sub, int from, int to, ThreadState ts) {
        String p = sub.s.substring(from, to);
        if (e.bytes) return new PyBytes(p.getBytes(StandardCharsets.ISO_8859_1), false, ts);
        return PyStr.of(p, ts);
    }

    /** {@code split(string, maxsplit)}: pieces between matches, with the groups in between. */
    private static PyObject split(Engine e, PyObject[] a, ThreadState ts) {
        Subject sub = subject(e, a[0], ts);
        long limit = Ops.index(a[1], ts);
        PyList out = new PyList(ts);
        Matcher m = matcher(e, sub, 0, sub.length());
        int last = 0;
        long count = 0;
        while ((limit <= 0 || count < limit) && m.find()) {
            add(out, piece(e, sub, last, m.start(), ts), ts);
            for (int g = 1; g <= e.groups; g++) {
                add(out, m.start(g) < 0 ? Ops.NONE : slice(e, sub, m, g, ts), ts);
            }
            last = m.end();
            count++;
        }
        add(out, piece(e, sub, last, sub.s.length(), ts), ts);
        return out;
    }

    private static void add(PyList l, PyObject item, ThreadState ts) {
        l.append(item, ts);
        ts.refs.decref(item, ts);
    }

    /**
     * {@code subn(string, parts, count)} for a parsed template: {@code parts} is a tuple of
     * literal str/bytes pieces and group numbers. Returns {@code (result, n)}.
     */
    private static PyObject subn(Engine e, PyObject[] a, ThreadState ts) {
        Subject sub = subject(e, a[0], ts);
        if (!(a[1] instanceof PyTuple parts)) throw ExcTypes.typeError("template parts must be a tuple", ts);
        long limit = Ops.index(a[2], ts);
        Object[] tpl = new Object[parts.size()];
        for (int k = 0; k < tpl.length; k++) {
            PyObject p = parts.get(k);
            if (p instanceof PyInt i) tpl[k] = (int) i.longValue();
            else if (p instanceof PyStr str) tpl[k] = str.value();
            else if (p instanceof PyBytes b) tpl[k] = new String(b.bytes(), StandardCharsets.ISO_8859_1);
            else throw ExcTypes.typeError("bad template part", ts);
        }
        Matcher m = matcher(e, sub, 0, sub.length());
        StringBuilder sb = new StringBuilder();
        int last = 0;
        long count = 0;
        while ((limit <= 0 || count < limit) && m.find()) {
            sb.append(sub.s, last, m.start());
            for (Object part : tpl) {
                if (part instanceof String lit) {
                    sb.append(lit);
                } else {
                    int g = (Integer) part;
                    if (m.start(g) >= 0) sb.append(sub.s, m.start(g), m.end(g));
                }
            }
            last = m.end();
            count++;
        }
        PyObject result;
        if (count == 0) {
            result = Ops.incref(a[0], ts);
        } else {
            sb.append(sub.s, last, sub.s.length());
            result = e.bytes ? new PyBytes(sb.toString().getBytes(StandardCharsets.ISO_8859_1), false, ts)
                    : PyStr.of(sb.toString(), ts);
        }
        return PyTuple.fromNewRefs(new PyObject[] {result, PyInt.of(count, ts)}, ts);
    }

    private static PyObject compile(PyObject[] a, ThreadState ts) {
        PyObject p = a[0];
        int flags = (int) Ops.index(a[1], ts);
        String src;
        boolean bytes;
        if (p instanceof PyStr s) {
            src = s.value();
            bytes = false;
        } else if (p instanceof PyBytes b) {
            src = new String(b.bytes(), StandardCharsets.ISO_8859_1);
            bytes = true;
        } else {
            throw ExcTypes.typeError("first argument must be string or compiled pattern", ts);
        }
        ReTranslator.Result r;
        try {
            r = ReTranslator.translate(src, flags, bytes);
        } catch (ReTranslator.ReError err) {
            PyObject msg = PyStr.of(err.getMessage(), ts);
            PyObject at = PyInt.of(err.pos, ts);
            return PyTuple.fromNewRefs(new PyObject[] {msg, at}, ts);
        }
        PyDict index = new PyDict(ts);
        for (Map.Entry<String, Integer> en : r.groupIndex().entrySet()) {
            PyObject k = PyStr.of(en.getKey(), ts);
            PyObject v = PyInt.of(en.getValue(), ts);
            index.set(k, v, ts);
            ts.refs.decref(k, ts);
            ts.refs.decref(v, ts);
        }
        return PyTuple.fromNewRefs(new PyObject[] {new Engine(r.pattern(), r.groups(), bytes, r.parents(), java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(r.groupIndex())), ts), PyInt.of(r.flags(), ts),
                PyInt.of(r.groups(), ts), index}, ts);
    }

    private static void arity(String name, PyObject[] a, String[] kw, int min, int max, ThreadState ts) {
        int n = ArgAccess.npos(a, kw);
        if (n < min || n > max || (kw != null && kw.length > 0)) {
            throw ExcTypes.typeError(name + "() takes from " + min + " to " + max + " positional arguments", ts);
        }
    }

    /**
     * java.util.regex backtracks by recursion; a pattern such as {@code (a|b)*} over a long
     * subject can exhaust a small thread stack, where sre would not. That is reported as
     * RecursionError rather than crashing the thread.
     */
    private static PyObject guard(java.util.function.Supplier<PyObject> body, ThreadState ts) {
        try {
            return body.get();
        } catch (StackOverflowError e) {
            throw ExcTypes.raise(ExcTypes.RECURSION_ERROR, "maximum recursion depth exceeded while matching", ts);
        }
    }

    private static boolean initDone;

    private static synchronized void initType() {
        if (initDone) return;
        initDone = true;
        TypeInfo ti = TypeInfo.of(ENGINE);
        ti.method("exec", (s, a, kw, ts) -> {
            arity("exec", a, kw, 5, 5, ts);
            return guard(() -> exec((Engine) s, a, ts), ts);
        });
        ti.method("matches", (s, a, kw, ts) -> {
            arity("matches", a, kw, 5, 5, ts);
            return guard(() -> matches((Engine) s, a, ts), ts);
        });
        ti.method("split", (s, a, kw, ts) -> {
            arity("split", a, kw, 2, 2, ts);
            return guard(() -> split((Engine) s, a, ts), ts);
        });
        ti.method("subn", (s, a, kw, ts) -> {
            arity("subn", a, kw, 3, 3, ts);
            return guard(() -> subn((Engine) s, a, ts), ts);
        });
        ti.method("findall", (s, a, kw, ts) -> {
            arity("findall", a, kw, 3, 3, ts);
            return guard(() -> findall((Engine) s, a, ts), ts);
        });
    }

    static PyModule create(ThreadState ts) {
        initType();
        ReMatch.initType();
        PyModule m = new PyModule("_jre", ts);
        new ModuleDef(m, ts).val("Match", ReMatch.TYPE).fn("compile", (s, a, kw, t) -> {
            arity("compile", a, kw, 2, 2, t);
            return compile(a, t);
        });
        return m;
    }
}
