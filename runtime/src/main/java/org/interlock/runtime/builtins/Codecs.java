package org.interlock.runtime.builtins;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.interlock.object.PyInt;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;
import org.interlock.runtime.vm.Repr;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyBaseException;
import org.interlock.runtime.objects.PyBytes;
import org.interlock.runtime.objects.PyException;

/**
 * {@code str.encode} / {@code bytes.decode} with an {@code errors} handler ({@code strict},
 * {@code ignore}, {@code replace}, {@code backslashreplace}, {@code surrogateescape}, and
 * {@code xmlcharrefreplace} for encoding), raising CPython's UnicodeEncodeError/UnicodeDecodeError
 * whose args are {@code (encoding, object, start, end, reason)}.
 */
final class Codecs {
    private Codecs() {}

    static byte[] encode(String s, String enc, String errors, ThreadState ts) {
        Charset cs = BytesMethods.charset(enc, ts);
        if (errors.equals("surrogateescape")) return encodeSurrogateEscape(s, enc, ts);
        if (errors.equals("backslashreplace") || errors.equals("xmlcharrefreplace")) {
            // characters the codec cannot encode become ASCII escapes, then the text encodes strictly
            CharsetEncoder ce = cs.newEncoder();
            StringBuilder sb = new StringBuilder();
            boolean xml = errors.equals("xmlcharrefreplace");
            s.codePoints().forEach(cp -> {
                if (canEncode(ce, cp)) sb.appendCodePoint(cp);
                else if (xml) sb.append("&#").append(cp).append(';');
                else Repr.appendEscape(sb, cp);
            });
            s = sb.toString();
            errors = "strict";
        }
        CodingErrorAction act = action(errors, ts);
        try {
            ByteBuffer b = cs.newEncoder().onMalformedInput(act).onUnmappableCharacter(act).encode(CharBuffer.wrap(s));
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw encodeError(s, enc, cs, ts);
        }
    }

