package org.interlock.runtime.lexer;

import java.io.ByteArrayOutputStream;

/**
 * One string literal token taken apart: its prefix flags and the body between the quotes,
 * with the escape decoders the parser uses. Decoding errors are {@link LiteralError}s whose
 * messages are CPython 3.11's; the parser turns them into SyntaxErrors at the token.
 *
 * @param bytes   {@code b} prefix
 * @param raw     {@code r} prefix
 * @param fstring {@code f} prefix
 * @param unicode {@code u} prefix (kept as {@code Constant.kind == "u"})
 * @param body    the text between the quotes, undecoded
 * @param bodyLine line of the body's first character
 * @param bodyCol  column of the body's first character
 */
public record StringLiteral(boolean bytes, boolean raw, boolean fstring, boolean unicode, String body,
                            int bodyLine, int bodyCol) {

    /** A malformed literal; the message is the SyntaxError's. */
    public static final class LiteralError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** An error with CPython's message. */
        public LiteralError(String msg) {
            super(msg);
        }
    }

    /** Splits a STRING token. */
    public static StringLiteral of(Token t) {
        String s = t.text();
        int i = 0;
        boolean b = false;
        boolean r = false;
        boolean f = false;
        boolean u = false;
        while (s.charAt(i) != '\'' && s.charAt(i) != '"') {
            switch (Character.toLowerCase(s.charAt(i))) {
                case 'b' -> b = true;
                case 'r' -> r = true;
                case 'f' -> f = true;
                default -> u = true;
            }
            i++;
        }
        char q = s.charAt(i);
        int ql = s.startsWith(String.valueOf(q).repeat(3), i) && s.length() - i >= 6 ? 3 : 1;
        String body = s.substring(i + ql, s.length() - ql);
        return new StringLiteral(b, r, f, u, body, t.line(), t.col() + i + ql);
    }

    /** Decodes a str body (not an f-string): escapes unless raw. */
    public String decodeStr() {
        return raw ? body : decodeEscapes(body);
    }

    /** Decodes a bytes body: ASCII only, escapes unless raw. */
    public byte[] decodeBytes() {
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) >= 128) {
                throw new LiteralError("bytes can only contain ASCII literal characters");
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        if (raw) {
            for (int i = 0; i < body.length(); i++) {
                out.write(body.charAt(i));
            }
            return out.toByteArray();
        }
        int n = body.length();
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                out.write(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case '\n' -> { }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case 'v' -> out.write(11);
                case 'x' -> {
                    int h1 = i + 1 < n ? Character.digit(body.charAt(i + 1), 16) : -1;
                    int h2 = i + 2 < n ? Character.digit(body.charAt(i + 2), 16) : -1;
                    if (h1 < 0 || h2 < 0) {
                        throw new LiteralError("(value error) invalid \\x escape at position " + (i - 1));
                    }
                    out.write(h1 * 16 + h2);
                    i += 2;
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int v = e - '0';
                        for (int k = 0; k < 2 && i + 1 < n && body.charAt(i + 1) >= '0' && body.charAt(i + 1) <= '7'; k++) {
                            v = v * 8 + (body.charAt(++i) - '0');
                        }
                        out.write(v & 0xFF);
                    } else {
                        // Unknown escapes keep the backslash (a DeprecationWarning in CPython).
                        out.write('\\');
                        out.write(e);
                    }
                }
            }
        }
        return out.toByteArray();
    }

    /** Decodes backslash escapes of a (non-raw) str literal body or f-string literal part. */
    public static String decodeEscapes(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                sb.append(c);
                continue;
            }
            int start = i;
            char e = s.charAt(++i);
            switch (e) {
                case '\n' -> { }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case 'x' -> i = hex(s, start, i, 2, "truncated \\xXX escape", sb);
                case 'u' -> i = hex(s, start, i, 4, "truncated \\uXXXX escape", sb);
                case 'U' -> i = hex(s, start, i, 8, "truncated \\UXXXXXXXX escape", sb);
                case 'N' -> {
                    int close = s.indexOf('}', i);
                    if (i + 1 >= n || s.charAt(i + 1) != '{') {
                        throw unicodeError(start, Math.min(n, i + 1), "malformed \\N character escape");
                    }
                    if (close < 0) {
                        throw unicodeError(start, n, "malformed \\N character escape");
                    }
                    String name = s.substring(i + 2, close);
                    int cp;
                    try {
                        cp = name.isEmpty() ? -1 : Character.codePointOf(name);
                    } catch (IllegalArgumentException ex) {
                        cp = -1;
                    }
                    if (cp < 0) {
                        throw unicodeError(start, close + 1, "unknown Unicode character name");
                    }
                    sb.appendCodePoint(cp);
                    i = close;
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int v = e - '0';
                        for (int k = 0; k < 2 && i + 1 < n && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '7'; k++) {
                            v = v * 8 + (s.charAt(++i) - '0');
                        }
                        sb.append((char) v);
                    } else {
                        sb.append('\\').append(e);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static int hex(String s, int start, int i, int digits, String msg, StringBuilder sb) {
        int v = 0;
        int k = 0;
        for (; k < digits; k++) {
            int d = i + 1 + k < s.length() ? Character.digit(s.charAt(i + 1 + k), 16) : -1;
            if (d < 0) {
                throw unicodeError(start, i + 1 + k, msg);
            }
            v = v * 16 + d;
        }
        if (v < 0 || v > 0x10FFFF) {
            throw unicodeError(start, i + 1 + k, "illegal Unicode character");
        }
        sb.appendCodePoint(v);
        return i + digits;
    }

    private static LiteralError unicodeError(int start, int endExclusive, String what) {
        return new LiteralError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                + start + "-" + (endExclusive - 1) + ": " + what);
    }
}
