package org.interlock.object;

/**
 * {@code bool}: {@link #TRUE} and {@link #FALSE}, both immortal.
 *
 * <p>As in Python, bool is a subclass of int: this class extends {@link PyInt} with the values
 * 1 and 0, so every int operation, hash and comparison works on bools unchanged
 * ({@code True + True == 2}, {@code hash(True) == 1}, {@code {1: 'a'}[True] == 'a'}). Only
 * {@link #type()} and the text differ.
 */
public final class PyBool extends PyInt {
    public static final PyType TYPE = PyType.builtin("bool", PyInt.TYPE);
    public static final PyBool TRUE = new PyBool(true);
    public static final PyBool FALSE = new PyBool(false);

    private PyBool(boolean v) {
        super(v ? 1 : 0);
    }

    /** The immortal bool for {@code v}. */
    public static PyBool of(boolean v) {
        return v ? TRUE : FALSE;
    }

    public boolean booleanValue() {
        return this == TRUE;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return this == TRUE ? "True" : "False";
    }
}
