package org.interlock.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Interrupting the Java thread that runs a program stops the program (the conformance runner's
 * timeout relies on it): the Python thread gets KeyboardInterrupt at its next eval-breaker
 * check, its finally blocks run, and a program that swallows the exception is stopped again.
 */
class TerminateTest {
    /** Runs {@code src} on a caller thread, waits for {@code marker} on stdout, interrupts the caller. */
    private static String runAndInterrupt(String src, String marker) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream pout = new PrintStream(out, true, StandardCharsets.UTF_8);
        InterpreterConfig cfg = InterpreterConfig.builder().policy("gil").argv(List.of("<t>")).stdout(pout)
                .stderr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .stdin(InputStream.nullInputStream()).build();
        AtomicInteger code = new AtomicInteger(-1);
        Interpreter interp = new Interpreter(cfg);
        Thread caller = new Thread(() -> code.set(interp.runSource(src, "<t>")), "terminate-caller");
        caller.setDaemon(true);
        caller.start();
        // generous deadlines: they only bound how long a broken build makes the test hang
        waitFor(() -> out.toString(StandardCharsets.UTF_8).contains(marker), 60_000);
        caller.interrupt();
        caller.join(60_000);
        assertEquals(130, code.get(), "runSource returns 130 when its caller is interrupted");
        waitFor(() -> !interp.isRunning(), 60_000);
        assertTrue(!interp.isRunning(), "the program still runs after its caller was interrupted");
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void waitFor(java.util.function.BooleanSupplier cond, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (!cond.getAsBoolean() && System.currentTimeMillis() < end) Thread.sleep(20);
    }

    @Test
    void infiniteLoopIsStoppedAndFinallyRuns() throws Exception {
        String out = runAndInterrupt("""
                try:
                    print('started', flush=True)
                    while True:
                        pass
                finally:
                    print('stopped', flush=True)
                """, "started");
        assertTrue(out.contains("stopped"), out);
    }

    @Test
    void swallowingTheInterruptDoesNotKeepTheProgramAlive() throws Exception {
        String out = runAndInterrupt("""
                print('started', flush=True)
                while True:
                    try:
                        while True:
                            pass
                    except KeyboardInterrupt:
                        print('caught', flush=True)
                """, "started");
        assertTrue(out.contains("caught"), out);
    }
}
