package org.interlock.runtime.modules;

import java.util.ArrayList;
import java.util.List;
import org.interlock.object.PyInt;
import org.interlock.object.PyList;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyTuple;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyBaseException;
import org.interlock.runtime.objects.PyModule;
import org.interlock.runtime.objects.PyTraceback;
import org.interlock.runtime.vm.Errors;
import org.interlock.runtime.vm.ExecState;
import org.interlock.runtime.vm.Iter;
import org.interlock.runtime.vm.Ops;
import org.interlock.runtime.vm.Repr;

/**
 * {@code _traceback}: the VM's own traceback formatting ({@link Errors}) offered to the
 * pure-Python {@code traceback} module, so a formatted exception reads exactly as an uncaught
 * one. Positional arguments only; the Python module sorts out keywords and defaults.
 */
final class TracebackModule {
    private TracebackModule() {}

    static PyModule create(ThreadState ts) {
        PyModule m = new PyModule("_traceback", ts);
        ModuleDef d = new ModuleDef(m, ts);
        // format_exception(exc, chain, limit)
        d.fn("format_exception", (s, a, kw, t) -> strings(
                Errors.formatException(exception(a[0], t), Ops.isTrue(a[1], t), limit(a[2], t), t), t));
        d.fn("format_exception_only", (s, a, kw, t) -> strings(Errors.formatExceptionOnly(exception(a[0], t), t), t));
        // extract_tb(tb, limit): (filename, lineno, name, line) tuples, line '' when unknown
        d.fn("extract_tb", (s, a, kw, t) -> {
            List<Errors.FrameLine> frames = a[0] instanceof PyTraceback tb
                    ? Errors.frames(tb.entry, limit(a[1], t), t) : List.of();
            PyObject[] rows = new PyObject[frames.size()];
            for (int i = 0; i < rows.length; i++) {
                Errors.FrameLine f = frames.get(i);
                rows[i] = PyTuple.fromNewRefs(new PyObject[] {PyStr.of(f.filename(), t), PyInt.of(f.line(), t),
                        PyStr.of(f.function(), t), PyStr.of(f.source() == null ? "" : f.source().strip(), t)}, t);
            }
            return PyList.fromNewRefs(rows, rows.length, t);
        });
        // format_frames(rows): rows of (filename, lineno, name, line) as StackSummary.format
        d.fn("format_frames", (s, a, kw, t) -> {
            List<Errors.FrameLine> frames = new ArrayList<>();
            PyObject[] rows = Iter.toArray(a[0], t);
            try {
                for (PyObject row : rows) {
                    PyObject[] f = Iter.toArray(row, t);
                    try {
                        frames.add(new Errors.FrameLine(Repr.str(f[0], t), (int) Ops.index(f[1], t), Repr.str(f[2], t),
                                f[3] == Ops.NONE ? null : Repr.str(f[3], t)));
                    } finally {
                        for (PyObject o : f) t.refs.decref(o, t);
                    }
                }
            } finally {
                for (PyObject o : rows) t.refs.decref(o, t);
            }
            return strings(Errors.formatFrames(frames), t);
        });
        // source_line(filename, lineno): the line without its newline, '' when unknown
        d.fn("source_line", (s, a, kw, t) -> {
            String f = Repr.str(a[0], t);
            String line = f.startsWith("<") ? null : ExecState.of(t).interp.sourceLine(f, (int) Ops.index(a[1], t));
            return PyStr.of(line == null ? "" : line, t);
        });
        return m;
    }

    private static PyBaseException exception(PyObject o, ThreadState ts) {
        if (o instanceof PyBaseException e) return e;
        throw ExcTypes.typeError("expected an exception, not '" + Ops.typeName(o) + "'", ts);
    }

    private static int limit(PyObject o, ThreadState ts) {
        if (o == Ops.NONE) return Integer.MAX_VALUE;
        long v = Ops.index(o, ts);
        return (int) Math.max(Integer.MIN_VALUE + 1, Math.min(Integer.MAX_VALUE, v));
    }

    private static PyList strings(List<String> lines, ThreadState ts) {
        PyObject[] items = new PyObject[lines.size()];
        for (int i = 0; i < items.length; i++) items[i] = PyStr.of(lines.get(i), ts);
        return PyList.fromNewRefs(items, items.length, ts);
    }
}
