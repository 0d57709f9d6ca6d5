package org.interlock.runtime.modules;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.interlock.object.PyInt;
import org.interlock.object.PyObject;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;
import org.interlock.runtime.builtins.ArgAccess;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyBaseException;
import org.interlock.runtime.objects.PyBytes;
import org.interlock.runtime.objects.PyModule;
import org.interlock.runtime.objects.TypeInfo;
import org.interlock.runtime.vm.Ops;

/**
 * {@code zlib} on {@link Deflater} / {@link Inflater}: {@code compress}, {@code decompress},
 * {@code crc32} and {@code adler32} (both with a start value). Like CPython, compression and
 * decompression run without the GIL, here for buffers of at least 2 KiB (the work is done on
 * a snapshot of the bytes inside {@link ThreadState#blocking}); smaller ones are not worth
 * the hand-off.
 */
final class ZlibModule {
    private ZlibModule() {}

    static final int GIL_MINSIZE = HashlibModule.GIL_MINSIZE;

    static final PyType ERROR = PyType.builtin("zlib.error", ExcTypes.EXCEPTION);

    static {
        TypeInfo.of(ERROR).factory = PyBaseException::new;
    }

    /** Raised from the Java side of a blocking section; turned into zlib.error after it. */
    private static final class ZlibFailure extends Exception {
        private static final long serialVersionUID = 1L;

        ZlibFailure(String msg) {
            super(msg, null, false, false);
        }
    }

    static byte[] deflate(byte[] in, int level) {
        Deflater d = new Deflater(level);
        try {
            d.setInput(in);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, in.length / 2));
            byte[] buf = new byte[8192];
            while (!d.finished()) {
                int n = d.deflate(buf);
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    static byte[] inflate(byte[] in, boolean raw) throws ZlibFailure {
        Inflater inf = new Inflater(raw);
        try {
            inf.setInput(in);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, in.length * 3));
            byte[] buf = new byte[8192];
            while (!inf.finished()) {
                int n;
                try {
                    n = inf.inflate(buf);
                } catch (DataFormatException e) {
                    throw new ZlibFailure("Error -3 while decompressing data: " + e.getMessage());
                }
                if (n == 0 && !inf.finished() && (inf.needsInput() || inf.needsDictionary())) {
                    throw new ZlibFailure("Error -5 while decompressing data: incomplete or truncated stream");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } finally {
            inf.end();
        }
    }

    /** CRC-32 continuing from {@code start}, as zlib's crc32(start, ...). */
    static long crc32(byte[] data, long start) {
        if (start == 0) {
            CRC32 c = new CRC32();
            c.update(data);
            return c.getValue();
        }
        int crc = ~(int) start;
        for (byte b : data) {
            crc = CRC_TABLE[(crc ^ b) & 0xFF] ^ (crc >>> 8);
        }
        return ~crc & 0xFFFFFFFFL;
    }

    private static final int[] CRC_TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            CRC_TABLE[n] = c;
        }
    }

    /** Adler-32 continuing from {@code start}. */
    static long adler32(byte[] data, long start) {
        long a = start & 0xFFFF;
        long b = (start >>> 16) & 0xFFFF;
        int i = 0;
        while (i < data.length) {
            // 5552 is the largest run for which the sums cannot overflow before the modulo
            int end = Math.min(data.length, i + 5552);
            for (; i < end; i++) {
                a += data[i] & 0xFF;
                b += a;
            }
            a %= 65521;
            b %= 65521;
        }
        return (b << 16) | a;
    }

    private static <T> T maybeBlocking(int size, ThreadState ts, ThreadState.BlockingCall<T, ZlibFailure> work) {
        try {
            return size >= GIL_MINSIZE ? ts.blocking(work) : work.call();
        } catch (ZlibFailure e) {
            throw ExcTypes.raise(ERROR, e.getMessage(), ts);
        }
    }

    static PyModule create(ThreadState ts) {
        PyModule m = new PyModule("zlib", ts);
        ModuleDef d = new ModuleDef(m, ts);
        d.val("error", ERROR);
        d.valNew("MAX_WBITS", PyInt.of(15, ts));
        d.valNew("DEFLATED", PyInt.of(8, ts));
        d.valNew("DEF_BUF_SIZE", PyInt.of(16384, ts));
        d.valNew("DEF_MEM_LEVEL", PyInt.of(8, ts));
        d.valNew("Z_NO_COMPRESSION", PyInt.of(0, ts));
        d.valNew("Z_BEST_SPEED", PyInt.of(1, ts));
        d.valNew("Z_BEST_COMPRESSION", PyInt.of(9, ts));
        d.valNew("Z_DEFAULT_COMPRESSION", PyInt.of(-1, ts));
        d.valNew("ZLIB_VERSION", org.interlock.object.PyStr.of("1.2.13", ts));
        d.fn("compress", (s, a, kw, t) -> {
            int np = ArgAccess.npos(a, kw);
            if (np < 1) throw ExcTypes.typeError("compress() missing required argument 'data' (pos 1)", t);
            byte[] in = HashlibModule.buffer(a[0], t);
            PyObject lv = np > 1 ? a[1] : ArgAccess.kw(a, kw, "level");
            int level = lv == null ? -1 : (int) Ops.index(lv, t);
            if (level < -1 || level > 9) throw ExcTypes.raise(ERROR, "Bad compression level", t);
            return new PyBytes(maybeBlocking(in.length, t, () -> deflate(in, level)), false, t);
        });
        d.fn("decompress", (s, a, kw, t) -> {
            int np = ArgAccess.npos(a, kw);
            if (np < 1) throw ExcTypes.typeError("decompress() missing required argument 'data' (pos 1)", t);
            byte[] in = HashlibModule.buffer(a[0], t);
            PyObject wb = np > 1 ? a[1] : ArgAccess.kw(a, kw, "wbits");
            long wbits = wb == null ? 15 : Ops.index(wb, t);
            if (wbits > 15 || (wbits < 8 && wbits > -8) || wbits < -15) {
                throw ExcTypes.valueError("Invalid initialization option", t);
            }
            boolean raw = wbits < 0;
            return new PyBytes(maybeBlocking(in.length, t, () -> inflate(in, raw)), false, t);
        });
        d.fn("crc32", (s, a, kw, t) -> {
            if (a.length < 1) throw ExcTypes.typeError("crc32 expected at least 1 argument, got 0", t);
            byte[] in = HashlibModule.buffer(a[0], t);
            long start = a.length > 1 ? Ops.index(a[1], t) & 0xFFFFFFFFL : 0;
            return PyInt.of(maybeBlocking(in.length, t, () -> crc32(in, start)), t);
        });
        d.fn("adler32", (s, a, kw, t) -> {
            if (a.length < 1) throw ExcTypes.typeError("adler32 expected at least 1 argument, got 0", t);
            byte[] in = HashlibModule.buffer(a[0], t);
            long start = a.length > 1 ? Ops.index(a[1], t) & 0xFFFFFFFFL : 1;
            return PyInt.of(maybeBlocking(in.length, t, () -> adler32(in, start)), t);
        });
        return m;
    }
}
