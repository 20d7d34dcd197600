/**
 * ECG beat (QRS) detection: the {@link org.aiotbench.reference.ecg.BeatDetector} interface that
 * all reference detectors implement, the {@link org.aiotbench.reference.ecg.Detectors} registry,
 * and the detectors themselves (Pan-Tompkins so far). Detectors return R-peak sample indices so
 * their output can be scored against MIT-BIH style reference annotations, including the
 * timing error, not only the EC57 150 ms match.
 */
package org.aiotbench.reference.ecg;
