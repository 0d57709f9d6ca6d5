package org.interlock.runtime.objects;

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
}
