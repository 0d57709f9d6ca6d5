package org.interlock.object.gc;

import org.interlock.object.PyObject;

/** Padding before {@link TrackedListHotFields}: two cache lines. */
abstract class TrackedListPad0 {
    long p00, p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15;
}

/**
 * What the owner writes at every container allocation and death: the chunk being filled, its
 * fill count, and the allocation delta of {@link GcThreadState}. Padded on both sides because
 * the thread's collector state is made on the parent thread, beside its siblings' (see
 * {@code ThreadStateHotFields} for the measured cost). Plain fields: see {@link TrackedList}.
 */
abstract class TrackedListHotFields extends TrackedListPad0 {
    PyObject[] current = new PyObject[TrackedList.CHUNK];
    int n;
    /** Tracked allocations minus tracked deaths not yet added to the collector's count. */
    int allocDelta;
}

/** Padding after {@link TrackedListHotFields}. */
abstract class TrackedListPad1 extends TrackedListHotFields {
    long q00, q01, q02, q03, q04, q05, q06, q07, q08, q09, q10, q11, q12, q13, q14, q15;
}
