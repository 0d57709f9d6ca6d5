package org.interlock.runtime.builtins;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.interlock.object.PyBool;
import org.interlock.object.PyInt;
import org.interlock.object.PyList;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyBytes;
import org.interlock.runtime.objects.PyIter;
import org.interlock.runtime.objects.TypeInfo;
import org.interlock.runtime.vm.Ops;

/**
 * {@code open()} and file objects (text and binary), also used for {@code sys.stdout} and
 * {@code sys.stderr}. A file opened for reading only is read whole on open (files here are
 * program inputs, not streams) and served from memory; a file opened for writing, appending or
 * update ({@code +}) is a {@link FileChannel} with a write buffer, so {@code r+} keeps the
 * file's contents, reads see earlier writes, and {@code seek}, {@code tell} and
 * {@code truncate} work on every file. I/O runs through {@link ThreadState#blocking}.
 *
 * <p>Each file has a Java lock of its own, taken around every position and buffer change, so
 * threads sharing a file never tear its position or lose a write. It is only ever taken inside
 * a blocking section or around memory-only work, never while waiting for the GIL, so it cannot
 * deadlock with the GIL.
 */
public final class FileIO {
    private FileIO() {}

    public static final PyType TEXT = PyType.builtin("TextIOWrapper");
    public static final PyType BINARY = PyType.builtin("BufferedReader");
    public static final PyType BINARY_WRITER = PyType.builtin("BufferedWriter");
    public static final PyType BINARY_RANDOM = PyType.builtin("BufferedRandom");
    /** CPython's is a subclass of both OSError and ValueError; builtin types here have one base. */
    public static final PyType UNSUPPORTED = PyType.builtin("io.UnsupportedOperation", ExcTypes.OS_ERROR);

    static {
        TypeInfo.of(UNSUPPORTED).factory = org.interlock.runtime.objects.PyBaseException::new;
    }

    /** A file object. */
    public static final class PyFile extends PyIter {
        final String name;
        final boolean binary;
        final boolean readable;
        final boolean writable;
        private final String mode;
        private final Object lock = new Object();
        /** Read-only files: the whole content, served from {@link #pos}. Null otherwise. */
        private byte[] data;
        /** The read position in {@link #data}; may lie past its end (a seek there), where reads read nothing. */
        private long pos;
        /** Files opened for writing, appending or update; null for read-only files and std streams. */
        private FileChannel ch;
        /** Writes: buffered over {@link #ch}, or the std stream itself. */
        private OutputStream out;
        private volatile boolean closed;

        PyFile(String name, String mode, boolean binary, byte[] data, FileChannel ch, OutputStream out,
               boolean readable, ThreadState ts) {
            super(ts);
            this.name = name;
            this.mode = mode;
            this.binary = binary;
            this.data = data;
            this.ch = ch;
            this.readable = readable;
            this.out = out;
            this.writable = out != null;
        }

        /** A text stream over a PrintStream (sys.stdout, sys.stderr). */
        public static PyFile ofStream(String name, PrintStream ps, ThreadState ts) {
            return new PyFile(name, "w", false, null, null, ps, false, ts);
        }

        @Override
        public PyType type() {
            if (!binary) return TEXT;
            return readable && writable ? BINARY_RANDOM : writable ? BINARY_WRITER : BINARY;
        }

        private void checkOpen(ThreadState ts) {
            if (closed) throw ExcTypes.valueError("I/O operation on closed file.", ts);
        }

        private void checkReadable(ThreadState ts) {
            checkOpen(ts);
            if (!readable) throw ExcTypes.raise(UNSUPPORTED, "not readable", ts);
        }

        private void checkWritable(ThreadState ts) {
            checkOpen(ts);
            if (!writable) throw ExcTypes.raise(UNSUPPORTED, "not writable", ts);
        }

        public void write(String s, ThreadState ts) {
            checkWritable(ts);
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            io(ts, () -> {
                synchronized (lock) {
                    if (out instanceof PrintStream ps) ps.print(s);
                    else out.write(b);
                }
                return null;
            });
        }

        void writeBytes(byte[] b, ThreadState ts) {
            checkWritable(ts);
            io(ts, () -> {
                synchronized (lock) {
                    out.write(b);
                }
                return null;
            });
        }

        public void flush(ThreadState ts) {
            if (out != null && !closed) {
                io(ts, () -> {
                    synchronized (lock) {
                        out.flush();
                    }
                    return null;
                });
            }
        }

        void close(ThreadState ts) {
            if (closed) return;
            io(ts, () -> {
                synchronized (lock) {
                    if (closed) return null;
                    closed = true;
                    try {
                        if (out != null) out.flush();
                    } finally {
                        if (ch != null) ch.close(); // std streams stay open
                        data = null;
                    }
                }
                return null;
            });
        }

