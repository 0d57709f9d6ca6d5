package org.interlock.policy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.interlock.object.Policy;

/**
 * Chooses an interpreter's policy in DESIGN.md's order: the command line ({@code --policy NAME},
 * {@code -X gil=0|1} as CPython 3.13 spells it: 1 is {@code gil}, 0 is {@code lock-free}), the
 * system property {@code interlock.policy}, the environment ({@code INTERLOCK_POLICY}, then
 * {@code PYTHON_GIL=0|1} as CPython honours it), the properties file
 * {@code interlock.properties} (key {@code policy}), and finally {@code gil}.
 *
 * <p>Policy options come from {@code -X key=value[,key=value]} on the command line for any
 * option name of {@link PolicyOptions} (other {@code -X} options are the runtime's and are
 * ignored here), from the system property {@code interlock.policy.options}, and from the
 * properties file key {@code options}; a key on the command line wins.
 *
 * <p>Two different policies on one command line ({@code --policy} twice, {@code -X gil} twice,
 * or {@code --policy} whose scheduling disagrees with {@code -X gil}) are an error, as is one
 * option given two values there.
 *
 * <p>{@link #select} is a pure function of its inputs, so that tests pass maps in;
 * {@link #fromProcess} reads the real ones.
 */
public final class PolicySelection {
    public static final String SYSTEM_PROPERTY = "interlock.policy";
    public static final String OPTIONS_PROPERTY = "interlock.policy.options";
    public static final String ENV_POLICY = "INTERLOCK_POLICY";
    public static final String ENV_PYTHON_GIL = "PYTHON_GIL";
    public static final String PROPERTIES_FILE = "interlock.properties";

    private PolicySelection() {}

    /**
     * The policy-related part of a command line.
     *
     * @param policies every {@code --policy} value, in order
     * @param xOptions every {@code -X} value, in order
     */
    public record CommandLine(List<String> policies, List<String> xOptions) {
        public CommandLine {
            policies = List.copyOf(policies);
            xOptions = List.copyOf(xOptions);
        }

        /** No policy flags. */
        public static final CommandLine EMPTY = new CommandLine(List.of(), List.of());

