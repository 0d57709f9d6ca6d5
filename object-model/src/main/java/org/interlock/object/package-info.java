/**
 * The Interlock object model: the object header, the lifecycle, weak references, the core
 * types, and the policy <em>interfaces</em>.
 *
 * <h2>The core types</h2>
 * {@link org.interlock.object.PyNone}, {@link org.interlock.object.PyBool} (a subclass of
 * {@link org.interlock.object.PyInt}, as in Python), {@link org.interlock.object.PyInt},
 * {@link org.interlock.object.PyFloat}, {@link org.interlock.object.PyStr},
 * {@link org.interlock.object.PyTuple}, {@link org.interlock.object.PyList},
 * {@link org.interlock.object.PyDict}, {@link org.interlock.object.PySet} (set and frozenset)
 * and {@link org.interlock.object.PyInstance}. Their semantics follow CPython 3.11, hashes
 * included (except str's, which is deterministic rather than randomized); an operation that
 * raises in Python throws {@link org.interlock.object.OperationError} with the exception's kind
 * and CPython's message, and the runtime turns it into the Python exception. Each mutable type's
 * class comment gives its synchronization and the access mode of every racy field.
 *
 * <h2>The cycle collector</h2>
 * Containers pass {@code gcTracked} to {@link org.interlock.object.PyObject#PyObject(
 * org.interlock.object.ThreadState, boolean)} and report their counted references in
 * {@link org.interlock.object.PyObject#traverse}; the collector itself is in
 * {@link org.interlock.object.gc} and reaches the protected hooks through
 * {@link org.interlock.object.GcSupport}. A type made elsewhere (the runtime's functions,
 * cells, classes) does the same; one that does not track itself is still safe: whatever it
 * references counts as referenced from outside, and only its own cycles go uncollected.
 *
 * <h2>Rules inside this package</h2>
 * <ul>
 *   <li>No policy implementation lives here. Everything that depends on the thread-safety
 *       scheme goes through {@link org.interlock.object.RefCounting},
 *       {@link org.interlock.object.ObjectLocking} or {@link org.interlock.object.Scheduling},
 *       reached through the calling thread's {@link org.interlock.object.ThreadState}.</li>
 *   <li>References follow CPython's convention: arguments are borrowed, results are new
 *       references (documented otherwise where a method returns a borrowed one, such as
 *       {@link org.interlock.object.PyTuple#get}).</li>
 *   <li>Every operation that may allocate, count or lock takes the calling thread's
 *       {@code ThreadState} as its last argument. It is never looked up from a
 *       {@code ThreadLocal} on a hot path.</li>
 *   <li>Racy header fields are accessed through {@code VarHandle}s whose access mode is in the
 *       accessor's name, JCTools-style: {@code lp}/{@code sp} plain load/store, {@code lv}/{@code sv}
 *       volatile, {@code la}/{@code sr} acquire load / release store, {@code cas}, {@code xadd}.
 *       Each racy read says why its race is benign. These machines are x86 (TSO): a missing
 *       acquire/release would not show in a stress run here, which is why the modes are
 *       written down rather than tested into place.</li>
 *   <li>Immortal objects (None, True, False, small ints, interned strings, builtin types) are
 *       never counted and never die; every counting path checks {@link
 *       org.interlock.object.PyObject#isImmortal()} first.</li>
 *   <li>With stress checks on ({@code -Dinterlock.checks=true}, see {@link
 *       org.interlock.object.Checks}), every path that touches an object detects a dead one
 *       and throws {@link org.interlock.object.DeadObjectError}.</li>
 * </ul>
 */
package org.interlock.object;
