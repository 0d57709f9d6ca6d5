package org.interlock.policy;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.interlock.object.PyObject;

/**
 * Where threads wait for a contended object lock: a fixed array of stripes, each a
 * {@link ReentrantLock} with one {@link Condition}, chosen by the object's id. Like PEP 703's
 * {@code parking_lot.c}, it means no Python object carries a lock object of its own: the lock
 * is the header's {@code lockWord}, and only waiting costs a stripe.
 *
 * <h2>The lock word protocol</h2>
 * {@code 0} free, {@code 1} held, {@code 2} held and someone may be parked (Drepper's "Futexes
 * Are Tricky", mutex 2). Acquire: CAS 0 → 1. A waiter, with its stripe locked, marks the word 2
 * (CAS 1 → 2) and waits on the stripe's condition; it takes the lock as 2 after waking, since
 * other waiters may remain. Release: exchange to 0; if the old value was 2, signal every waiter
 * of the stripe (several objects share a stripe, so one signal could wake the wrong waiter).
 * No wakeup is lost: a waiter checks the word and starts waiting under the stripe lock, and a
 * releaser that saw 2 signals under the same stripe lock, so it signals either before the
 * check (which then sees 0) or after the wait began.
 *
 * <p>Access modes: {@code lockWord} by CAS and exchange (volatile) and volatile loads. The
 * release exchange is stronger than the release store it needs, because the releaser must read
 * the old value to know whether to signal.
 */
final class ParkingLot {
    private static final int STRIPES = 256;
    private static final ParkingLot INSTANCE = new ParkingLot();

    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];
    private final Condition[] conditions = new Condition[STRIPES];

    private ParkingLot() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
            conditions[i] = locks[i].newCondition();
        }
    }

    static ParkingLot get() {
        return INSTANCE;
    }

    private static int stripe(PyObject o) {
        long id = o.id();
        return (int) (id ^ (id >>> 32)) & (STRIPES - 1);
    }

    /** Tries the lock word once: 0 → 1. */
    static boolean tryLock(PyObject o) {
        return o.lvLockWord() == 0 && o.casLockWord(0, 1);
    }

    /** Tries the lock, spinning briefly (a holder's critical section is usually short). */
    static boolean trySpin(PyObject o, int spins) {
        for (int i = 0; i < spins; i++) {
            if (tryLock(o)) return true;
            Thread.onSpinWait();
        }
        return tryLock(o);
    }

    /** Takes the lock, parking until it is free. Not interruptible. */
    void lock(PyObject o) {
        if (tryLock(o)) return;
        int s = stripe(o);
        ReentrantLock l = locks[s];
        l.lock();
        try {
            while (true) {
                int w = o.lvLockWord();
                if (w == 0) {
                    if (o.casLockWord(0, 2)) return;
                } else if (w == 2 || o.casLockWord(1, 2)) {
                    conditions[s].awaitUninterruptibly();
                }
            }
        } finally {
            l.unlock();
        }
    }

    /**
     * Takes the lock, parking until it is free or the thread is interrupted. For broken variants
     * whose deadlocks a test must be able to end.
     */
    void lockInterruptibly(PyObject o) throws InterruptedException {
        if (tryLock(o)) return;
        int s = stripe(o);
        ReentrantLock l = locks[s];
        l.lockInterruptibly();
        try {
            while (true) {
                if (Thread.interrupted()) throw new InterruptedException();
                int w = o.lvLockWord();
                if (w == 0) {
                    if (o.casLockWord(0, 2)) return;
                } else if (w == 2 || o.casLockWord(1, 2)) {
                    conditions[s].await();
                }
            }
        } finally {
            l.unlock();
        }
    }

    /** Releases the lock and wakes the stripe's waiters if any may be parked. */
    void unlock(PyObject o) {
        int prev = o.xchgLockWord(0);
        if (prev == 2) {
            int s = stripe(o);
            ReentrantLock l = locks[s];
            l.lock();
            try {
                conditions[s].signalAll();
            } finally {
                l.unlock();
            }
        } else if (prev == 0) {
            throw new IllegalStateException("unlock of an object lock that is not held: " + o);
        }
    }
}