        /**
         * Picks {@code --policy NAME}, {@code --policy=NAME}, {@code -X VALUE} and {@code -XVALUE}
         * out of interpreter arguments. Scanning stops at the first argument that is not an
         * option (the script), at {@code -c} or {@code -m} (what follows is theirs), at
         * {@code -} and at {@code --}, as CPython's own option parsing does.
         */
        public static CommandLine scan(String... args) {
            List<String> pol = new ArrayList<>();
            List<String> xs = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--policy")) {
                    if (i + 1 >= args.length) throw new PolicyConfigException("--policy needs a policy name");
                    pol.add(args[++i]);
                } else if (a.startsWith("--policy=")) {
                    pol.add(a.substring("--policy=".length()));
                } else if (a.equals("-X")) {
                    if (i + 1 >= args.length) throw new PolicyConfigException("-X needs an option");
                    xs.add(args[++i]);
                } else if (a.startsWith("-X")) {
                    xs.add(a.substring(2));
                } else if (a.equals("-c") || a.equals("-m") || a.equals("-") || a.equals("--") || !a.startsWith("-")) {
                    break;
                }
            }
            return new CommandLine(pol, xs);
        }
    }

    /**
     * The chosen policy.
     *
     * @param spec    the policy spec, as {@link PolicyRegistry#create} takes it
     * @param source  where it came from, for messages ({@code "--policy"}, {@code "default"}, ...)
     * @param options the policy options in force
     */
    public record Selection(String spec, String source, Map<String, String> options) {
        public Selection {
            options = Map.copyOf(options);
        }

        /** Builds the policy (a fresh one for each call). */
        public Policy create() {
            return PolicyRegistry.create(spec, options);
        }
    }

    /**
     * Chooses the policy from explicit inputs.
     *
     * @param cl        the command line's policy flags
     * @param sysProps  system properties (only {@code interlock.policy*} are read)
     * @param env       environment variables
     * @param file      the contents of {@code interlock.properties}, or null if there is none
     * @throws PolicyConfigException on an unknown name, a malformed value, or a conflict
     */
    public static Selection select(CommandLine cl, Map<String, String> sysProps, Map<String, String> env,
                                   Properties file) {
        PolicyRegistry reg = PolicyRegistry.standard();

        // Options, lowest precedence first so later sources overwrite.
        Map<String, String> options = new LinkedHashMap<>();
        if (file != null) putChecked(options, PolicyOptions.parseMap(file.getProperty("options")));
        putChecked(options, PolicyOptions.parseMap(sysProps.get(OPTIONS_PROPERTY)));

        String cliPolicy = null;
        String gilFlag = null;
        Map<String, String> cliOptions = new LinkedHashMap<>();
        for (String p : cl.policies()) {
            String v = p.trim();
            if (cliPolicy != null && !cliPolicy.equalsIgnoreCase(v)) {
                throw new PolicyConfigException("conflicting policies on the command line: --policy "
                    + cliPolicy + " and --policy " + v);
            }
            cliPolicy = v;
        }
        for (String x : cl.xOptions()) {
            for (Map.Entry<String, String> e : PolicyOptions.parseMap(x).entrySet()) {
                String key = e.getKey();
                if (key.equals("gil")) {
                    String g = checkGil("-X gil", e.getValue());
                    if (gilFlag != null && !gilFlag.equals(g)) {
                        throw new PolicyConfigException("conflicting -X gil=" + gilFlag + " and -X gil=" + g);
                    }
                    gilFlag = g;
                } else if (PolicyOptions.isOption(key)) {
                    String prev = cliOptions.put(key, e.getValue());
                    if (prev != null && !prev.equals(e.getValue())) {
                        throw new PolicyConfigException("conflicting -X " + key + "=" + prev + " and -X "
                            + key + "=" + e.getValue());
                    }
                }
            }
        }
        options.putAll(cliOptions);
        PolicyOptions.of(options); // fail early on a malformed option value

        String spec;
        String source;
        if (cliPolicy != null) {
            PolicyRegistry.PolicySpec ps = reg.resolve(cliPolicy);
            if (gilFlag != null) {
                boolean gil = ps.scheduling().equals(GlobalInterpreterLock.NAME);
                if (gil != gilFlag.equals("1")) {
                    throw new PolicyConfigException("conflicting settings on the command line: --policy "
                        + cliPolicy + " (" + ps.scheduling() + " scheduling) and -X gil=" + gilFlag);
                }
            }
            spec = cliPolicy;
            source = "--policy";
        } else if (gilFlag != null) {
            spec = gilSpec(gilFlag);
            source = "-X gil=" + gilFlag;
        } else if (present(sysProps.get(SYSTEM_PROPERTY))) {
            spec = sysProps.get(SYSTEM_PROPERTY).trim();
            source = "system property " + SYSTEM_PROPERTY;
        } else if (present(env.get(ENV_POLICY))) {
            spec = env.get(ENV_POLICY).trim();
            source = "environment " + ENV_POLICY;
        } else if (present(env.get(ENV_PYTHON_GIL))) {
            String g = checkGil(ENV_PYTHON_GIL, env.get(ENV_PYTHON_GIL));
            spec = gilSpec(g);
            source = "environment " + ENV_PYTHON_GIL + "=" + g;
        } else if (file != null && present(file.getProperty("policy"))) {
            spec = file.getProperty("policy").trim();
            source = PROPERTIES_FILE;
        } else {
            spec = PolicyRegistry.DEFAULT_POLICY;
            source = "default";
        }
        reg.resolve(spec); // an unknown name is an error here, whatever its source
        return new Selection(spec, source, options);
    }

    /** Chooses the policy for this process: its arguments, system properties, environment, and {@code ./interlock.properties}. */
    public static Selection fromProcess(String... args) {
        Map<String, String> props = new LinkedHashMap<>();
        for (String k : new String[] {SYSTEM_PROPERTY, OPTIONS_PROPERTY}) {
            String v = System.getProperty(k);
            if (v != null) props.put(k, v);
        }
        return select(CommandLine.scan(args), props, System.getenv(), readProperties(Path.of(PROPERTIES_FILE)));
    }

    /** The properties in {@code file}, or null if it does not exist. */
    public static Properties readProperties(Path file) {
        if (!Files.isRegularFile(file)) return null;
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            throw new PolicyConfigException("cannot read " + file + ": " + e.getMessage());
        }
        return p;
    }

    private static void putChecked(Map<String, String> into, Map<String, String> from) {
        for (Map.Entry<String, String> e : from.entrySet()) {
            if (!PolicyOptions.isOption(e.getKey())) {
                throw new PolicyConfigException("unknown policy option '" + e.getKey() + "'; valid options: "
                    + String.join(", ", PolicyOptions.names()));
            }
            into.put(e.getKey(), e.getValue());
        }
    }

    private static boolean present(String v) {
        return v != null && !v.isBlank();
    }

    private static String checkGil(String where, String v) {
        String t = v == null ? "" : v.trim();
        if (!t.equals("0") && !t.equals("1")) {
            throw new PolicyConfigException(where + " must be \"0\" or \"1\", not \"" + t + "\"");
        }
        return t;
    }

    private static String gilSpec(String g) {
        return g.equals("1") ? "gil" : "lock-free";
    }
}
