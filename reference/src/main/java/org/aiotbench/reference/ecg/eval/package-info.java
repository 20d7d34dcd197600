/**
 * Beat-by-beat evaluation of beat (QRS) detectors, compatible with ANSI/AAMI EC57 and WFDB
 * {@code bxb}: pure logic over arrays of sample indices, with no file access, so the harness
 * scorer and reference-library tests share one implementation of the matching rules.
 *
 * <p>{@link org.aiotbench.reference.ecg.eval.BeatComparison} pairs reference beats with
 * detections exactly as {@code bxb} does; {@link org.aiotbench.reference.ecg.eval.ReferenceStream}
 * holds the reference annotations in file order; {@link org.aiotbench.reference.ecg.eval.BeatMetrics}
 * turns counts into Se, +P, F1, Acc and DER.
 */
package org.aiotbench.reference.ecg.eval;
