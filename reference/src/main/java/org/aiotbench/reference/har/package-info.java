/**
 * Data for the activity-recognition ({@code har}) task family: labelled multi-modal arrays,
 * their NumPy {@code .npy} exchange format, deterministic train/test splits, readers for the
 * real dataset layouts (WISDM, XRF55, Harmony) and shape-compatible synthetic generators.
 *
 * <p>Everything here is plain data and pure logic so that the harness (which lays task inputs
 * out as {@code .npy} files), the reference baselines and the tests all share one
 * representation: a {@link org.aiotbench.reference.har.HarDataset} of row-major float
 * {@link org.aiotbench.reference.har.HarArray}s. Files a user supplies are checked and any
 * problem is reported as a {@link org.aiotbench.reference.har.HarFormatException} whose
 * message is one line naming the file.
 */
package org.aiotbench.reference.har;
