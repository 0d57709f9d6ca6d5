package org.interlock.object;

/**
 * Stress checks: whether every path that touches an object verifies that it is not dead.
 *
 * <p>Read once from the system property {@code interlock.checks} into a {@code static final},
 * so that with checks off the JIT folds every {@code if (Checks.ENABLED)} away and the checks
 * cost nothing. Tests, jcstress forks and {@code ./interlock stress} switch them on.
 */
public final class Checks {
    /** True when stress checks are on for this JVM. */
    public static final boolean ENABLED = Boolean.getBoolean("interlock.checks");

    private Checks() {}

    /**
     * Throws {@link DeadObjectError} if {@code o} is dead. Call as
     * {@code if (Checks.ENABLED) Checks.alive(o, "incref");}.
     */
    public static void alive(PyObject o, String path) {
        if (o.isDead()) {
            throw new DeadObjectError(o, path);
        }
    }
}
