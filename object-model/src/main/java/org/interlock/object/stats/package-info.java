/**
 * Live counters: the memory-mapped counters file a running Interlock process writes
 * ({@link org.interlock.object.stats.CountersFile}, layout in
 * {@link org.interlock.object.stats.CountersLayout}) and the reader another process runs
 * ({@link org.interlock.object.stats.StatsMain}, {@link org.interlock.object.stats.CountersSnapshot}).
 *
 * <h2>Rules inside this package</h2>
 * <ul>
 *   <li>A counter is written by one thread only: each thread state has its own slot, padded to
 *       128 bytes so that no two threads' slots share a cache line. Only the overflow slot
 *       (threads that found no free slot) is shared, and it takes atomic adds.</li>
 *   <li>Readers never block writers: they read with volatile loads and accept slightly stale
 *       values; a sequence number keeps them from counting a retiring slot twice.</li>
 *   <li>Nothing here runs unless {@code -Dinterlock.counters=true}: with counters off no file
 *       is made and the runtime's counter bumps are folded away.</li>
 *   <li>The file is the user's only: folder 0700, file 0600, set at creation.</li>
 * </ul>
 */
package org.interlock.object.stats;
