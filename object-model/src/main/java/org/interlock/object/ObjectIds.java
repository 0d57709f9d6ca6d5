package org.interlock.object;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands out unique 64-bit object ids. Each thread state takes a block of {@link #BLOCK} ids at a
 * time, so allocation touches the shared counter once per block rather than once per object (a
 * counter bumped by every allocation on every thread would itself be a contention point).
 */
final class ObjectIds {
    static final int BLOCK = 1024;
    private static final AtomicLong NEXT = new AtomicLong(1);

    private ObjectIds() {}

    /** First id of a fresh block of {@link #BLOCK} ids. */
    static long nextBlock() {
        return NEXT.getAndAdd(BLOCK);
    }

    /** One id, for immortal objects made outside any thread state. */
    static long nextImmortalId() {
        return NEXT.getAndIncrement();
    }
}
