package org.interlock.policy;

import org.interlock.object.RefCounting;

/** Provides a reference-counting dimension value ({@code plain}, {@code atomic}, {@code biased}). */
public interface RefCountingProvider extends DimensionProvider<RefCounting> {}
