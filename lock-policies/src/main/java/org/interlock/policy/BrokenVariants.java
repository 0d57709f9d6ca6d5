package org.interlock.policy;

import java.util.ArrayDeque;
import org.interlock.object.Checks;
import org.interlock.object.ObjectLocking;
import org.interlock.object.Policy;
import org.interlock.object.PyObject;
import org.interlock.object.RefCounting;
import org.interlock.object.ThreadState;

/**
 * Deliberately broken policy dimensions, for the stress suite to show that its tests can fail
 * (DESIGN.md: "a test that cannot fail proves nothing"). None is registered with the
 * {@link PolicyRegistry}: a user cannot select one by name. Each has a hook or a sequential
 * order that makes it fail every time, not by chance.
 *
 * <ul>
 *   <li>{@link UnorderedLocking}: critical sections with no id ordering and no suspension of
 *       outer sections. {@code enter2(a, b)} locks {@code a} then {@code b} as given; a waiting
 *       thread keeps all its outer locks. Breaks C2: {@code enter2(x, y)} against
 *       {@code enter2(y, x)}, or nested {@code enter(x); enter(y)} against
 *       {@code enter(y); enter(x)}, deadlock when a latch holds both threads between their two
 *       acquisitions ({@link BetweenLocks} is called there for {@code enter2}).</li>
 *   <li>{@link EagerTryIncrefBiased}: biased counting whose non-owner {@code tryIncref} ignores
 *       the DEFAULT state's rule and succeeds on a zero shared count. Breaks R3: after the owner
 *       freed an object on the DEFAULT fast path, a weakref-style read by another thread hands
 *       the dead object out.</li>
 *   <li>{@link #strandingBiased}: biased counting whose decrementer does not re-read the owner's
 *       {@code exited} flag after pushing to its queue. Breaks R4: if the owner exits (and does
 *       its final drain) between the decrementer's first check and its push, which the
 *       {@link BiasedRefCounting.BeforePush} seam forces, the object is stranded: never merged,
 *       never freed.</li>
 * </ul>
 */
public final class BrokenVariants {
    private BrokenVariants() {}

    /** Called by {@link UnorderedLocking#enter2} between its two acquisitions. */
    @FunctionalInterface
    public interface BetweenLocks {
        void between(PyObject first, PyObject second, ThreadState ts);

        BetweenLocks NONE = (first, second, ts) -> {};
    }

