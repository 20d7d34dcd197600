/**
 * The {@code aiotbench} command line (picocli). Commands parse and report; the work is done by
 * the capability packages. Every error a user can cause is printed as one line on stderr.
 */
package org.aiotbench.cli;
