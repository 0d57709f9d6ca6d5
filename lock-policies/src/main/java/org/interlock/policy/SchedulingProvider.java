package org.interlock.policy;

import org.interlock.object.Scheduling;

/** Provides a scheduling dimension value ({@code global-lock}, {@code parallel}). */
public interface SchedulingProvider extends DimensionProvider<Scheduling> {}
