/**
 * GC: the cycle collector's stop-the-world handshake under every safe preset, and a broken
 * variant of it that the test must catch.
 */
package org.interlock.stress.gc;
