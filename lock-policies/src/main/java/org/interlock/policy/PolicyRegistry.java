package org.interlock.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.interlock.object.ObjectLocking;
import org.interlock.object.ObjectSpace;
import org.interlock.object.Policy;
import org.interlock.object.RefCounting;
import org.interlock.object.Scheduling;

/**
 * Policies by name: the dimension values found through {@link ServiceLoader}
 * ({@link SchedulingProvider}, {@link RefCountingProvider}, {@link ObjectLockingProvider}), the
 * named presets of DESIGN.md, and the spelling of combinations.
 *
 * <h2>Spec syntax</h2>
 * A spec is one or more names joined by {@code +}, case-insensitive:
 * <ul>
 *   <li>{@code PRESET}: {@code gil}, {@code fine-grained}, {@code lock-free}, {@code unsafe};</li>
 *   <li>{@code PRESET+VALUE[+VALUE]}: the preset with the dimensions those values belong to
 *       replaced, e.g. {@code gil+atomic} = global-lock, atomic, none (value names are unique
 *       across dimensions, so each says which dimension it replaces);</li>
 *   <li>{@code SCHEDULING+REFCOUNTING+LOCKING}: all three values, in any order, e.g.
 *       {@code parallel+atomic+per-object};</li>
 *   <li>a trailing {@code +unsafe} (or the option {@code unsafe=true}) accepts a combination
 *       that is not thread-safe, e.g. {@code parallel+atomic+none+unsafe}. The {@code unsafe}
 *       preset says it by its name.</li>
 * </ul>
 * A combination that is not thread-safe ({@link Policy#threadSafe()}: parallel scheduling with
 * {@code plain} counts or {@code none} locking) is refused otherwise. Every error is a
 * {@link PolicyConfigException} whose message lists the valid presets, values and options.
 *
 * <p>Each {@link #create} call builds fresh dimension instances: each interpreter gets its own
 * GIL.
 */
public final class PolicyRegistry {
    /** A named preset: one value per dimension, and what it models. */
    public record Preset(String name, String scheduling, String refCounting, String locking, String models) {}

    /**
     * A spec, resolved to one value per dimension but not yet built.
     *
     * @param name        the canonical name: the preset's if the values are a preset's, else
     *                    {@code scheduling+refcounting+locking}
     * @param unsafeSaid  the spec said {@code unsafe} (by the preset's name or a {@code +unsafe})
     */
    public record PolicySpec(String name, String scheduling, String refCounting, String locking, boolean unsafeSaid) {}

    /** The presets of DESIGN.md. */
    public static final List<Preset> PRESETS = List.of(
        new Preset("gil", GlobalInterpreterLock.NAME, PlainRefCounting.NAME, NoObjectLocking.NAME,
            "CPython's default build"),
        new Preset("fine-grained", ParallelScheduling.NAME, AtomicRefCounting.NAME, PerObjectLocking.NAME,
            "Greg Stein's 1996 patch, the Gilectomy"),
        new Preset("lock-free", ParallelScheduling.NAME, BiasedRefCounting.NAME, OptimisticLocking.NAME,
            "PEP 703 free threading: list and dict item reads take no lock on the fast path"),
        new Preset("unsafe", ParallelScheduling.NAME, PlainRefCounting.NAME, NoObjectLocking.NAME,
            "a deliberately broken baseline: the stress suite must catch it"));

    /** The default policy when nothing is configured. */
    public static final String DEFAULT_POLICY = "gil";
    private static final String UNSAFE = "unsafe";

    private static volatile PolicyRegistry standard;

    private final Map<String, SchedulingProvider> scheduling;
    private final Map<String, RefCountingProvider> refCounting;
    private final Map<String, ObjectLockingProvider> locking;
    private final Map<String, Preset> presets = new LinkedHashMap<>();

    private PolicyRegistry(ClassLoader loader) {
        Set<String> all = new LinkedHashSet<>();
        scheduling = loadAll(SchedulingProvider.class, loader, all);
        refCounting = loadAll(RefCountingProvider.class, loader, all);
        locking = loadAll(ObjectLockingProvider.class, loader, all);
        for (Preset p : PRESETS) {
            if (all.contains(p.name())) {
                throw new IllegalStateException("a dimension value may not be named like the preset " + p.name());
            }
            presets.put(p.name(), p);
        }
    }

