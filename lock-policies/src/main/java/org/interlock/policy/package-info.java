/**
 * The policy implementations: the two scheduling choices, the three reference-counting schemes
 * and the three object-locking schemes of DESIGN.md, the registry that finds them by name
 * through {@link java.util.ServiceLoader}, and the configuration that picks one per interpreter.
 *
 * <h2>Rules inside this package</h2>
 * <ul>
 *   <li>Each implementation class opens with a comment naming its scheme (CPython's new GIL,
 *       PEP 703 critical sections, biased reference counting after Choi et al., PACT 2018, as
 *       PEP 703 adopted it), the invariants of DESIGN.md it keeps, and what it does not
 *       promise.</li>
 *   <li>The hot classes are {@code final} and hold no reference to another implementation, so
 *       that a JVM running one policy sees one receiver type at every call site and inlines it.
 *       Deliberately broken variants live in {@link org.interlock.policy.BrokenVariants} and
 *       are separate classes; the only seam the real classes carry for them is tested on a slow
 *       path (biased counting's queueing), never on a fast one.</li>
 *   <li>Header fields are reached only through {@link org.interlock.object.PyObject}'s
 *       accessors, whose names carry the access mode ({@code lp}/{@code sp} plain,
 *       {@code lv}/{@code sv} volatile, {@code sr} release, {@code cas}, {@code xadd},
 *       {@code xchg}). Each racy read here says why its race is benign. The development
 *       machines are x86 (TSO), which hides a missing acquire/release: that is a threat to
 *       validity, and why the modes are argued in comments rather than tested into place.</li>
 *   <li>Per-thread bookkeeping lives in {@link org.interlock.object.ThreadState#schedulingState}
 *       and {@link org.interlock.object.ThreadState#lockingState}, touched only by the thread
 *       that uses the state.</li>
 *   <li>Counters are bumped only under {@code if (Instrumentation.ENABLED)}, checks only under
 *       {@code if (Checks.ENABLED)}: both fold away when off.</li>
 * </ul>
 */
package org.interlock.policy;
