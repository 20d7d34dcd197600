package org.aiotbench.reference.wfdb;

import java.util.Objects;

/**
 * One signal line of a WFDB header.
 *
 * @param fileName        signal file, e.g. {@code 100.dat}; signals naming the same file are
 *                        multiplexed in it, frame by frame, in header order
 * @param format          storage format (212, 16, 80, ...)
 * @param samplesPerFrame samples of this signal in each frame (the {@code x} suffix; usually 1)
 * @param skew            samples by which this signal lags the others (the {@code :} suffix)
 * @param byteOffset      bytes to skip at the start of the file (the {@code +} suffix)
 * @param gain            ADC units per physical unit as written; 0 means "uncalibrated", which
 *                        WFDB treats as {@link #DEFAULT_GAIN} (see {@link #effectiveGain()})
 * @param baseline        the ADC value of physical zero (defaults to {@code adcZero})
 * @param units           physical units as written, or null when the header gives none (mV)
 * @param adcResolution   bits of ADC resolution
 * @param adcZero         ADC value at the middle of the input range
 * @param initialValue    value of the first sample (defaults to {@code adcZero})
 * @param checksum        16-bit signed sum of all samples, or null when the header has none
 * @param blockSize       block size in bytes (0 for ordinary files)
 * @param description     signal description, e.g. {@code MLII}; may be empty
 */
public record SignalSpec(
        String fileName,
        int format,
        int samplesPerFrame,
        int skew,
        long byteOffset,
        double gain,
        int baseline,
        String units,
        int adcResolution,
        int adcZero,
        int initialValue,
        Integer checksum,
        int blockSize,
        String description) {

    /** WFDB's gain for signals whose header gives 0 or nothing: 200 ADC units per mV. */
    public static final double DEFAULT_GAIN = 200.0;

    public SignalSpec {
        Objects.requireNonNull(fileName, "fileName");
        description = description == null ? "" : description;
        if (samplesPerFrame < 1) {
            throw new IllegalArgumentException("samplesPerFrame must be >= 1: " + samplesPerFrame);
        }
    }

    /**
     * A signal with the usual defaults (one sample per frame, no skew or offset, baseline = ADC
     * zero, default resolution for the format, initial value and checksum to be computed when
     * written).
     */
    public static SignalSpec of(String fileName, int format, double gain, int adcZero, String description) {
        return new SignalSpec(fileName, format, 1, 0, 0L, gain, adcZero, null,
                SignalFormats.defaultResolution(format), adcZero, adcZero, null, 0, description);
    }

    /** Gain used to convert to physical units: the header's gain, or 200 when it is 0. */
    public double effectiveGain() {
        return gain == 0.0 ? DEFAULT_GAIN : gain;
    }

    /** Units for display: those of the header, or {@code mV} when it gives none. */
    public String effectiveUnits() {
        return units == null ? "mV" : units;
    }

    /** This signal with the given initial value and checksum (used by the writers). */
    public SignalSpec withInitialValueAndChecksum(int newInitialValue, int newChecksum) {
        return new SignalSpec(fileName, format, samplesPerFrame, skew, byteOffset, gain, baseline,
                units, adcResolution, adcZero, newInitialValue, newChecksum, blockSize, description);
    }

    /** This signal stored in another file (used when writing a record under a new name). */
    public SignalSpec withFileName(String newFileName) {
        return new SignalSpec(newFileName, format, samplesPerFrame, skew, byteOffset, gain, baseline,
                units, adcResolution, adcZero, initialValue, checksum, blockSize, description);
    }
}
