package org.interlock.runtime.vm;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.interlock.object.Checks;
import org.interlock.object.PyDict;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.RefCounting;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.PyBuiltin;
import org.interlock.runtime.objects.PyClass;
import org.interlock.runtime.objects.PyDescriptor;
import org.interlock.runtime.objects.PyFunction;
import org.interlock.runtime.objects.PyMethod;
import org.interlock.runtime.objects.PyObj;

/**
 * The inline cache behind {@code LOAD_ATTR}, {@code LOAD_METHOD} and {@code STORE_ATTR} on
 * plain instances of Python classes: per instruction, what the generic attribute protocol
 * decided for the receiver's class at one {@linkplain PyClass#versionTag() version tag} — the
 * attribute lives in the instance dict, or is a function (bound on load, shadowed by the
 * instance dict), a property's getter, or a plain class value; a store goes straight to the
 * instance dict. A class change (its dict, a base's dict, hooks) publishes a new tag, so an
 * entry recorded under an older tag is never used again. A miss, or any case not listed, takes
 * the generic path in {@link Ops} and records an entry for next time.
 *
 * <p>No lock, as {@link GlobalCache}: entries are immutable records published with a release
 * store and read plain (final fields). An entry holds the class attribute BORROWED; it is handed out
 * only after {@link RefCounting#tryIncref} succeeded and the tag was found unchanged after the
 * claim, the rule {@link Ops#findMethodNew} follows: a writer that rebinds the attribute
 * publishes the new tag (in {@link PyClass#invalidate}) after its dict store, so a value
 * claimed while the tag still matched was bound at that moment, and a value whose count already
 * reached zero is never revived. The tag is loaded before the lookups that fill an entry, so an
 * entry computed from dicts older than a write carries a tag older than that write's.
 */
final class AttrCache {
    private AttrCache() {}

    /** Load: look in the instance dict only; a miss takes the generic path. */
    private static final int DICT = 0;
    /** Load: a function on the class, unless the instance dict shadows it. */
    private static final int METHOD = 1;
    /** Load: a plain (non-descriptor) class value, unless the instance dict shadows it. */
    private static final int CLASS_VALUE = 2;
    /** Load: a property with a getter (a data descriptor: the instance dict is not consulted). */
    private static final int PROPERTY = 3;
    /** Store: no {@code __setattr__} hook, no data descriptor, no slots restriction. */
    private static final int STORE_DICT = 4;
    /** Load, method or store: none of the above; the generic path, without recording again. */
    private static final int GENERIC = 5;

