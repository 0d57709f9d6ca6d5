package org.interlock.runtime.objects;

import org.interlock.object.ThreadState;

/**
 * An object a {@code memoryview} can look into (CPython's buffer exporters: bytes, bytearray,
 * array.array). Reads and writes of a byte range run in the exporter's critical section, so a
 * view never sees a torn item and a write through a view is never lost. While a view is
 * exported ({@link #bufferExport}), a resizable exporter refuses to change its size, so the
 * view's byte range stays valid.
 */
public interface BufferExporter extends BytesLike {
    /** The struct format of one item: "B" for bytes, the typecode for an array. */
    String bufferFormat();

    int bufferItemsize();

    boolean bufferReadonly();

    /** A copy of bytes {@code [off, off + len)}. */
    byte[] bufferRead(int off, int len, ThreadState ts);

    /** Overwrites bytes {@code [off, off + src.length)} in place (a writable exporter only). */
    void bufferWrite(int off, byte[] src, ThreadState ts);

    /**
     * Counts a view taken ({@code +1}) or released ({@code -1}); returns the size in bytes,
     * read in the same critical section, so a new view's length is the one its export pins.
     */
    int bufferExport(int delta, ThreadState ts);

    String RESIZE_ERROR = "Existing exports of data: object cannot be re-sized";
}
