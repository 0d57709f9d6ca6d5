package org.interlock.runtime.modules;

import org.interlock.object.PyFloat;
import org.interlock.object.PyInt;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyTuple;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyModule;

/**
 * {@code time}: clocks, {@code sleep} (which releases the GIL through the policy), and the
 * calendar: the Java part computes fields in UTC or the machine's zone; struct_time and the
 * formatting functions are Python, in {@code /interlock/time_struct.py}.
 */
final class TimeModule {
    private TimeModule() {}

    private static final long START_NANOS = System.nanoTime();

    /** CPU time of the whole process (every thread), as CLOCK_PROCESS_CPUTIME_ID counts it. */
    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            long n = os.getProcessCpuTime();
            if (n >= 0) return n;
        }
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    static PyModule create(ThreadState ts) {
        PyModule m = new PyModule("time", ts);
        ModuleDef d = new ModuleDef(m, ts);
        d.fn("time", (s, a, kw, t) -> PyFloat.of(nowNanos() / 1e9, t));
        d.fn("time_ns", (s, a, kw, t) -> PyInt.of(nowNanos(), t));
        d.fn("perf_counter", (s, a, kw, t) -> PyFloat.of((System.nanoTime() - START_NANOS) / 1e9, t));
        d.fn("perf_counter_ns", (s, a, kw, t) -> PyInt.of(System.nanoTime() - START_NANOS, t));
        d.fn("monotonic", (s, a, kw, t) -> PyFloat.of((System.nanoTime() - START_NANOS) / 1e9, t));
        d.fn("monotonic_ns", (s, a, kw, t) -> PyInt.of(System.nanoTime() - START_NANOS, t));
        d.fn("process_time", (s, a, kw, t) -> PyFloat.of(processCpuNanos() / 1e9, t));
        d.fn("process_time_ns", (s, a, kw, t) -> PyInt.of(processCpuNanos(), t));
        d.fn("thread_time", (s, a, kw, t) -> PyFloat.of(
                java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9, t));
        d.fn("thread_time_ns", (s, a, kw, t) -> PyInt.of(
                java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(), t));
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
        d.fn("_fields_of", (s, a, kw, t) -> fieldsOf(a[0], a[1] == org.interlock.object.PyBool.TRUE, t));
        d.fn("_mktime", (s, a, kw, t) -> mktime(a[0], t));
        zoneConstants(d, ts);
        runSupport(m, ts);
        return m;
    }

    /** Wall-clock nanoseconds since the epoch, at the clock's own resolution. */
    private static long nowNanos() {
        java.time.Instant n = java.time.Instant.now();
        return n.getEpochSecond() * 1_000_000_000L + n.getNano();
    }

    /**
     * The eleven fields of {@code struct_time} for {@code secs} (None: now) in UTC or the
     * machine's zone: year, month, day, hour, minute, second, weekday (Monday 0), day of the
     * year, DST flag, zone abbreviation, offset east of UTC in seconds.
     */
    private static PyObject fieldsOf(PyObject secs, boolean utc, ThreadState ts) {
        long epoch;
        if (secs == org.interlock.runtime.vm.Ops.NONE) {
            epoch = Math.floorDiv(System.currentTimeMillis(), 1000L);
        } else if (secs instanceof PyInt i) {
            if (!i.isSmall()) throw ExcTypes.raise(ExcTypes.OVERFLOW_ERROR, "timestamp out of range for platform time_t", ts);
            epoch = i.longValue();
        } else {
            double v = MathModule.d(secs, ts);
            if (Double.isInfinite(v) || Math.abs(v) > 9e18) {
                throw ExcTypes.raise(ExcTypes.OVERFLOW_ERROR, "timestamp out of range for platform time_t", ts);
            }
            epoch = (long) v; // C truncates toward zero
        }
        java.time.Instant inst;
        java.time.ZonedDateTime z;
        try {
            inst = java.time.Instant.ofEpochSecond(epoch);
            z = inst.atZone(utc ? java.time.ZoneOffset.UTC : java.time.ZoneId.systemDefault());
        } catch (java.time.DateTimeException e) {
            throw ExcTypes.raise(ExcTypes.OVERFLOW_ERROR, "timestamp out of range for platform time_t", ts);
        }
        boolean dst = !utc && z.getZone().getRules().isDaylightSavings(inst);
        String zone = utc ? "GMT" : z.format(java.time.format.DateTimeFormatter.ofPattern("zzz", java.util.Locale.US));
        return PyTuple.fromNewRefs(new PyObject[] {
            PyInt.of(z.getYear(), ts), PyInt.of(z.getMonthValue(), ts), PyInt.of(z.getDayOfMonth(), ts),
            PyInt.of(z.getHour(), ts), PyInt.of(z.getMinute(), ts), PyInt.of(z.getSecond(), ts),
            PyInt.of(z.getDayOfWeek().getValue() - 1, ts), PyInt.of(z.getDayOfYear(), ts), PyInt.of(dst ? 1 : 0, ts),
            PyStr.of(zone, ts), PyInt.of(z.getOffset().getTotalSeconds(), ts)}, ts);
    }

    /** {@code mktime} of a 9-tuple (borrowed) in the machine's zone; out-of-range fields carry over as C's does. */
    private static PyObject mktime(PyObject tuple, ThreadState ts) {
        PyTuple tp = (PyTuple) tuple;
        long[] f = new long[6];
        for (int k = 0; k < 6; k++) f[k] = org.interlock.runtime.vm.Ops.index(tp.get(k), ts);
        try {
            java.time.LocalDateTime ldt = java.time.LocalDateTime.of((int) f[0], 1, 1, 0, 0)
                    .plusMonths(f[1] - 1).plusDays(f[2] - 1).plusHours(f[3]).plusMinutes(f[4]).plusSeconds(f[5]);
            return PyFloat.of(ldt.atZone(java.time.ZoneId.systemDefault()).toEpochSecond(), ts);
        } catch (java.time.DateTimeException | ArithmeticException e) {
            throw ExcTypes.raise(ExcTypes.OVERFLOW_ERROR, "mktime argument out of range", ts);
        }
    }

    /** {@code timezone}, {@code altzone}, {@code daylight}, {@code tzname} from the machine's zone this year. */
    private static void zoneConstants(ModuleDef d, ThreadState ts) {
        java.time.ZoneId zid = java.time.ZoneId.systemDefault();
        java.time.zone.ZoneRules rules = zid.getRules();
        int year = java.time.Year.now(zid).getValue();
        java.time.Instant jan = java.time.LocalDateTime.of(year, 1, 1, 0, 0).atZone(zid).toInstant();
        java.time.Instant jul = java.time.LocalDateTime.of(year, 7, 1, 0, 0).atZone(zid).toInstant();
        java.time.Instant std = rules.isDaylightSavings(jan) ? jul : jan;
        java.time.Instant summer = rules.isDaylightSavings(jan) ? jan : jul;
        boolean daylight = rules.isDaylightSavings(summer);
        java.time.format.DateTimeFormatter fz = java.time.format.DateTimeFormatter.ofPattern("zzz", java.util.Locale.US);
        String stdName = std.atZone(zid).format(fz);
        String dstName = daylight ? summer.atZone(zid).format(fz) : stdName;
        d.valNew("timezone", PyInt.of(-rules.getOffset(std).getTotalSeconds(), ts));
        d.valNew("altzone", PyInt.of(-rules.getOffset(daylight ? summer : std).getTotalSeconds(), ts));
        d.valNew("daylight", PyInt.of(daylight ? 1 : 0, ts));
        d.valNew("tzname", PyTuple.fromNewRefs(new PyObject[] {PyStr.of(stdName, ts), PyStr.of(dstName, ts)}, ts));
    }

    /** Runs the Python half ({@code /interlock/time_struct.py}: struct_time and the formatting functions) in the module. */
    private static void runSupport(PyModule m, ThreadState ts) {
        String src;
        try (java.io.InputStream in = TimeModule.class.getResourceAsStream("/interlock/time_struct.py")) {
            if (in == null) throw new IllegalStateException("time_struct.py missing from the classpath");
            src = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("time_struct.py unreadable", e);
        }
        org.interlock.runtime.Interpreter interp = org.interlock.runtime.vm.ExecState.of(ts).interp;
        m.put("__builtins__", interp.builtinsModule(), ts);
        String file = "<classpath>/interlock/time_struct.py";
        org.interlock.runtime.objects.PyCode code = org.interlock.runtime.Loader.load(
                org.interlock.runtime.compiler.Compiler.compile(org.interlock.runtime.parser.Parser.parseModule(src, file), file, false), ts);
        try {
            ts.refs.decref(interp.runCode(code, m.dict, ts), ts);
        } finally {
            ts.refs.decref(code, ts);
        }
    }
}