        /**
         * Runs {@code take} on the unread bytes (from the position to the end) and advances the
         * position by the count it returns, with the lock held; blocking when the bytes come from
         * the channel (pending writes are flushed first, so a read sees them).
         */
        private <T> T consume(ThreadState ts, java.util.function.Function<byte[], Object[]> take) {
            checkReadable(ts);
            Object[] r;
            if (data != null) {
                synchronized (lock) {
                    r = take.apply(pos >= data.length ? EMPTY : java.util.Arrays.copyOfRange(data, (int) pos, data.length));
                    pos += (Integer) r[1];
                }
            } else {
                Object[][] box = new Object[1][];
                io(ts, () -> {
                    synchronized (lock) {
                        out.flush();
                        long at = ch.position();
                        long size = ch.size();
                        byte[] rest = new byte[(int) Math.max(0, Math.min(Integer.MAX_VALUE - 8, size - at))];
                        java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(rest);
                        while (bb.hasRemaining() && ch.read(bb) >= 0) { }
                        box[0] = take.apply(rest);
                        ch.position(at + (Integer) box[0][1]);
                    }
                    return null;
                });
                r = box[0];
            }
            @SuppressWarnings("unchecked")
            T v = (T) r[0];
            return v;
        }

        private static final byte[] EMPTY = new byte[0];

        PyObject read(long n, ThreadState ts) {
            Object v = consume(ts, rest -> {
                if (binary) {
                    int k = n < 0 ? rest.length : (int) Math.min(rest.length, n);
                    return new Object[] {java.util.Arrays.copyOf(rest, k), k};
                }
                String text = new String(rest, StandardCharsets.UTF_8);
                if (n < 0) return new Object[] {text, rest.length};
                int cps = (int) Math.min(n, text.codePointCount(0, text.length()));
                String part = text.substring(0, text.offsetByCodePoints(0, cps));
                return new Object[] {part, part.getBytes(StandardCharsets.UTF_8).length};
            });
            return binary ? new PyBytes((byte[]) v, false, ts) : PyStr.of((String) v, ts);
        }

        /** The next line (with its newline), or null at the end when {@code eofNull}. */
        private PyObject line(boolean eofNull, ThreadState ts) {
            byte[] v = consume(ts, rest -> {
                int i = 0;
                while (i < rest.length && rest[i] != '\n') i++;
                if (i < rest.length) i++;
                return new Object[] {java.util.Arrays.copyOf(rest, i), i};
            });
            if (v.length == 0 && eofNull) return null;
            return binary ? new PyBytes(v, false, ts) : PyStr.of(new String(v, StandardCharsets.UTF_8), ts);
        }

        PyObject readline(ThreadState ts) {
            return line(false, ts);
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (!readable || closed) {
                checkReadable(ts);
                return null;
            }
            return line(true, ts);
        }

        long tell(ThreadState ts) {
            checkOpen(ts);
            if (data != null) {
                synchronized (lock) {
                    return pos;
                }
            }
            return onChannel(ts, FileChannel::position);
        }

        long seek(long offset, int whence, ThreadState ts) {
            checkOpen(ts);
            if (whence < 0 || whence > 2) {
                throw ExcTypes.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)", ts);
            }
            if (!binary && whence != 0 && offset != 0) {
                throw ExcTypes.raise(UNSUPPORTED, whence == 1 ? "can't do nonzero cur-relative seeks"
                        : "can't do nonzero end-relative seeks", ts);
            }
            if (whence == 0 && offset < 0) throw ExcTypes.valueError("negative seek position " + offset, ts);
            if (data != null) {
                synchronized (lock) {
                    long base = whence == 0 ? 0 : whence == 1 ? pos : data.length;
                    pos = Math.max(0, base + offset);
                    return pos;
                }
            }
            return onChannel(ts, c -> {
                long base = whence == 0 ? 0 : whence == 1 ? c.position() : c.size();
                long at = Math.max(0, base + offset);
                c.position(at);
                return at;
            });
        }

        long truncate(PyObject size, ThreadState ts) {
            checkOpen(ts);
            if (ch == null || !writable) throw ExcTypes.raise(UNSUPPORTED, "truncate", ts);
            long want = size == null || size == Ops.NONE ? -1 : Ops.index(size, ts);
            return onChannel(ts, c -> {
                long p = want < 0 ? c.position() : want;
                long keep = c.position();
                if (p < c.size()) {
                    c.truncate(p);
                } else if (p > c.size()) { // extending writes zeros, as ftruncate does
                    c.write(java.nio.ByteBuffer.allocate(1), p - 1);
                }
                c.position(keep);
                return p;
            });
        }

        /** A channel operation; see {@link #onChannel}. */
        private interface ChannelOp {
            long apply(FileChannel c) throws IOException;
        }

