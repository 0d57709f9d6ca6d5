package org.interlock.runtime.objects;

import org.interlock.object.PyObject;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;

/**
 * A Python {@code traceback} object: a view of one entry of an exception's Java-level
 * {@link Traceback} chain ({@code tb_lineno}, {@code tb_next}; frames are not kept alive, so
 * {@code tb_frame} is None). Holds no Python references.
 */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.builtin("traceback");

    /** The entry this object shows. */
    public final Traceback entry;

    public PyTraceback(Traceback entry, ThreadState ts) {
        super(ts);
        this.entry = entry;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
