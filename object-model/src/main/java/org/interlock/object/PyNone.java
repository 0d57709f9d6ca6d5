package org.interlock.object;

/** {@code None}: one immortal instance, {@link #NONE}. */
public final class PyNone extends PyObject {
    public static final PyType TYPE = PyType.builtin("NoneType");
    /** The only instance. Immortal: never counted, never dies. */
    public static final PyNone NONE = new PyNone();

    private PyNone() {
        super();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public long pyHash(ThreadState ts) {
        // CPython 3.11 hashes None by address; any fixed value will do.
        return 0xFCA86420L;
    }

    @Override
    public String toString() {
        return "None";
    }
}
