/**
 * The import system ({@link org.interlock.runtime.modules.Importer}, with the import lock of
 * invariant S1) and the modules written in Java: sys, math, time, os, random (CPython's
 * Mersenne Twister sequences), _thread, gc, weakref, __future__. Pure-Python library modules
 * load from the classpath under {@code /interlock/lib/}.
 */
package org.interlock.runtime.modules;
