/**
 * The {@code builtins} module and the methods of the builtin types (str, bytes, list, tuple,
 * dict, set, int, float, file objects), registered once per JVM in the types'
 * {@link org.interlock.runtime.objects.TypeInfo}; messages follow CPython 3.11.
 */
package org.interlock.runtime.builtins;
