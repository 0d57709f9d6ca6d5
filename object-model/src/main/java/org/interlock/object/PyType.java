package org.interlock.object;

/**
 * A Python type, as far as the object model needs one: a name, a base, and the finalizer hook
 * the lifecycle calls ({@code __del__}). The runtime subclasses it for classes (MRO, attribute
 * dict, slots) and keeps its own per-type data in {@link #runtimeData} for the builtin types
 * made here.
 *
 * <p>Builtin types are immortal; classes made at run time are counted objects.
 */
public class PyType extends PyObject {
    /** {@code type}, the type of types. */
    public static final PyType TYPE = new PyType("type", null, true);
    /** {@code object}, the root of every class. */
    public static final PyType OBJECT = new PyType("object", null, true);

    private final String name;
    private final PyType base;
    /**
     * Called by the lifecycle when an instance's count reaches zero, before weakrefs are
     * cleared (PEP 442); null for types without {@code __del__}. Written before the type is
     * published, or by the runtime while the type's attributes change (volatile).
     */
    private volatile Finalizer finalizer;
    /**
     * The index of this class in the threads' tables of {@link PerThreadTypeRefcounts}, or 0
     * when its instances count it in its header. Final: set before publication.
     */
    private final int perThreadIndex;
    /** The runtime's per-type data (method tables, caches). Owned by the runtime. */
    public volatile Object runtimeData;

    /** A builtin, immortal type. */
    protected PyType(String name, PyType base, boolean immortal) {
        super();
        if (!immortal) throw new IllegalArgumentException("use the counted constructor");
        this.name = name;
        this.base = base;
        this.perThreadIndex = 0;
    }

    /** A builtin type whose base is {@code object}. */
    public static PyType builtin(String name) {
        return new PyType(name, OBJECT, true);
    }

    /** A builtin type with the given base. */
    public static PyType builtin(String name, PyType base) {
        return new PyType(name, base, true);
    }

    /**
     * A counted type made at run time (a class statement). It holds a counted reference to its
     * base (released when it dies), so a base class made at run time outlives its subclasses.
     */
    public PyType(String name, PyType base, ThreadState ts) {
        super(ts, true);
        this.name = name;
        this.base = base;
        if (base != null) ts.refs.incref(base, ts);
        PerThreadTypeRefcounts p = ts.space.typeRefcounts();
        this.perThreadIndex = p == null ? 0 : p.assign(this, ts);
    }

    /** See {@link #perThreadIndex}. */
    final int perThreadIndex() {
        return perThreadIndex;
    }

    /**
     * Reports the base (counted for a type made at run time). The runtime's classes report
     * their attribute dict, MRO and the like, then call this.
     */
    @Override
    protected void traverse(Visitor v) {
        if (base != null && !isImmortal()) v.visit(base);
    }

    /** Releases the base; subclasses release their own fields first, then call this. */
    @Override
    protected void releaseReferences(ThreadState ts) {
        if (base != null && !isImmortal()) ts.refs.decref(base, ts);
        if (perThreadIndex != 0) ts.space.typeRefcounts().release(perThreadIndex);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public final String name() {
        return name;
    }

    public final PyType base() {
        return base;
    }

    public final Finalizer finalizer() {
        return finalizer;
    }

    public final void setFinalizer(Finalizer f) {
        this.finalizer = f;
    }

    /** True if this type is {@code other} or derives from it along the base chain. */
    public boolean isSubtypeOf(PyType other) {
        for (PyType t = this; t != null; t = t.base) {
            if (t == other) return true;
        }
        return other == OBJECT;
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }

    /** The {@code __del__} hook: runs with the object temporarily resurrected. */
    @FunctionalInterface
    public interface Finalizer {
        void finalize(PyObject self, ThreadState ts);
    }
}
