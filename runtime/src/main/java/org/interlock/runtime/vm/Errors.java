package org.interlock.runtime.vm;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.interlock.object.PyObject;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.PyBaseException;
import org.interlock.runtime.objects.PyClass;
import org.interlock.runtime.objects.PyException;
import org.interlock.runtime.objects.PyExceptionGroup;
import org.interlock.runtime.objects.Traceback;

/** CPython-style traceback printing, with chained exceptions and repeated-frame folding. */
public final class Errors {
    private Errors() {}

    /** Prints {@code exc} as CPython's default excepthook does. */
    public static void printException(PyBaseException exc, PrintStream out, ThreadState ts) {
        for (String s : formatException(exc, true, Integer.MAX_VALUE, ts)) out.print(s);
        out.flush();
    }

    /** One line of a formatted stack: a frame's place and its source line (null when unknown). */
    public record FrameLine(String filename, int line, String function, String source) {}

    /**
     * The text CPython's {@code traceback.format_exception} returns for {@code exc}: one string
     * per header, frame (its place and source line together), chain message and final line,
     * each ending in a newline. The uncaught-exception printer prints exactly these, so the
     * {@code traceback} module and the VM cannot disagree. {@code limit} as in
     * {@link #frames}.
     */
    public static List<String> formatException(PyBaseException exc, boolean chain, int limit, ThreadState ts) {
        List<String> out = new ArrayList<>();
        formatChain(exc, chain, limit, out, ts, new GroupContext());
        return out;
    }

    /** Groups nested deeper than this print as "... (max_group_depth is 10)", as CPython. */
    private static final int MAX_GROUP_DEPTH = 10;
    /** Sub-exceptions past this many print as "and N more exceptions". */
    private static final int MAX_GROUP_WIDTH = 15;

    /**
     * Where the printer is inside exception groups (CPython's _ExceptionPrintContext): each
     * level indents two columns, and every line inside a group starts with a margin.
     */
    private static final class GroupContext {
        final IdentityHashMap<PyObject, Boolean> seen = new IdentityHashMap<>();
        int depth;
        boolean needClose;

        String indent() {
            return " ".repeat(2 * depth);
        }

        /** {@code text} with every line prefixed by the indentation and, inside a group, the margin. */
        void emit(List<String> out, String text, char margin) {
            String prefix = depth == 0 ? "" : indent() + margin + " ";
            if (prefix.isEmpty()) {
                out.add(text);
                return;
            }
            StringBuilder sb = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                int nl = text.indexOf('\n', i);
                int e = nl < 0 ? text.length() : nl + 1;
                sb.append(prefix).append(text, i, e);
                i = e;
            }
            out.add(sb.toString());
        }

