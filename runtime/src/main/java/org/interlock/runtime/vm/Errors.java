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
import org.interlock.runtime.objects.Traceback;

/** CPython-style traceback printing, with chained exceptions and repeated-frame folding. */
public final class Errors {
    private Errors() {}

    /** Prints {@code exc} as CPython's default excepthook does. */
    public static void printException(PyBaseException exc, PrintStream out, ThreadState ts) {
        printChain(exc, out, ts, new IdentityHashMap<>());
        out.flush();
    }

    private static void printChain(PyBaseException exc, PrintStream out, ThreadState ts,
                                   IdentityHashMap<PyObject, Boolean> seen) {
        seen.put(exc, Boolean.TRUE);
        if (exc.cause instanceof PyBaseException c && !seen.containsKey(c)) {
            printChain(c, out, ts, seen);
            out.println();
            out.println("The above exception was the direct cause of the following exception:");
            out.println();
        } else if (exc.context instanceof PyBaseException c && !exc.suppressContext && !seen.containsKey(c)) {
            printChain(c, out, ts, seen);
            out.println();
            out.println("During handling of the above exception, another exception occurred:");
            out.println();
        }
        printOne(exc, out, ts);
    }

    private static void printOne(PyBaseException exc, PrintStream out, ThreadState ts) {
        if (exc.traceback != null) {
            out.println("Traceback (most recent call last):");
            List<Traceback> entries = new ArrayList<>();
            for (Traceback t = exc.traceback; t != null; t = t.next()) entries.add(t);
            ExecState es = ExecState.of(ts);
            Traceback prev = null;
            int repeat = 0;
            for (Traceback t : entries) {
                if (prev != null && prev.filename().equals(t.filename()) && prev.line() == t.line()
                        && prev.function().equals(t.function())) {
                    repeat++;
                    if (repeat >= 3) continue;
                } else {
                    if (repeat >= 3) {
                        int more = repeat - 2;
                        out.println("  [Previous line repeated " + more + " more time" + (more > 1 ? "s" : "") + "]");
                    }
                    repeat = 0;
                }
                prev = t;
                out.println("  File \"" + t.filename() + "\", line " + t.line() + ", in " + t.function());
                String src = es == null || t.filename().startsWith("<") ? null : es.interp.sourceLine(t.filename(), t.line());
                if (src != null && !src.isBlank()) out.println("    " + src.strip());
            }
            if (repeat >= 3) {
                int more = repeat - 2;
                out.println("  [Previous line repeated " + more + " more time" + (more > 1 ? "s" : "") + "]");
            }
        }
        printSyntaxLocation(exc, out);
        out.println(lastLine(exc, ts));
    }

    /** For a SyntaxError built with its details tuple (eval, exec, compile): the file, line and source text. */
    private static void printSyntaxLocation(PyBaseException exc, PrintStream out) {
        if (!Ops.isInstance(exc, org.interlock.runtime.objects.ExcTypes.SYNTAX_ERROR)) return;
        org.interlock.object.PyTuple a = exc.args();
        if (a.size() != 2 || !(a.get(1) instanceof org.interlock.object.PyTuple d) || d.size() < 4) return;
        if (!(d.get(0) instanceof org.interlock.object.PyStr file) || !(d.get(1) instanceof org.interlock.object.PyInt line)) return;
        out.println("  File \"" + file.value() + "\", line " + line.longValue());
        if (d.get(3) instanceof org.interlock.object.PyStr text && !text.value().isBlank()) {
            out.println("    " + text.value().strip());
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
