package org.interlock.runtime.objects;

import java.util.Arrays;
import org.interlock.object.PyObject;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;

/**
 * {@code bytes} (immutable) and {@code bytearray} (mutable, changed in its critical section).
 * The payload is the array {@code data[0, length)}.
 */
public final class PyBytes extends PyObject {
    public static final PyType BYTES = PyType.builtin("bytes");
    public static final PyType BYTEARRAY = PyType.builtin("bytearray");

    public final boolean mutable;
    private byte[] data;
    private int length;

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

    /** Replaces the payload of a bytearray (caller holds the critical section). */
    public void setBytes(byte[] b) {
        data = b;
        length = b.length;
    }

    @Override
    public long pyHash(ThreadState ts) {
        if (mutable) throw ExcTypes.typeError("unhashable type: 'bytearray'", ts);
        long h = 0x345678L;
        for (int i = 0; i < length; i++) h = h * 1000003L ^ data[i];
        return h == -1 ? -2 : h;
    }

    @Override
    public boolean pyEquals(PyObject other, ThreadState ts) {
        return other instanceof PyBytes b && Arrays.equals(bytes(), b.bytes());
    }
}