        void emit(List<String> out, List<String> texts) {
            for (String t : texts) emit(out, t, '|');
        }
    }

    private static void formatChain(PyBaseException exc, boolean chain, int limit, List<String> out, ThreadState ts,
                                    GroupContext ctx) {
        ctx.seen.put(exc, Boolean.TRUE);
        if (!chain) {
            // no chained exceptions
        } else if (exc.cause instanceof PyBaseException c && !ctx.seen.containsKey(c)) {
            formatChain(c, true, limit, out, ts, ctx);
            ctx.emit(out, "\nThe above exception was the direct cause of the following exception:\n\n", '|');
        } else if (exc.context instanceof PyBaseException c && !exc.suppressContext && !ctx.seen.containsKey(c)) {
            formatChain(c, true, limit, out, ts, ctx);
            ctx.emit(out, "\nDuring handling of the above exception, another exception occurred:\n\n", '|');
        }
        if (!(exc instanceof PyExceptionGroup g)) {
            if (exc.traceback != null) {
                ctx.emit(out, "Traceback (most recent call last):\n", '|');
                ctx.emit(out, formatFrames(frames(exc.traceback, limit, ts)));
            }
            ctx.emit(out, formatExceptionOnly(exc, ts));
            return;
        }
        if (ctx.depth > MAX_GROUP_DEPTH) {
            ctx.emit(out, "... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n", '|');
            return;
        }
        boolean top = ctx.depth == 0;
        if (top) ctx.depth++;
        if (exc.traceback != null) {
            ctx.emit(out, "Exception Group Traceback (most recent call last):\n", top ? '+' : '|');
            ctx.emit(out, formatFrames(frames(exc.traceback, limit, ts)));
        }
        ctx.emit(out, formatExceptionOnly(exc, ts));
        org.interlock.object.PyTuple excs = g.exceptions();
        int n = Math.min(excs.size(), MAX_GROUP_WIDTH + 1);
        ctx.needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) ctx.needClose = true;
            boolean truncated = i >= MAX_GROUP_WIDTH;
            out.add(ctx.indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + (truncated ? "..." : String.valueOf(i + 1))
                    + " ----------------\n");
            ctx.depth++;
            if (!truncated) {
                if (excs.get(i) instanceof PyBaseException sub) formatChain(sub, chain, limit, out, ts, ctx);
            } else {
                int more = excs.size() - MAX_GROUP_WIDTH;
                ctx.emit(out, "and " + more + " more exception" + (more > 1 ? "s" : "") + "\n", '|');
            }
            if (last && ctx.needClose) {
                out.add(ctx.indent() + "+------------------------------------\n");
                ctx.needClose = false;
            }
            ctx.depth--;
        }
        if (top) ctx.depth = 0;
    }

    /**
     * The frames of a traceback, outermost first, with their source lines. A positive
     * {@code limit} keeps the first {@code limit} entries, a negative one the last
     * {@code -limit}, as {@code traceback.extract_tb} does.
     */
    public static List<FrameLine> frames(Traceback tb, int limit, ThreadState ts) {
        ExecState es = ExecState.of(ts);
        List<FrameLine> all = new ArrayList<>();
        for (Traceback t = tb; t != null && (limit < 0 || all.size() < limit); t = t.next()) {
            String src = es == null || t.filename().startsWith("<") ? null : es.interp.sourceLine(t.filename(), t.line());
            all.add(new FrameLine(t.filename(), t.line(), t.function(), src));
        }
        return limit < 0 && -limit < all.size() ? all.subList(all.size() + limit, all.size()) : all;
    }

    /**
     * One string per frame, as {@code StackSummary.format}: after three identical frames in a
     * row (deep recursion) the rest of the run is folded into one "repeated" line.
     */
    public static List<String> formatFrames(List<FrameLine> frames) {
        List<String> out = new ArrayList<>();
        FrameLine prev = null;
        int repeat = 0;
        for (FrameLine t : frames) {
            if (prev != null && prev.filename().equals(t.filename()) && prev.line() == t.line()
                    && prev.function().equals(t.function())) {
                repeat++;
                if (repeat >= 3) continue;
            } else {
                if (repeat >= 3) out.add(repeatedLine(repeat - 2));
                repeat = 0;
            }
            prev = t;
            String s = "  File \"" + t.filename() + "\", line " + t.line() + ", in " + t.function() + "\n";
            if (t.source() != null && !t.source().isBlank()) s += "    " + t.source().strip() + "\n";
            out.add(s);
        }
        if (repeat >= 3) out.add(repeatedLine(repeat - 2));
        return out;
    }

    private static String repeatedLine(int more) {
        return "  [Previous line repeated " + more + " more time" + (more > 1 ? "s" : "") + "]\n";
    }

    /** {@code traceback.format_exception_only}: a SyntaxError's location, the final line. */
    public static List<String> formatExceptionOnly(PyBaseException exc, ThreadState ts) {
        List<String> out = new ArrayList<>();
        syntaxLocation(exc, out);
        out.add(lastLine(exc, ts) + "\n");
        notes(exc, out, ts);
        return out;
    }

    /** 3.11's exception notes ({@code add_note}), one line each, after the final line. */
    private static void notes(PyBaseException exc, List<String> out, ThreadState ts) {
        PyObject notes = exc.getAttr(org.interlock.object.PyStr.intern("__notes__"), ts);
        if (notes == null) return;
        try {
            if (notes instanceof org.interlock.object.PyList || notes instanceof org.interlock.object.PyTuple) {
                for (PyObject note : Iter.toArray(notes, ts)) {
                    String s;
                    try {
                        s = Repr.str(note, ts);
                    } catch (PyException e) {
                        ts.refs.decref(e.exc, ts);
                        s = "<note str() failed>";
                    } finally {
                        ts.refs.decref(note, ts);
                    }
                    for (String line : s.split("\n", -1)) out.add(line + "\n");
                }
            } else if (notes != Ops.NONE) {
                out.add(Repr.repr(notes, ts) + "\n");
            }
        } finally {
            ts.refs.decref(notes, ts);
        }
    }

    /** For a SyntaxError built with its details tuple (eval, exec, compile): the file, line and source text. */
    private static void syntaxLocation(PyBaseException exc, List<String> out) {
        if (!Ops.isInstance(exc, org.interlock.runtime.objects.ExcTypes.SYNTAX_ERROR)) return;
        org.interlock.object.PyTuple a = exc.args();
        if (a.size() != 2 || !(a.get(1) instanceof org.interlock.object.PyTuple d) || d.size() < 4) return;
        if (!(d.get(0) instanceof org.interlock.object.PyStr file) || !(d.get(1) instanceof org.interlock.object.PyInt line)) return;
        out.add("  File \"" + file.value() + "\", line " + line.longValue() + "\n");
        if (d.get(3) instanceof org.interlock.object.PyStr text && !text.value().isBlank()) {
            out.add("    " + text.value().strip() + "\n");
        }
    }

    /** {@code Type: message}, as the last line of a traceback. */
    public static String lastLine(PyBaseException exc, ThreadState ts) {
        String name = exc.type().name();
        if (exc.type() instanceof PyClass) {
            String mod = Repr.moduleOf(exc.type(), ts);
            String q = Repr.qualname(exc.type(), ts);
            name = mod.equals("__main__") || mod.equals("builtins") ? q : mod + "." + q;
        }
        String msg;
        try {
            msg = Repr.str(exc, ts);
        } catch (PyException e) {
            msg = "<exception str() failed>";
        }
        if (exc.type() == org.interlock.runtime.objects.ExcTypes.SYNTAX_ERROR
                || Ops.isInstance(exc, org.interlock.runtime.objects.ExcTypes.SYNTAX_ERROR)) {
            if (exc.args().size() > 0) msg = Repr.str(exc.args().get(0), ts);
        }
        if (exc.suggestion != null) msg = msg + ". Did you mean: '" + exc.suggestion + "'?";
        return msg.isEmpty() ? name : name + ": " + msg;
    }

    /** Reports an exception nobody can catch ({@code __del__}, weakref callbacks), as CPython does. */
    public static void unraisable(String context, PyException e, ThreadState ts) {
        ExecState es = ExecState.of(ts);
        PrintStream err = es != null ? es.interp.stderr() : System.err;
        err.println(context);
        printException(e.exc, err, ts);
        ts.refs.decref(e.exc, ts);
    }
}
