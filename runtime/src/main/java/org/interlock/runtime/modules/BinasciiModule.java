package org.interlock.runtime.modules;

import java.io.ByteArrayOutputStream;
import org.interlock.object.PyInt;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;
import org.interlock.runtime.builtins.ArgAccess;
import org.interlock.runtime.objects.BytesLike;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyBaseException;
import org.interlock.runtime.objects.PyBytes;
import org.interlock.runtime.objects.PyModule;
import org.interlock.runtime.objects.TypeInfo;
import org.interlock.runtime.vm.Ops;

/**
 * {@code binascii}: hex and base64 conversions and the CRC checksums, with CPython 3.11's
 * messages. {@code a2b_base64} is as lenient as CPython's (characters outside the alphabet are
 * skipped, decoding stops at the padding that completes a group) unless {@code strict_mode}.
 */
final class BinasciiModule {
    private BinasciiModule() {}

    static final PyType ERROR = PyType.builtin("binascii.Error", ExcTypes.VALUE_ERROR);
    static final PyType INCOMPLETE = PyType.builtin("binascii.Incomplete", ExcTypes.EXCEPTION);

    static {
        TypeInfo.of(ERROR).factory = PyBaseException::new;
        TypeInfo.of(INCOMPLETE).factory = PyBaseException::new;
    }

    private static RuntimeException error(String msg, ThreadState ts) {
        return ExcTypes.raise(ERROR, msg, ts);
    }

    /** A bytes-like argument (what b2a functions take). */
    private static byte[] data(PyObject o, ThreadState ts) {
        return data(o, ts, "a bytes-like object is required, not '" + Ops.typeName(o) + "'");
    }

    private static byte[] data(PyObject o, ThreadState ts, String otherwise) {
        if (o instanceof PyBytes b) return b.readOnlyPayload();
        byte[] view = BytesLike.contiguousSnapshotOf(o, ts);
        if (view != null) return view;
        throw ExcTypes.typeError(otherwise, ts);
    }

    /** An a2b argument: bytes-like or an ASCII-only str. */
    private static byte[] ascii(PyObject o, ThreadState ts) {
        if (o instanceof PyStr s) {
            String v = s.value();
            byte[] out = new byte[v.length()];
            for (int i = 0; i < out.length; i++) {
                char c = v.charAt(i);
                if (c > 127) throw ExcTypes.valueError("string argument should contain only ASCII characters", ts);
                out[i] = (byte) c;
            }
            return out;
        }
        return data(o, ts, "argument should be bytes, buffer or ASCII string, not '" + Ops.typeName(o) + "'");
    }

    private static PyObject arg(PyObject[] a, String[] kw, int i, String name, String fn, ThreadState ts) {
        PyObject v = ArgAccess.npos(a, kw) > i ? a[i] : ArgAccess.kw(a, kw, name);
        if (v == null) throw ExcTypes.typeError(fn + "() missing required argument '" + name + "' (pos " + (i + 1) + ")", ts);
        return v;
    }

    private static PyObject opt(PyObject[] a, String[] kw, int i, String name) {
        return ArgAccess.npos(a, kw) > i ? a[i] : ArgAccess.kw(a, kw, name);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static byte[] hexlify(byte[] d, int sep, long perSep) {
        if (sep < 0 || perSep == 0 || d.length == 0) {
            byte[] out = new byte[d.length * 2];
            for (int i = 0; i < d.length; i++) {
                out[2 * i] = (byte) HEX[(d[i] >> 4) & 0xF];
                out[2 * i + 1] = (byte) HEX[d[i] & 0xF];
            }
            return out;
        }
        long group = Math.abs(perSep);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < d.length; i++) {
            // a positive count groups from the right, a negative one from the left
            boolean boundary = perSep > 0 ? i > 0 && (d.length - i) % group == 0 : i > 0 && i % group == 0;
            if (boundary) out.write(sep);
            out.write(HEX[(d[i] >> 4) & 0xF]);
            out.write(HEX[d[i] & 0xF]);
        }
        return out.toByteArray();
    }

