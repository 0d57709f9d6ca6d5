package org.interlock.runtime.objects;

import org.interlock.object.PyObject;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;

/**
 * A function implemented in Java: a builtin ({@code len}), a method of a builtin type
 * ({@code str.upper}, called with the receiver as {@code self}) or a module function.
 * Immortal and shared by every interpreter in the JVM: it holds no per-interpreter state
 * (the interpreter is reached through the thread state).
 */
public final class PyBuiltin extends PyObject {
    public static final PyType TYPE = PyType.builtin("builtin_function_or_method");
    public static final PyType METHOD_DESCRIPTOR = PyType.builtin("method_descriptor");

    /**
     * The Java body. {@code args} holds the positional arguments, then the keyword values
     * named by {@code kwnames} (null when there are none); all borrowed. Returns a new reference.
     */
    @FunctionalInterface
    public interface Impl {
        PyObject call(PyObject self, PyObject[] args, String[] kwnames, ThreadState ts);
    }

    public final String name;
    public final Impl impl;
    /** True for a method of a type: attribute access on an instance binds it. */
    public final boolean isMethod;
    /** The owning type's name for a method ({@code str}), for reprs and messages. */
    public final String owner;
    /** The owning type of a method registered on a builtin type, or null when unknown. */
    public final PyType ownerType;

    public PyBuiltin(String name, boolean isMethod, String owner, Impl impl) {
        this(name, isMethod, owner, null, impl);
    }

    public PyBuiltin(String name, boolean isMethod, String owner, PyType ownerType, Impl impl) {
        super();
        this.name = name;
        this.impl = impl;
        this.isMethod = isMethod;
        this.owner = owner;
        this.ownerType = ownerType;
    }

    @Override
    public PyType type() {
        return isMethod ? METHOD_DESCRIPTOR : TYPE;
    }
}
