package org.interlock.runtime.modules;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.interlock.object.PyBool;
import org.interlock.object.PyDict;
import org.interlock.object.PyInt;
import org.interlock.object.PyObject;
import org.interlock.object.PyTuple;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;
import org.interlock.runtime.Interpreter;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyException;
import org.interlock.runtime.objects.PyModule;
import org.interlock.runtime.objects.TypeInfo;
import org.interlock.runtime.vm.Calls;
import org.interlock.runtime.vm.Errors;
import org.interlock.runtime.vm.ExecState;
import org.interlock.runtime.vm.Ops;

/**
 * {@code _thread}: OS threads, each with its own thread state in the interpreter's object
 * space (attached: under the GIL one runs at a time), and locks whose waits go through
 * {@link ThreadState#blocking} so that a waiting thread releases the GIL.
 */
public final class ThreadModule {
    private ThreadModule() {}

    public static final PyType LOCK = PyType.builtin("lock");

    /** {@code _thread.lock}: a binary semaphore (any thread may release it, as in CPython). */
    static final class PyLock extends PyObject {
        final Semaphore sem = new Semaphore(1);

        PyLock(ThreadState ts) {
            super(ts);
        }

        @Override
        public PyType type() {
            return LOCK;
        }
    }

    /**
     * The lock {@code _thread._set_sentinel()} gave the running thread (held while it runs), or
     * null: released only after the thread's state has left the space, so that a {@code join()}
     * that waits on it returns when the thread is gone at every level, as CPython's
     * thread-state lock does (code run right after a join sees no trace of the joined thread,
     * e.g. immortalization on the next thread start counts it as not running).
     */
    private static final ThreadLocal<PyLock> SENTINEL = new ThreadLocal<>();

    private static boolean init;

    private static synchronized void initTypes() {
        if (init) return;
        init = true;
        TypeInfo t = TypeInfo.of(LOCK);
        PyObjectImpl acquire = (s, a, kw, ts) -> {
            PyLock l = (PyLock) s;
            PyObject bl = org.interlock.runtime.builtins.ArgAccess.kw(a, kw, "blocking");
            if (bl == null && a.length > 0 && (kw == null || kw.length == 0)) bl = a[0];
            PyObject to = org.interlock.runtime.builtins.ArgAccess.kw(a, kw, "timeout");
            if (to == null && a.length > 1 && (kw == null || kw.length == 0)) to = a[1];
            boolean blocking = bl == null || Ops.isTrue(bl, ts);
            double timeout = to == null ? -1 : MathModule.d(to, ts);
            ThreadPrims.AcquireArgs.parse(a, kw, ts); // CPython's argument checks
            if (l.sem.tryAcquire()) return PyBool.TRUE;
            if (!blocking) return PyBool.FALSE;
            try {
                boolean got = ts.blocking(() -> {
                    if (timeout < 0) {
                        l.sem.acquire();
                        return true;
                    }
                    return l.sem.tryAcquire((long) (timeout * 1e6), TimeUnit.MICROSECONDS);
                });
                return PyBool.of(got);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw ExcTypes.raise(ExcTypes.KEYBOARD_INTERRUPT, "", ts);
            }
        };
        t.method("acquire", acquire::call);
        t.method("__enter__", acquire::call);
        PyObjectImpl release = (s, a, kw, ts) -> {
            PyLock l = (PyLock) s;
            // check and release as one step: two racing releasers must not both succeed
            synchronized (l) {
                if (l.sem.availablePermits() > 0) throw ExcTypes.raise(ExcTypes.RUNTIME_ERROR, "release unlocked lock", ts);
                l.sem.release();
            }
            return Ops.NONE;
        };
        t.method("release", release::call);
        t.method("__exit__", release::call);
        t.method("locked", (s, a, kw, ts) -> PyBool.of(((PyLock) s).sem.availablePermits() == 0));
    }

    @FunctionalInterface
    private interface PyObjectImpl {
        PyObject call(PyObject self, PyObject[] a, String[] kw, ThreadState ts);
    }

