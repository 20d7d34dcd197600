/**
 * Stream tasks (NL-Sense style) without the harness: the synthetic input streams
 * ({@link org.aiotbench.reference.stream.SyntheticStreams}), a few reusable stream operators
 * ({@link org.aiotbench.reference.stream.Streams}) and the oracle of every catalogue task
 * ({@link org.aiotbench.reference.stream.StreamOracles}).
 *
 * <p>An item is a {@code Map<String, Object>} whose values are {@link String}, {@link Long},
 * {@link Double} or {@link Boolean}, keeping field order; a stream is a list of items in time
 * order. Every item has an integer {@code ts} field: seconds on a virtual clock (Unix time of the
 * simulated day), never the wall clock, so time windows give the same result on every run.
 * Everything here is deterministic: the same seed gives the same streams and the same oracle
 * output on every JVM.
 */
package org.aiotbench.reference.stream;
