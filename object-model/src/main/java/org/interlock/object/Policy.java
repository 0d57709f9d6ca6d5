package org.interlock.object;

import java.util.Map;

/**
 * One interpreter's thread-safety policy: the three dimensions of DESIGN.md, each an instance
 * private to that interpreter (a GIL is state), and the options they were built with.
 *
 * @param name       the preset name, or the explicit combination ({@code gil+atomic+none})
 * @param scheduling who may run bytecode
 * @param refCounting how counts change
 * @param locking    how mutable objects stay consistent
 * @param options    the options in force, by name, for reports and {@code ./interlock policies}
 */
public record Policy(String name, Scheduling scheduling, RefCounting refCounting,
                     ObjectLocking locking, Map<String, String> options) {

    /**
     * Whether this combination keeps every invariant under parallel threads. A global lock makes
     * any counting and locking safe for Python code; parallel scheduling needs thread-safe
     * counting and locking.
     */
    public boolean threadSafe() {
        return scheduling.isGlobalLock() || (refCounting.threadSafe() && locking.threadSafe());
    }

    public String describe() {
        return name + " (" + scheduling.name() + ", " + refCounting.name() + ", " + locking.name() + ")";
    }
}