    private static int hexDigit(int c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    static byte[] unhexlify(byte[] s, ThreadState ts) {
        if (s.length % 2 != 0) throw error("Odd-length string", ts);
        byte[] out = new byte[s.length / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = hexDigit(s[2 * i]), lo = hexDigit(s[2 * i + 1]);
            if (hi < 0 || lo < 0) throw error("Non-hexadecimal digit found", ts);
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }

    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    static byte[] b2aBase64(byte[] d, boolean newline) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(d.length * 4 / 3 + 4);
        int i = 0;
        for (; i + 2 < d.length; i += 3) {
            int v = (d[i] & 0xFF) << 16 | (d[i + 1] & 0xFF) << 8 | (d[i + 2] & 0xFF);
            for (int k = 18; k >= 0; k -= 6) out.write(B64.charAt((v >> k) & 0x3F));
        }
        int rest = d.length - i;
        if (rest > 0) {
            int v = (d[i] & 0xFF) << 16 | (rest == 2 ? (d[i + 1] & 0xFF) << 8 : 0);
            out.write(B64.charAt((v >> 18) & 0x3F));
            out.write(B64.charAt((v >> 12) & 0x3F));
            out.write(rest == 2 ? B64.charAt((v >> 6) & 0x3F) : '=');
            out.write('=');
        }
        if (newline) out.write('\n');
        return out.toByteArray();
    }

    private static int b64Value(int c) {
        return c < 128 ? B64.indexOf(c) : -1;
    }

    static byte[] a2bBase64(byte[] s, boolean strict, ThreadState ts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length * 3 / 4 + 3);
        int quad = 0, pads = 0, left = 0, digits = 0;
        boolean padding = false;
        for (int i = 0; i < s.length; i++) {
            int c = s[i] & 0xFF;
            if (c == '=') {
                if (strict && i == 0) throw error("Leading padding not allowed", ts);
                padding = true;
                if (quad >= 2 && quad + ++pads >= 4) {
                    if (strict && i + 1 < s.length) throw error("Excess data after padding", ts);
                    return out.toByteArray();
                }
                continue;
            }
            int v = b64Value(c);
            if (v < 0) {
                if (strict) throw error("Only base64 data is allowed", ts);
                continue;
            }
            if (strict && padding) throw error("Discontinuous padding not allowed", ts);
            pads = 0;
            digits++;
            switch (quad) {
                case 0 -> {
                    left = v;
                    quad = 1;
                }
                case 1 -> {
                    out.write(left << 2 | v >> 4);
                    left = v & 0xF;
                    quad = 2;
                }
                case 2 -> {
                    out.write(left << 4 | v >> 2);
                    left = v & 0x3;
                    quad = 3;
                }
                default -> {
                    out.write(left << 6 | v);
                    quad = 0;
                }
            }
        }
        if (quad == 1) {
            throw error("Invalid base64-encoded string: number of data characters (" + digits
                    + ") cannot be 1 more than a multiple of 4", ts);
        }
        if (quad != 0) throw error("Incorrect padding", ts);
        return out.toByteArray();
    }

    static int crcHqx(byte[] d, int crc) {
        for (byte b : d) {
            crc ^= (b & 0xFF) << 8;
            for (int k = 0; k < 8; k++) crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            crc &= 0xFFFF;
        }
        return crc;
    }

    private static int separator(PyObject sep, ThreadState ts) {
        if (sep == null || sep == Ops.NONE) return -1;
        byte[] b;
        if (sep instanceof PyStr s) b = ascii(s, ts);
        else b = data(sep, ts);
        if (b.length != 1) throw ExcTypes.valueError("sep must be length 1.", ts);
        return b[0] & 0xFF;
    }

    private static boolean flag(PyObject v, boolean dflt, ThreadState ts) {
        return v == null ? dflt : Ops.isTrue(v, ts);
    }

    static PyModule create(ThreadState ts) {
        PyModule m = new PyModule("binascii", ts);
        ModuleDef d = new ModuleDef(m, ts);
        d.val("Error", ERROR);
        d.val("Incomplete", INCOMPLETE);
        for (String name : new String[] {"hexlify", "b2a_hex"}) {
            d.fn(name, (s, a, kw, t) -> {
                byte[] in = data(arg(a, kw, 0, "data", name, t), t);
                int sep = separator(opt(a, kw, 1, "sep"), t);
                PyObject per = opt(a, kw, 2, "bytes_per_sep");
                return new PyBytes(hexlify(in, sep, per == null ? 1 : Ops.index(per, t)), false, t);
            });
        }
        for (String name : new String[] {"unhexlify", "a2b_hex"}) {
            d.fn(name, (s, a, kw, t) -> new PyBytes(unhexlify(ascii(arg(a, kw, 0, "hexstr", name, t), t), t), false, t));
        }
        d.fn("b2a_base64", (s, a, kw, t) -> new PyBytes(b2aBase64(data(arg(a, kw, 0, "data", "b2a_base64", t), t),
                flag(ArgAccess.kw(a, kw, "newline"), true, t)), false, t));
        d.fn("a2b_base64", (s, a, kw, t) -> new PyBytes(a2bBase64(ascii(arg(a, kw, 0, "data", "a2b_base64", t), t),
                flag(ArgAccess.kw(a, kw, "strict_mode"), false, t), t), false, t));
        d.fn("crc32", (s, a, kw, t) -> {
            byte[] in = data(arg(a, kw, 0, "data", "crc32", t), t);
            PyObject c = opt(a, kw, 1, "crc");
            return PyInt.of(ZlibModule.crc32(in, c == null ? 0 : Ops.index(c, t) & 0xFFFFFFFFL), t);
        });
        d.fn("crc_hqx", (s, a, kw, t) -> {
            byte[] in = data(arg(a, kw, 0, "data", "crc_hqx", t), t);
            PyObject c = arg(a, kw, 1, "crc", "crc_hqx", t);
            return PyInt.of(crcHqx(in, (int) (Ops.index(c, t) & 0xFFFF)), t);
        });
        return m;
    }
}
