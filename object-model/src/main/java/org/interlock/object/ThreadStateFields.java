package org.interlock.object;

/** Padding before {@link ThreadStateHotFields}: two cache lines (x86 prefetches lines in pairs). */
abstract class ThreadStatePad0 {
    long p00, p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15;
}

/**
 * The fields a running thread writes on nearly every operation (the object-id block at every
 * allocation, the deallocation depth at every non-leaf death), padded on both sides. Thread
 * states are made by the parent thread, one after another, so two workers' states sit side by
 * side in the parent's allocation buffer (and stay close after a copying collection): without
 * the padding, every allocation on one thread invalidated the cache line the other thread was
 * writing, which cost two countdown threads under {@code lock-free} about 35% more CPU time
 * than one thread for the same work (measured with /usr/bin/time on the 2-core machine).
 * Plain fields: the owner's only.
 */
abstract class ThreadStateHotFields extends ThreadStatePad0 {
    long nextId;
    long idLimit;
    int deallocDepth;
}

/** Padding after {@link ThreadStateHotFields}. */
abstract class ThreadStatePad1 extends ThreadStateHotFields {
    long q00, q01, q02, q03, q04, q05, q06, q07, q08, q09, q10, q11, q12, q13, q14, q15;
}
