package org.interlock.runtime.objects;

/**
 * One entry of a traceback: a frame the exception passed through. Entries link outward
 * (the newest, outermost frame first, as CPython's {@code tb_next} chain reads from the top).
 */
public record Traceback(String filename, int line, String function, Traceback next) {}
