package org.interlock.runtime.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.interlock.runtime.Snippets;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where an automatic collection may run (issue 6): at function entry and backward jumps only,
 * as CPython 3.12+ does, and never while the collecting thread is inside a critical section.
 * Neither program has a CPython 3.11 oracle: 3.11 collects inside the allocation, so the first
 * deadlocks there too.
 *
 * <ul>
 *   <li>{@code gc_del_lock.py}: a collection becomes due inside {@code with lock:} (the
 *       allocations are in a builtin, which has no safepoint); the garbage's {@code __del__}
 *       takes the lock. A collection at the {@code __exit__} call's safepoint, as before, ran
 *       the finalizer with the lock held and deadlocked under every policy (timeout); now it
 *       runs at {@code touch()}'s entry, after the lock is released.</li>
 *   <li>{@code gc_del_in_section.py}: a collection becomes due inside a key's {@code __eq__}
 *       called from a dict store (inside the dict's critical section under per-object and
 *       optimistic locking); before, both finalizers ran inside {@code __eq__}; now they wait
 *       until the section ends. Under {@code gil} there is no section stack, so not asserted.</li>
 * </ul>
 * The timeouts run the program on a separate thread, so a deadlock fails the test rather than
 * hanging the build.
 */
class GcSafepointTest {
    private static String resource(String name) throws IOException {
        try (InputStream in = GcSafepointTest.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gil", "fine-grained", "lock-free"})
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void finalizerTakingALockHeldAroundACallDoesNotDeadlock(String policy) throws IOException {
        Snippets.Result r = Snippets.run(resource("gc_del_lock.py"), policy);
        assertEquals("inside the with []\nafter a function entry ['del', 'del']\n", r.out(), r.err());
        assertEquals(0, r.exit(), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fine-grained", "lock-free"})
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void noAutomaticCollectionInsideACriticalSection(String policy) throws IOException {
        Snippets.Result r = Snippets.run(resource("gc_del_in_section.py"), policy);
        assertEquals("finalizers run inside __eq__: 0\nfinalizers run: 2\n", r.out(), r.err());
        assertEquals(0, r.exit(), r.err());
    }
}
