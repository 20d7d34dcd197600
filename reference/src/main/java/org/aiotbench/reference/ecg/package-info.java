/**
 * ECG beat (QRS) detection: the {@link org.aiotbench.reference.ecg.BeatDetector} interface that
 * all reference detectors implement, its streaming form
 * ({@link org.aiotbench.reference.ecg.StreamingBeatDetector}, {@link org.aiotbench.reference.ecg.BeatStream}),
 * the {@link org.aiotbench.reference.ecg.Detectors} registry, and the classic detectors
 * themselves, each faithful to its paper with its deviations listed in its class comment.
 * Detectors return R-peak sample indices so their output can be scored against MIT-BIH style
 * reference annotations, including the timing error, not only the EC57 150 ms match.
 */
package org.aiotbench.reference.ecg;
