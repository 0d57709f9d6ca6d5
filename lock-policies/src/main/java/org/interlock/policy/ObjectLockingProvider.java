package org.interlock.policy;

import org.interlock.object.ObjectLocking;

/** Provides an object-locking dimension value ({@code none}, {@code per-object}, {@code optimistic}). */
public interface ObjectLockingProvider extends DimensionProvider<ObjectLocking> {}
