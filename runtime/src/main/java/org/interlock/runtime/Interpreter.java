package org.interlock.runtime;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.interlock.object.Policy;
import org.interlock.object.PyDict;
import org.interlock.object.PyInt;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.ObjectSpace;
import org.interlock.object.ThreadState;
import org.interlock.policy.PolicyRegistry;
import org.interlock.runtime.builtins.BuiltinsModule;
import org.interlock.runtime.compiler.CodeUnit;
import org.interlock.runtime.compiler.CompileError;
import org.interlock.runtime.compiler.Compiler;
import org.interlock.runtime.compiler.Disassembler;
import org.interlock.runtime.modules.Importer;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyBaseException;
import org.interlock.runtime.objects.PyCode;
import org.interlock.runtime.objects.PyException;
import org.interlock.runtime.objects.PyModule;
import org.interlock.runtime.parser.Ast;
import org.interlock.runtime.parser.Parser;
import org.interlock.runtime.parser.PySyntaxError;
import org.interlock.runtime.vm.Errors;
import org.interlock.runtime.vm.Eval;
import org.interlock.runtime.vm.ExecState;
import org.interlock.runtime.vm.Frame;
import org.interlock.runtime.vm.Ops;
import org.interlock.runtime.vm.Repr;

/**
 * One Python interpreter: an object space under one policy, its builtins, {@code sys} and
 * module table, and the entry points the command line and tests use. Programs run on a thread
 * with a large Java stack (deep Python recursion must end in RecursionError, never in a JVM
 * StackOverflowError), attached to the interpreter's main thread state.
 *
 * <p>Exit codes are CPython's: 0, 1 after an uncaught exception (its traceback printed to the
 * interpreter's stderr) or a syntax error, N for {@code sys.exit(N)}.
 */
public final class Interpreter {
    /** Java stack size of the threads that run Python code. */
    public static final long STACK_BYTES = 1L << 30;

    private final InterpreterConfig config;
    private final Policy policy;
    private final ObjectSpace space;
    private final ThreadState mainTs;
    private final ConcurrentHashMap<String, String[]> sources = new ConcurrentHashMap<>();
    private volatile int recursionLimit = 1000;
    private PyModule builtins;
    private PyModule sys;
    private Importer importer;
    private boolean initialized;
    private volatile boolean interrupted;

    /**
     * Ctrl-C: raises KeyboardInterrupt in the main thread at its next eval-breaker check (a
     * backward jump or a call), as CPython's signal handling does.
     */
    public void interrupt() {
        interrupted = true;
        mainTs.setBreakerBit(ThreadState.RUNTIME_REQUEST);
    }

    /** How long cleanup code may run after {@link #terminate} before every check raises again. */
    private static final long TERMINATE_GRACE_NANOS = 2_000_000_000L;
    /** {@link System#nanoTime} of the first {@link #terminate} call; 0 while the program may run. */
    private volatile long terminateAt;
    /** Thread states that have been sent their first termination KeyboardInterrupt. */
    private final java.util.Set<ThreadState> terminateSent = ConcurrentHashMap.newKeySet();

    /**
     * Stops the program for good (the caller's thread was interrupted, e.g. a timeout): every
     * Python thread gets KeyboardInterrupt at its next eval-breaker check, so finally blocks
     * and handlers run; a thread still running Python code after a grace period gets it again at
     * every check, so catching the exception cannot keep a runaway program alive. Cheap for
     * running code: it only sets the breaker bits the threads already test.
     */
    public void terminate() {
        if (terminateAt == 0) {
            long now = System.nanoTime();
            terminateAt = now == 0 ? 1 : now;
        }
        for (ThreadState t : space.liveThreadStates()) t.setBreakerBit(ThreadState.RUNTIME_REQUEST);
    }

    /** Main Python threads ({@link #onPythonThread}) not yet finished. */
    private final java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();