    private static <P extends DimensionProvider<?>> Map<String, P> loadAll(Class<P> type, ClassLoader loader,
                                                                           Set<String> seen) {
        Map<String, P> m = new LinkedHashMap<>();
        for (P p : ServiceLoader.load(type, loader)) {
            String n = p.name().toLowerCase(Locale.ROOT);
            if (n.equals(UNSAFE) || n.contains("+") || !seen.add(n)) {
                throw new IllegalStateException("policy dimension value name is reserved or used twice: " + n
                    + " (" + p.getClass().getName() + ")");
            }
            m.put(n, p);
        }
        return Collections.unmodifiableMap(m);
    }

    /** The registry of this module's class loader (built once). */
    public static PolicyRegistry standard() {
        PolicyRegistry r = standard;
        if (r == null) {
            synchronized (PolicyRegistry.class) {
                r = standard;
                if (r == null) standard = r = new PolicyRegistry(PolicyRegistry.class.getClassLoader());
            }
        }
        return r;
    }

    /** A registry of the providers visible to {@code loader} (plugins). */
    public static PolicyRegistry load(ClassLoader loader) {
        return new PolicyRegistry(loader);
    }

    /** A fresh policy for {@code spec} with {@code options} (names as in {@link PolicyOptions}), from {@link #standard()}. */
    public static Policy create(String spec, Map<String, String> options) {
        return standard().build(spec, options);
    }

    /** A fresh policy for {@code spec} with default options. */
    public static Policy create(String spec) {
        return standard().build(spec, Map.of());
    }

    /**
     * A new object space (one interpreter's world) for {@code policy}, with the number of weakref
     * lock stripes its {@code weakref-stripes} option asks for. The {@code immortalize} option
     * is the runtime's to apply ({@code PolicyOptions.of(policy).immortalize()}).
     */
    public static ObjectSpace newSpace(Policy policy) {
        return new ObjectSpace(policy, PolicyOptions.of(policy).weakrefStripes());
    }

    /** The text {@code ./interlock policies} prints, from {@link #standard()}. */
    public static String describeAll() {
        return standard().describe();
    }

    public Set<String> presetNames() {
        return Collections.unmodifiableSet(presets.keySet());
    }

    public Set<String> schedulingNames() {
        return scheduling.keySet();
    }

    public Set<String> refCountingNames() {
        return refCounting.keySet();
    }

    public Set<String> lockingNames() {
        return locking.keySet();
    }

    /** Builds a fresh policy; see the class comment for the spec syntax. */
    public Policy build(String spec, Map<String, String> options) {
        PolicySpec ps = resolve(spec);
        Map<String, String> given = new LinkedHashMap<>(options == null ? Map.of() : options);
        // immortalize defaults per scheduling: on where threads run in parallel (the remedy for
        // shared reference-count contention), off under the global lock (nothing to gain).
        if (given.keySet().stream().noneMatch(k -> k.equalsIgnoreCase(PolicyOptions.IMMORTALIZE))) {
            given.put(PolicyOptions.IMMORTALIZE, Boolean.toString(!ps.scheduling().equals(GlobalInterpreterLock.NAME)));
        }
        PolicyOptions opts = PolicyOptions.of(given);
        Scheduling s = scheduling.get(ps.scheduling()).create(opts);
        RefCounting r = refCounting.get(ps.refCounting()).create(opts);
        ObjectLocking l = locking.get(ps.locking()).create(opts);
        boolean unsafe = ps.unsafeSaid() || opts.unsafe();
        Map<String, String> recorded = new LinkedHashMap<>(opts.toMap());
        recorded.put(PolicyOptions.UNSAFE, Boolean.toString(unsafe));
        Policy p = new Policy(ps.name(), s, r, l, Map.copyOf(recorded));
        if (!p.threadSafe() && !unsafe) {
            List<String> why = new ArrayList<>();
            if (!r.threadSafe()) why.add("'" + r.name() + "' reference counts lose updates");
            if (!l.threadSafe()) why.add("'" + l.name() + "' object locking loses container updates");
            throw new PolicyConfigException("policy '" + spec + "' (" + p.describe() + ") is not thread-safe: "
                + String.join(" and ", why) + " when threads run in parallel. Say so out loud to run it anyway: '"
                + ps.name() + "+unsafe' or the option unsafe=true.\n" + validNames());
        }
        return p;
    }

