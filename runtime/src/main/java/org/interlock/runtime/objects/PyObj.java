package org.interlock.runtime.objects;

import org.interlock.object.PyInstance;
import org.interlock.object.PyObject;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;
import org.interlock.runtime.vm.Ops;

/**
 * An instance of a Python class: the object model's {@link PyInstance} with hashing and
 * equality through the class's {@code __hash__} and {@code __eq__}, so that dicts and sets
 * keyed by instances behave as in CPython.
 */
public class PyObj extends PyInstance {
    public PyObj(PyType type, ThreadState ts) {
        super(type, ts);
    }

    @Override
    public long pyHash(ThreadState ts) {
        return Ops.hashInstance(this, ts);
    }

    @Override
    public boolean pyEquals(PyObject other, ThreadState ts) {
        return Ops.eqInstance(this, other, ts);
    }
}
