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
            if (a[0].isImmortal() || a[0] instanceof org.interlock.object.PyInt || a[0] instanceof org.interlock.object.PyStr
                    || a[0] instanceof org.interlock.object.PyTuple || a[0] instanceof org.interlock.object.PyList
                    || a[0] instanceof org.interlock.object.PyDict) {
                throw ExcTypes.typeError("cannot create weak reference to '" + Ops.typeName(a[0]) + "' object", ts);
            }
            return PyWeakRef.create(a[0], cb, ts);
        };
        ti.method("__call__", (self, a, kw, ts) -> {
            PyObject v = ((PyWeakRef) self).get(ts);
            return v == null ? Ops.NONE : v;
        });
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
