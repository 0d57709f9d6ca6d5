package org.interlock.runtime.objects;

import java.util.Arrays;
import org.interlock.object.PyObject;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;

/**
 * {@code bytes} (immutable) and {@code bytearray} (mutable, changed in its critical section).
 * The payload is the array {@code data[0, length)}.
 */
public final class PyBytes extends PyObject implements BufferExporter {
    public static final PyType BYTES = PyType.builtin("bytes");
    public static final PyType BYTEARRAY = PyType.builtin("bytearray");

    public final boolean mutable;
    private byte[] data;
    private int length;
    /** Live memoryviews of a bytearray; changed in its critical section. */
    private int exports;

    public PyBytes(byte[] data, boolean mutable, ThreadState ts) {
        super(ts);
        this.data = data;
        this.length = data.length;
        this.mutable = mutable;
    }

    @Override
    public PyType type() {
        return mutable ? BYTEARRAY : BYTES;
    }

    /** A copy of the payload (a snapshot for bytearray). */
    public byte[] bytes() {
        return Arrays.copyOf(data, length);
    }

    /**
     * The payload for a reader that never writes to it: the object's own array for bytes
     * (immutable, and its array is exactly the payload), a snapshot for bytearray. Hashing or
     * compressing a large buffer then copies nothing while it still holds the GIL, which would
     * otherwise be a serial part of every such call.
     */
    public byte[] readOnlyPayload() {
        return mutable ? Arrays.copyOf(data, length) : data;
    }

    public int length() {
        return length;
    }

    public int at(int i) {
        return data[i] & 0xFF;
    }

    /**
     * Replaces the payload of a bytearray (caller holds the critical section). A change of
     * size while a memoryview is exported is a BufferError, as in CPython.
     */
    public void setBytes(byte[] b, ThreadState ts) {
        if (exports > 0 && b.length != length) throw ExcTypes.raise(ExcTypes.BUFFER_ERROR, RESIZE_ERROR, ts);
        data = b;
        length = b.length;
    }

    @Override
    public long pyHash(ThreadState ts) {
        if (mutable) throw ExcTypes.typeError("unhashable type: 'bytearray'", ts);
        return hashOf(data, length);
    }

    /** The hash of bytes whose payload is {@code d[0, n)}. */
    public static long hashOf(byte[] d, int n) {
        long h = 0x345678L;
        for (int i = 0; i < n; i++) h = h * 1000003L ^ d[i];
        return h == -1 ? -2 : h;
    }

    // ---- buffer exporter ----------------------------------------------------------------

    @Override
    public byte[] bytesSnapshot(ThreadState ts) {
        return bytes();
    }

    @Override
    public String bufferFormat() {
        return "B";
    }

    @Override
    public int bufferItemsize() {
        return 1;
    }

    @Override
    public boolean bufferReadonly() {
        return !mutable;
    }

    @Override
    public byte[] bufferRead(int off, int len, ThreadState ts) {
        if (!mutable) return Arrays.copyOfRange(data, off, off + len);
        ts.locks.enter(this, ts);
        try {
            return Arrays.copyOfRange(data, off, off + len);
        } finally {
            ts.locks.exit(ts);
        }
    }

    @Override
    public void bufferWrite(int off, byte[] src, ThreadState ts) {
        ts.locks.enter(this, ts);
        try {
            System.arraycopy(src, 0, data, off, src.length);
        } finally {
            ts.locks.exit(ts);
        }
    }

    @Override
    public int bufferExport(int delta, ThreadState ts) {
        if (!mutable) return length;
        ts.locks.enter(this, ts);
        try {
            exports += delta;
            return length;
        } finally {
            ts.locks.exit(ts);
        }
    }

    @Override
    public boolean pyEquals(PyObject other, ThreadState ts) {
        return other instanceof PyBytes b && Arrays.equals(bytes(), b.bytes());
    }
}
