package org.interlock.runtime.modules;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.interlock.object.PyBool;
import org.interlock.object.PyFloat;
import org.interlock.object.PyInt;
import org.interlock.object.PyObject;
import org.interlock.object.PyTuple;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;
import org.interlock.runtime.builtins.ArgAccess;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyBuiltin;
import org.interlock.runtime.objects.TypeInfo;
import org.interlock.runtime.vm.Ops;

/**
 * The rest of {@code _thread} beyond the plain lock: the reentrant lock {@code RLock}, the
 * thread-local object {@code _local} (see {@link ThreadLocalObject}), and the shared
 * acquire-with-timeout helper. Every wait goes through {@link ThreadState#blocking}, so a
 * waiting thread releases the GIL (global-lock) and suspends its critical sections
 * (per-object locking): a lock wait can never hold up the thread that would release it.
 */
final class ThreadPrims {
    private ThreadPrims() {}

    /** CPython's {@code _thread.TIMEOUT_MAX} on 64-bit Linux. */
    static final double TIMEOUT_MAX = 9223372036.0;

    static final PyType RLOCK = PyType.builtin("_thread.RLock");

    /**
     * A reentrant lock: a binary semaphore plus its owner and recursion count. Only the owner
     * writes {@code count}; {@code owner} is volatile because other threads read it to decide
     * whether they already hold the lock (they never do if it is not their own state).
     */
    static final class PyRLock extends PyObject {
        final Semaphore sem = new Semaphore(1);
        volatile ThreadState owner;
        long count;

        PyRLock(ThreadState ts) {
            super(ts);
        }

        @Override
        public PyType type() {
            return RLOCK;
        }
    }

    /** The (blocking, timeout) arguments of {@code acquire}, validated as CPython does. */
    record AcquireArgs(boolean blocking, double timeout) {
        static AcquireArgs parse(PyObject[] a, String[] kw, ThreadState ts) {
            int np = ArgAccess.npos(a, kw);
            PyObject bl = ArgAccess.kw(a, kw, "blocking");
            if (bl == null && np > 0) bl = a[0];
            PyObject to = ArgAccess.kw(a, kw, "timeout");
            if (to == null && np > 1) to = a[1];
            boolean blocking = bl == null || Ops.isTrue(bl, ts);
            double timeout = to == null ? -1 : MathModule.d(to, ts);
            if (!blocking && timeout != -1) {
                throw ExcTypes.valueError("can't specify a timeout for a non-blocking call", ts);
            }
            if (timeout < 0 && timeout != -1) {
                throw ExcTypes.valueError("timeout value must be positive", ts);
            }
            if (timeout > TIMEOUT_MAX) throw ExcTypes.raise(ExcTypes.OVERFLOW_ERROR, "timeout value is too large", ts);
            return new AcquireArgs(blocking, timeout);
        }
    }

    /**
     * Takes one permit of {@code sem}: at once if free, else (when blocking) waiting with the GIL
     * released, for at most {@code timeout} seconds (negative: forever). True if taken.
     */
    static boolean acquire(Semaphore sem, boolean blocking, double timeout, ThreadState ts) {
        if (sem.tryAcquire()) return true;
        if (!blocking || timeout == 0) return false;
        try {
            return ts.blocking(() -> {
                if (timeout < 0) {
                    sem.acquire();
                    return true;
                }
                return sem.tryAcquire((long) (timeout * 1e9), TimeUnit.NANOSECONDS);
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ExcTypes.raise(ExcTypes.KEYBOARD_INTERRUPT, "", ts);
        }
    }

    private static boolean initDone;

    static synchronized void initTypes() {
        if (initDone) return;
        initDone = true;
        TypeInfo r = TypeInfo.of(RLOCK);
        r.constructor = (t, a, kw, ts) -> new PyRLock(ts);
        PyBuiltin.Impl acquire = (s, a, kw, ts) -> {
            PyRLock l = (PyRLock) s;
            if (l.owner == ts) {
                l.count++;
                return PyBool.TRUE;
            }
            AcquireArgs aa = AcquireArgs.parse(a, kw, ts);
            if (!acquire(l.sem, aa.blocking(), aa.timeout(), ts)) return PyBool.FALSE;
            l.owner = ts;
            l.count = 1;
            return PyBool.TRUE;
        };
        PyBuiltin.Impl release = (s, a, kw, ts) -> {
            PyRLock l = (PyRLock) s;
            if (l.owner != ts || l.count == 0) throw ExcTypes.raise(ExcTypes.RUNTIME_ERROR, "cannot release un-acquired lock", ts);
            if (--l.count == 0) {
                l.owner = null;
                l.sem.release();
            }
            return Ops.NONE;
        };
        r.method("acquire", acquire);
        r.method("__enter__", acquire);
        r.method("release", release);
        r.method("__exit__", release);
        r.method("_is_owned", (s, a, kw, ts) -> PyBool.of(((PyRLock) s).owner == ts));
        r.method("_recursion_count", (s, a, kw, ts) -> {
            PyRLock l = (PyRLock) s;
            return PyInt.of(l.owner == ts ? l.count : 0, ts);
        });
        // Condition.wait on an RLock releases it fully and restores the recursion level after.
        r.method("_release_save", (s, a, kw, ts) -> {
            PyRLock l = (PyRLock) s;
            if (l.owner != ts || l.count == 0) throw ExcTypes.raise(ExcTypes.RUNTIME_ERROR, "cannot release un-acquired lock", ts);
            long c = l.count;
            l.count = 0;
            l.owner = null;
            l.sem.release();
            return PyTuple.fromNewRefs(new PyObject[] {PyInt.of(c, ts), PyInt.of(Thread.currentThread().threadId(), ts)}, ts);
        });
        r.method("_acquire_restore", (s, a, kw, ts) -> {
            PyRLock l = (PyRLock) s;
            acquire(l.sem, true, -1, ts);
            l.owner = ts;
            l.count = a[0] instanceof PyTuple t ? Ops.index(t.get(0), ts) : 1;
            return Ops.NONE;
        });
        r.method("__repr__", (s, a, kw, ts) -> {
            PyRLock l = (PyRLock) s;
            ThreadState o = l.owner;
            String state = o == null ? "unlocked" : "locked";
            return org.interlock.object.PyStr.of("<" + state + " _thread.RLock object owner=" + (o == null ? 0
                    : o.thread() == null ? 0 : o.thread().threadId()) + " count=" + (o == null ? 0 : l.count) + ">", ts);
        });
        ThreadLocalObject.initType();
    }

    static PyObject timeoutMax(ThreadState ts) {
        return PyFloat.of(TIMEOUT_MAX, ts);
    }
}
