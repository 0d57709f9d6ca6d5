package org.interlock.bench;

import org.interlock.object.PyObject;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;

/** The smallest counted Python object: the header and nothing else. */
public final class BareObject extends PyObject {
    /** Its type: a builtin (immortal) type without {@code __del__}. */
    public static final PyType TYPE = PyType.builtin("interlock.bench.BareObject");

    public BareObject(ThreadState ts) {
        super(ts);
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
