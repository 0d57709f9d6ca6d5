package org.interlock.runtime.modules;

import org.interlock.object.PyFloat;
import org.interlock.object.PyInt;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyModule;

/** {@code time}: clocks and {@code sleep} (which releases the GIL through the policy). */
final class TimeModule {
    private TimeModule() {}

    private static final long START_NANOS = System.nanoTime();

    static PyModule create(ThreadState ts) {
        PyModule m = new PyModule("time", ts);
        ModuleDef d = new ModuleDef(m, ts);
        d.fn("time", (s, a, kw, t) -> PyFloat.of(System.currentTimeMillis() / 1000.0 + (System.nanoTime() % 1_000_000) / 1e9 * 0, t));
        d.fn("time_ns", (s, a, kw, t) -> PyInt.of(System.currentTimeMillis() * 1_000_000L, t));
        d.fn("perf_counter", (s, a, kw, t) -> PyFloat.of((System.nanoTime() - START_NANOS) / 1e9, t));
        d.fn("perf_counter_ns", (s, a, kw, t) -> PyInt.of(System.nanoTime() - START_NANOS, t));
        d.fn("monotonic", (s, a, kw, t) -> PyFloat.of((System.nanoTime() - START_NANOS) / 1e9, t));
        d.fn("monotonic_ns", (s, a, kw, t) -> PyInt.of(System.nanoTime() - START_NANOS, t));
        d.fn("process_time", (s, a, kw, t) -> PyFloat.of(
                java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9, t));
        d.fn("thread_time", (s, a, kw, t) -> PyFloat.of(
                java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9, t));
        d.fn("sleep", (s, a, kw, t) -> {
            double secs = MathModule.d(a[0], t);
            if (secs < 0) throw ExcTypes.valueError("sleep length must be non-negative", t);
            long nanos = (long) (secs * 1e9);
            try {
                t.blocking(() -> {
                    Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
                    return null;
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw ExcTypes.raise(ExcTypes.KEYBOARD_INTERRUPT, "", t);
            }
            return org.interlock.runtime.vm.Ops.NONE;
        });
        d.fn("strftime", (s, a, kw, t) -> {
            String fmt = a[0].toString();
            java.time.LocalDateTime now = java.time.LocalDateTime.now();
            String out = fmt.replace("%Y", String.format("%04d", now.getYear())).replace("%m", String.format("%02d", now.getMonthValue()))
                    .replace("%d", String.format("%02d", now.getDayOfMonth())).replace("%H", String.format("%02d", now.getHour()))
                    .replace("%M", String.format("%02d", now.getMinute())).replace("%S", String.format("%02d", now.getSecond()));
            return PyStr.of(out, t);
        });
        return m;
    }

    static PyObject unused() {
        return null;
    }
}
