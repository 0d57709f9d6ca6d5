package org.interlock.object;

import static org.junit.jupiter.api.Assertions.*;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PyStrTest {
    private final TestPolicies.Env env = TestPolicies.env();
    private final ThreadState ts = env.ts();

    @Test
    void internReturnsOneImmortalPerValue() {
        PyStr a = PyStr.intern("some_identifier");
        assertSame(a, PyStr.intern(new String("some_identifier")));
        assertTrue(a.isImmortal());
        PyStr counted = PyStr.of("some_identifier", ts);
        assertFalse(counted.isImmortal());
        assertSame(a, PyStr.intern(counted));
        assertSame(PyStr.EMPTY, PyStr.of("", ts));
        assertSame(PyStr.of("x", ts), PyStr.intern("x")); // one-char Latin-1: cached
    }

    @Test
    void internIsThreadSafe() throws InterruptedException {
        // S1: threads racing to intern the same names all get the same object.
        int threads = 4, names = 500;
        ConcurrentHashMap<String, PyStr> seen = new ConcurrentHashMap<>();
        AtomicInteger mismatches = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        Thread[] ths = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            ths[t] = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int k = 0; k < names; k++) {
                    String n = "race_name_" + k;
                    PyStr s = PyStr.intern(n);
                    PyStr prev = seen.putIfAbsent(n, s);
                    if (prev != null && prev != s) mismatches.incrementAndGet();
                }
            });
            ths[t].start();
        }
        start.countDown();
        for (Thread t : ths) t.join();
        assertEquals(0, mismatches.get());
        assertEquals(names, seen.size());
    }

    @Test
    void lengthIndexAndSliceCountCodePoints() {
        // python3: s = 'a\U0001F600b\u00e9'; len(s) == 4; s[1] == '\U0001F600'; s[::-1]; s[1:3]
        PyStr s = PyStr.of("a\uD83D\uDE00b\u00e9", ts);
        assertFalse(s.isBmp());
        assertEquals(4, s.length());
        assertEquals(0x1F600, s.codePointAt(1));
        assertEquals("\uD83D\uDE00", s.item(1, ts).value());
        assertEquals("\u00e9", s.item(-1, ts).value());
        assertEquals("\uD83D\uDE00b", s.slice(SliceIndices.adjust(s.length(), 1L, 3L, null), ts).value());
        assertEquals("\u00e9b\uD83D\uDE00a", s.slice(SliceIndices.adjust(s.length(), null, null, -1L), ts).value());
        assertEquals("ab", s.slice(SliceIndices.adjust(s.length(), null, null, 2L), ts).value());
        assertEquals(OperationError.Kind.INDEX, assertThrows(OperationError.class, () -> s.item(4, ts)).kind);
        PyStr plain = PyStr.of("hello", ts);
        assertTrue(plain.isBmp());
        assertEquals("ell", plain.slice(SliceIndices.adjust(5, 1L, -1L, null), ts).value());
        assertEquals("olleh", plain.slice(SliceIndices.adjust(5, null, null, -1L), ts).value());
        assertSame(PyStr.EMPTY, plain.slice(SliceIndices.adjust(5, 3L, 1L, null), ts));
    }

    @Test
    void comparesByCodePoint() {
        // python3: '\U0001F600' > '\uffff' is True (UTF-16 order would say otherwise)
        assertTrue(PyStr.compare(PyStr.of("\uD83D\uDE00", ts), PyStr.of("\uFFFF", ts)) > 0);
        assertTrue(PyStr.compare(PyStr.of("ab", ts), PyStr.of("abc", ts)) < 0);
        assertTrue(PyStr.compare(PyStr.of("b\uD83D\uDE00", ts), PyStr.of("b", ts)) > 0);
        assertEquals(0, PyStr.compare(PyStr.of("x\uD83D\uDE00", ts), PyStr.of("x\uD83D\uDE00", ts)));
    }

    @Test
    void equalStringsHashAlikeAndConcat() {
        PyStr a = PyStr.of("hello world", ts);
        PyStr b = PyStr.of("hello " + "world", ts);
        assertNotSame(a, b);
        assertTrue(a.pyEquals(b, ts));
        assertEquals(a.pyHash(ts), b.pyHash(ts));
        assertEquals(a.pyHash(ts), PyStr.intern("hello world").pyHash(ts));
        assertNotEquals(a.pyHash(ts), PyStr.of("hello worle", ts).pyHash(ts));
        assertFalse(a.pyEquals(PyInt.of(1, ts), ts));
        PyStr c = PyStr.concat(PyStr.of("ab", ts), PyStr.of("cd", ts), ts);
        assertEquals("abcd", c.value());
        assertSame(a, PyStr.concat(a, PyStr.EMPTY, ts));
        assertEquals(2, env.rc(a));
    }
}
