package org.interlock.policy;

/**
 * Per-object locking: every mutation and every item read of a mutable object happens in a PEP
 * 703 critical section on it ({@link CriticalSectionLocking} describes the mechanism, C1 and
 * C2). This models Greg Stein's 1996 patch and the Gilectomy: readers lock too.
 */
public final class PerObjectLocking extends CriticalSectionLocking {
    public static final String NAME = "per-object";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean optimisticReads() {
        return false;
    }
}
