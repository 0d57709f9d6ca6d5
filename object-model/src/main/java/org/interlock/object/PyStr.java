package org.interlock.object;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Python's {@code str}: an immutable Java {@link String} payload.
 *
 * <h2>Code points, not UTF-16 units</h2>
 * CPython indexes strings by code point; Java strings are UTF-16. Every length, index and slice
 * here counts code points: {@link #length()}, {@link #codePointAt}, {@link #item},
 * {@link #slice}. A string without surrogates (the common case: {@link #isBmp()}) takes a fast
 * path where code point i is char i. A lone surrogate (which Python allows) counts as one code
 * point, as Java's code point methods treat it.
 *
 * <h2>Interning (invariant S1)</h2>
 * {@link #intern(String)} returns the one immortal string for a value from a process-wide
 * {@link ConcurrentHashMap}: any number of threads may intern concurrently and all get the same
 * object. Interned strings (identifiers, the empty string, one-character Latin-1 strings) are
 * never counted and never die. The table is shared by every object space in the JVM, which is
 * safe because its strings are immortal and carry no per-space state.
 *
 * <h2>Hash</h2>
 * CPython's str hash is randomized per process (SipHash); ours is a fixed 64-bit mix of the
 * UTF-16 units (FNV-1a then a murmur finalizer), which is deterministic across runs. It is
 * cached in a racy volatile field, loaded directly and stored opaque (not plain, because the
 * JLS lets a plain long be torn): every thread computes the same value, so a stale read of 0
 * only means computing it again (the race is benign).
 */
public final class PyStr extends PyObject {
    public static final PyType TYPE = PyType.builtin("str");

    private static final VarHandle HASH;

    static {
        try {
            HASH = MethodHandles.lookup().findVarHandle(PyStr.class, "hash", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static final ConcurrentHashMap<String, PyStr> INTERNED = new ConcurrentHashMap<>();
    /** {@code ''}, immortal. */
    public static final PyStr EMPTY = intern("");
    private static final PyStr[] LATIN1 = new PyStr[256];

    static {
        for (int c = 0; c < 256; c++) LATIN1[c] = intern(String.valueOf((char) c));
    }

    private final String value;
    /** Length in code points. */
    private final int length;
    /**
     * Cached hash; 0 = not computed. Racy, benign (see class comment): read as the volatile
     * field it is (a plain load on x86, and few JIT nodes, where the VarHandle's expansion
     * counted against the eval loop's inlining budget), written with an opaque store.
     */
    private volatile long hash;

    /** An immortal string, for the intern table only. */
    private PyStr(String value) {
        super();
        this.value = value;
        this.length = value.codePointCount(0, value.length());
    }

    private PyStr(String value, ThreadState ts) {
        super(ts);
        markLeaf();
        this.value = value;
        this.length = value.codePointCount(0, value.length());
    }

    /**
     * A str with this value (a new reference). The empty string and one-character Latin-1
     * strings are the immortal interned ones, as CPython caches them.
     */
    public static PyStr of(String s, ThreadState ts) {
        int n = s.length();
        if (n == 0) return EMPTY;
        if (n == 1 && s.charAt(0) < 256) return LATIN1[s.charAt(0)];
        return new PyStr(s, ts);
    }

    /** A one-code-point str (a new reference). */
    public static PyStr ofCodePoint(int cp, ThreadState ts) {
        if (cp < 256) return LATIN1[cp];
        return new PyStr(new String(Character.toChars(cp)), ts);
    }

    /** The immortal interned str for {@code s}; thread-safe (S1). */
    public static PyStr intern(String s) {
        PyStr p = INTERNED.get(s);
        if (p != null) return p;
        return INTERNED.computeIfAbsent(s, PyStr::new);
    }

    /** The interned equivalent of {@code s} (itself if it is interned already). Immortal. */
    public static PyStr intern(PyStr s) {
        return s.isImmortal() ? s : intern(s.value);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The Java string payload. */
    public String value() {
        return value;
    }

    /** Length in code points ({@code len(s)}). */
    public int length() {
        return length;
    }

    /** True when the string has no surrogates: code point i is char i. */
    public boolean isBmp() {
        return length == value.length();
    }

    /** The code point at code point index {@code i} (0 &lt;= i &lt; length). */
    public int codePointAt(int i) {
        if (isBmp()) return value.charAt(i);
        return value.codePointAt(value.offsetByCodePoints(0, i));
    }

    /** The UTF-16 offset of code point index {@code cp} (0 &lt;= cp &lt;= length). */
    public int charOffset(int cp) {
        return isBmp() ? cp : value.offsetByCodePoints(0, cp);
    }

    /** The substring of code points [start, end), with 0 &lt;= start &lt;= end &lt;= length. */
    public String substring(int start, int end) {
        if (isBmp()) return value.substring(start, end);
        int s = value.offsetByCodePoints(0, start);
        return value.substring(s, value.offsetByCodePoints(s, end - start));
    }

    /** {@code s[i]} with Python's negative indexing (a new reference); IndexError out of range. */
    public PyStr item(long i, ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(this, "item access");
        if (i < 0) i += length;
        if (i < 0 || i >= length) throw new OperationError(OperationError.Kind.INDEX, "string index out of range");
        return ofCodePoint(codePointAt((int) i), ts);
    }

    /** {@code s[start:stop:step]} (a new reference). */
    public PyStr slice(SliceIndices sl, ThreadState ts) {
        if (sl.length() == 0) return EMPTY;
        if (sl.step() == 1) return of(substring(sl.start(), sl.start() + sl.length()), ts);
        StringBuilder sb = new StringBuilder(sl.length());
        if (isBmp()) {
            for (int k = 0; k < sl.length(); k++) sb.append(value.charAt(sl.index(k)));
        } else {
            int[] cps = value.codePoints().toArray();
            for (int k = 0; k < sl.length(); k++) sb.appendCodePoint(cps[sl.index(k)]);
        }
        return of(sb.toString(), ts);
    }

    /** {@code a + b} (a new reference). */
    public static PyStr concat(PyStr a, PyStr b, ThreadState ts) {
        if (a.value.isEmpty()) {
            ts.refs.incref(b, ts);
            return b;
        }
        if (b.value.isEmpty()) {
            ts.refs.incref(a, ts);
            return a;
        }
        return of(a.value.concat(b.value), ts);
    }

    /** Compares by code point, as Python orders strings (UTF-16 order differs above U+FFFF). */
    public static int compare(PyStr a, PyStr b) {
        if (a.isBmp() && b.isBmp()) return a.value.compareTo(b.value);
        String x = a.value, y = b.value;
        int i = 0, j = 0;
        while (i < x.length() && j < y.length()) {
            int cx = x.codePointAt(i), cy = y.codePointAt(j);
            if (cx != cy) return Integer.compare(cx, cy);
            i += Character.charCount(cx);
            j += Character.charCount(cy);
        }
        return i < x.length() ? 1 : (j < y.length() ? -1 : 0);
    }

    @Override
    public long pyHash(ThreadState ts) {
        long h = hash;
        if (h == 0) {
            h = hashOf(value);
            HASH.setOpaque(this, h);
        }
        return h;
    }

    /** The str hash of a Java string (deterministic; never -1). */
    public static long hashOf(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == -1 ? -2 : h;
    }

    @Override
    public boolean pyEquals(PyObject other, ThreadState ts) {
        if (other instanceof PyStr s) return s == this || value.equals(s.value);
        return otherSideEquals(other, ts);
    }

    /** The value itself (not its repr). */
    @Override
    public String toString() {
        return value;
    }
}
