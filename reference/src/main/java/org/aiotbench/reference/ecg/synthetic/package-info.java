/**
 * Synthetic ECG with exact ground truth: McSharry's dynamical model for the waveform, a
 * bimodal-spectrum RR tachogram for heart-rate variability, and noise shaped like the MIT-BIH
 * Noise Stress Test Database's (baseline wander, muscle artefact, electrode motion) added at a
 * chosen SNR. {@link org.aiotbench.reference.ecg.synthetic.SyntheticEcgDatabase} writes such
 * signals as WFDB records, so the embedded default dataset of the ECG tasks looks to a program
 * exactly like MIT-BIH data.
 *
 * <p>Everything is deterministic from a seed, down to the bytes written: random numbers come from
 * {@link java.util.SplittableRandom} and all transcendental functions from {@link StrictMath},
 * whose results are fixed across JVMs and platforms.
 */
package org.aiotbench.reference.ecg.synthetic;
