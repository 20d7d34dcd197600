/**
 * JMH micro-benchmarks of the reference library: every registered beat detector (batch and
 * streamed) and the WFDB decoder, in samples per second. Built only under the Maven profile
 * {@code bench} into {@code reference/target/benchmarks.jar}; see {@code reference/BENCHMARKS.md}.
 * {@link org.aiotbench.reference.jmh.BenchmarkMain} fills the detector parameters from the
 * registry, so a newly registered detector is benchmarked without touching this package.
 */
package org.aiotbench.reference.jmh;
