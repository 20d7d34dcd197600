/**
 * The {@code ecg-rpeak} scorer: reads a record's reference annotations ({@code .atr}) and the
 * program's detections ({@code <record>.txt}, one sample index per line), pairs them with the
 * bxb-compatible matcher of {@link org.aiotbench.reference.ecg.eval.BeatComparison}, and reports
 * per-record, gross and average Se, +P, F1, Acc, DER and timing errors (DESIGN.md §2).
 */
package org.aiotbench.scoring.ecg;
