package org.interlock.runtime.modules;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import org.interlock.object.PyBool;
import org.interlock.object.PyInt;
import org.interlock.object.PyList;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyWeakRef;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.PyBuiltin;
import org.interlock.runtime.objects.PyDescriptor;
import org.interlock.runtime.objects.PyModule;
import org.interlock.runtime.objects.TypeInfo;
import org.interlock.runtime.vm.Ops;
import org.interlock.runtime.vm.Repr;

/**
 * {@code _weakref}, the Java half of {@code weakref} (the containers and {@code finalize}
 * are pure Python in {@code /interlock/lib/weakref.py}): the {@code ref} type with callbacks
 * (the object model's {@link PyWeakRef}), {@code __callback__}, equality by referent as
 * CPython's, {@code getweakrefcount} and {@code getweakrefs}.
 *
 * <p>The object model keeps each object's weakref list private to its package; until it
 * exposes a count, the list is read here through package-private field handles, under the
 * same stripe lock that guards it ({@link org.interlock.object.ObjectSpace#weakrefLock}).
 */
public final class WeakrefModule {
    private WeakrefModule() {}

    private static final VarHandle WEAKREFS;
    private static final VarHandle NEXT;

    static {
        VarHandle w = null;
        VarHandle n = null;
        try {
            MethodHandles.Lookup l = MethodHandles.privateLookupIn(PyObject.class, MethodHandles.lookup());
            w = l.findVarHandle(PyObject.class, "weakrefs", PyWeakRef.class);
            MethodHandles.Lookup l2 = MethodHandles.privateLookupIn(PyWeakRef.class, MethodHandles.lookup());
            n = l2.findVarHandle(PyWeakRef.class, "next", PyWeakRef.class);
        } catch (ReflectiveOperationException | SecurityException e) {
            // left null: getweakrefcount then reports what it cannot know as 0
        }
        WEAKREFS = w;
        NEXT = n;
    }

    /** The weakrefs currently registered on {@code o} (newest first). */
    static List<PyWeakRef> weakrefsOf(PyObject o, ThreadState ts) {
        List<PyWeakRef> out = new ArrayList<>();
        if (WEAKREFS == null || NEXT == null || o.isImmortal()) return out;
        synchronized (ts.space.weakrefLock(o.id())) {
            for (PyWeakRef r = (PyWeakRef) WEAKREFS.get(o); r != null; r = (PyWeakRef) NEXT.get(r)) out.add(r);
        }
        return out;
    }

    private static boolean initDone;

    private static synchronized void initType(ThreadState ts) {
        MiscModules.initWeakrefType();
        if (initDone) return;
        initDone = true;
        TypeInfo ti = TypeInfo.of(PyWeakRef.TYPE);
        ti.attr("__callback__", new PyDescriptor(PyDescriptor.Kind.PROPERTY, new PyBuiltin("__callback__", false, null,
                (s, a, kw, t) -> {
                    PyObject cb = a[0] instanceof PyWeakRef r ? r.callback() : null;
                    return Ops.incref(cb == null ? Ops.NONE : cb, t);
                }), null, null, null, ts));
        // Two weakrefs are equal if their referents are alive and equal, else only if they are
        // the same weakref (CPython's rule).
        ti.method("__eq__", (s, a, kw, t) -> PyBool.of(refEquals((PyWeakRef) s, a[0], t)));
        ti.method("__ne__", (s, a, kw, t) -> PyBool.of(!refEquals((PyWeakRef) s, a[0], t)));
        ti.method("__repr__", (s, a, kw, t) -> PyStr.of(repr((PyWeakRef) s, t), t));
    }

    /** CPython's repr of a weakref: {@code <weakref at 0x..; to 'T' at 0x..>} or {@code ...; dead>}. */
    public static String repr(PyWeakRef r, ThreadState ts) {
        PyObject o = r.get(ts);
        String at = "<weakref at 0x" + Long.toHexString(r.id());
        if (o == null) return at + "; dead>";
        try {
            return at + "; to '" + Repr.qualname(o.type(), ts) + "' at 0x" + Long.toHexString(o.id()) + ">";
        } finally {
            ts.refs.decref(o, ts);
        }
    }

    /** {@code a == other} for a weakref: equal live referents, or the same weakref. */
    public static boolean refEquals(PyWeakRef a, PyObject other, ThreadState ts) {
        if (a == other) return true;
        if (!(other instanceof PyWeakRef b)) return false;
        PyObject x = a.get(ts);
        PyObject y = b.get(ts);
        try {
            if (x == null || y == null) return false;
            return Ops.eq(x, y, ts);
        } finally {
            if (x != null) ts.refs.decref(x, ts);
            if (y != null) ts.refs.decref(y, ts);
        }
    }

    static PyModule create(ThreadState ts) {
        initType(ts);
        PyModule m = new PyModule("_weakref", ts);
        ModuleDef d = new ModuleDef(m, ts);
        d.val("ref", PyWeakRef.TYPE);
        d.val("ReferenceType", PyWeakRef.TYPE);
        d.fn("getweakrefcount", (s, a, kw, t) -> PyInt.of(weakrefsOf(a[0], t).size(), t));
        d.fn("getweakrefs", (s, a, kw, t) -> {
            List<PyWeakRef> refs = new ArrayList<>();
            for (PyWeakRef r : weakrefsOf(a[0], t)) if (t.refs.tryIncref(r, t)) refs.add(r);
            return PyList.fromNewRefs(refs.toArray(new PyObject[0]), refs.size(), t);
        });
        return m;
    }
}
