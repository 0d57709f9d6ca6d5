package org.interlock.runtime.vm;

import java.util.IdentityHashMap;
import java.util.Map;
import org.interlock.object.ObjectSpace;
import org.interlock.object.PyDict;
import org.interlock.object.PyObject;
import org.interlock.object.PyTuple;
import org.interlock.object.ThreadState;
import org.interlock.runtime.Interpreter;
import org.interlock.runtime.objects.PyBuiltin;
import org.interlock.runtime.objects.PyClass;
import org.interlock.runtime.objects.PyCode;
import org.interlock.runtime.objects.PyDescriptor;
import org.interlock.runtime.objects.PyFunction;
import org.interlock.runtime.objects.PyMethod;
import org.interlock.runtime.objects.PyModule;

/**
 * The policy option {@code immortalize} (a contention remedy, as CPython 3.13t): objects every
 * thread touches but none owns stop being counted, so their reference counts are no longer a
 * cache line all threads write (DESIGN.md, question 3).
 *
 * <ul>
 *   <li>Code constants (and the constants inside constant tuples and nested code objects) are
 *       made immortal when a code object is built ({@link #constants}); names are interned,
 *       and interned strings are immortal already.</li>
 *   <li>When a thread is started while no other thread runs ({@link #onThreadStart}: the first
 *       thread, or the first after all earlier ones finished, so objects defined since are
 *       covered too), every module in {@code sys.modules}, its globals dict, and the functions,
 *       classes, class dicts, their functions and descriptors' functions, code objects and
 *       builtins reachable from those dicts become immortal, and so does the thread's target.</li>
 * </ul>
 *
 * <p>Why only then: {@link PyObject#makeImmortal} is safe only while no other thread counts the
 * object (a decref racing with it could still reach zero and free what is now immortal). The
 * caller is the only running thread at both points: a code object's constants are not yet
 * published, and the walk runs before the new thread starts.
 *
 * <p>What it costs: the objects are never freed (CPython 3.13t makes the same trade; PEP 703
 * and 3.14t replace it by deferred reference counting, which the {@code gc2} option models).
 * {@code sys.getrefcount} of such an object no longer changes, and a {@code __del__} or weakref
 * callback on a class or function made immortal never runs. The option is off by default
 * under the global lock (no parallel threads, nothing to gain) and on for parallel policies
 * ({@code PolicyRegistry}).
 */
public final class Immortalization {
    private Immortalization() {}

    /** Whether the policy of {@code space} has the {@code immortalize} option on. */
    public static boolean enabled(ObjectSpace space) {
        return "true".equals(space.policy().options().get("immortalize"));
    }

    /** Makes a new code object's constants immortal (recursively through tuples and code) when the option is on. */
    public static void constants(PyObject[] consts, ThreadState ts) {
        if (!enabled(ts.space)) return;
        for (PyObject c : consts) constant(c);
    }

    private static void constant(PyObject c) {
        if (c == null || c.isImmortal()) return;
        if (c instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) constant(t.get(i));
        } else if (c instanceof PyCode code) {
            for (PyObject k : code.consts) constant(k);
        }
        c.makeImmortal();
    }

    /**
     * Called by {@code start_new_thread} before it starts the Java thread, with the thread's
     * target; immortalizes the shared objects when the option is on and the caller is the only
     * live thread. Returns how many objects it made immortal (0 when it did nothing).
     */
    public static int onThreadStart(Interpreter interp, PyObject target, ThreadState ts) {
        if (!enabled(ts.space)) return 0;
        ThreadState[] live = ts.space.liveThreadStates();
        if (live.length != 1 || live[0] != ts) return 0;
        Walk w = new Walk(ts);
        w.value(target);
        PyObject[] mods = interp.importer().modules().values(ts);
        try {
            for (PyObject m : mods) w.value(m);
        } finally {
            for (PyObject m : mods) ts.refs.decref(m, ts);
        }
        return w.made;
    }

    /** One walk: what it has visited (cycles between modules and classes), and its count. */
    private static final class Walk {
        private final ThreadState ts;
        private final Map<PyObject, Boolean> seen = new IdentityHashMap<>();
        int made;

        Walk(ThreadState ts) {
            this.ts = ts;
        }

        private void mark(PyObject o) {
            if (!o.isImmortal()) {
                o.makeImmortal();
                made++;
            }
        }

        /** A value found in a module or class namespace: immortalize the kinds every thread shares. */
        void value(PyObject v) {
            if (v == null || seen.put(v, Boolean.TRUE) != null) return;
            switch (v) {
                case PyModule m -> {
                    mark(m);
                    namespace(m.dict);
                }
                case PyClass c -> {
                    mark(c);
                    namespace(c.dict);
                }
                case PyFunction f -> function(f);
                case PyMethod m -> value(m.func);
                case PyDescriptor d -> {
                    value(d.fget);
                    value(d.fset);
                    value(d.fdel);
                    mark(d);
                }
                case PyBuiltin b -> mark(b);
                case PyCode code -> {
                    constant(code);
                    made++;
                }
                default -> { } // data: lists, dicts, numbers stay counted
            }
        }

        private void function(PyFunction f) {
            mark(f);
            value(f.code);
            // Frames borrow these two; every call of the function reads them.
            mark(f.globals);
            if (f.builtins != null) mark(f.builtins);
        }

        private void namespace(PyDict d) {
            mark(d);
            PyObject[] vals = d.values(ts);
            try {
                for (PyObject v : vals) value(v);
            } finally {
                for (PyObject v : vals) ts.refs.decref(v, ts);
            }
        }
    }
}
