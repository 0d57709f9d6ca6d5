package org.interlock.object;

import java.util.function.BiConsumer;

/**
 * A callable implemented in Java, usable as a weakref callback without an interpreter (tests,
 * the stress suite). Counted like any object.
 */
public final class NativeCallable extends PyObject {
    public static final PyType TYPE = PyType.builtin("builtin_function_or_method");

    private final BiConsumer<PyWeakRef, ThreadState> body;

    public NativeCallable(BiConsumer<PyWeakRef, ThreadState> body, ThreadState ts) {
        super(ts);
        this.body = body;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public void call(PyWeakRef ref, ThreadState ts) {
        body.accept(ref, ts);
    }
}
