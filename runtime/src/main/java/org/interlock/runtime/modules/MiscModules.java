package org.interlock.runtime.modules;

import org.interlock.object.PyBool;
import org.interlock.object.PyInt;
import org.interlock.object.PyObject;
import org.interlock.object.PyType;
import org.interlock.object.PyWeakRef;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyModule;
import org.interlock.runtime.objects.TypeInfo;
import org.interlock.runtime.vm.Ops;

/** Small builtin modules: {@code gc}, {@code weakref}, {@code __future__}. */
final class MiscModules {
    private MiscModules() {}

    static PyModule gc(ThreadState ts) {
        return GcModule.create(ts); // the cycle collector's module
    }

    private static boolean weakrefInit;

    static synchronized void initWeakrefType() {
        if (weakrefInit) return;
        weakrefInit = true;
        TypeInfo ti = TypeInfo.of(PyWeakRef.TYPE);
        ti.constructor = (t, a, kw, ts) -> {
            if (a.length < 1) throw ExcTypes.typeError("__new__ expected at least 1 argument, got 0", ts);
            PyObject cb = a.length > 1 && a[1] != Ops.NONE ? a[1] : null;
            if (!weakrefable(a[0], ts)) {
                throw ExcTypes.typeError("cannot create weak reference to '" + Ops.typeName(a[0]) + "' object", ts);
            }
            return PyWeakRef.create(a[0], cb, ts);
        };
        ti.method("__call__", (self, a, kw, ts) -> {
            PyObject v = ((PyWeakRef) self).get(ts);
            return v == null ? Ops.NONE : v;
        });
    }

    /** The builtin types whose instances take weak references (CPython's with a weaklist slot). */
    private static final java.util.Set<String> WEAKREFABLE_BUILTINS = java.util.Set.of(
            "function", "builtin_function_or_method", "method", "set", "frozenset", "generator", "coroutine",
            "async_generator", "module", "code", "deque", "OrderedDict", "partial", "lock", "RLock",
            "StringIO", "BytesIO");

    /**
     * Whether {@code o} may be weakly referenced, as in CPython: a class (any type object); an
     * instance of a class unless every class of its MRO declares {@code __slots__} without
     * {@code __weakref__} (or its only non-class bases are builtins without the slot); an
     * instance of one of {@link #WEAKREFABLE_BUILTINS}. Not int, float, str, bytes, tuple, list,
     * dict, None, object() and the other value types.
     */
    private static boolean weakrefable(PyObject o, ThreadState ts) {
        if (o instanceof org.interlock.object.PyType) return true;
        org.interlock.object.PyType t = o.type();
        if (t instanceof org.interlock.runtime.objects.PyClass cls) {
            for (org.interlock.object.PyType m : cls.mro) {
                if (!(m instanceof org.interlock.runtime.objects.PyClass c)) {
                    if (weakrefableBuiltin(m)) return true;
                    continue;
                }
                PyObject sl = c.dict.get(org.interlock.runtime.vm.Names.__slots__, ts);
                if (sl == null) return true; // a class without __slots__ gives its instances __weakref__
                java.util.Set<String> names = new java.util.HashSet<>();
                try {
                    org.interlock.runtime.builtins.ClassBuilder.addSlotNames(sl, names, ts);
                } finally {
                    ts.refs.decref(sl, ts);
                }
                if (names.contains("__weakref__")) return true;
            }
            return false;
        }
        return weakrefableBuiltin(t);
    }

    private static boolean weakrefableBuiltin(org.interlock.object.PyType t) {
        String n = t.name(); // "_thread.RLock", "_io.StringIO": the module part is not in the set
        return WEAKREFABLE_BUILTINS.contains(n.substring(n.lastIndexOf('.') + 1));
    }

    static PyModule weakref(ThreadState ts) {
        initWeakrefType();
        PyModule m = new PyModule("weakref", ts);
        ModuleDef d = new ModuleDef(m, ts);
        d.val("ref", PyWeakRef.TYPE);
        d.val("ReferenceType", PyWeakRef.TYPE);
        d.fn("getweakrefcount", (s, a, kw, t) -> PyInt.of(0, t));
        return m;
    }

    static PyModule future(ThreadState ts) {
        PyModule m = new PyModule("__future__", ts);
        ModuleDef d = new ModuleDef(m, ts);
        for (String f : new String[] {"annotations", "division", "print_function", "absolute_import", "generators",
                "nested_scopes", "with_statement", "unicode_literals", "generator_stop"}) {
            d.val(f, PyBool.TRUE);
        }
        return m;
    }

    static PyType unused() {
        return null;
    }
}
