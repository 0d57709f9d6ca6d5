package org.interlock.runtime.modules;

import java.util.Arrays;
import org.interlock.object.PyObject;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.PyIter;

/**
 * The state of {@code io.StringIO} and {@code io.BytesIO}: a growable buffer, its length, the
 * position, the closed flag. The buffer of a StringIO holds code points, as CPython's does, so
 * positions are code-point indices without conversion. Every access happens inside the
 * object's critical section ({@code ts.locks.enter}), taken by {@link IoModule}: a stream may
 * be shared between threads, and a read (which moves the position) is a mutation.
 */
final class MemoryStreams {
    private MemoryStreams() {}

    static final PyType STRING_IO = PyType.builtin("_io.StringIO");
    static final PyType BYTES_IO = PyType.builtin("_io.BytesIO");

    /** Shared shape: buffer management over an array type. */
    abstract static class Stream extends PyIter {
        int length;
        int pos;
        boolean closed;
        /** StringIO(newline=None): translate \r\n and \r to \n on write. */
        boolean translate;

        Stream(ThreadState ts) {
            super(ts);
        }

        /** The buffer: an int[] of code points or a byte[]; only [0, length) is meaningful. */
        Object buf;

        /** Makes room for [0, end) in the buffer, keeping [0, length). */
        final void ensure(int end) {
            int cap = java.lang.reflect.Array.getLength(buf);
            if (end <= cap) return;
            Object bigger = java.lang.reflect.Array.newInstance(buf.getClass().getComponentType(), Math.max(end, cap * 2 + 16));
            System.arraycopy(buf, 0, bigger, 0, length);
            buf = bigger;
        }

        abstract int unitAt(int i);

        /** End of the line starting at {@code from} (after its \n), limited to {@code limit} units. */
        final int lineEnd(int from, int limit) {
            int end = limit < 0 ? length : Math.min(length, from + limit);
            for (int i = from; i < end; i++) if (unitAt(i) == '\n') return i + 1;
            return end;
        }

        /** Truncates to {@code size} (no larger than the length); the position is kept. */
        final void truncate(int size) {
            if (size < length) length = size;
        }

        @Override
        public final PyObject next(ThreadState ts) {
            return IoModule.nextLine(this, ts);
        }
    }

    /** A StringIO: code points. */
    static final class StringStream extends Stream {
        StringStream(ThreadState ts) {
            super(ts);
            buf = new int[16];
        }

        int[] cps() {
            return (int[]) buf;
        }

        @Override
        public PyType type() {
            return STRING_IO;
        }

        @Override
        int unitAt(int i) {
            return cps()[i];
        }

        void write(String s) {
            if (translate) s = s.replace("\r\n", "\n").replace('\r', '\n');
            int n = s.codePointCount(0, s.length());
            ensure(pos + n);
            int[] b = cps();
            if (pos > length) Arrays.fill(b, length, pos, 0);
            int at = pos;
            for (int i = 0; i < s.length();) {
                int cp = s.codePointAt(i);
                b[at++] = cp;
                i += Character.charCount(cp);
            }
            pos = at;
            if (pos > length) length = pos;
        }

        String slice(int from, int to) {
            return new String(cps(), from, to - from);
        }
    }

    /** A BytesIO: bytes. */
    static final class BytesStream extends Stream {
        BytesStream(ThreadState ts) {
            super(ts);
            buf = new byte[16];
        }

        byte[] data() {
            return (byte[]) buf;
        }

        @Override
        public PyType type() {
            return BYTES_IO;
        }

        @Override
        int unitAt(int i) {
            return data()[i];
        }

        void write(byte[] b) {
            ensure(pos + b.length);
            if (pos > length) Arrays.fill(data(), length, pos, (byte) 0);
            System.arraycopy(b, 0, buf, pos, b.length);
            pos += b.length;
            if (pos > length) length = pos;
        }
    }
}
