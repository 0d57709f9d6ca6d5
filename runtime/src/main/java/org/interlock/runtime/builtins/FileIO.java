package org.interlock.runtime.builtins;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
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
 * {@code sys.stderr}. Reads load the whole file on open (files here are program inputs, not
 * streams); writes go to the underlying stream. I/O runs through {@link ThreadState#blocking}.
 */
public final class FileIO {
    private FileIO() {}

    public static final PyType TEXT = PyType.builtin("TextIOWrapper");
    public static final PyType BINARY = PyType.builtin("BufferedReader");

    /** A file object. */
    public static final class PyFile extends PyIter {
        final String name;
        final boolean binary;
        final boolean readable;
        final boolean writable;
        private byte[] data;
        private int pos;
        private OutputStream out;
        private boolean closed;
        private final String mode;

        PyFile(String name, String mode, boolean binary, byte[] data, OutputStream out, ThreadState ts) {
            super(ts);
            this.name = name;
            this.mode = mode;
            this.binary = binary;
            this.data = data;
            this.readable = data != null;
            this.out = out;
            this.writable = out != null;
        }

        /** A text stream over a PrintStream (sys.stdout, sys.stderr). */
        public static PyFile ofStream(String name, PrintStream ps, ThreadState ts) {
            return new PyFile(name, "w", false, null, ps, ts);
        }

        @Override
        public PyType type() {
            return binary ? BINARY : TEXT;
        }

        private void checkOpen(ThreadState ts) {
            if (closed) throw ExcTypes.valueError("I/O operation on closed file.", ts);
        }

        public void write(String s, ThreadState ts) {
            checkOpen(ts);
            if (!writable) throw ExcTypes.raise(ExcTypes.OS_ERROR, "not writable", ts);
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            io(ts, () -> {
                if (out instanceof PrintStream ps) ps.print(s);
                else out.write(b);
                return null;
            });
        }

        void writeBytes(byte[] b, ThreadState ts) {
            checkOpen(ts);
            io(ts, () -> {
                out.write(b);
                return null;
            });
        }

        public void flush(ThreadState ts) {
            if (out != null) {
                try {
                    ts.blocking(() -> {
                        out.flush();
                        return null;
                    });
                } catch (IOException e) {
                    throw ExcTypes.raise(ExcTypes.OS_ERROR, e.getMessage(), ts);
                }
            }
        }

        void close(ThreadState ts) {
            if (closed) return;
            flush(ts);
            closed = true;
            if (out != null && !(out instanceof PrintStream)) {
                try {
                    out.close();
                } catch (IOException e) {
                    throw ExcTypes.raise(ExcTypes.OS_ERROR, e.getMessage(), ts);
                }
            }
        }

        private String text(int from, int to) {
            return new String(data, from, to - from, StandardCharsets.UTF_8);
        }

        PyObject read(long n, ThreadState ts) {
            checkOpen(ts);
            if (!readable) throw ExcTypes.raise(ExcTypes.OS_ERROR, "not readable", ts);
            int end = n < 0 ? data.length : (int) Math.min(data.length, pos + n);
            if (!binary && n >= 0) {
                // n counts characters: decode from pos and take n code points
                String rest = text(pos, data.length);
                int cps = (int) Math.min(n, rest.codePointCount(0, rest.length()));
                String part = rest.substring(0, rest.offsetByCodePoints(0, cps));
                pos += part.getBytes(StandardCharsets.UTF_8).length;
                return PyStr.of(part, ts);
            }
            int from = pos;
            pos = end;
            if (binary) return new PyBytes(java.util.Arrays.copyOfRange(data, from, end), false, ts);
            return PyStr.of(text(from, end), ts);
        }

        PyObject readline(ThreadState ts) {
            checkOpen(ts);
            if (!readable) throw ExcTypes.raise(ExcTypes.OS_ERROR, "not readable", ts);
            int from = pos;
            while (pos < data.length && data[pos] != '\n') pos++;
            if (pos < data.length) pos++;
            if (binary) return new PyBytes(java.util.Arrays.copyOfRange(data, from, pos), false, ts);
            return PyStr.of(text(from, pos), ts);
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (!readable || closed) {
                checkOpen(ts);
                return null;
            }
            if (pos >= data.length) return null;
            return readline(ts);
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
        Path p = Path.of(name);
        boolean binary = mode.contains("b");
        try {
            if (mode.contains("r") && !mode.contains("+")) {
                byte[] data = ts.blocking(() -> Files.readAllBytes(p));
                if (!binary) data = new String(data, StandardCharsets.UTF_8).replace("\r\n", "\n")
                        .getBytes(StandardCharsets.UTF_8);
                return new PyFile(name, mode, binary, data, null, ts);
            }
            StandardOpenOption[] opts = mode.contains("a")
                    ? new StandardOpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE}
                    : mode.contains("x") ? new StandardOpenOption[] {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE}
                    : new StandardOpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE};
            OutputStream out = ts.blocking(() -> Files.newOutputStream(p, opts));
            return new PyFile(name, mode, binary, null, new java.io.BufferedOutputStream(out), ts);
        } catch (IOException e) {
            throw ExcTypes.osError(e, name, ts);
        }
    }

    static void init() {
        for (PyType t : new PyType[] {TEXT, BINARY}) {
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
                    if (a[0] instanceof org.interlock.runtime.objects.BytesLike bl) bl.requireContiguous(ts);
                    byte[] b = BytesMethods.fromArg(a[0], ts);
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
            ti.method("writable", (s, a, kw, ts) -> PyBool.of(((PyFile) s).writable));
        }
    }

    static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        in.transferTo(b);
        return b.toByteArray();
    }
}
