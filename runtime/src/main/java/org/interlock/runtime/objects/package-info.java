/**
 * The runtime's Python types on top of the object model's core ones: functions, code, cells,
 * modules, classes ({@link org.interlock.runtime.objects.PyClass}: C3 MRO, attribute cache),
 * instances, bound methods, builtin functions, descriptors, generators, iterators, exceptions.
 * Each releases what it owns in {@code releaseReferences}. Builtin types keep their method
 * tables in {@link org.interlock.runtime.objects.TypeInfo}, shared and immutable after start-up.
 */
package org.interlock.runtime.objects;
