package org.aiotbench.reference.ecg.bench;

/**
 * One detector in one mode, measured over the whole corpus.
 *
 * @param detector                   registry name
 * @param mode                       {@code batch} ({@code detect(signal, fs)}) or
 *                                   {@code stream/N} (pushed in blocks of N samples)
 * @param samplesPerSecond           median over the measured rounds, detection only, per second
 *                                   of the measuring thread's CPU time
 * @param wallSamplesPerSecond       the same per second of wall-clock time
 * @param samplesPerSecondWithDecode samplesPerSecond with the median WFDB decode time per sample added
 * @param ratioToBaseline            samplesPerSecond divided by the baseline's (Pan-Tompkins,
 *                                   batch) from the same run; NaN if the baseline was not run
 * @param beats                      beats detected in one pass over the corpus (a sanity check,
 *                                   and it keeps the JIT from discarding the work)
 */
public record ThroughputRow(String detector, String mode, double samplesPerSecond, double wallSamplesPerSecond,
        double samplesPerSecondWithDecode, double ratioToBaseline, long beats) {
}