    /**
     * The {@code surrogateescape} handler's encoding: U+DC80..U+DCFF (what it decoded from an
     * undecodable byte) become that byte again; the rest encodes strictly.
     */
    private static byte[] encodeSurrogateEscape(String s, String enc, ThreadState ts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length());
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : 0;
            if (i == s.length() || c >= 0xDC80 && c <= 0xDCFF && !(i > 0 && Character.isHighSurrogate(s.charAt(i - 1)))) {
                if (i > start) out.writeBytes(encode(s.substring(start, i), enc, "strict", ts));
                if (i < s.length()) out.write(c - 0xDC00);
                start = i + 1;
            }
        }
        return out.toByteArray();
    }

    static String decode(byte[] b, String enc, String errors, ThreadState ts) {
        Charset cs = BytesMethods.charset(enc, ts);
        if (cs.equals(StandardCharsets.UTF_8)) return decodeUtf8(b, enc, errors, ts);
        if (errors.equals("backslashreplace") || errors.equals("surrogateescape")) {
            return decodeEscaping(b, cs, errors.equals("surrogateescape"));
        }
        CodingErrorAction act = action(errors, ts);
        try {
            return cs.newDecoder().onMalformedInput(act).onUnmappableCharacter(act).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            throw decodeError(b, enc, cs, ts);
        }
    }

    /**
     * UTF-8 as CPython decodes it: each undecodable run is what {@link #utf8Step} finds, and the
     * error handler is looked up only when there is one (an unknown name is a LookupError then).
     */
    private static String decodeUtf8(byte[] b, String enc, String errors, ThreadState ts) {
        StringBuilder sb = new StringBuilder(b.length);
        String[] reason = new String[1];
        int i = 0;
        while (i < b.length) {
            int c = b[i];
            if (c >= 0) {
                sb.append((char) c);
                i++;
                continue;
            }
            int n = utf8Step(b, i, reason);
            if (n > 0) {
                int cp = (c & (0xFF >> (n + 1))) & 0xFF;
                for (int j = 1; j < n; j++) cp = (cp << 6) | (b[i + j] & 0x3F);
                sb.appendCodePoint(cp);
                i += n;
                continue;
            }
            int end = i - n;
            switch (errors) {
                case "strict" -> throw raise(ExcTypes.UNICODE_DECODE_ERROR, enc, new PyBytes(b, false, ts), i, end, reason[0], ts);
                case "ignore" -> { }
                case "replace" -> sb.append('\ufffd');
                case "backslashreplace", "surrogateescape" -> {
                    for (int j = i; j < end; j++) {
                        int x = b[j] & 0xff;
                        if (errors.equals("surrogateescape")) sb.append((char) (0xDC00 + x));
                        else sb.append("\\x").append(Character.forDigit(x >> 4, 16)).append(Character.forDigit(x & 15, 16));
                    }
                }
                default -> throw ExcTypes.raise(ExcTypes.LOOKUP_ERROR, "unknown error handler name '" + errors + "'", ts);
            }
            i = end;
        }
        return sb.toString();
    }

    /**
     * The UTF-8 sequence starting with the non-ASCII byte at {@code i}: its length when valid,
     * else minus the length of the undecodable run with its reason in {@code reason[0]}, as
     * CPython delimits them: a byte that cannot start a sequence alone; a start byte with the
     * continuation bytes valid so far when the next is not one (the second byte's range depends
     * on the first, which rules out overlong forms, surrogates and code points past U+10FFFF);
     * the whole incomplete tail at the end of the data.
     */
    private static int utf8Step(byte[] b, int i, String[] reason) {
        int c = b[i] & 0xff;
        int need;
        int lo = 0x80;
        int hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            if (c == 0xE0) lo = 0xA0;
            else if (c == 0xED) hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            if (c == 0xF0) lo = 0x90;
            else if (c == 0xF4) hi = 0x8F;
        } else {
            reason[0] = "invalid start byte";
            return -1;
        }
        for (int j = 1; j <= need; j++) {
            if (i + j >= b.length) {
                reason[0] = "unexpected end of data";
                return -j;
            }
            int x = b[i + j] & 0xff;
            if (x < (j == 1 ? lo : 0x80) || x > (j == 1 ? hi : 0xBF)) {
                reason[0] = "invalid continuation byte";
                return -j;
            }
        }
        return need + 1;
    }

    /**
     * Decoding with {@code backslashreplace} (each undecodable byte becomes {@code \xNN}) or
     * {@code surrogateescape} (it becomes U+DC00 plus the byte). The decoder marks the same
     * undecodable runs as CPython's (the maximal invalid subsequences of UTF-8).
     */
    private static String decodeEscaping(byte[] b, Charset cs, boolean surrogates) {
        java.nio.charset.CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer out = CharBuffer.allocate(4 * b.length + 4); // an undecodable byte takes at most four chars
        while (true) {
            java.nio.charset.CoderResult r = d.decode(in, out, true);
            if (r.isUnderflow()) {
                d.flush(out);
                break;
            }
            for (int i = 0; i < r.length(); i++) {
                int c = in.get() & 0xff;
                if (surrogates) {
                    out.put((char) (0xDC00 + c));
                } else {
                    out.put('\\').put('x').put(Character.forDigit(c >> 4, 16)).put(Character.forDigit(c & 15, 16));
                }
            }
        }
        out.flip();
        return out.toString();
    }

    private static CodingErrorAction action(String errors, ThreadState ts) {
        return switch (errors) {
            case "strict" -> CodingErrorAction.REPORT;
            case "ignore" -> CodingErrorAction.IGNORE;
            case "replace" -> CodingErrorAction.REPLACE;
            default -> throw ExcTypes.raise(ExcTypes.LOOKUP_ERROR, "unknown error handler name '" + errors + "'", ts);
        };
    }

    /** The first run of characters {@code cs} cannot encode, reported with CPython's reason. */
    private static PyException encodeError(String s, String enc, Charset cs, ThreadState ts) {
        CharsetEncoder ce = cs.newEncoder();
        int[] cps = s.codePoints().toArray();
        int start = 0;
        while (start < cps.length && canEncode(ce, cps[start])) start++;
        if (start == cps.length) start = 0; // defensive: the encoder failed on something canEncode accepts
        int end = start + 1;
        while (end < cps.length && !canEncode(ce, cps[end])) end++;
        String reason = cs.equals(StandardCharsets.US_ASCII) ? "ordinal not in range(128)"
                : cs.equals(StandardCharsets.ISO_8859_1) ? "ordinal not in range(256)"
                : cs.equals(StandardCharsets.UTF_8) ? "surrogates not allowed" : "character maps to <undefined>";
        return raise(ExcTypes.UNICODE_ENCODE_ERROR, enc, PyStr.of(s, ts), start, end, reason, ts);
    }

    private static boolean canEncode(CharsetEncoder ce, int cp) {
        return ce.canEncode(new String(Character.toChars(cp)));
    }

    /** The first undecodable byte of a single-byte charset (ASCII), with CPython's reason. */
    private static PyException decodeError(byte[] b, String enc, Charset cs, ThreadState ts) {
        int start = 0;
        while (start < b.length && (b[start] & 0xff) < 0x80) start++;
        if (start == b.length) start = 0;
        String reason = cs.equals(StandardCharsets.US_ASCII) ? "ordinal not in range(128)" : "character maps to <undefined>";
        return raise(ExcTypes.UNICODE_DECODE_ERROR, enc, new PyBytes(b, false, ts), start, start + 1, reason, ts);
    }

    /** Raises {@code type(encoding, object, start, end, reason)}; takes over {@code obj}. */
    private static PyException raise(PyType type, String enc, PyObject obj, int start, int end, String reason,
            ThreadState ts) {
        PyObject e = PyStr.of(enc, ts);
        PyObject st = PyInt.of(start, ts);
        PyObject en = PyInt.of(end, ts);
        PyObject r = PyStr.of(reason, ts);
        try {
            PyBaseException exc = PyBaseException.of(type, ts, e, obj, st, en, r);
            return new PyException(exc);
        } finally {
            for (PyObject o : new PyObject[] {e, obj, st, en, r}) ts.refs.decref(o, ts);
        }
    }
}
