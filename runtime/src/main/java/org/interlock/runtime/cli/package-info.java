/** The {@code interlock} command line ({@link org.interlock.runtime.cli.Main}). */
package org.interlock.runtime.cli;
