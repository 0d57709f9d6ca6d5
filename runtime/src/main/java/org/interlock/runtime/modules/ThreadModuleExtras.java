package org.interlock.runtime.modules;

import java.util.concurrent.atomic.AtomicInteger;
import org.interlock.object.PyDict;
import org.interlock.object.PyInt;
import org.interlock.object.PyObject;
import org.interlock.object.PyTuple;
import org.interlock.object.ThreadState;
import org.interlock.runtime.Interpreter;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyBaseException;
import org.interlock.runtime.objects.PyException;
import org.interlock.runtime.objects.PyModule;
import org.interlock.runtime.vm.Errors;
import org.interlock.runtime.vm.Ops;

/**
 * The {@code _thread} entries that {@code threading} builds on, beyond locks and
 * {@code start_new_thread}: {@code RLock}, {@code _local}, {@code get_native_id},
 * {@code stack_size}, {@code error}, {@code TIMEOUT_MAX}, {@code _count}, and
 * {@code _print_exception} (the traceback printer behind {@code threading.excepthook}).
 */
final class ThreadModuleExtras {
    private ThreadModuleExtras() {}

    /** Threads started by {@code start_new_thread} that have not finished (JVM-wide). */
    static final AtomicInteger RUNNING = new AtomicInteger();

    private static volatile long stackSize;

    /** The stack size set by {@code _thread.stack_size(n)} for threads started later; 0: the default. */
    static long stackSize() {
        return stackSize;
    }

    static void fill(Interpreter interp, PyModule m, ModuleDef d, ThreadState ts) {
        d.val("RLock", ThreadPrims.RLOCK);
        d.val("_local", ThreadLocalObject.TYPE);
        d.val("error", ExcTypes.RUNTIME_ERROR);
        d.valNew("TIMEOUT_MAX", ThreadPrims.timeoutMax(ts));
        d.fn("allocate", (s, a, kw, t) -> new ThreadModule.PyLock(t));
        // Java exposes no OS thread id portably; the JVM thread id is unique while the thread lives.
        d.fn("get_native_id", (s, a, kw, t) -> PyInt.of(Thread.currentThread().threadId(), t));
        d.fn("_count", (s, a, kw, t) -> PyInt.of(RUNNING.get(), t));
        d.fn("stack_size", (s, a, kw, t) -> {
            long old = stackSize;
            if (a.length > 0) {
                long n = Ops.index(a[0], t);
                if (n != 0 && n < 32768) throw ExcTypes.valueError("size not valid: " + n + " bytes", t);
                stackSize = n;
            }
            return PyInt.of(old, t);
        });
        d.fn("exit", (s, a, kw, t) -> {
            throw new PyException(PyBaseException.of(ExcTypes.SYSTEM_EXIT, t, new org.interlock.object.PyObject[0]));
        });
        d.fn("_local_args", (s, a, kw, t) -> {
            if (a.length == 3 && a[0] instanceof ThreadLocalObject l && a[1] instanceof PyTuple args) {
                l.setInitArgs(args, a[2] instanceof PyDict k && k.len(t) > 0 ? k : null, t);
            }
            return Ops.NONE;
        });
        // _print_exception(exc[, file]): the traceback as the interpreter prints it, to the
        // interpreter's stderr, or written with file.write() when a file is given (sys.stderr
        // may have been replaced by the program).
        d.fn("_print_exception", (s, a, kw, t) -> {
            if (a.length > 0 && a[0] instanceof PyBaseException e) {
                interp.stdout().flush();
                if (a.length > 1 && a[1] != Ops.NONE) {
                    java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
                    java.io.PrintStream ps = new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8);
                    Errors.printException(e, ps, t);
                    ps.flush();
                    SysModule.write(a[1], buf.toString(java.nio.charset.StandardCharsets.UTF_8), t);
                } else {
                    Errors.printException(e, interp.stderr(), t);
                    interp.stderr().flush();
                }
            }
            return Ops.NONE;
        });
    }
}
