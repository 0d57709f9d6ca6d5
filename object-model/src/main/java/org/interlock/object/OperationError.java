package org.interlock.object;

/**
 * A Python-level error raised by a core type's operation ({@code 1 // 0}, {@code [][0]},
 * {@code hash([])}), carrying the kind of Python exception it stands for and CPython's message.
 * The object model has no Python exception classes: the runtime catches this and raises the
 * matching built-in exception ({@link Kind#ZERO_DIVISION} becomes {@code ZeroDivisionError}).
 *
 * <p>Messages are CPython 3.11's exactly, where the object model can spell them (it cannot
 * compute a {@code repr} of an arbitrary object, so operations whose CPython message needs one,
 * such as {@code list.index}, report "not found" by their return value instead).
 */
public final class OperationError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The built-in Python exception this error stands for. */
    public enum Kind {
        /** {@code ZeroDivisionError}. */
        ZERO_DIVISION,
        /** {@code ValueError}. */
        VALUE,
        /** {@code OverflowError}. */
        OVERFLOW,
        /** {@code IndexError}. */
        INDEX,
        /** {@code KeyError}. */
        KEY,
        /** {@code TypeError}. */
        TYPE,
        /** {@code MemoryError}. */
        MEMORY,
    }

    /** Which Python exception to raise. */
    public final Kind kind;

    public OperationError(Kind kind, String message) {
        super(message, null, false, false); // no stack trace: these are ordinary Python control flow
        this.kind = kind;
    }
}
