package org.interlock.runtime.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.interlock.runtime.Interpreter;
import org.interlock.runtime.InterpreterConfig;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The interpreter's exit, as CPython's: the main module's end waits for the non-daemon
 * threads (threading._shutdown), never for daemon threads; an exception in a thread is
 * reported through threading.excepthook and does not stop the others. Each case runs under
 * every safe policy. A hang would be the failure, caught by the timeout.
 */
class ThreadingExitTest {
    private record Run(int code, String out, String err) {}

    private static Run run(String policy, String src) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InterpreterConfig cfg = InterpreterConfig.builder().policy(policy)
                .stdout(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stderr(new PrintStream(err, true, StandardCharsets.UTF_8)).build();
        int code = new Interpreter(cfg).runSource(src, "<test>");
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gil", "fine-grained", "lock-free"})
    @Timeout(60)
    void exitWaitsForNonDaemonThreadsOnly(String policy) {
        Run r = run(policy, String.join("\n",
                "import threading, _thread",
                "never = _thread.allocate_lock(); never.acquire()",
                "go = threading.Event()",
                "def late():",
                "    go.wait()",
                "    print('non-daemon finished')",
                "threading.Thread(target=never.acquire, daemon=True).start()",
                "threading.Thread(target=late).start()",
                "print('main finished')",
                "go.set()",
                ""));
        assertEquals(0, r.code(), r.err());
        assertEquals("main finished\nnon-daemon finished\n", r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gil", "fine-grained", "lock-free"})
    @Timeout(60)
    void uncaughtExceptionInThreadGoesToExcepthook(String policy) {
        Run r = run(policy, String.join("\n",
                "import threading",
                "def boom():",
                "    raise ValueError('bad')",
                "t = threading.Thread(target=boom, name='w1')",
                "t.start(); t.join()",
                "print('still running', t.is_alive())",
                "raise SystemExit(3)",
                ""));
        assertEquals(3, r.code());
        assertEquals("still running False\n", r.out());
        assertTrue(r.err().startsWith("Exception in thread w1:\nTraceback (most recent call last):\n"), r.err());
        assertTrue(r.err().endsWith("ValueError: bad\n"), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gil", "fine-grained", "lock-free"})
    @Timeout(120)
    void hashingInThreadsMatchesSequential(String policy) {
        Run r = run(policy, String.join("\n",
                "import hashlib, threading, zlib",
                "blobs = [bytes([i]) * (100000 + i) for i in range(4)]",
                "want = [hashlib.sha256(b).hexdigest() for b in blobs]",
                "got = [None] * 4",
                "def work(i):",
                "    got[i] = hashlib.sha256(zlib.decompress(zlib.compress(blobs[i]))).hexdigest()",
                "ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]",
                "for t in ts: t.start()",
                "for t in ts: t.join()",
                "print(got == want)",
                ""));
        assertEquals("True\n", r.out(), r.err());
    }
}
