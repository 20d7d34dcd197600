/**
 * The runner: expands tasks × synthesizers × samples into cells, runs each cell (generate, run in
 * the sandbox, score) and appends one record per cell to a resumable results store. A killed run
 * restarted with the same command finishes without redoing or losing finished cells.
 */
package org.aiotbench.runner;