        /** Runs {@code op} on the channel with pending writes flushed and the lock held, blocking. */
        private long onChannel(ThreadState ts, ChannelOp op) {
            if (ch == null) throw ExcTypes.raise(UNSUPPORTED, "underlying stream is not seekable", ts);
            long[] at = new long[1];
            io(ts, () -> {
                synchronized (lock) {
                    out.flush();
                    at[0] = op.apply(ch);
                }
                return null;
            });
            return at[0];
        }

        boolean seekable() {
            return data != null || ch != null;
        }
    }

    private static void io(ThreadState ts, ThreadState.BlockingCall<Object, IOException> call) {
        try {
            ts.blocking(call);
        } catch (IOException e) {
            throw ExcTypes.raise(ExcTypes.OS_ERROR, String.valueOf(e.getMessage()), ts);
        }
    }

    static PyObject open(PyObject self, PyObject[] a, String[] kw, ThreadState ts) {
        Args.onlyKw("open", kw, ts, "file", "mode", "encoding", "buffering", "errors", "newline");
        PyObject fileO = Args.arg(a, kw, 0, "file");
        PyObject modeO = Args.arg(a, kw, 1, "mode");
        String mode = modeO == null ? "r" : modeO.toString();
        if (!(fileO instanceof PyStr)) throw ExcTypes.typeError("expected str, bytes or os.PathLike object, not "
                + Ops.typeName(fileO), ts);
        String name = fileO.toString();
        checkMode(mode, ts);
        Path p = Path.of(name);
        boolean binary = mode.contains("b");
        boolean plus = mode.contains("+");
        try {
            if (mode.contains("r") && !plus) {
                byte[] data = ts.blocking(() -> Files.readAllBytes(p));
                if (!binary) data = new String(data, StandardCharsets.UTF_8).replace("\r\n", "\n")
                        .getBytes(StandardCharsets.UTF_8);
                return new PyFile(name, mode, binary, data, null, null, true, ts);
            }
            java.util.Set<StandardOpenOption> opts = new java.util.HashSet<>();
            opts.add(StandardOpenOption.WRITE);
            if (plus) opts.add(StandardOpenOption.READ);
            boolean append = mode.contains("a");
            if (append) {
                opts.add(StandardOpenOption.CREATE); // no APPEND: a channel refuses it with READ; see ChannelOut
            } else if (mode.contains("x")) {
                opts.add(StandardOpenOption.CREATE_NEW);
            } else if (mode.contains("w")) {
                opts.add(StandardOpenOption.CREATE);
                opts.add(StandardOpenOption.TRUNCATE_EXISTING);
            } // r+: the file must exist and keeps its contents
            FileChannel ch = ts.blocking(() -> {
                if (java.nio.file.Files.isDirectory(p)) throw new java.nio.file.FileSystemException(name, null, "Is a directory");
                FileChannel c = FileChannel.open(p, opts);
                if (append) c.position(c.size());
                return c;
            });
            OutputStream out = new java.io.BufferedOutputStream(new ChannelOut(ch, append));
            return new PyFile(name, mode, binary, null, ch, out, plus, ts);
        } catch (IOException e) {
            throw ExcTypes.osError(e, name, ts);
        }
    }

    /**
     * Writes to a channel at its position, or, for a file opened to append, at its end whatever
     * the position (as O_APPEND does: a seek moves only where reads start).
     */
    private static final class ChannelOut extends OutputStream {
        private final FileChannel ch;
        private final boolean append;

        ChannelOut(FileChannel ch, boolean append) {
            this.ch = ch;
            this.append = append;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (append) ch.position(ch.size());
            java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(b, off, len);
            while (bb.hasRemaining()) ch.write(bb);
        }
    }

    /** CPython's validation of the mode string: one of r/w/a/x, at most one '+', 't' xor 'b'. */
    private static void checkMode(String mode, ThreadState ts) {
        int rwax = 0;
        boolean plus = false, t = false, b = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if (mode.indexOf(c) != i) throw ExcTypes.valueError("invalid mode: '" + mode + "'", ts);
            switch (c) {
                case 'r', 'w', 'a', 'x' -> rwax++;
                case '+' -> plus = true;
                case 't' -> t = true;
                case 'b' -> b = true;
                default -> throw ExcTypes.valueError("invalid mode: '" + mode + "'", ts);
            }
        }
        if (t && b) throw ExcTypes.valueError("can't have text and binary mode at once", ts);
        if (rwax > 1) throw ExcTypes.valueError("must have exactly one of create/read/write/append mode", ts);
        if (rwax == 0) {
            throw ExcTypes.valueError("Must have exactly one of create/read/write/append mode and at most one plus", ts);
        }
    }

    static void init() {
        for (PyType t : new PyType[] {TEXT, BINARY, BINARY_WRITER, BINARY_RANDOM}) {
            TypeInfo ti = TypeInfo.of(t);
            ti.method("read", (s, a, kw, ts) -> ((PyFile) s).read(a.length > 0 && a[0] != Ops.NONE ? Ops.index(a[0], ts) : -1, ts));
            ti.method("readline", (s, a, kw, ts) -> ((PyFile) s).readline(ts));
            ti.method("readlines", (s, a, kw, ts) -> {
                List<PyObject> out = new ArrayList<>();
                PyObject x;
                while ((x = ((PyFile) s).next(ts)) != null) out.add(x);
                PyObject[] arr = out.toArray(new PyObject[0]);
                return PyList.fromNewRefs(arr, arr.length, ts);
            });
            ti.method("write", (s, a, kw, ts) -> {
                PyFile f = (PyFile) s;
                if (f.binary) {
                    // a buffer only: not bytes(x)'s other arguments (an int count, an iterable of ints)
                    byte[] b = a[0] instanceof PyBytes pb ? pb.bytes()
                            : org.interlock.runtime.objects.BytesLike.contiguousSnapshotOf(a[0], ts);
                    if (b == null) {
                        throw ExcTypes.typeError("a bytes-like object is required, not '" + Ops.typeName(a[0]) + "'", ts);
                    }
                    f.writeBytes(b, ts);
                    return PyInt.of(b.length, ts);
                }
                if (!(a[0] instanceof PyStr str)) {
                    throw ExcTypes.typeError("write() argument must be str, not " + Ops.typeName(a[0]), ts);
                }
                f.write(str.value(), ts);
                return PyInt.of(str.length(), ts);
            });
            ti.method("writelines", (s, a, kw, ts) -> {
                for (PyObject o : org.interlock.runtime.vm.Iter.toArray(a[0], ts)) {
                    ((PyFile) s).write(o.toString(), ts);
                    ts.refs.decref(o, ts);
                }
                return Ops.NONE;
            });
            ti.method("flush", (s, a, kw, ts) -> {
                ((PyFile) s).flush(ts);
                return Ops.NONE;
            });
            ti.method("close", (s, a, kw, ts) -> {
                ((PyFile) s).close(ts);
                return Ops.NONE;
            });
            ti.method("__enter__", (s, a, kw, ts) -> Ops.incref(s, ts));
            ti.method("__exit__", (s, a, kw, ts) -> {
                ((PyFile) s).close(ts);
                return PyBool.FALSE;
            });
            ti.method("__iter__", (s, a, kw, ts) -> Ops.incref(s, ts));
            ti.method("__next__", (s, a, kw, ts) -> {
                PyObject v = ((PyFile) s).next(ts);
                if (v == null) throw ExcTypes.raiseArgs(ExcTypes.STOP_ITERATION, ts);
                return v;
            });
            ti.method("fileno", (s, a, kw, ts) -> PyInt.of(((PyFile) s).name.equals("<stdout>") ? 1 : 2, ts));
            ti.method("isatty", (s, a, kw, ts) -> PyBool.FALSE);
            ti.attr("closed", org.interlock.runtime.objects.PyDescriptor.builtinProperty(
                    new org.interlock.runtime.objects.PyBuiltin("closed", false, "file", (s, a, kw, ts) -> PyBool.of(((PyFile) a[0]).closed))));
            ti.attr("name", org.interlock.runtime.objects.PyDescriptor.builtinProperty(
                    new org.interlock.runtime.objects.PyBuiltin("name", false, "file", (s, a, kw, ts) -> PyStr.of(((PyFile) a[0]).name, ts))));
            ti.attr("mode", org.interlock.runtime.objects.PyDescriptor.builtinProperty(
                    new org.interlock.runtime.objects.PyBuiltin("mode", false, "file", (s, a, kw, ts) -> PyStr.of(((PyFile) a[0]).mode, ts))));
            ti.method("readable", (s, a, kw, ts) -> PyBool.of(((PyFile) s).readable));
            ti.method("seekable", (s, a, kw, ts) -> PyBool.of(((PyFile) s).seekable()));
            ti.method("tell", (s, a, kw, ts) -> PyInt.of(((PyFile) s).tell(ts), ts));
            ti.method("seek", (s, a, kw, ts) -> {
                if (a.length < 1 || a.length > 2) {
                    throw ExcTypes.typeError("seek expected at least 1 argument, got " + a.length, ts);
                }
                long off = Ops.index(a[0], ts);
                int whence = a.length > 1 ? (int) Ops.index(a[1], ts) : 0;
                return PyInt.of(((PyFile) s).seek(off, whence, ts), ts);
            });
            ti.method("truncate", (s, a, kw, ts) -> PyInt.of(((PyFile) s).truncate(a.length > 0 ? a[0] : null, ts), ts));
            ti.method("writable", (s, a, kw, ts) -> PyBool.of(((PyFile) s).writable));
        }
    }
}
