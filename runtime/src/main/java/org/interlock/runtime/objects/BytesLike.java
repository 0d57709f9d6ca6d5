package org.interlock.runtime.objects;

import org.interlock.object.PyObject;
import org.interlock.object.ThreadState;

/**
 * An object that exposes its contents as bytes, as CPython's buffer protocol does for
 * {@code bytes(x)}, {@code bytearray(x)} and {@code bytearray.extend(x)} ({@code array.array} is
 * one). The snapshot is taken consistently, inside the object's critical section if it is
 * mutable.
 */
public interface BytesLike {
    /** A fresh copy of the contents. */
    byte[] bytesSnapshot(ThreadState ts);

    /** A BufferError if a consumer that needs one block of memory cannot read this object as one. */
    default void requireContiguous(ThreadState ts) {}

    /**
     * The contents of {@code o} for a consumer that needs contiguous memory (hashing, struct,
     * binascii, file writes); else null.
     */
    static byte[] contiguousSnapshotOf(PyObject o, ThreadState ts) {
        BytesLike b = o instanceof BytesLike x ? x : o instanceof PyObj p && p.backing instanceof BytesLike x ? x : null;
        if (b == null) return null;
        b.requireContiguous(ts);
        return b.bytesSnapshot(ts);
    }

    /** The contents of {@code o} if it (or, for a Python subclass instance, its backing) is bytes-like; else null. */
    static byte[] snapshotOf(PyObject o, ThreadState ts) {
        if (o instanceof BytesLike b) return b.bytesSnapshot(ts);
        if (o instanceof PyObj p && p.backing instanceof BytesLike b) return b.bytesSnapshot(ts);
        return null;
    }
}
