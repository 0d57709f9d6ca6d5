package org.interlock.policy;

/**
 * Optimistic locking, as PEP 703 free threading does for lists and dicts: writers take the same
 * critical sections as {@link PerObjectLocking}; list and dict item reads take no lock on the
 * fast path. The container reads the slot, takes a reference with {@code tryIncref}, and
 * re-validates (the slot still holds that object), falling back to the locked read when any
 * step fails (the object model's containers implement the read; this class only says it is
 * allowed).
 *
 * <p>C1 holds for readers only together with the container's re-validation and a reference
 * counting whose {@code tryIncref} never hands out a dead object (R3): under biased counting,
 * a failed tryIncref on a DEFAULT-state object is a fallback, not an error.
 */
public final class OptimisticLocking extends CriticalSectionLocking {
    public static final String NAME = "optimistic";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean optimisticReads() {
        return true;
    }
}
