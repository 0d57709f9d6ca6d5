package org.interlock.runtime.objects;

/**
 * A Python exception travelling through Java code: carries the exception object (one counted
 * reference owned by this carrier while it is in flight). No Java stack trace is filled in:
 * raising is ordinary Python control flow and must be cheap.
 */
public final class PyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The exception instance. */
    public final transient PyBaseException exc;

    public PyException(PyBaseException exc) {
        super(null, null, false, false);
        this.exc = exc;
    }

    @Override
    public String getMessage() {
        return exc.type().name() + ": " + exc.messageForJava();
    }
}
