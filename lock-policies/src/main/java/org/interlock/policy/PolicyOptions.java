package org.interlock.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The options a policy is built with, parsed and checked once. Every option has a default, so
 * {@link #DEFAULTS} is a complete, usable set.
 *
 * <p>Spelling: {@code key=value,key=value} ({@link #parse}), or a map of the same pairs
 * ({@link #of}). A boolean option given without a value ({@code force-switching}) means true;
 * booleans accept {@code true/false}, {@code 1/0}, {@code on/off}, {@code yes/no}.
 *
 * @param switchIntervalNanos the GIL's switch interval ({@code switch-interval}, in
 *                            milliseconds, a float; default 5 as CPython's)
 * @param forceSwitching      whether a GIL holder that dropped on request waits until another
 *                            thread took the lock before it competes again (CPython's
 *                            FORCE_SWITCHING; default on)
 * @param ioPriority          whether a thread returning from a blocking call asks the holder to
 *                            drop the GIL at once instead of after a switch interval (default off)
 * @param switchEvery         seeded forced switching: hand the GIL to a waiter at roughly every
 *                            N-th safepoint (0 = off)
 * @param seed                the seed of the forced-switch draws (default 0)
 * @param immortalize         immortalize shared objects (code constants at compile time;
 *                            functions, modules, classes when the first thread starts), as
 *                            CPython 3.13t; recorded here, applied by the runtime. Default here
 *                            off; {@link PolicyRegistry#build} turns it on for parallel
 *                            scheduling unless the option is given
 * @param weakrefStripes      number of weakref lock stripes, a power of two (default 64)
 * @param unsafe              the configuration accepts a policy that is not thread-safe
 * @param deferredRefcount    deferred reference counting for functions, modules and code
 *                            objects: frames do not count the function they call nor the code
 *                            constant they make a function from, and only the cycle collector
 *                            frees them; read by the object space (default off)
 * @param perThreadTypeRefcount per-thread reference counts for heap types (PEP 703): an
 *                            instance's reference to its class is counted in its thread's own
 *                            table, merged when the thread exits and at each collection; only a
 *                            collection frees such a class; read by the object space (default off)
 */
public record PolicyOptions(long switchIntervalNanos, boolean forceSwitching, boolean ioPriority,
                            int switchEvery, long seed, boolean immortalize, int weakrefStripes,
                            boolean unsafe, boolean deferredRefcount, boolean perThreadTypeRefcount) {

    public static final String SWITCH_INTERVAL = "switch-interval";
    public static final String FORCE_SWITCHING = "force-switching";
    public static final String IO_PRIORITY = "io-priority";
    public static final String SWITCH_EVERY = "switch-every";
    public static final String SEED = "seed";
    public static final String IMMORTALIZE = "immortalize";
    public static final String WEAKREF_STRIPES = "weakref-stripes";
    public static final String UNSAFE = "unsafe";
    public static final String DEFERRED_REFCOUNT = "deferred-refcount";
    public static final String PER_THREAD_TYPE_REFCOUNT = "per-thread-type-refcount";

    /** Every option name, with a one-line description, in the order {@code ./interlock policies} lists them. */
    public static final List<Map.Entry<String, String>> DESCRIPTIONS = List.of(
        Map.entry(SWITCH_INTERVAL, "GIL switch interval in milliseconds, a float (default 5, as CPython)"),
        Map.entry(FORCE_SWITCHING, "a GIL holder asked to drop waits until another thread took it (default true)"),
        Map.entry(IO_PRIORITY, "a thread returning from a blocking call asks the GIL holder to drop at once (default false)"),
        Map.entry(SWITCH_EVERY, "seeded forced switching: hand the GIL to a waiter at about every N-th safepoint (default 0 = off)"),
        Map.entry(SEED, "seed of the forced-switch draws (default 0)"),
        Map.entry(IMMORTALIZE, "immortalize code constants, and functions, modules, classes when the first thread starts, as 3.13t (default true for parallel scheduling, false under the GIL)"),
        Map.entry(WEAKREF_STRIPES, "number of weakref lock stripes, a power of two (default 64)"),
        Map.entry(UNSAFE, "accept a combination that is not thread-safe (default false)"),
        Map.entry(DEFERRED_REFCOUNT, "functions, modules and code objects: frames hold callees and code constants uncounted, only the cycle collector frees them (default false)"),
        Map.entry(PER_THREAD_TYPE_REFCOUNT, "instances count their class in a per-thread table, merged at thread exit and at collections; only the cycle collector frees such a class (default false)"));

    /** CPython's default switch interval, 5 ms. */
    public static final long DEFAULT_SWITCH_INTERVAL_NANOS = 5_000_000L;

    public static final PolicyOptions DEFAULTS =
        new PolicyOptions(DEFAULT_SWITCH_INTERVAL_NANOS, true, false, 0, 0L, false, 64, false, false, false);

    public PolicyOptions {
        if (switchIntervalNanos <= 0) {
            throw new PolicyConfigException(SWITCH_INTERVAL + " must be positive");
        }
        if (switchEvery < 0) {
            throw new PolicyConfigException(SWITCH_EVERY + " must be 0 (off) or positive: " + switchEvery);
        }
        if (weakrefStripes <= 0 || Integer.bitCount(weakrefStripes) != 1) {
            throw new PolicyConfigException(WEAKREF_STRIPES + " must be a power of two: " + weakrefStripes);
        }
    }

    /** Parses {@code key=value,key=value}; an empty or null string gives the defaults. */
    public static PolicyOptions parse(String text) {
        return of(parseMap(text));
    }

    /** Splits {@code key=value,key=value} into an ordered map, without checking the keys. */
    public static Map<String, String> parseMap(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        if (text == null || text.isBlank()) return m;
        for (String part : text.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) continue;
            int eq = p.indexOf('=');
            String key = (eq < 0 ? p : p.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "true" : p.substring(eq + 1).trim();
            if (key.isEmpty()) throw new PolicyConfigException("option without a name in '" + text + "'");
            m.put(key, value);
        }
        return m;
    }

    /** Builds options from a map of names to values; unknown names are an error listing the valid ones. */
    public static PolicyOptions of(Map<String, String> raw) {
        long interval = DEFAULTS.switchIntervalNanos;
        boolean force = DEFAULTS.forceSwitching;
        boolean io = DEFAULTS.ioPriority;
        int every = DEFAULTS.switchEvery;
        long seed = DEFAULTS.seed;
        boolean immortalize = DEFAULTS.immortalize;
        int stripes = DEFAULTS.weakrefStripes;
        boolean unsafe = DEFAULTS.unsafe;
        boolean deferred = DEFAULTS.deferredRefcount;
        boolean perThreadTypes = DEFAULTS.perThreadTypeRefcount;
        for (Map.Entry<String, String> e : raw.entrySet()) {
            String key = e.getKey().toLowerCase(Locale.ROOT);
            String v = e.getValue() == null ? "true" : e.getValue().trim();
            switch (key) {
                case SWITCH_INTERVAL -> interval = millisToNanos(v);
                case FORCE_SWITCHING -> force = bool(key, v);
                case IO_PRIORITY -> io = bool(key, v);
                case SWITCH_EVERY -> every = (int) integer(key, v);
                case SEED -> seed = integer(key, v);
                case IMMORTALIZE -> immortalize = bool(key, v);
                case WEAKREF_STRIPES -> stripes = (int) integer(key, v);
                case UNSAFE -> unsafe = bool(key, v);
                case DEFERRED_REFCOUNT -> deferred = bool(key, v);
                case PER_THREAD_TYPE_REFCOUNT -> perThreadTypes = bool(key, v);
                default -> throw new PolicyConfigException("unknown policy option '" + e.getKey()
                    + "'; valid options: " + String.join(", ", names()));
            }
        }
        return new PolicyOptions(interval, force, io, every, seed, immortalize, stripes, unsafe, deferred, perThreadTypes);
    }

    /** The options a built policy was made with (its {@link org.interlock.object.Policy#options()}). */
    public static PolicyOptions of(org.interlock.object.Policy policy) {
        return of(policy.options());
    }

    /** The valid option names. */
    public static List<String> names() {
        return DESCRIPTIONS.stream().map(Map.Entry::getKey).toList();
    }

    /** Whether {@code key} names a policy option. */
    public static boolean isOption(String key) {
        return names().contains(key.toLowerCase(Locale.ROOT));
    }

    /** This set of options as a map of every name to its value, for {@link org.interlock.object.Policy#options()}. */
    public Map<String, String> toMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(SWITCH_INTERVAL, Double.toString(switchIntervalNanos / 1e6));
        m.put(FORCE_SWITCHING, Boolean.toString(forceSwitching));
        m.put(IO_PRIORITY, Boolean.toString(ioPriority));
        m.put(SWITCH_EVERY, Integer.toString(switchEvery));
        m.put(SEED, Long.toString(seed));
        m.put(IMMORTALIZE, Boolean.toString(immortalize));
        m.put(WEAKREF_STRIPES, Integer.toString(weakrefStripes));
        m.put(UNSAFE, Boolean.toString(unsafe));
        m.put(DEFERRED_REFCOUNT, Boolean.toString(deferredRefcount));
        m.put(PER_THREAD_TYPE_REFCOUNT, Boolean.toString(perThreadTypeRefcount));
        return Map.copyOf(m);
    }

    private static long millisToNanos(String v) {
        double ms;
        try {
            ms = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new PolicyConfigException(SWITCH_INTERVAL + " must be a number of milliseconds: '" + v + "'");
        }
        if (!(ms > 0) || Double.isInfinite(ms)) {
            throw new PolicyConfigException(SWITCH_INTERVAL + " must be a positive number of milliseconds: '" + v + "'");
        }
        return Math.max(1L, Math.round(ms * 1e6));
    }

    private static long integer(String key, String v) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new PolicyConfigException(key + " must be an integer: '" + v + "'");
        }
    }

    private static boolean bool(String key, String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "1", "on", "yes" -> true;
            case "false", "0", "off", "no" -> false;
            default -> throw new PolicyConfigException(key + " must be true or false: '" + v + "'");
        };
    }
}