    /** Thrown by {@link UnorderedLocking} to a thread interrupted while parked in a deadlock. */
    public static final class AbandonedWait extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AbandonedWait(PyObject o) {
            super("interrupted while waiting for the lock of " + o);
        }
    }

    /** The deadlock-prone locking: parallel scheduling, atomic counts, {@link UnorderedLocking}. */
    public static Policy unorderedLockingPolicy(BetweenLocks hook) {
        return new Policy("broken-unordered-locking", new ParallelScheduling(), new AtomicRefCounting(),
            new UnorderedLocking(hook), PolicyOptions.DEFAULTS.toMap());
    }

    /** The R3-breaking counting: parallel scheduling, {@link EagerTryIncrefBiased}, per-object locks. */
    public static Policy eagerTryIncrefPolicy() {
        return new Policy("broken-eager-tryincref", new ParallelScheduling(), new EagerTryIncrefBiased(),
            new PerObjectLocking(), PolicyOptions.DEFAULTS.toMap());
    }

    /**
     * Biased counting without the re-check after the push (R4 broken), with {@code beforePush}
     * run between the decrementer's exited check and its push: a test makes the owner exit
     * there (from the same thread, or with a latch) to strand the object every time.
     */
    public static RefCounting strandingBiased(BiasedRefCounting.BeforePush beforePush) {
        return new Renamed("broken-stranding-biased", new BiasedRefCounting(beforePush, false));
    }

    /** The R4-breaking counting in a policy: parallel scheduling, per-object locks. */
    public static Policy strandingBiasedPolicy(BiasedRefCounting.BeforePush beforePush) {
        return new Policy("broken-stranding-biased", new ParallelScheduling(), strandingBiased(beforePush),
            new PerObjectLocking(), PolicyOptions.DEFAULTS.toMap());
    }

    /**
     * The correct biased scheme with the same seam, so that a test can apply the same forcing to
     * it and see R4 hold.
     */
    public static RefCounting biasedWithSeam(BiasedRefCounting.BeforePush beforePush) {
        return new BiasedRefCounting(beforePush, true);
    }

    /** A counting scheme under another name (broken variants must not report as the real one). */
    private record Renamed(String name, RefCounting d) implements RefCounting {
        @Override
        public boolean threadSafe() {
            return true; // it claims to be; the stress suite shows it is not
        }

        @Override
        public void initNew(PyObject o, ThreadState ts) {
            d.initNew(o, ts);
        }

        @Override
        public void incref(PyObject o, ThreadState ts) {
            d.incref(o, ts);
        }

        @Override
        public void decref(PyObject o, ThreadState ts) {
            d.decref(o, ts);
        }

        @Override
        public boolean tryIncref(PyObject o, ThreadState ts) {
            return d.tryIncref(o, ts);
        }

        @Override
        public long refcount(PyObject o) {
            return d.refcount(o);
        }

        @Override
        public void enableTryIncref(PyObject o, ThreadState ts) {
            d.enableTryIncref(o, ts);
        }

        @Override
        public void resurrectStart(PyObject o, ThreadState ts) {
            d.resurrectStart(o, ts);
        }

        @Override
        public boolean resurrectEnd(PyObject o, ThreadState ts) {
            return d.resurrectEnd(o, ts);
        }

        @Override
        public void safepoint(ThreadState ts) {
            d.safepoint(ts);
        }

        @Override
        public void threadExit(ThreadState ts) {
            d.threadExit(ts);
        }
    }

    /**
     * Critical sections with neither id ordering nor suspension. Waits are interruptible: a test
     * that detected the deadlock interrupts the threads, which end with {@link AbandonedWait}
     * (their locks stay held; the objects are the test's to throw away).
     */
    public static final class UnorderedLocking implements ObjectLocking {
        private final BetweenLocks hook;
        private final ParkingLot lot = ParkingLot.get();

        public UnorderedLocking(BetweenLocks hook) {
            this.hook = hook;
        }

        @Override
        public String name() {
            return "broken-unordered";
        }

        @Override
        public boolean threadSafe() {
            return true; // it claims to be; the stress suite shows it is not (C2)
        }

        @Override
        public boolean optimisticReads() {
            return false;
        }

        @SuppressWarnings("unchecked")
        private static ArrayDeque<PyObject[]> stack(ThreadState ts) {
            if (ts.lockingState instanceof ArrayDeque<?> d) return (ArrayDeque<PyObject[]>) d;
            ArrayDeque<PyObject[]> d = new ArrayDeque<>();
            ts.lockingState = d;
            return d;
        }

        private void lock(PyObject o) {
            try {
                lot.lockInterruptibly(o);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AbandonedWait(o);
            }
        }

        @Override
        public void enter(PyObject o, ThreadState ts) {
            if (Checks.ENABLED) Checks.alive(o, "lock");
            lock(o); // broken: outer sections stay locked while this waits
            stack(ts).push(new PyObject[] {o});
        }

        @Override
        public void enter2(PyObject a, PyObject b, ThreadState ts) {
            if (a == b) {
                enter(a, ts);
                return;
            }
            lock(a); // broken: argument order, not id order
            hook.between(a, b, ts);
            lock(b);
            stack(ts).push(new PyObject[] {a, b});
        }

        @Override
        public void exit(ThreadState ts) {
            PyObject[] s = stack(ts).pop();
            for (int i = s.length - 1; i >= 0; i--) lot.unlock(s[i]);
        }

        @Override
        public void suspendAll(ThreadState ts) {
            // broken: locks are held across blocking calls
        }

        @Override
        public void resumeAll(ThreadState ts) {
            // nothing was released
        }
    }

    /**
     * {@link BiasedRefCounting} except that a non-owner's {@code tryIncref} succeeds whenever the
     * shared word is not MERGED-with-zero, including the DEFAULT state's 0, which the owner frees
     * without any atomic operation. Delegates everything else.
     */
    public static final class EagerTryIncrefBiased implements RefCounting {
        private final BiasedRefCounting delegate = new BiasedRefCounting();

        @Override
        public String name() {
            return "broken-eager-tryincref";
        }

        @Override
        public boolean threadSafe() {
            return true; // it claims to be; the stress suite shows it is not (R3)
        }

        @Override
        public void initNew(PyObject o, ThreadState ts) {
            delegate.initNew(o, ts);
        }

        @Override
        public void incref(PyObject o, ThreadState ts) {
            delegate.incref(o, ts);
        }

        @Override
        public void decref(PyObject o, ThreadState ts) {
            delegate.decref(o, ts);
        }

        @Override
        public boolean tryIncref(PyObject o, ThreadState ts) {
            if (o.isImmortal() || o.lpOwnerTid() == ts.tid) return delegate.tryIncref(o, ts);
            int s;
            do {
                s = o.lvRefShared();
                if (s == BiasedRefCounting.MERGED) return false;
                // broken: s == 0 (DEFAULT, nothing shared) is not refused
            } while (!o.casRefShared(s, s + BiasedRefCounting.ONE));
            return true; // and no liveness check: this is the bug the suite must catch
        }

        @Override
        public long refcount(PyObject o) {
            return delegate.refcount(o);
        }

        @Override
        public void enableTryIncref(PyObject o, ThreadState ts) {
            delegate.enableTryIncref(o, ts);
        }

        @Override
        public void resurrectStart(PyObject o, ThreadState ts) {
            delegate.resurrectStart(o, ts);
        }

        @Override
        public boolean resurrectEnd(PyObject o, ThreadState ts) {
            return delegate.resurrectEnd(o, ts);
        }

        @Override
        public void safepoint(ThreadState ts) {
            delegate.safepoint(ts);
        }

        @Override
        public void threadExit(ThreadState ts) {
            delegate.threadExit(ts);
        }
    }
}
