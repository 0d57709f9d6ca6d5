package org.interlock.policy;

/**
 * A policy name, combination or option that cannot be used: unknown, malformed, conflicting, or
 * not thread-safe without saying {@code unsafe}. The message names what is wrong and lists what
 * is valid; the command line prints it and exits with status 2.
 */
public final class PolicyConfigException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public PolicyConfigException(String message) {
        super(message);
    }
}
