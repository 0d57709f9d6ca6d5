package org.interlock.policy;

/**
 * The service-provider interface of one policy dimension value: its name, a one-line
 * description for {@code ./interlock policies}, and a factory. A provider is registered in
 * {@code META-INF/services} under the dimension's sub-interface ({@link SchedulingProvider},
 * {@link RefCountingProvider}, {@link ObjectLockingProvider}) and found by
 * {@link PolicyRegistry} through {@link java.util.ServiceLoader}.
 *
 * <p>Names are lower-case and unique across all three dimensions, so that a combination such as
 * {@code gil+atomic} says which dimension each part replaces.
 *
 * @param <T> the dimension interface
 */
public interface DimensionProvider<T> {
    /** The value's name, e.g. {@code global-lock}. */
    String name();

    /** One line: the scheme and what it models. */
    String description();

    /** A fresh instance, private to one interpreter, configured by {@code options}. */
    T create(PolicyOptions options);
}
