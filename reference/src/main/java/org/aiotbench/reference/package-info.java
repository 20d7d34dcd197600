/**
 * The reference signal-processing library: hand-written baselines that generated programs are
 * measured against. Nothing here depends on the harness, so the library can be used (and
 * benchmarked) on its own.
 */
package org.aiotbench.reference;
