package org.interlock.runtime.objects;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interlock.object.PyObject;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;

/**
 * The runtime's data for a builtin type (kept in {@link PyType#runtimeData}): its method table
 * (immutable once the runtime is initialized, so reads need no lock), its MRO along the base
 * chain, the constructor, and how a Python subclass lays out its instances. Builtin types are
 * shared by every interpreter in the JVM; none of this is per interpreter.
 */
public final class TypeInfo {
    /** Makes an instance of a Python subclass whose solid base is this builtin type. */
    @FunctionalInterface
    public interface InstanceFactory {
        PyObject make(PyType cls, ThreadState ts);
    }

    public final PyType type;
    public final Map<String, PyObject> methods = new HashMap<>();
    public final PyType[] mro;
    /** {@code type(...)} call: receives the type as self. Null: not callable ("cannot create"). */
    public volatile PyBuiltin.Impl constructor;
    /** Null when the type cannot be subclassed. */
    public volatile InstanceFactory factory;
    /**
     * True for immutable value types (tuple, int, str, float, frozenset, bytes) that Python classes
     * may subclass: an instance's value is made by the constructor and kept as its backing.
     */
    public volatile boolean valueBase;
    /**
     * True for a builtin type whose registered binary-operator and comparison dunders are the
     * operations themselves (a module's Java type such as {@code array.array}), so that
     * {@code a + b} and {@code a < b} call them as they call a Python class's. False for the core
     * types, whose dunders are wrappers around the operators' own fast paths.
     */
    public volatile boolean dunderSlots;
    /** The bases of a type with more than one ({@link #withMro}); null: just its base. */
    public volatile PyType[] bases;

    private TypeInfo(PyType type) {
        this.type = type;
        List<PyType> m = new ArrayList<>();
        for (PyType t = type; t != null; t = t.base()) m.add(t);
        if (m.get(m.size() - 1) != PyType.OBJECT) m.add(PyType.OBJECT);
        this.mro = m.toArray(new PyType[0]);
    }

    private TypeInfo(PyType type, PyType[] mro) {
        this.type = type;
        this.mro = mro;
    }

    /**
     * The info of a builtin type with more than one base (ExceptionGroup derives from
     * BaseExceptionGroup and Exception): its MRO is given, not read along the base chain.
     * Must run before anything asks for the type's info.
     */
    public static synchronized TypeInfo withMro(PyType t, PyType[] bases, PyType... mro) {
        if (t.runtimeData != null) throw new IllegalStateException("type info of " + t.name() + " already made");
        TypeInfo ti = new TypeInfo(t, mro);
        ti.bases = bases.clone();
        t.runtimeData = ti;
        return ti;
    }

    /** The info of a builtin type, created on first use. */
    public static TypeInfo of(PyType t) {
        Object d = t.runtimeData;
        if (d instanceof TypeInfo ti) return ti;
        synchronized (TypeInfo.class) {
            d = t.runtimeData;
            if (d instanceof TypeInfo ti) return ti;
            TypeInfo ti = new TypeInfo(t);
            t.runtimeData = ti;
            return ti;
        }
    }

    /** Registers a method (bound on attribute access). */
    public TypeInfo method(String name, PyBuiltin.Impl impl) {
        methods.put(name, new PyBuiltin(name, true, type.name(), type, impl));
        return this;
    }

    /** Registers a class-level attribute (a static method, a constant, a descriptor). */
    public TypeInfo attr(String name, PyObject value) {
        methods.put(name, value);
        return this;
    }

    /** Looks {@code name} up along this type's base chain; borrowed or null. */
    public PyObject lookup(String name) {
        for (PyType t : mro) {
            Object d = t.runtimeData;
            if (d instanceof TypeInfo ti) {
                PyObject o = ti.methods.get(name);
                if (o != null) return o;
            }
        }
        return null;
    }
}
