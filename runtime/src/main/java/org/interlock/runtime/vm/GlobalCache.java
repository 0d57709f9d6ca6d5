package org.interlock.runtime.vm;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.interlock.object.Checks;
import org.interlock.object.PyDict;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.RefCounting;
import org.interlock.object.ThreadState;

/**
 * The cache behind {@code LOAD_GLOBAL}: for each name of a code object, the last result with
 * the globals' and (when the name came from there) the builtins' {@link PyDict#version()} at
 * the time of the lookup. A hit costs two version loads and an incref instead of a hash probe
 * in each dict.
 *
 * <p>No lock: an entry is an immutable record (final fields) published with a release store and
 * read with a plain load, so a reader sees a whole entry or none (S1's "specialize once" is unnecessary
 * because entries are never mutated, only replaced). A hit is accepted only if the dicts are
 * the very ones recorded and their versions are unchanged both before and after the value is
 * claimed with {@link RefCounting#tryIncref}: a writer that rebinds the name bumps the version
 * before it drops the old value, so an unchanged version after a successful claim means the
 * value was still bound, and the reference is as good as the one {@link PyDict#get} returns.
 * Anything else falls back to the ordinary lookup, which refreshes the entry. An entry holds
 * its value borrowed; a stale entry may keep a dead value's Java memory until it is replaced,
 * never its Python life.
 */
final class GlobalCache {
    private GlobalCache() {}

    /** A recorded lookup; {@code builtins} is null when the name was found in the globals. */
    private record Entry(PyDict globals, long gv, PyDict builtins, long bv, PyObject value) {}

    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Object[].class);

    /** The value of global name {@code names[arg]} as a new reference; NameError if unbound. */
    static PyObject load(Frame f, int arg, ThreadState ts) {
        PyDict g = f.globals, b = f.builtins;
        // A plain load: an Entry's fields are final, so a racy read sees a whole entry (JLS 17.5).
        if (f.code.globalCache[arg] instanceof Entry e && e.globals == g && g.version() == e.gv
                && (e.builtins == null || e.builtins == b && b.version() == e.bv)) {
            PyObject v = e.value;
            RefCounting rc = ts.refs;
            if (rc.tryIncref(v, ts)) {
                if (g.version() == e.gv && (e.builtins == null || b.version() == e.bv)) {
                    if (Checks.ENABLED) Checks.alive(v, "LOAD_GLOBAL (cached)");
                    return v;
                }
                rc.decref(v, ts);
            }
        }
        return miss(f, arg, ts);
    }

    private static PyObject miss(Frame f, int arg, ThreadState ts) {
        PyDict g = f.globals, b = f.builtins;
        PyStr name = f.code.names[arg];
        long gv = g.version();
        PyObject v = g.get(name, ts);
        if (v != null) {
            if ((gv & 1) == 0 && g.version() == gv) publish(f, arg, new Entry(g, gv, null, 0, v));
            return v;
        }
        if (b == null) return EvalRare.loadBuiltin(f, name, ts);
        long bv = b.version();
        v = EvalRare.loadBuiltin(f, name, ts);
        if (((gv | bv) & 1) == 0 && g.version() == gv && b.version() == bv) {
            publish(f, arg, new Entry(g, gv, b, bv, v));
        }
        return v;
    }

    private static void publish(Frame f, int arg, Entry e) {
        SLOT.setRelease(f.code.globalCache, arg, e);
    }
}