    static PyModule create(Interpreter interp, ThreadState ts) {
        initTypes();
        PyModule m = new PyModule("_thread", ts);
        ModuleDef d = new ModuleDef(m, ts);
        d.val("LockType", LOCK);
        d.fn("allocate_lock", (s, a, kw, t) -> new PyLock(t));
        d.fn("get_ident", (s, a, kw, t) -> PyInt.of(Thread.currentThread().threadId(), t));
        ThreadPrims.initTypes();
        ThreadModuleExtras.fill(interp, m, d, ts);
        d.fn("_set_sentinel", (s, a, kw, t) -> {
            if (SENTINEL.get() != null) throw ExcTypes.raise(ExcTypes.RUNTIME_ERROR, "sentinel already set", t);
            PyLock l = new PyLock(t);
            l.sem.acquireUninterruptibly(); // a fresh lock: never blocks
            SENTINEL.set(l);
            return l;
        });
        d.fn("start_new_thread", (s, a, kw, t) -> {
            if (a.length < 2 || !(a[1] instanceof PyTuple)) throw ExcTypes.typeError("2nd arg must be a tuple", t);
            PyObject fn = a[0];
            PyTuple args = (PyTuple) a[1];
            PyDict kwargs = a.length > 2 && a[2] instanceof PyDict kd ? kd : null;
            t.refs.incref(fn, t);
            t.refs.incref(args, t);
            if (kwargs != null) t.refs.incref(kwargs, t);
            // objects handed to another thread: make them safe to read from there (biased counting)
            t.refs.enableTryIncref(fn, t);
            t.refs.enableTryIncref(args, t);
            // While this is still the only thread: the remedy for shared refcount contention.
            org.interlock.runtime.vm.Immortalization.onThreadStart(interp, fn, t);
            ThreadState nts = t.space.newThreadState();
            nts.runtimeState = new ExecState(interp);
            if (interp.terminating()) nts.setBreakerBit(ThreadState.RUNTIME_REQUEST); // stopped at once
            Thread th = new Thread(null, () -> runThread(interp, nts, fn, args, kwargs), "interlock-thread-" + nts.tid,
                    ThreadModuleExtras.stackSize() != 0 ? ThreadModuleExtras.stackSize() : Interpreter.STACK_BYTES / 4);
            th.setDaemon(true);
            ThreadModuleExtras.RUNNING.incrementAndGet();
            th.start();
            return PyInt.of(th.threadId(), t);
        });
        return m;
    }

    private static void runThread(Interpreter interp, ThreadState ts, PyObject fn, PyTuple args, PyDict kwargs) {
        ts.attach();
        try {
            PyObject[] av = new PyObject[args.size()];
            for (int i = 0; i < av.length; i++) av[i] = args.get(i);
            String[] kwn = null;
            if (kwargs != null) {
                PyObject[] items = kwargs.items(ts);
                int np = av.length, nk = items.length / 2;
                PyObject[] all = new PyObject[np + nk];
                System.arraycopy(av, 0, all, 0, np);
                kwn = new String[nk];
                for (int i = 0; i < nk; i++) {
                    kwn[i] = items[2 * i].toString();
                    all[np + i] = items[2 * i + 1];
                }
                av = all;
            }
            ts.refs.decref(Calls.call(fn, av, kwn, ts), ts);
        } catch (PyException e) {
            if (!Ops.isInstance(e.exc, ExcTypes.SYSTEM_EXIT)) {
                interp.stderr().println("Unhandled exception in thread started by " + org.interlock.runtime.vm.Repr.repr(fn, ts));
                Errors.printException(e.exc, interp.stderr(), ts);
            }
            ts.refs.decref(e.exc, ts);
        } finally {
            ts.refs.decref(fn, ts);
            ts.refs.decref(args, ts);
            if (kwargs != null) ts.refs.decref(kwargs, ts);
            ThreadLocalObject.threadExit(ts);
            ThreadModuleExtras.RUNNING.decrementAndGet();
            ts.exit();
            PyLock sentinel = SENTINEL.get();
            if (sentinel != null) {
                SENTINEL.remove();
                sentinel.sem.release(); // plain Java: no Python object is touched after exit
            }
        }
    }
}
