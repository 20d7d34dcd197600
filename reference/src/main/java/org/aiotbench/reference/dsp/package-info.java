/**
 * Signal-processing building blocks shared by the reference detectors: Butterworth filter
 * design (bilinear transform, delivered as second-order sections), causal and zero-phase IIR
 * filtering, and the small linear operators ECG detectors are built from (derivative, moving
 * window integration), and the stationary wavelet transform (periodic with exact inverse, and
 * causal per level for streaming). Everything works on plain {@code double[]} arrays and takes the
 * sampling frequency as an argument, so filters are designed for the data's rate rather than
 * for one fixed rate.
 */
package org.aiotbench.reference.dsp;