    /** True while a program (a {@link #onPythonThread} run) is still executing, even abandoned by its caller. */
    public boolean isRunning() {
        return running.get() != 0;
    }

    /** True once {@link #terminate} has been called. */
    public boolean terminating() {
        return terminateAt != 0;
    }

    /** The eval-breaker service for {@link ThreadState#RUNTIME_REQUEST}: Ctrl-C and termination. */
    private void onRuntimeRequest(ThreadState ts) {
        ts.clearBreakerBit(ThreadState.RUNTIME_REQUEST);
        long at = terminateAt;
        if (at != 0) {
            // stay on the breaker's slow path until the thread has ended
            ts.setBreakerBit(ThreadState.RUNTIME_REQUEST);
            if (terminateSent.add(ts) || System.nanoTime() - at > TERMINATE_GRACE_NANOS) {
                throw ExcTypes.raise(ExcTypes.KEYBOARD_INTERRUPT, "", ts);
            }
            return;
        }
        if (ts == mainTs && interrupted) {
            interrupted = false;
            throw ExcTypes.raise(ExcTypes.KEYBOARD_INTERRUPT, "", ts);
        }
    }

    public Interpreter(InterpreterConfig cfg) {
        this.config = cfg;
        this.policy = cfg.policy() != null ? cfg.policy()
                : PolicyRegistry.create(cfg.policySpec() == null ? PolicyRegistry.DEFAULT_POLICY : cfg.policySpec(),
                cfg.policyOptions());
        this.space = new ObjectSpace(policy);
        this.mainTs = space.newThreadState();
        space.setUnraisableHook((ctx, err, ts) -> {
            PrintStream e = stderr();
            if (err instanceof PyException pe) {
                e.println("Exception ignored in: " + ctx);
                Errors.printException(pe.exc, e, ts);
            } else {
                e.println("Exception ignored in: " + ctx);
                e.println(err);
            }
        });
        space.setCallbackInvoker((cb, ref, ts) -> ts.refs.decref(
                org.interlock.runtime.vm.Calls.call(cb, new PyObject[] {ref}, null, ts), ts));
        space.setRuntimeSafepointHandler(this::onRuntimeRequest);
        // Deferred reference counting: the callables frames hold uncounted are the collector's roots.
        space.collector().setFrameRoots((t, out) -> {
            if (t.runtimeState instanceof org.interlock.runtime.vm.ExecState es) org.interlock.runtime.vm.Frame.roots(es.frame, out);
        });
        String rl = cfg.options().get("recursionlimit");
        if (rl != null) recursionLimit = Integer.parseInt(rl);
    }

    public InterpreterConfig config() {
        return config;
    }

    public Policy policy() {
        return policy;
    }

    public ObjectSpace space() {
        return space;
    }

    public PrintStream stdout() {
        return config.stdout();
    }

    public PrintStream stderr() {
        return config.stderr();
    }

