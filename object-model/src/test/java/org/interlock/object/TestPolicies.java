package org.interlock.object;

import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * A test-only policy for the object model's own tests (which cannot depend on lock-policies):
 * plain reference counts, critical sections that only count their nesting, a scheduler that
 * does nothing. Plain but correct for one thread, and it calls {@link Checks#alive} on the
 * incref, decref, tryIncref and lock paths as the real policies do.
 *
 * <p>Two knobs make single-threaded tests reach the concurrent paths: {@link
 * Locking#optimistic} turns on the lock-free read path of lists and dicts, and {@link
 * Counting#beforeTryIncref} runs a hook inside {@code tryIncref} (a stand-in for another
 * thread acting between a reader's load and its validation).
 *
 * <p>Public so that the tests of sub-packages (the cycle collector's) can use it.
 */
public final class TestPolicies {
    private TestPolicies() {}

    /** Plain counting with dead-object checks; deallocates at zero through {@link Lifecycle}. */
    public static final class Counting implements RefCounting {
        /** Runs before each non-immortal tryIncref, then is cleared (one-shot race injection). */
        Consumer<PyObject> beforeTryIncref;
        /** A deliberately broken tryIncref that ignores liveness (to show the check catches it). */
        boolean brokenTryIncref;
        public int deallocs;

        @Override
        public String name() {
            return "plain";
        }

        @Override
        public boolean threadSafe() {
            return false;
        }

        @Override
        public void initNew(PyObject o, ThreadState ts) {
            o.spRefLocal(1);
            o.spOwnerTid(ts.tid);
        }

        @Override
        public void incref(PyObject o, ThreadState ts) {
            if (Checks.ENABLED) Checks.alive(o, "incref");
            if (o.isImmortal()) return;
            o.spRefLocal(o.lpRefLocal() + 1);
        }

        @Override
        public void decref(PyObject o, ThreadState ts) {
            if (Checks.ENABLED) Checks.alive(o, "decref");
            if (o.isImmortal()) return;
            int n = o.lpRefLocal() - 1;
            if (n < 0) throw new AssertionError("negative refcount on " + o);
            o.spRefLocal(n);
            if (n == 0) {
                deallocs++;
                Lifecycle.dealloc(o, ts);
            }
        }

        @Override
        public boolean tryIncref(PyObject o, ThreadState ts) {
            if (o.isImmortal()) return true;
            Consumer<PyObject> hook = beforeTryIncref;
            if (hook != null) {
                beforeTryIncref = null;
                hook.accept(o);
            }
            if (!brokenTryIncref) {
                if ((o.laFlags() & (PyObject.DYING | PyObject.DEAD)) != 0 || o.lpRefLocal() <= 0) return false;
            }
            o.spRefLocal(o.lpRefLocal() + 1);
            // The check real policies make: a successful tryIncref never hands out a dead object.
            if (Checks.ENABLED) Checks.alive(o, "tryIncref");
            return true;
        }

        @Override
        public long refcount(PyObject o) {
            return o.lpRefLocal();
        }

        @Override
        public void enableTryIncref(PyObject o, ThreadState ts) {}

        @Override
        public void resurrectStart(PyObject o, ThreadState ts) {
            o.spRefLocal(1);
        }

        @Override
        public boolean resurrectEnd(PyObject o, ThreadState ts) {
            int n = o.lpRefLocal() - 1;
            o.spRefLocal(n);
            return n == 0;
        }

        @Override
        public void safepoint(ThreadState ts) {}

        @Override
        public void threadExit(ThreadState ts) {}
    }

    /** Critical sections that only track their nesting depth (one thread needs no lock). */
    public static final class Locking implements ObjectLocking {
        final boolean optimistic;
        int depth;
        int maxDepth;

        Locking(boolean optimistic) {
            this.optimistic = optimistic;
        }

        @Override
        public String name() {
            return optimistic ? "optimistic-test" : "none";
        }

        @Override
        public boolean threadSafe() {
            return false;
        }

        @Override
        public boolean optimisticReads() {
            return optimistic;
        }

        @Override
        public void enter(PyObject o, ThreadState ts) {
            if (Checks.ENABLED) Checks.alive(o, "lock");
            depth++;
            maxDepth = Math.max(maxDepth, depth);
        }

        @Override
        public void enter2(PyObject a, PyObject b, ThreadState ts) {
            if (Checks.ENABLED) {
                Checks.alive(a, "lock");
                Checks.alive(b, "lock");
            }
            depth++;
            maxDepth = Math.max(maxDepth, depth);
        }

        @Override
        public void exit(ThreadState ts) {
            if (depth == 0) throw new AssertionError("unbalanced critical section exit");
            depth--;
        }

        @Override
        public void suspendAll(ThreadState ts) {}

        @Override
        public void resumeAll(ThreadState ts) {}
    }

    /**
     * Atomic counts for the few multi-threaded tests here: CAS on the header's count, a
     * tryIncref that never revives a zero count or a dying object. Not biased, not fast: only
     * correct, so the containers' own races can be exercised before the real policies exist.
     */
    static final class AtomicCounting implements RefCounting {
        @Override
        public String name() {
            return "atomic-test";
        }

        @Override
        public boolean threadSafe() {
            return true;
        }

        @Override
        public void initNew(PyObject o, ThreadState ts) {
            o.spRefLocal(1);
        }

        @Override
        public void incref(PyObject o, ThreadState ts) {
            if (Checks.ENABLED) Checks.alive(o, "incref");
            if (o.isImmortal()) return;
            o.xaddRefLocal(1);
        }

        @Override
        public void decref(PyObject o, ThreadState ts) {
            if (Checks.ENABLED) Checks.alive(o, "decref");
            if (o.isImmortal()) return;
            int prev = o.xaddRefLocal(-1);
            if (prev <= 0) throw new AssertionError("decref below zero on " + o);
            if (prev == 1) Lifecycle.dealloc(o, ts);
        }

        @Override
        public boolean tryIncref(PyObject o, ThreadState ts) {
            if (o.isImmortal()) return true;
            while (true) {
                int n = o.lvRefLocal();
                if (n <= 0 || (o.laFlags() & (PyObject.DYING | PyObject.DEAD)) != 0) return false;
                if (o.casRefLocal(n, n + 1)) break;
            }
            if (Checks.ENABLED) Checks.alive(o, "tryIncref");
            return true;
        }

        @Override
        public long refcount(PyObject o) {
            return o.lvRefLocal();
        }

        @Override
        public void enableTryIncref(PyObject o, ThreadState ts) {}

        @Override
        public void resurrectStart(PyObject o, ThreadState ts) {
            o.svRefLocal(1);
        }

        @Override
        public boolean resurrectEnd(PyObject o, ThreadState ts) {
            return o.xaddRefLocal(-1) == 1;
        }

        @Override
        public void safepoint(ThreadState ts) {}

        @Override
        public void threadExit(ThreadState ts) {}
    }

    /** One reentrant lock for every critical section: coarse, but deadlock-free and correct. */
    static final class CoarseLocking implements ObjectLocking {
        private final ReentrantLock lock = new ReentrantLock();
        private final boolean optimistic;

        CoarseLocking(boolean optimistic) {
            this.optimistic = optimistic;
        }

        @Override
        public String name() {
            return "coarse-test";
        }

        @Override
        public boolean threadSafe() {
            return true;
        }

        @Override
        public boolean optimisticReads() {
            return optimistic;
        }

        @Override
        public void enter(PyObject o, ThreadState ts) {
            if (Checks.ENABLED) Checks.alive(o, "lock");
            lock.lock();
        }

        @Override
        public void enter2(PyObject a, PyObject b, ThreadState ts) {
            if (Checks.ENABLED) {
                Checks.alive(a, "lock");
                Checks.alive(b, "lock");
            }
            lock.lock();
        }

        @Override
        public void exit(ThreadState ts) {
            lock.unlock();
        }

        @Override
        public void suspendAll(ThreadState ts) {}

        @Override
        public void resumeAll(ThreadState ts) {}
    }

    /** A space whose policy is safe for several threads (atomic counts, one coarse lock). */
    public static ObjectSpace threadSafeSpace(boolean optimistic) {
        return new ObjectSpace(new Policy("test-mt", new Sched(), new AtomicCounting(),
                new CoarseLocking(optimistic), Map.of()));
    }

    /**
     * A space for several threads running in parallel (atomic counts, one coarse lock, no
     * global lock): the cycle collector stops the world under it.
     */
    public static ObjectSpace parallelSpace() {
        return new ObjectSpace(new Policy("test-parallel", new ParallelSched(), new AtomicCounting(),
                new CoarseLocking(false), Map.of()));
    }

    /** Parallel scheduling: nothing to do on attach or detach, and no global lock. */
    static final class ParallelSched implements Scheduling {
        @Override
        public String name() {
            return "parallel";
        }

        @Override
        public boolean isGlobalLock() {
            return false;
        }

        @Override
        public void attach(ThreadState ts) {}

        @Override
        public void detach(ThreadState ts) {}

        @Override
        public void safepoint(ThreadState ts) {}

        @Override
        public long switchIntervalNanos() {
            return 0;
        }

        @Override
        public void setSwitchIntervalNanos(long nanos) {}
    }

    /** One thread: nothing to schedule. */
    static final class Sched implements Scheduling {
        @Override
        public String name() {
            return "global-lock";
        }

        @Override
        public boolean isGlobalLock() {
            return true;
        }

        @Override
        public void attach(ThreadState ts) {}

        @Override
        public void detach(ThreadState ts) {}

        @Override
        public void safepoint(ThreadState ts) {}

        @Override
        public long switchIntervalNanos() {
            return 0;
        }

        @Override
        public void setSwitchIntervalNanos(long nanos) {}
    }

    /** A fresh space and its attached thread state, with handles on the test policy. */
    public record Env(ObjectSpace space, ThreadState ts, Counting refs, Locking locks) {
        public long rc(PyObject o) {
            return refs.refcount(o);
        }
    }

    public static Env env() {
        return env(false);
    }

    public static Env env(boolean optimistic) {
        Counting c = new Counting();
        Locking l = new Locking(optimistic);
        ObjectSpace space = new ObjectSpace(new Policy("test", new Sched(), c, l, Map.of()));
        ThreadState ts = space.newThreadState().attach();
        return new Env(space, ts, c, l);
    }
}
