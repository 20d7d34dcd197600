/**
 * Data for the activity-recognition ({@code har}) task family: labelled multi-modal arrays,
 * their NumPy {@code .npy} exchange format, deterministic train/test splits, readers for the
 * real dataset layouts and shape-compatible synthetic generators.
 *
 * <p>Everything here is plain data and pure logic so that the harness (which lays task inputs
 * out as {@code .npy} files), the reference baselines and the tests all share one
 * representation: a {@link org.aiotbench.reference.har.HarDataset} of row-major float
 * {@link org.aiotbench.reference.har.HarArray}s. Files a user supplies are checked and any
 * problem is reported as a {@link org.aiotbench.reference.har.HarFormatException} whose
 * message is one line naming the file.
 *
 * <p>By capability:
 * <ul>
 *   <li>contract: {@code HarArray}, {@code HarDataset}, {@code HarSplit}, {@code Npy}
 *       ({@code NpyHeader}), {@code Splits}, {@code MissingValues};</li>
 *   <li>WISDM v1.1: {@code ArffReader}/{@code ArffTable} and {@code WisdmFeatures} (the
 *       transformed file), {@code WisdmRawReader}/{@code WisdmRawReport} (the raw 20 Hz text,
 *       irregularities counted), {@code WisdmWindows}, {@code WisdmRawSynth} and
 *       {@code WisdmRawWriter};</li>
 *   <li>radio and multimodal sets: {@code WiarLoader}/{@code WiarSynth},
 *       {@code Xrf55Layout}/{@code Xrf55Synth}/{@code Xrf55Data},
 *       {@code HarmonyIndex}/{@code HarmonyLayout}/{@code HarmonySynth}, all synthetic ones
 *       built on {@code PatternSynth}.</li>
 * </ul>
 * The generators name their datasets {@code *-synthetic} so reports can label them as such
 * (for synthetic WISDM raw data, pass such a name to {@code WisdmWindows.window}).
 */
package org.aiotbench.reference.har;
