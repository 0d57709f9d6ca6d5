package org.interlock.stress;

import java.util.List;
import org.interlock.object.Policy;
import org.interlock.policy.BrokenVariants;
import org.interlock.policy.PolicyRegistry;

/**
 * The presets every invariant is tested under, and how a test builds one: a fresh
 * {@link Policy} from the policy registry for each jcstress state.
 */
public final class Presets {
    /** A preset (or broken variant), the suffix of its test classes, and whether it must keep every invariant. */
    public record Preset(String name, String classSuffix, boolean safe) {}

    public static final Preset GIL = new Preset("gil", "Gil", true);
    public static final Preset FINE_GRAINED = new Preset("fine-grained", "FineGrained", true);
    public static final Preset LOCK_FREE = new Preset("lock-free", "LockFree", true);
    /** The deliberately broken baseline: the suite must catch it. */
    public static final Preset UNSAFE = new Preset("unsafe", "Unsafe", false);

    /**
     * A deliberately broken variant, not a registry preset: biased counting whose non-owner
     * {@code tryIncref} succeeds on a zero shared count ({@link BrokenVariants#eagerTryIncrefPolicy}).
     * R3 must catch it.
     */
    public static final Preset EAGER_TRYINCREF = new Preset("eager-tryincref", "EagerTryIncref", false);

    /**
     * A deliberately broken variant of the runtime's late freeing, not a policy: under
     * {@code fine-grained}, a replaced value read borrowed is released at once instead of
     * through {@link org.interlock.object.QuiescentReclamation}. {@code r2.FreedLate} must catch it.
     */
    public static final Preset EAGER_FREE = new Preset("eager-free", "EagerFree", false);

    /**
     * A deliberately broken variant of the cycle collector's stop-the-world handshake: a
     * {@code lock-free} space whose stopper counts a detached thread as stopped without holding it
     * ({@code Collector.breakHandshakeForStressTest}). The GC handshake test must catch it.
     */
    public static final Preset BROKEN_HANDSHAKE = new Preset("broken-handshake", "BrokenHandshake", false);

    /** The four presets of DESIGN.md, which every test runs under. */
    public static final List<Preset> PRESETS = List.of(GIL, FINE_GRAINED, LOCK_FREE, UNSAFE);

    /** Every column of the verdict table, in order: the presets, then the broken variants. */
    public static final List<Preset> ALL = List.of(GIL, FINE_GRAINED, LOCK_FREE, UNSAFE, EAGER_TRYINCREF, EAGER_FREE,
            BROKEN_HANDSHAKE);

    private Presets() {}

    /**
     * The preset whose policy a variant's space is built from: a broken variant that breaks the
     * space rather than the policy names its base here; any other name is its own base.
     */
    public static String baseOf(String preset) {
        if (preset.equals(BROKEN_HANDSHAKE.name())) return LOCK_FREE.name();
        if (preset.equals(EAGER_FREE.name())) return FINE_GRAINED.name(); // the test itself frees eagerly
        return preset;
    }

    /** A fresh policy for the preset (a GIL or a lock table is per interpreter, so never shared). */
    public static Policy build(String preset) {
        if (preset.equals(EAGER_TRYINCREF.name())) return BrokenVariants.eagerTryIncrefPolicy();
        return PolicyRegistry.create(baseOf(preset));
    }
}
