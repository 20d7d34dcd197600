package org.aiotbench.reference.ecg.synthetic;

import java.util.List;

/**
 * Parameters of {@link McSharryEcgGenerator}. Defaults ({@link #defaults}) are those of McSharry
 * et al. (2003) and of ECGSYN, the authors' implementation.
 *
 * @param samplingFrequency    output sampling frequency, Hz
 * @param seconds              duration, s
 * @param meanHeartRate        mean heart rate, beats per minute
 * @param heartRateStd         standard deviation of the heart rate, bpm (default 1)
 * @param lfHz                 centre of the Mayer-wave (low-frequency) peak of the RR spectrum (0.1)
 * @param hfHz                 centre of the respiratory (RSA, high-frequency) peak (0.25); also the
 *                             frequency of the respiratory baseline term z0
 * @param lfWidthHz            standard deviation of the LF peak (0.01)
 * @param hfWidthHz            standard deviation of the HF peak (0.01)
 * @param lfHfRatio            LF/HF power ratio of the RR spectrum (0.5)
 * @param respirationAmplitude amplitude A of the z0 = A sin(2π hf t) respiratory baseline, mV (0.15)
 * @param scaleWithHeartRate   scale the events' widths and the P, Q, S, T angles with heart rate
 *                             as ECGSYN does (widths × √(hr/60); Q, S angles × √(hr/60); P, T
 *                             angles × (hr/60)^¼), so fast beats keep a plausible shape
 * @param leads                the leads to produce (the first one defines the R peaks)
 * @param seed                 random seed; equal configs give identical output
 */
public record EcgModelConfig(
        double samplingFrequency,
        double seconds,
        double meanHeartRate,
        double heartRateStd,
        double lfHz,
        double hfHz,
        double lfWidthHz,
        double hfWidthHz,
        double lfHfRatio,
        double respirationAmplitude,
        boolean scaleWithHeartRate,
        List<EcgLead> leads,
        long seed) {

    public EcgModelConfig {
        leads = List.copyOf(leads);
        require(samplingFrequency > 0 && Double.isFinite(samplingFrequency), "sampling frequency must be positive");
        require(seconds > 0 && Double.isFinite(seconds), "duration must be positive");
        require(meanHeartRate >= 20 && meanHeartRate <= 300, "mean heart rate must be within 20..300 bpm");
        require(heartRateStd >= 0, "heart rate standard deviation must not be negative");
        require(lfHz > 0 && hfHz > 0 && lfWidthHz > 0 && hfWidthHz > 0, "spectral peaks need positive centre and width");
        require(lfHfRatio > 0, "LF/HF ratio must be positive");
        require(!leads.isEmpty(), "at least one lead is needed");
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** The paper's parameters, lead MLII only. */
    public static EcgModelConfig defaults(double samplingFrequency, double seconds, double meanHeartRate, long seed) {
        return new EcgModelConfig(samplingFrequency, seconds, meanHeartRate, 1.0, 0.1, 0.25, 0.01, 0.01, 0.5,
                0.15, true, List.of(EcgLead.mlii()), seed);
    }

    public EcgModelConfig withLeads(List<EcgLead> newLeads) {
        return new EcgModelConfig(samplingFrequency, seconds, meanHeartRate, heartRateStd, lfHz, hfHz, lfWidthHz,
                hfWidthHz, lfHfRatio, respirationAmplitude, scaleWithHeartRate, newLeads, seed);
    }

    public EcgModelConfig withHeartRateVariability(double newHeartRateStd, double newLfHfRatio) {
        return new EcgModelConfig(samplingFrequency, seconds, meanHeartRate, newHeartRateStd, lfHz, hfHz, lfWidthHz,
                hfWidthHz, newLfHfRatio, respirationAmplitude, scaleWithHeartRate, leads, seed);
    }

    public EcgModelConfig withSeed(long newSeed) {
        return new EcgModelConfig(samplingFrequency, seconds, meanHeartRate, heartRateStd, lfHz, hfHz, lfWidthHz,
                hfWidthHz, lfHfRatio, respirationAmplitude, scaleWithHeartRate, leads, newSeed);
    }
}