    /** What one site saw for instances of {@code type} under version {@code tag}; {@code attr} borrowed. */
    private record Entry(PyClass type, long tag, int kind, PyObject attr) {}

    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Object[].class);

    /**
     * The entry for {@code o} at {@code site}, or null: a plain instance whose class is
     * unchanged. A site has two slots ({@code 2*site}, {@code 2*site+1}), so that code run
     * with instances of a class and of a subclass (a method reached through inheritance)
     * does not re-record at every execution.
     */
    private static Entry entry(PyObject o, Object[] cache, int site) {
        if (o.getClass() != PyObj.class) return null;
        Object t = o.type();
        // Plain reads: an entry is a record of final fields, so a reader that sees one sees it
        // whole (and what its fields reached when it was built); the VarHandle's acquire cost
        // nothing on x86 but its expansion counted against the eval loop's inlining budget.
        if (cache[2 * site] instanceof Entry e && e.type == t) {
            return e.tag == e.type.versionTag() ? e : null;
        }
        if (cache[2 * site + 1] instanceof Entry e && e.type == t && e.tag == e.type.versionTag()) {
            return e;
        }
        return null;
    }

    /** Publishes {@code e}: over an entry for the same class, else first, moving the first one second. */
    private static void publish(Object[] cache, int site, Entry e) {
        Object first = SLOT.getAcquire(cache, 2 * site);
        if (first == null || first instanceof Entry f && f.type == e.type) {
            SLOT.setRelease(cache, 2 * site, e);
        } else if (SLOT.getAcquire(cache, 2 * site + 1) instanceof Entry s && s.type == e.type) {
            SLOT.setRelease(cache, 2 * site + 1, e);
        } else {
            SLOT.setRelease(cache, 2 * site + 1, first);
            SLOT.setRelease(cache, 2 * site, e);
        }
    }

    /**
     * Claims the entry's class attribute: a new reference, or null if it cannot be claimed or
     * the class changed meanwhile (the caller then takes the generic path).
     */
    private static PyObject claim(Entry e, ThreadState ts) {
        PyObject v = e.attr;
        RefCounting rc = ts.refs;
        if (!rc.tryIncref(v, ts)) return null;
        if (e.tag != e.type.versionTag()) {
            rc.decref(v, ts);
            return null;
        }
        if (Checks.ENABLED) Checks.alive(v, "attribute cache");
        return v;
    }

    /** The instance dict's binding for {@code name} (new reference), or null. */
    private static PyObject shadow(PyObj p, PyStr name, ThreadState ts) {
        PyDict d = p.dictOrNull();
        return d == null || d.len(ts) == 0 ? null : d.get(name, ts);
    }

    /** {@code o.name} for LOAD_ATTR at {@code site}: a new reference, or AttributeError. */
    static PyObject load(PyObject o, PyStr name, Object[] cache, int site, ThreadState ts) {
        Entry e = entry(o, cache, site);
        if (e != null) {
            PyObj p = (PyObj) o;
            switch (e.kind) {
                case DICT -> {
                    PyObject v = p.getAttr(name, ts);
                    if (v != null) return v;
                }
                case METHOD, CLASS_VALUE -> {
                    PyObject v = shadow(p, name, ts);
                    if (v != null) return v;
                    v = claim(e, ts);
                    if (v != null) {
                        if (e.kind == CLASS_VALUE) return v;
                        PyObject m = new PyMethod(v, o, ts);
                        ts.refs.decref(v, ts);
                        return m;
                    }
                }
                case PROPERTY -> {
                    PyObject v = claim(e, ts);
                    if (v != null) {
                        try {
                            return Calls.call(((PyDescriptor) v).fget, new PyObject[] {o}, null, ts);
                        } finally {
                            ts.refs.decref(v, ts);
                        }
                    }
                }
                default -> { }
            }
            return Ops.getAttr(o, name, ts);
        }
        record(o, name, cache, site, false, ts);
        return Ops.getAttr(o, name, ts);
    }

    /**
     * The unbound function for {@code o.name(...)} at LOAD_METHOD {@code site} (a new
     * reference), or null when the caller must take the generic attribute path.
     */
    static PyObject method(PyObject o, PyStr name, Object[] cache, int site, ThreadState ts) {
        Entry e = entry(o, cache, site);
        if (e != null) {
            if (e.kind == GENERIC) return Ops.findMethodNew(o, name, ts);
            if (e.kind != METHOD) return null;
            PyObject v = shadow((PyObj) o, name, ts);
            if (v != null) {
                ts.refs.decref(v, ts);
                return null;
            }
            v = claim(e, ts);
            return v != null ? v : Ops.findMethodNew(o, name, ts);
        }
        record(o, name, cache, site, false, ts);
        return Ops.findMethodNew(o, name, ts);
    }

    /** {@code o.name = v} for STORE_ATTR at {@code site} (all borrowed). */
    static void store(PyObject o, PyStr name, PyObject v, Object[] cache, int site, ThreadState ts) {
        Entry e = entry(o, cache, site);
        if (e != null && e.kind == STORE_DICT) {
            ((PyObj) o).setAttr(name, v, ts);
            return;
        }
        if (e == null) record(o, name, cache, site, true, ts);
        Ops.setAttr(o, name, v, ts);
    }

    /** Records what the generic protocol does for {@code o}'s class, when that is a cacheable case. */
    private static void record(PyObject o, PyStr name, Object[] cache, int site, boolean store, ThreadState ts) {
        if (o.getClass() != PyObj.class || !(o.type() instanceof PyClass c)) return;
        long tag = c.versionTag(); // before the lookups: see the class comment
        PyClass.Hooks h = c.hooks(ts);
        PyObject a = c.lookup(name, ts);
        int kind;
        String n = name.value();
        if (n.startsWith("__") && n.endsWith("__")) {
            kind = GENERIC; // __class__, __dict__ and the like may be fields, not dict entries
        } else if (store) {
            boolean direct = h.setattr() == null && (a == null || a instanceof PyFunction || plain(a))
                    && (c.slots == null || c.slots.contains(n));
            kind = direct ? STORE_DICT : GENERIC;
        } else if (h.getattribute() != null || h.getattr() != null) {
            kind = GENERIC;
        } else if (a == null) {
            kind = DICT;
        } else if (a instanceof PyFunction) {
            kind = METHOD;
        } else if (a instanceof PyDescriptor d && d.kind == PyDescriptor.Kind.PROPERTY && d.fget != null) {
            kind = PROPERTY;
        } else {
            kind = plain(a) ? CLASS_VALUE : GENERIC;
        }
        publish(cache, site, new Entry(c, tag, kind, a));
    }

    /** A class attribute that is no descriptor: the generic protocol hands it out as it is. */
    private static boolean plain(PyObject a) {
        return !(a instanceof PyFunction || a instanceof PyBuiltin || a instanceof PyDescriptor || a instanceof PyObj);
    }
}
