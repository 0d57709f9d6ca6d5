package org.interlock.runtime.objects;

import org.interlock.object.PyObject;
import org.interlock.object.PyType;

/** Immortal singletons that the object model does not define: NotImplemented and Ellipsis. */
public final class Singletons extends PyObject {
    public static final PyType NOT_IMPLEMENTED_TYPE = PyType.builtin("NotImplementedType");
    public static final PyType ELLIPSIS_TYPE = PyType.builtin("ellipsis");
    public static final Singletons NOT_IMPLEMENTED = new Singletons(NOT_IMPLEMENTED_TYPE, "NotImplemented");
    public static final Singletons ELLIPSIS = new Singletons(ELLIPSIS_TYPE, "Ellipsis");

    private final PyType type;
    private final String name;

    private Singletons(PyType type, String name) {
        super();
        this.type = type;
        this.name = name;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public String toString() {
        return name;
    }
}
