package org.interlock.runtime.modules;

import org.interlock.object.PyObject;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.PyBuiltin;
import org.interlock.runtime.objects.PyModule;

/** Helpers to fill a builtin (Java) module. */
final class ModuleDef {
    private final PyModule m;
    private final ThreadState ts;

    ModuleDef(PyModule m, ThreadState ts) {
        this.m = m;
        this.ts = ts;
    }

    ModuleDef fn(String name, PyBuiltin.Impl impl) {
        m.put(name, new PyBuiltin(name, false, null, impl), ts);
        return this;
    }

    ModuleDef val(String name, PyObject v) {
        m.put(name, v, ts);
        return this;
    }

    /** Stores a new reference and drops it. */
    ModuleDef valNew(String name, PyObject v) {
        m.putNew(name, v, ts);
        return this;
    }
}
