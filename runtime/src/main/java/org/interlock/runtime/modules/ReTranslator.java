package org.interlock.runtime.modules;

import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Translates a Python (3.11 {@code re}) pattern into a {@link java.util.regex} pattern with the
 * same meaning, and reports Python's compile errors with Python's messages and positions.
 *
 * <p>Why a translation and not an engine: java.util.regex is a backtracking engine close to
 * sre, and the differences are syntactic. They are handled here: named groups are turned into
 * plain numbered groups (Python allows names Java refuses, and the name table is kept here);
 * {@code \Z} is Java's {@code \z}; {@code \v} is a single character in Python but a class in
 * Java; literals in character classes ({@code [}, {@code &&}) are escaped, because Java reads
 * them as nested classes and intersections; a {@code {} that does not form a repeat is a
 * literal in Python; VERBOSE is applied here (Java's COMMENTS mode also strips blanks inside
 * classes, Python does not); {@code ^} under MULTILINE also matches after a trailing newline.
 * Java-only escapes ({@code \p}, {@code \Q}, {@code \h}, ...) are Python's "bad escape" errors.
 * Java always gets UNIX_LINES, so {@code .}, {@code $} and {@code ^} know only {@code \n} as a
 * line end, as Python does.
 */
final class ReTranslator {
    static final int I = 2, L = 4, M = 8, S = 16, U = 32, X = 64, A = 256;

    /** A Python compile error: message and position (in code points of the pattern). */
    static final class ReError extends Exception {
        private static final long serialVersionUID = 1L;
        final int pos;

        ReError(String msg, int pos) {
            super(msg, null, false, false);
            this.pos = pos;
        }
    }

    /** The result: the Java pattern and Python's view of it. */
    record Result(Pattern pattern, int flags, int groups, Map<String, Integer> groupIndex, int[] parents) {}

    private final String src;
    private final boolean bytes;
    private int flags;
    private int i;
    private final StringBuilder out = new StringBuilder();
    private int groups;
    private final Map<String, Integer> names = new LinkedHashMap<>();
    /** Groups whose closing parenthesis has not been seen (for "cannot refer to an open group"). */
    private final java.util.Set<Integer> open = new java.util.HashSet<>();
    /** The enclosing capturing group of each group (0: none), for Match.lastindex. */
    private final java.util.List<Integer> parents = new java.util.ArrayList<>(java.util.List.of(0));

    /** One open parenthesis: its group number (0: not capturing) and the verbose flag to restore. */
    private record Frame(int group, boolean verbose, int pos) {}

    private ReTranslator(String src, int flags, boolean bytes) {
        this.src = src;
        this.flags = flags;
        this.bytes = bytes;
    }

    static Result translate(String src, int flags, boolean bytes) throws ReError {
        ReTranslator t = new ReTranslator(src, flags, bytes);
        t.run();
        int f = t.flags;
        if (!bytes && (f & A) == 0) f |= U;
        int jf = Pattern.UNIX_LINES;
        if ((f & I) != 0) jf |= Pattern.CASE_INSENSITIVE;
        if ((f & M) != 0) jf |= Pattern.MULTILINE;
        if ((f & S) != 0) jf |= Pattern.DOTALL;
        if ((f & U) != 0) jf |= Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE;
        Pattern p;
        try {
            p = Pattern.compile(t.out.toString(), jf);
        } catch (java.util.regex.PatternSyntaxException e) {
            // the translation is meant to leave nothing Java refuses; say what Java said
            throw new ReError(e.getDescription(), 0);
        }
        return new Result(p, f, t.groups, t.names, t.parents.stream().mapToInt(Integer::intValue).toArray());
    }

    private ReError err(String msg, int at) {
        return new ReError(msg, src.codePointCount(0, Math.min(at, src.length())));
    }

    private boolean verbose() {
        return (flags & X) != 0;
    }

    private void run() throws ReError {
        ArrayDeque<Frame> stack = new ArrayDeque<>();
        boolean canRepeat = false; // is there an item a quantifier may apply to
        boolean afterRepeat = false; // the last item was a quantifier
        boolean atStart = true; // only global flag groups so far
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (verbose()) {
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == '\f') {
                    i++;
                    continue;
                }
                if (c == '#') {
                    while (i < n && src.charAt(i) != '\n') i++;
                    continue;
                }
            }
            int start = i;
            switch (c) {
                case '\\' -> {
                    boolean rep = escape();
                    canRepeat = rep;
                    afterRepeat = false;
                    atStart = false;
                }
                case '[' -> {
                    charClass();
                    canRepeat = true;
                    afterRepeat = false;
                    atStart = false;
                }
                case '(' -> {
                    i++;
                    if (i < n && src.charAt(i) == '?') {
                        i++;
                        if (i >= n) throw err("unexpected end of pattern", i);
                        char d = src.charAt(i);
                        if (d == 'P') {
                            i++;
                            if (i < n && src.charAt(i) == '<') {
                                i++;
                                String name = groupName('>');
                                if (!isIdentifier(name)) {
                                    throw err("bad character in group name '" + name + "'", start + 4);
                                }
                                int g = ++groups;
                                Integer prev = names.get(name);
                                if (prev != null) {
                                    throw err("redefinition of group name '" + name + "' as group " + g + "; was group "
                                            + prev, start + 4);
                                }
                                names.put(name, g);
                                open.add(g);
                                parents.add(enclosing(stack));
                                stack.push(new Frame(g, verbose(), start));
                                out.append('(');
                                canRepeat = false;
                            } else if (i < n && src.charAt(i) == '=') {
                                i++;
                                String name = groupName(')');
                                if (!isIdentifier(name)) {
                                    throw err("bad character in group name '" + name + "'", start + 4);
                                }
                                Integer g = names.get(name);
                                if (g == null) throw err("unknown group name '" + name + "'", start + 4);
                                if (open.contains(g)) throw err("cannot refer to an open group", start);
                                out.append("(?:\\").append(g).append(')');
                                canRepeat = true;
                            } else {
                                if (i >= n) throw err("unexpected end of pattern", i);
                                throw err("unknown extension ?P" + src.charAt(i), start + 1);
                            }
                        } else if (d == ':' || d == '=' || d == '!' || d == '>') {
                            i++;
                            stack.push(new Frame(0, verbose(), start));
                            out.append("(?").append(d);
                            canRepeat = false;
                        } else if (d == '<') {
                            i++;
                            if (i < n && (src.charAt(i) == '=' || src.charAt(i) == '!')) {
                                out.append("(?<").append(src.charAt(i));
                                i++;
                                stack.push(new Frame(0, verbose(), start));
                                canRepeat = false;
                            } else {
                                if (i >= n) throw err("unexpected end of pattern", i);
                                throw err("unknown extension ?<" + src.charAt(i), start + 1);
                            }
                        } else if (d == '#') {
                            while (i < n && src.charAt(i) != ')') i++;
                            if (i >= n) throw err("missing ), unterminated comment", start);
                            i++;
                            continue; // a comment changes nothing about repeatability
                        } else if (d == '(') {
                            throw err("conditional groups are not supported by this runtime", start);
                        } else if ("aiLmsux-".indexOf(d) >= 0) {
                            boolean global = inlineFlags(start, atStart, stack);
                            if (global) continue;
                            canRepeat = false;
                        } else {
                            throw err("unknown extension ?" + d, start + 1);
                        }
                    } else {
                        int g = ++groups;
                        open.add(g);
                        parents.add(enclosing(stack));
                        stack.push(new Frame(g, verbose(), start));
                        out.append('(');
                        canRepeat = false;
                    }
                    afterRepeat = false;
                    atStart = false;
                }
                case ')' -> {
                    if (stack.isEmpty()) throw err("unbalanced parenthesis", i);
                    Frame f = stack.pop();
                    if (f.group > 0) open.remove(f.group);
                    flags = f.verbose ? flags | X : flags & ~X;
                    out.append(')');
                    i++;
                    canRepeat = true;
                    afterRepeat = false;
                    atStart = false;
                }
                case '*', '+', '?', '{' -> {
                    if (c == '{') {
                        String q = braceRepeat();
                        if (q == null) { // a literal brace
                            out.append("\\{");
                            i++;
                            canRepeat = true;
                            afterRepeat = false;
                            atStart = false;
                            break;
                        }
                        if (afterRepeat) throw err("multiple repeat", start);
                        if (!canRepeat) throw err("nothing to repeat", start);
                        out.append(q);
                    } else {
                        if (afterRepeat) throw err("multiple repeat", start);
                        if (!canRepeat) throw err("nothing to repeat", start);
                        out.append(c);
                        i++;
                    }
                    // a lazy or possessive suffix belongs to this repeat
                    if (i < n && (src.charAt(i) == '?' || src.charAt(i) == '+')) {
                        out.append(src.charAt(i));
                        i++;
                    }
                    afterRepeat = true;
                    canRepeat = false;
                    atStart = false;
                }
                case '|', '^', '$', '.' -> {
                    // Java's MULTILINE ^ does not match after a newline that ends the input
                    out.append(c == '^' && (flags & M) != 0 ? "(?:^|(?<=\\n))" : String.valueOf(c));
                    i++;
                    canRepeat = c == '.';
                    afterRepeat = false;
                    atStart = false;
                }
                default -> {
                    int cp = src.codePointAt(i);
                    i += Character.charCount(cp);
                    literal(cp);
                    canRepeat = true;
                    afterRepeat = false;
                    atStart = false;
                }
            }
        }
        if (!stack.isEmpty()) throw err("missing ), unterminated subpattern", stack.peek().pos);
    }

    private static int enclosing(ArrayDeque<Frame> stack) {
        for (Frame f : stack) if (f.group > 0) return f.group;
        return 0;
    }

    /** Parses {@code (?flags)} or {@code (?flags-flags:}; true when it was a global group. */
    private boolean inlineFlags(int start, boolean atStart, ArrayDeque<Frame> stack) throws ReError {
        int n = src.length();
        int on = 0, off = 0;
        boolean minus = false;
        while (i < n) {
            char d = src.charAt(i);
            int f = switch (d) {
                case 'a' -> A;
                case 'i' -> I;
                case 'L' -> L;
                case 'm' -> M;
                case 's' -> S;
                case 'u' -> U;
                case 'x' -> X;
                default -> -1;
            };
            if (d == '-') {
                if (minus) throw err("bad inline flags: flag not turned off", i);
                minus = true;
                i++;
                continue;
            }
            if (f < 0) break;
            if (minus) off |= f;
            else on |= f;
            i++;
        }
        if (i >= n) throw err("missing -, : or )", i);
        char d = src.charAt(i);
        if (d == ')') {
            if (minus) throw err("missing :", i);
            if (!atStart) throw err("global flags not at the start of the expression", start);
            if ((on & L) != 0 && !bytes) throw err("bad inline flags: cannot use 'L' flag with a str pattern", i);
            if ((on & U) != 0 && bytes) throw err("bad inline flags: cannot use 'u' flag with a bytes pattern", i);
            flags |= on;
            i++;
            return true;
        }
        if (d != ':') throw err(Character.isLetter(d) ? "unknown flag" : "missing -, : or )", i);
        i++;
        stack.push(new Frame(0, verbose(), start));
        if ((on & X) != 0) flags |= X;
        if ((off & X) != 0) flags &= ~X;
        StringBuilder j = new StringBuilder("(?");
        if ((on & I) != 0) j.append('i');
        if ((on & M) != 0) j.append('m');
        if ((on & S) != 0) j.append('s');
        if ((on & U) != 0) j.append('U');
        if ((off & (I | M | S | A)) != 0 || (on & A) != 0) {
            j.append('-');
            if ((off & I) != 0) j.append('i');
            if ((off & M) != 0) j.append('m');
            if ((off & S) != 0) j.append('s');
            if ((on & A) != 0) j.append('U');
        }
        out.append(j).append(':');
        return false;
    }

    private String groupName(char terminator) throws ReError {
        int n = src.length();
        int s = i;
        while (i < n && src.charAt(i) != terminator) i++;
        if (i >= n && i == s) throw err("missing group name", s);
        if (i >= n) throw err("missing " + terminator + ", unterminated name", s);
        String name = src.substring(s, i);
        if (name.isEmpty()) throw err("missing group name", s);
        i++;
        return name;
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty()) return false;
        int cp0 = s.codePointAt(0);
        if (!(cp0 == '_' || Character.isUnicodeIdentifierStart(cp0))) return false;
        for (int k = Character.charCount(cp0); k < s.length();) {
            int cp = s.codePointAt(k);
            if (!(cp == '_' || Character.isUnicodeIdentifierPart(cp)) || Character.isIdentifierIgnorable(cp)) return false;
            k += Character.charCount(cp);
        }
        return true;
    }

    /** A repeat {m,n} at i in Java syntax (i moved past it), or null when the brace is a literal. */
    private String braceRepeat() throws ReError {
        int n = src.length();
        int s = i;
        int j = i + 1;
        if (j < n && src.charAt(j) == '}') return null;
        int loS = j;
        while (j < n && Character.isDigit(src.charAt(j)) && src.charAt(j) < 128) j++;
        String lo = src.substring(loS, j);
        String hi;
        if (j < n && src.charAt(j) == ',') {
            j++;
            int hiS = j;
            while (j < n && Character.isDigit(src.charAt(j)) && src.charAt(j) < 128) j++;
            hi = src.substring(hiS, j);
        } else {
            hi = lo;
        }
        if (j >= n || src.charAt(j) != '}') return null;
        long min = lo.isEmpty() ? 0 : parseRepeat(lo, s);
        long max = hi.isEmpty() ? -1 : parseRepeat(hi, s);
        if (max >= 0 && max < min) throw err("min repeat greater than max repeat", s + 1);
        i = j + 1;
        return max < 0 ? "{" + min + ",}" : (min == max && !src.substring(s, j).contains(",")) ? "{" + min + "}"
                : "{" + min + "," + max + "}";
    }

    private long parseRepeat(String digits, int at) throws ReError {
        if (digits.length() > 9 || Long.parseLong(digits) >= 0xFFFFFFFFL) throw err("the repetition number is too large", at);
        return Long.parseLong(digits);
    }

    /** Emits a literal code point in a form Java reads as that code point, inside or outside a class. */
    private void literal(int cp) {
        if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_' || cp == ' ') {
            out.append((char) cp);
        } else {
            out.append("\\x{").append(Integer.toHexString(cp)).append('}');
        }
    }

    /** An escape outside a class; returns whether it may be repeated. */
    private boolean escape() throws ReError {
        int start = i;
        int n = src.length();
        i++;
        if (i >= n) throw err("bad escape (end of pattern)", start);
        char c = src.charAt(i);
        i++;
        switch (c) {
            case 'A' -> {
                out.append("\\A");
                return false;
            }
            case 'Z' -> {
                out.append("\\z");
                return false;
            }
            case 'b', 'B' -> {
                out.append('\\').append(c);
                return false;
            }
            case 'd', 'D', 's', 'S', 'w', 'W' -> {
                out.append('\\').append(c);
                return true;
            }
            default -> {
                if (c >= '1' && c <= '9') {
                    // three octal digits are an octal escape, otherwise a group reference of 1-2 digits
                    if (i + 1 < n && isOct(c) && isOct(src.charAt(i)) && isOct(src.charAt(i + 1))) {
                        int v = Integer.parseInt(src.substring(i - 1, i + 2), 8);
                        if (v > 0377) throw err("octal escape value \\" + src.substring(i - 1, i + 2) + " outside of range 0-0o377", start);
                        i += 2;
                        literal(v);
                        return true;
                    }
                    int g = c - '0';
                    if (i < n && src.charAt(i) >= '0' && src.charAt(i) <= '9') {
                        g = g * 10 + (src.charAt(i) - '0');
                        i++;
                    }
                    if (g > groups) throw err("invalid group reference " + g, start + 1);
                    if (open.contains(g)) throw err("cannot refer to an open group", start);
                    out.append("(?:\\").append(g).append(')');
                    return true;
                }
                literal(simpleEscape(c, start, false));
                return true;
            }
        }
    }

    private static boolean isOct(char c) {
        return c >= '0' && c <= '7';
    }

    /**
     * The code point of a single-character escape (the backslash at {@code start}, the letter
     * already consumed); throws "bad escape" for letters Python does not know.
     */
    private int simpleEscape(char c, int start, boolean inClass) throws ReError {
        int n = src.length();
        switch (c) {
            case 'a': return 7;
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'v': return 0x0B;
            case 'b':
                if (inClass) return 8;
                break;
            case '0': {
                int v = 0, k = 0;
                while (k < 2 && i < n && isOct(src.charAt(i))) {
                    v = v * 8 + (src.charAt(i) - '0');
                    i++;
                    k++;
                }
                return v;
            }
            case 'x': return hexEscape(2, start, 'x');
            case 'u':
                if (!bytes) return hexEscape(4, start, 'u');
                break;
            case 'U':
                if (!bytes) {
                    int v = hexEscape(8, start, 'U');
                    if (v > 0x10FFFF) throw err("bad escape \\" + src.substring(start + 1, i), start);
                    return v;
                }
                break;
            case 'N':
                if (!bytes) {
                    if (i >= n || src.charAt(i) != '{') throw err("missing {", i);
                    int e = src.indexOf('}', i);
                    if (e < 0) throw err("missing }, unterminated name", i + 1);
                    String name = src.substring(i + 1, e);
                    int cp;
                    try {
                        cp = Character.codePointOf(name);
                    } catch (IllegalArgumentException ex) {
                        throw err("undefined character name '" + name + "'", start);
                    }
                    i = e + 1;
                    return cp;
                }
                break;
            default:
                break;
        }
        if (c < 128 && Character.isLetterOrDigit(c)) throw err("bad escape \\" + c, start);
        if (Character.isHighSurrogate(c) && i < n) {
            i++;
            return Character.toCodePoint(c, src.charAt(i - 1));
        }
        return c;
    }

    private int hexEscape(int digits, int start, char kind) throws ReError {
        int n = src.length();
        int s = i;
        while (i < n && i - s < digits && Character.digit(src.charAt(i), 16) >= 0 && src.charAt(i) < 128) i++;
        if (i - s < digits) throw err("incomplete escape \\" + kind + src.substring(s, i), start);
        return Integer.parseInt(src.substring(s, i), 16);
    }

    /** One character class {@code [...]}: Python's literal rules, Java's syntax. */
    private void charClass() throws ReError {
        int start = i;
        int n = src.length();
        i++;
        out.append('[');
        if (i < n && src.charAt(i) == '^') {
            out.append('^');
            i++;
        }
        boolean first = true;
        while (true) {
            if (i >= n) throw err("unterminated character set", start);
            char c = src.charAt(i);
            if (c == ']' && !first) {
                i++;
                break;
            }
            first = false;
            int itemStart = i;
            int lo = classItem();
            if (i + 1 < n && src.charAt(i) == '-' && src.charAt(i + 1) != ']') {
                i++;
                int hiStart = i;
                int hi = classItem();
                if (lo < 0 || hi < 0) {
                    throw err("bad character range " + src.substring(itemStart, i), itemStart);
                }
                if (hi < lo) throw err("bad character range " + src.substring(itemStart, i), itemStart);
                literal(lo);
                out.append('-');
                literal(hi);
                continue;
            }
            if (lo >= 0) literal(lo);
        }
        out.append(']');
    }

    /** A class member: its code point, or -1 after emitting a class escape such as \d. */
    private int classItem() throws ReError {
        int n = src.length();
        char c = src.charAt(i);
        if (c != '\\') {
            int cp = src.codePointAt(i);
            i += Character.charCount(cp);
            return cp;
        }
        int start = i;
        i++;
        if (i >= n) throw err("unterminated character set", start);
        char d = src.charAt(i);
        i++;
        switch (d) {
            case 'd', 'D', 's', 'S', 'w', 'W' -> {
                out.append('\\').append(d);
                return -1;
            }
            default -> {
                if (d >= '1' && d <= '7' && i + 1 < n && isOct(src.charAt(i)) && isOct(src.charAt(i + 1))) {
                    int v = Integer.parseInt(src.substring(i - 1, i + 2), 8);
                    if (v > 0377) throw err("octal escape value \\" + src.substring(i - 1, i + 2) + " outside of range 0-0o377", start);
                    i += 2;
                    return v;
                }
                if (d >= '1' && d <= '9') throw err("bad escape \\" + d, start);
                return simpleEscape(d, start, true);
            }
        }
    }
}
