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
 * {@code ignore}, {@code replace}), raising CPython's UnicodeEncodeError/UnicodeDecodeError
 * whose args are {@code (encoding, object, start, end, reason)}.
 */
final class Codecs {
    private Codecs() {}

    static byte[] encode(String s, String enc, String errors, ThreadState ts) {
        Charset cs = BytesMethods.charset(enc, ts);
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

    static String decode(byte[] b, String enc, String errors, ThreadState ts) {
        Charset cs = BytesMethods.charset(enc, ts);
        CodingErrorAction act = action(errors, ts);
        try {
            return cs.newDecoder().onMalformedInput(act).onUnmappableCharacter(act).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            throw decodeError(b, enc, cs, ts);
        }
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

    /** The first undecodable byte sequence, with CPython's reason for UTF-8 and ASCII. */
    private static PyException decodeError(byte[] b, String enc, Charset cs, ThreadState ts) {
        int start = 0;
        int end = 1;
        String reason = "invalid start byte";
        if (cs.equals(StandardCharsets.UTF_8)) {
            int i = 0;
            while (i < b.length) {
                int c = b[i] & 0xff;
                int need = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
                if (need < 0) {
                    start = i;
                    end = i + 1;
                    reason = "invalid start byte";
                    break;
                }
                int j = 1;
                while (j <= need && i + j < b.length && (b[i + j] & 0xC0) == 0x80) j++;
                if (j <= need) {
                    start = i;
                    if (i + j >= b.length) {
                        end = b.length;
                        reason = "unexpected end of data";
                    } else {
                        end = i + j;
                        reason = "invalid continuation byte";
                    }
                    break;
                }
                i += need + 1;
            }
        } else {
            while (start < b.length && (b[start] & 0xff) < 0x80) start++;
            if (start == b.length) start = 0;
            end = start + 1;
            reason = cs.equals(StandardCharsets.US_ASCII) ? "ordinal not in range(128)" : "character maps to <undefined>";
        }
        return raise(ExcTypes.UNICODE_DECODE_ERROR, enc, new PyBytes(b, false, ts), start, end, reason, ts);
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
