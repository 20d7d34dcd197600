/**
 * Throughput measurement of the reference beat detectors on a whole WFDB database (MIT-BIH),
 * without JMH so it can run from the library jar or the harness CLI. Speed targets are checked
 * as ratios between detectors measured in the same run, never as absolute times in unit tests:
 * absolute numbers depend on the machine and on whatever else it is running. The JMH
 * micro-benchmarks live in {@code src/jmh/java} (opt-in Maven profile {@code bench}).
 */
package org.aiotbench.reference.ecg.bench;
