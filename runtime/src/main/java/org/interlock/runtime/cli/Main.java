package org.interlock.runtime.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interlock.object.Policy;
import org.interlock.object.Instrumentation;
import org.interlock.object.stats.CountersFile;
import org.interlock.policy.PolicyRegistry;
import org.interlock.policy.PolicySelection;
import org.interlock.runtime.Interpreter;
import org.interlock.runtime.InterpreterConfig;
import org.interlock.runtime.parser.PySyntaxError;

/**
 * The {@code interlock} command:
 * <pre>
 *   interlock [OPTIONS] FILE.py [ARGS]        run a program (as python3 FILE.py)
 *   interlock run [OPTIONS] FILE.py [ARGS]    the same
 *   interlock [OPTIONS] -c CODE [ARGS]        run a string
 *   interlock dis FILE.py                     print the bytecode
 *   interlock policies                        list policies, dimensions and options
 *   interlock [OPTIONS]                       a line REPL
 * OPTIONS: --policy NAME, -X gil=0|1, -X OPTION=VALUE (policy options, recursionlimit)
 * </pre>
 * The policy comes from {@link PolicySelection} (command line, then system property, then
 * environment, then properties file, then {@code gil}); a bad policy or conflicting settings
 * print a message that lists the valid names and exit with status 2. Hand-parsed rather than
 * picocli: the program's own arguments follow the file name and must pass through untouched,
 * as python3 passes them.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int code = run(args);
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }

    /** Runs the command line and returns the exit status (tests call this). */
    public static int run(String[] args) {
        if (args.length > 0) {
            switch (args[0]) {
                case "policies" -> {
                    System.out.println(PolicyRegistry.describeAll());
                    return 0;
                }
                case "dis" -> {
                    if (args.length < 2) {
                        System.err.println("usage: interlock dis FILE.py");
                        return 2;
                    }
                    try {
                        String src = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
                        Interpreter in = new Interpreter(InterpreterConfig.builder().build());
                        System.out.print(in.disassemble(src, args[1]));
                        return 0;
                    } catch (IOException e) {
                        System.err.println("interlock: can't open file '" + args[1] + "'");
                        return 2;
                    } catch (PySyntaxError e) {
                        System.err.println("  File \"" + e.filename() + "\", line " + e.lineno());
                        System.err.println(e.kind() + ": " + e.msg());
                        return 1;
                    }
                }
                case "stress", "bench", "compare", "stats" -> {
                    System.err.println("interlock " + args[0] + ": run it through the ./interlock launcher");
                    return 2;
                }
                case "-h", "--help" -> {
                    System.out.println(usage());
                    return 0;
                }
                default -> { }
            }
        }
        int i = args.length > 0 && args[0].equals("run") ? 1 : 0;
        List<String> selArgs = new ArrayList<>();
        Map<String, String> runtimeOpts = new LinkedHashMap<>();
        String command = null;
        String file = null;
        boolean stats = false;
        for (; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--policy") && i + 1 < args.length) {
                selArgs.add(a);
                selArgs.add(args[++i]);
            } else if (a.startsWith("--policy=")) {
                selArgs.add(a);
            } else if (a.equals("-X") && i + 1 < args.length) {
                String opt = args[++i];
                if (opt.startsWith("recursionlimit=")) runtimeOpts.put("recursionlimit", opt.substring(15));
                else if (opt.equals("stats")) stats = true;
                else {
                    selArgs.add("-X");
                    selArgs.add(opt);
                }
            } else if (a.equals("-Xstats")) {
                stats = true;
            } else if (a.startsWith("-X") && a.length() > 2) {
                selArgs.add("-X");
                selArgs.add(a.substring(2));
            } else if (a.equals("-c") && i + 1 < args.length) {
                command = args[++i];
                i++;
                break;
            } else if (a.equals("-u") || a.equals("-B") || a.equals("-E") || a.equals("-s")) {
                // accepted for python3 compatibility; no effect
            } else if (a.startsWith("-") && !a.equals("-")) {
                System.err.println("interlock: unknown option " + a);
                System.err.println(usage());
                return 2;
            } else {
                file = a;
                i++;
                break;
            }
        }
        List<String> argv = new ArrayList<>();
        if (command != null) argv.add("-c");
        else if (file != null) argv.add(file);
        else argv.add("");
        for (; i < args.length; i++) argv.add(args[i]);

        Policy policy;
        try {
            PolicySelection.Selection sel = PolicySelection.fromProcess(selArgs.toArray(new String[0]));
            policy = sel.create();
        } catch (IllegalArgumentException e) {
            System.err.println("interlock: " + e.getMessage());
            return 2;
        }
        InterpreterConfig.Builder b = InterpreterConfig.builder().policy(policy).argv(argv);
        runtimeOpts.forEach(b::option);
        Interpreter interp = new Interpreter(b.build());
        installSigint(interp);
        int code;
        if (command != null) code = interp.runSource(command, "<string>");
        else if (file != null) code = interp.runFile(Path.of(file));
        else code = repl(interp);
        if (stats) printStats();
        return code;
    }

    /**
     * {@code -X stats}: the runtime counters at exit, summed over every thread's slot. The
     * counters are a {@code static final} switch read when the JVM starts, so the launcher turns
     * them on ({@code -Dinterlock.counters=true}) when it sees {@code -X stats}.
     */
    private static void printStats() {
        System.out.flush();
        if (!Instrumentation.ENABLED) {
            System.err.println("interlock: -X stats: counters are off in this JVM; start it with -Dinterlock.counters=true"
                    + " (./interlock does this for -X stats)");
            return;
        }
        System.err.print(CountersFile.formatProcessTotals());
        CountersFile.closeProcess();
    }

    /**
     * Routes SIGINT to {@link Interpreter#interrupt()}. Through reflection: sun.misc.Signal is
     * the only portable hook, and naming it directly draws a proprietary-API warning.
     */
    private static void installSigint(Interpreter interp) {
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handler = Class.forName("sun.misc.SignalHandler");
            Object h = java.lang.reflect.Proxy.newProxyInstance(Main.class.getClassLoader(), new Class<?>[] {handler},
                    (proxy, method, args) -> {
                        if (method.getName().equals("handle")) interp.interrupt();
                        return null;
                    });
            Object sig = signal.getConstructor(String.class).newInstance("INT");
            signal.getMethod("handle", signal, handler).invoke(null, sig, h);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // no signal support: Ctrl-C ends the JVM as usual
            if (System.getenv("INTERLOCK_DEBUG") != null) System.err.println("sigint: " + e);
        }
    }

    private static String usage() {
        return "usage: interlock [--policy NAME] [-X gil=0|1] [-X OPT=VAL] (FILE.py | -c CODE) [ARGS...]\n"
                + "       interlock run [OPTIONS] FILE.py [ARGS...]\n"
                + "       interlock dis FILE.py\n"
                + "       interlock policies\n"
                + "options: -X stats prints the runtime counters at exit; -X switch-interval=MS, -X switch-every=N,seed=S,"
                + " ... (see ./interlock policies)";
    }

    private static int repl(Interpreter interp) {
        System.out.println("Interlock (Python 3.11 subset) on policy " + interp.policy().describe());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        StringBuilder buf = new StringBuilder();
        try {
            while (true) {
                System.out.print(buf.isEmpty() ? ">>> " : "... ");
                System.out.flush();
                String line = in.readLine();
                if (line == null) {
                    System.out.println();
                    return 0;
                }
                if (buf.isEmpty() && line.isBlank()) continue;
                buf.append(line).append('\n');
                boolean block = line.stripTrailing().endsWith(":") || (!buf.toString().equals(line + "\n") && !line.isBlank());
                if (block) continue;
                int r = interp.runInteractive(buf.toString());
                buf.setLength(0);
                if (r >= 1000) return r - 1000;
            }
        } catch (IOException e) {
            return 1;
        } finally {
            interp.finishInteractive();
        }
    }
}
