/**
 * The cycle collector: finds objects reachable only from each other, finalizes them once
 * (PEP 442), clears their weakrefs and breaks the cycles, under every policy.
 *
 * <ul>
 *   <li>{@link org.interlock.object.gc.Collector}: one per space; the algorithm's phases, the
 *       thresholds, and the API the runtime's {@code gc} module wraps.</li>
 *   <li>{@link org.interlock.object.gc.CycleFinder}: CPython's update_refs / subtract_refs /
 *       move_unreachable over side arrays.</li>
 *   <li>{@link org.interlock.object.gc.GcThreadState} and
 *       {@link org.interlock.object.gc.StopTheWorld}: per-thread tracking and the
 *       DETACHED / ATTACHED / STOPPED handshake (CPython 3.13's pystate.c).</li>
 * </ul>
 *
 * <h2>Rules inside this package</h2>
 * <ul>
 *   <li>Another thread's tracked list and objects are read only while that thread is STOPPED
 *       or DETACHED (or, under a global lock, while the collector holds it).</li>
 *   <li>No Python code (finalizers, weakref callbacks) runs while the world is stopped: it
 *       could wait on a lock a stopped thread holds.</li>
 *   <li>A type's {@code traverse} reports counted references only (see
 *       {@link org.interlock.object.PyObject#traverse}).</li>
 * </ul>
 */
package org.interlock.object.gc;
