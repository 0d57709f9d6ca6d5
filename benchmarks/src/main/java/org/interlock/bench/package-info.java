/**
 * JMH benchmarks of the policies, and measurements of the object model's footprint.
 *
 * <h2>Rules inside this package</h2>
 * <ul>
 *   <li>Each benchmark class says in its comment which question of DESIGN.md it answers and
 *       the command that runs it.</li>
 *   <li>Every fork gets {@code --add-opens java.base/jdk.internal.misc=ALL-UNNAMED} (Agrona).</li>
 *   <li>Results go to a {@code Blackhole} so the JIT cannot remove the work measured, and out
 *       as JMH JSON ({@code -rf json -rff papers/data/...}); numbers are never copied by hand.</li>
 *   <li>Policies are built through the registry by preset name, as the runtime builds them.</li>
 * </ul>
 */
package org.interlock.bench;