    public int recursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int n) {
        recursionLimit = n;
    }

    public PyDict builtinsDict() {
        return builtins.dict;
    }

    public PyModule builtinsModule() {
        return builtins;
    }

    public PyModule sysModule() {
        return sys;
    }

    public Importer importer() {
        return importer;
    }

    /** {@code __build_class__}. */
    public PyObject buildClass() {
        PyObject v = builtins.dict.get(PyStr.intern("__build_class__"), mainTs);
        mainTs.refs.decref(v, mainTs);
        return v;
    }

    /** Remembers a file's source for tracebacks. */
    public void rememberSource(String filename, String source) {
        sources.put(filename, source.split("\n", -1));
    }

    /** Source line {@code line} of {@code filename}, or null. */
    public String sourceLine(String filename, int line) {
        String[] lines = sources.get(filename);
        if (lines == null && !filename.startsWith("<")) {
            try {
                lines = Files.readString(Path.of(filename), StandardCharsets.UTF_8).split("\n", -1);
                sources.put(filename, lines);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
        if (lines == null || line < 1 || line > lines.length) return null;
        return lines[line - 1];
    }

    // ------------------------------------------------------------------ running

    /** Runs a file as {@code __main__}; returns the exit code. */
    public int runFile(Path file) {
        String src;
        try {
            src = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            stderr().println("interlock: can't open file '" + file + "': [Errno 2] No such file or directory");
            return 2;
        }
        Path abs = file.toAbsolutePath().normalize();
        return runSource(src, abs.toString(), abs.getParent());
    }

    /** Runs source text as {@code __main__}; returns the exit code. */
    public int runSource(String source, String filename) {
        return runSource(source, filename, null);
    }

    private int runSource(String source, String filename, Path scriptDir) {
        return onPythonThread(ts -> {
            rememberSource(filename, source);
            if (scriptDir != null) importer.addScriptDir(scriptDir, ts);
            PyModule main = importer.newMainModule(filename, ts);
            try {
                CodeUnit unit;
                try {
                    Ast.Module tree = Parser.parseModule(source, filename);
                    unit = Compiler.compile(tree, filename, false);
                } catch (PySyntaxError e) {
                    // the symbol table's errors carry no source text: show the line as CPython does
                    String text = e.text() != null ? e.text() : sourceLine(filename, e.lineno());
                    printSyntaxError(e.kind().name(), e.msg(), e.filename(), e.lineno(), e.offset(), text);
                    return 1;
                } catch (CompileError e) {
                    printSyntaxError("SyntaxError", e.getMessage(), filename, e.line, 0, sourceLine(filename, e.line));
                    return 1;
                }
                PyCode code = Loader.load(unit, ts);
                try {
                    PyObject r = runCode(code, main.dict, ts);
                    ts.refs.decref(r, ts);
                    return 0;
                } finally {
                    ts.refs.decref(code, ts);
                }
            } catch (PyException e) {
                return handleUncaught(e, ts);
            } finally {
                waitForThreads(ts);
                runExitFunctions(ts);
                flushStd(ts);
            }
        });
    }

    /**
     * CPython's exit: when the main module has finished, wait for the non-daemon threads
     * ({@code threading._shutdown()}), but only if {@code threading} was imported.
     */
    private void waitForThreads(ThreadState ts) {
        callModuleHook("threading", "_shutdown", "Exception ignored on threading shutdown:", ts);
    }

    /**
     * The end of an interactive session: as at the end of a program, the non-daemon threads
     * are joined and then the exit functions run.
     */
    public void finishInteractive() {
        onPythonThread(ts -> {
            waitForThreads(ts);
            runExitFunctions(ts);
            flushStd(ts);
            return 0;
        });
    }

    /**
     * CPython's exit, after the threads: the {@code atexit} functions, if the module was
     * imported (it is imported by the program, or by {@code weakref.finalize}).
     */
    private void runExitFunctions(ThreadState ts) {
        callModuleHook("atexit", "_run_exitfuncs", "Exception ignored in atexit._run_exitfuncs:", ts);
    }

    /**
     * Calls {@code module.fn()} if the module has been imported (an exit step); an exception
     * is reported after {@code context} and does not stop the exit.
     */
    private void callModuleHook(String module, String fn, String context, ThreadState ts) {
        PyObject m = importer.modules().get(PyStr.intern(module), ts);
        if (m == null) return;
        try {
            PyObject f = Ops.getAttrOrNull(m, PyStr.intern(fn), ts);
            if (f != null) {
                try {
                    ts.refs.decref(org.interlock.runtime.vm.Calls.call(f, new PyObject[0], null, ts), ts);
                } finally {
                    ts.refs.decref(f, ts);
                }
            }
        } catch (PyException e) {
            Errors.unraisable(context, e, ts);
        } finally {
            ts.refs.decref(m, ts);
        }
    }

    private void flushStd(ThreadState ts) {
        stdout().flush();
        stderr().flush();
    }

    /** Prints an uncaught exception (or handles SystemExit) and returns the exit code. */
    public int handleUncaught(PyException e, ThreadState ts) {
        PyBaseException exc = e.exc;
        try {
            if (Ops.isInstance(exc, ExcTypes.SYSTEM_EXIT)) {
                PyObject code = exc.args().size() == 0 ? Ops.NONE : exc.args().get(0);
                if (exc.args().size() > 1) code = exc.args();
                if (code == Ops.NONE) return 0;
                if (code instanceof PyInt i) return (int) (i.isSmall() ? i.longValue() : 1);
                stdout().flush();
                stderr().println(Repr.str(code, ts));
                return 1;
            }
            stdout().flush();
            if (!callExceptHook(exc, ts)) Errors.printException(exc, stderr(), ts);
            return 1;
        } finally {
            ts.refs.decref(exc, ts);
        }
    }

    /**
     * A {@code sys.excepthook} the program installed, called with (type, value, traceback);
     * false when the hook is still {@code sys.__excepthook__} (the interpreter prints the
     * exception itself). A hook that raises is reported as CPython does, with the original.
     */
    private boolean callExceptHook(PyBaseException exc, ThreadState ts) {
        PyObject hook = Ops.getAttrOrNull(sys, PyStr.intern("excepthook"), ts);
        if (hook == null) return false;
        PyObject orig = Ops.getAttrOrNull(sys, PyStr.intern("__excepthook__"), ts);
        try {
            if (hook == orig) return false;
            PyObject tb = exc.traceback == null ? Ops.incref(Ops.NONE, ts)
                    : new org.interlock.runtime.objects.PyTraceback(exc.traceback, ts);
            try {
                ts.refs.decref(org.interlock.runtime.vm.Calls.call(hook, new PyObject[] {exc.type(), exc, tb}, null, ts), ts);
            } catch (PyException e) {
                stderr().println("Error in sys.excepthook:");
                Errors.printException(e.exc, stderr(), ts);
                ts.refs.decref(e.exc, ts);
                stderr().println();
                stderr().println("Original exception was:");
                Errors.printException(exc, stderr(), ts);
            } finally {
                ts.refs.decref(tb, ts);
            }
            stderr().flush();
            return true;
        } finally {
            ts.refs.decref(hook, ts);
            if (orig != null) ts.refs.decref(orig, ts);
        }
    }

    private void printSyntaxError(String kind, String msg, String filename, int line, int offset, String text) {
        PrintStream err = stderr();
        err.println("  File \"" + filename + "\", line " + line);
        if (text != null) {
            String t = text.replaceAll("[\\r\\n]+$", "");
            String stripped = t.stripLeading();
            err.println("    " + stripped);
            if (offset > 0) {
                int caret = offset - (t.length() - stripped.length());
                err.println("    " + " ".repeat(Math.max(0, caret - 1)) + "^");
            }
        }
        err.println(kind + ": " + msg);
        err.flush();
    }

    /** Runs a module-level code object with {@code globals} as globals and locals; a new reference. */
    public PyObject runCode(PyCode code, PyDict globals, ThreadState ts) {
        Frame f = new Frame(code, null, globals, builtinsDict(), globals);
        return Eval.run(f, ts);
    }

    /** The bytecode listing of a program, as {@code interlock dis} prints it. */
    public String disassemble(String source, String filename) {
        Ast.Module tree = Parser.parseModule(source, filename);
        return Disassembler.disassemble(Compiler.compile(tree, filename, false));
    }

    /** Compiles and runs one REPL entry in {@code __main__}; prints expression values. */
    public int runInteractive(String source) {
        return onPythonThread(ts -> {
            PyModule main = importer.mainModule(ts);
            try {
                CodeUnit unit;
                try {
                    unit = Compiler.compile(Parser.parseModule(source, "<stdin>"), "<stdin>", true);
                } catch (PySyntaxError e) {
                    printSyntaxError(e.kind().name(), e.msg(), e.filename(), e.lineno(), e.offset(), e.text());
                    return 1;
                } catch (CompileError e) {
                    printSyntaxError("SyntaxError", e.getMessage(), "<stdin>", e.line, 0, null);
                    return 1;
                }
                PyCode code = Loader.load(unit, ts);
                try {
                    ts.refs.decref(runCode(code, main.dict, ts), ts);
                } finally {
                    ts.refs.decref(code, ts);
                }
                return 0;
            } catch (PyException e) {
                if (Ops.isInstance(e.exc, ExcTypes.SYSTEM_EXIT)) return 1000 + handleUncaught(e, ts);
                handleUncaught(e, ts);
                return 1;
            } finally {
                flushStd(ts);
            }
        });
    }

    /** Work run on a Python thread. */
    @FunctionalInterface
    public interface PythonWork {
        int run(ThreadState ts);
    }

    /**
     * Runs {@code work} on a fresh thread with a large stack, attached to the main thread state
     * (taking the GIL under global-lock policies), and returns its result.
     */
    public int onPythonThread(PythonWork work) {
        AtomicReference<Integer> result = new AtomicReference<>(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        running.incrementAndGet();
        Thread t = new Thread(null, () -> {
            ThreadState ts = mainTs;
            ts.attach();
            try {
                if (ts.runtimeState == null) ts.runtimeState = new ExecState(this);
                init(ts);
                result.set(work.run(ts));
            } catch (Throwable e) {
                failure.set(e);
            } finally {
                ts.detach();
                running.decrementAndGet();
            }
        }, "interlock-main", STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            // the caller gave up on the program (a timeout): stop it rather than leave it running
            Thread.currentThread().interrupt();
            terminate();
            t.interrupt();
            return 130;
        }
        if (failure.get() != null && !terminating()) {
            Throwable e = failure.get();
            stderr().println("interlock: internal error: " + e);
            for (StackTraceElement el : e.getStackTrace()) stderr().println("\tat " + el);
            stderr().flush();
            return 70;
        }
        return result.get();
    }

    private void init(ThreadState ts) {
        if (initialized) return;
        initialized = true;
        builtins = BuiltinsModule.create(ts);
        importer = new Importer(this, ts);
        sys = importer.sys();
        PyObject hook = new org.interlock.runtime.objects.PyBuiltin("__getattr__", false, null,
                (self, a, kw, t) -> sysAttr(a[0], t));
        sys.put("__getattr__", hook, ts);
        ts.refs.decref(hook, ts);
    }

    /** Held while sys's Python half runs; see {@link #sysAttr}. */
    private final java.util.concurrent.locks.ReentrantLock sysHalfLock = new java.util.concurrent.locks.ReentrantLock();
    private volatile boolean sysHalfRun;

    /**
     * The {@code __getattr__} of sys (PEP 562): the first lookup of a name its Java half lacks
     * runs its Python half ({@code ext/sys.py}: the struct sequences, {@code stdin}, the plain
     * values) into it, then answers from it. Run at start-up instead, the half cost a third of
     * the start-up's CPU time, which a program that never reads those names need not pay. One
     * thread runs it; a concurrent lookup waits without holding the GIL; a lookup the half makes
     * of its own names while it runs finds nothing yet, as in any module body.
     */
    private PyObject sysAttr(PyObject name, ThreadState ts) {
        if (!sysHalfRun && !sysHalfLock.isHeldByCurrentThread()) {
            ts.blocking(() -> {
                sysHalfLock.lock();
                return null;
            });
            try {
                if (!sysHalfRun) {
                    try {
                        importer.runExtension(sys, ts);
                    } finally {
                        sysHalfRun = true;
                        sys.dict.delete(PyStr.intern("__getattr__"), ts);
                    }
                }
            } finally {
                sysHalfLock.unlock();
            }
        }
        PyObject v = sys.dict.get(name, ts);
        if (v != null) return v;
        throw ExcTypes.attributeError("module 'sys' has no attribute '" + name + "'", ts);
    }
}