    /** Resolves {@code spec} to one value per dimension without building anything. */
    public PolicySpec resolve(String spec) {
        if (spec == null || spec.isBlank()) throw new PolicyConfigException("empty policy name.\n" + validNames());
        String[] parts = spec.trim().toLowerCase(Locale.ROOT).split("\\+", -1);
        String s = null;
        String r = null;
        String l = null;
        boolean sGiven = false;
        boolean rGiven = false;
        boolean lGiven = false;
        boolean unsafe = false;
        for (int i = 0; i < parts.length; i++) {
            String t = parts[i].trim();
            if (i == 0 && presets.containsKey(t)) {
                Preset preset = presets.get(t);
                s = preset.scheduling();
                r = preset.refCounting();
                l = preset.locking();
                unsafe = t.equals(UNSAFE);
            } else if (i > 0 && t.equals(UNSAFE)) {
                unsafe = true;
            } else if (scheduling.containsKey(t)) {
                if (sGiven) throw twice(spec, "scheduling");
                sGiven = true;
                s = t;
            } else if (refCounting.containsKey(t)) {
                if (rGiven) throw twice(spec, "reference counting");
                rGiven = true;
                r = t;
            } else if (locking.containsKey(t)) {
                if (lGiven) throw twice(spec, "object locking");
                lGiven = true;
                l = t;
            } else if (presets.containsKey(t)) {
                throw new PolicyConfigException("in policy '" + spec + "': the preset '" + t
                    + "' may only come first.\n" + validNames());
            } else {
                throw new PolicyConfigException("unknown policy '" + (t.isEmpty() ? spec : t)
                    + (parts.length > 1 ? "' in '" + spec : "") + "'.\n" + validNames());
            }
        }
        if (s == null || r == null || l == null) {
            throw new PolicyConfigException("policy '" + spec + "' does not name every dimension (missing "
                + (s == null ? "scheduling " : "") + (r == null ? "reference counting " : "")
                + (l == null ? "object locking" : "").trim()
                + "); start from a preset or name all three.\n" + validNames());
        }
        return new PolicySpec(canonicalName(s, r, l), s, r, l, unsafe);
    }

    private String canonicalName(String s, String r, String l) {
        for (Preset p : presets.values()) {
            if (p.scheduling().equals(s) && p.refCounting().equals(r) && p.locking().equals(l)) return p.name();
        }
        return s + "+" + r + "+" + l;
    }

    private PolicyConfigException twice(String spec, String dimension) {
        return new PolicyConfigException("policy '" + spec + "' names the " + dimension + " dimension twice.\n"
            + validNames());
    }

    /** The list of everything valid, appended to every error message. */
    public String validNames() {
        StringBuilder b = new StringBuilder();
        b.append("Valid presets: ").append(String.join(", ", presets.keySet())).append('\n');
        b.append("Valid scheduling: ").append(String.join(", ", scheduling.keySet())).append('\n');
        b.append("Valid reference counting: ").append(String.join(", ", refCounting.keySet())).append('\n');
        b.append("Valid object locking: ").append(String.join(", ", locking.keySet())).append('\n');
        b.append("Combine as PRESET+VALUE (gil+atomic) or SCHEDULING+REFCOUNTING+LOCKING (parallel+atomic+per-object); "
            + "add +unsafe to accept one that is not thread-safe.\n");
        b.append("Valid options: ").append(String.join(", ", PolicyOptions.names()));
        return b.toString();
    }

    /** Presets, dimension values, spec syntax and options, as {@code ./interlock policies} prints them. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append("Presets:\n");
        for (Preset p : presets.values()) {
            b.append(String.format("  %-13s %-12s %-7s %-11s %s%n", p.name(), p.scheduling(), p.refCounting(),
                p.locking(), p.models()));
        }
        b.append("\nScheduling:\n");
        scheduling.values().forEach(p -> line(b, p));
        b.append("\nReference counting:\n");
        refCounting.values().forEach(p -> line(b, p));
        b.append("\nObject locking:\n");
        locking.values().forEach(p -> line(b, p));
        b.append("\nCombinations: PRESET+VALUE[+VALUE] replaces dimensions of a preset (gil+atomic);\n")
            .append("  SCHEDULING+REFCOUNTING+LOCKING names all three (parallel+atomic+per-object).\n")
            .append("  A combination that is not thread-safe is refused unless it ends in +unsafe\n")
            .append("  or the option unsafe=true is given.\n");
        b.append("\nOptions (-X key=value,key=value):\n");
        for (Map.Entry<String, String> e : PolicyOptions.DESCRIPTIONS) {
            b.append(String.format("  %-16s %s%n", e.getKey(), e.getValue()));
        }
        b.append("\nDefault: ").append(DEFAULT_POLICY).append('\n');
        return b.toString();
    }

    private static void line(StringBuilder b, DimensionProvider<?> p) {
        b.append(String.format("  %-13s %s%n", p.name(), p.description()));
    }
}
