package org.interlock.runtime.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.interlock.object.ObjectSpace;
import org.interlock.object.ThreadState;
import org.interlock.policy.PolicyRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Native work on large buffers releases the GIL: while one thread is inside a hash update of a
 * buffer over 2 KiB, a second thread takes the GIL and runs. The digest used here blocks inside
 * its update until the second thread has attached, so the test proves the overlap by
 * construction, not by timing: were the GIL held, the second thread could not attach, and the
 * first would give up waiting (the bound is a liveness guard, never an assertion on time).
 */
class GilReleaseTest {
    /** A digest whose update waits for a signal from another thread. */
    static final class RendezvousDigest extends MessageDigest {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch otherRan = new CountDownLatch(1);
        final AtomicBoolean sawOther = new AtomicBoolean();
        long bytes;

        RendezvousDigest() {
            super("rendezvous");
        }

        @Override
        protected void engineUpdate(byte input) {
            bytes++;
        }

        @Override
        protected void engineUpdate(byte[] input, int offset, int len) {
            bytes += len;
            entered.countDown();
            try {
                sawOther.set(otherRan.await(60, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        protected byte[] engineDigest() {
            return new byte[] {(byte) bytes};
        }

        @Override
        protected void engineReset() {
            bytes = 0;
        }
    }

    @Test
    @Timeout(120)
    void largeHashUpdateLetsAnotherThreadTakeTheGil() throws Exception {
        ObjectSpace space = new ObjectSpace(PolicyRegistry.create("gil"));
        assertTrue(space.policy().scheduling().isGlobalLock());
        ThreadState hasher = space.newThreadState();
        ThreadState other = space.newThreadState();
        RendezvousDigest md = new RendezvousDigest();
        AtomicReference<Throwable> failure = new AtomicReference<>();

        Thread h = new Thread(() -> {
            hasher.attach();
            try {
                HashlibModule.HashObject obj = HashlibModule.wrap("rendezvous", md, hasher);
                HashlibModule.update(obj, new byte[HashlibModule.GIL_MINSIZE * 4], hasher);
                hasher.refs.decref(obj, hasher);
            } catch (Throwable e) {
                failure.set(e);
            } finally {
                hasher.detach();
            }
        });
        Thread o = new Thread(() -> {
            try {
                md.entered.await();
                // Succeeds only if the hasher released the GIL around the update.
                other.attach();
                md.otherRan.countDown();
                other.detach();
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        h.start();
        o.start();
        h.join();
        o.join();
        if (failure.get() != null) throw new AssertionError(failure.get());
        assertTrue(md.sawOther.get(), "the second thread ran while the hash update was in progress");
        assertEquals(HashlibModule.GIL_MINSIZE * 4, md.bytes);
    }

    @Test
    @Timeout(120)
    void smallHashUpdateKeepsTheGil() throws Exception {
        ObjectSpace space = new ObjectSpace(PolicyRegistry.create("gil"));
        ThreadState hasher = space.newThreadState();
        ThreadState other = space.newThreadState();
        AtomicBoolean otherAttachedDuringUpdate = new AtomicBoolean();
        AtomicBoolean inUpdate = new AtomicBoolean();
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch otherTrying = new CountDownLatch(1);
        MessageDigest md = new MessageDigest("probe") {
            @Override
            protected void engineUpdate(byte input) {}

            @Override
            protected void engineUpdate(byte[] input, int offset, int len) {
                inUpdate.set(true);
                entered.countDown();
                try {
                    // give the other thread its chance; it cannot take the GIL while we hold it
                    otherTrying.await(60, TimeUnit.SECONDS);
                    for (int i = 0; i < 200 && other.thread() != null && other.thread().getState() != Thread.State.WAITING
                            && other.thread().getState() != Thread.State.TIMED_WAITING; i++) {
                        Thread.onSpinWait();
                        Thread.sleep(1);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                inUpdate.set(false);
            }

            @Override
            protected byte[] engineDigest() {
                return new byte[0];
            }

            @Override
            protected void engineReset() {}
        };
        Thread h = new Thread(() -> {
            hasher.attach();
            try {
                HashlibModule.HashObject obj = HashlibModule.wrap("probe", md, hasher);
                HashlibModule.update(obj, new byte[16], hasher);
                hasher.refs.decref(obj, hasher);
            } finally {
                hasher.detach();
            }
        });
        Thread o = new Thread(() -> {
            try {
                entered.await();
                other.bindCurrentThread();
                otherTrying.countDown();
                other.attach();
                // the hasher held the GIL for its whole (small) update
                otherAttachedDuringUpdate.set(inUpdate.get());
                other.detach();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        h.start();
        o.start();
        h.join();
        o.join();
        assertFalse(otherAttachedDuringUpdate.get(), "a small update must not release the GIL");
    }
}
