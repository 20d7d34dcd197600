package org.aiotbench.reference.wfdb;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one signal of a record straight into physical units. Detectors need one lead, and
 * decoding the others into integer arrays first costs as much as detection itself: for the
 * MIT-BIH layouts (two signals interleaved in one file, format 212 or 16, no skew) this decodes
 * the wanted lead from the bytes in one pass; anything else goes through {@link WfdbRecord}.
 * The values equal {@link WfdbRecord#physical(int)} exactly (tested).
 */
public final class LeadReader {

    private LeadReader() {
    }

    /** One lead of a record: the header, which signal it is, and its samples in mV. */
    public record Lead(WfdbHeader header, int signal, double[] physical) {
        public double samplingFrequency() {
            return header.samplingFrequency();
        }
    }

    /**
     * Reads the signal described as {@code preferred} (e.g. {@code MLII}), or signal 0 when the
     * record has none.
     */
    public static Lead read(Path recordBase, String preferred) throws IOException {
        Path headerFile = WfdbRecord.headerFile(recordBase);
        WfdbHeader header = WfdbRecord.readHeader(headerFile);
        int signal = Math.max(0, header.signalIndex(preferred));
        if (header.numberOfSignals() == 0) {
            throw new WfdbFormatException(headerFile + ": record has no signals");
        }
        Path dir = headerFile.toAbsolutePath().getParent();
        double[] fast = fastPath(header, dir, signal);
        if (fast != null) {
            return new Lead(header, signal, fast);
        }
        return new Lead(header, signal, new WfdbRecord(header, WfdbRecord.readSignals(header, dir)).physical(signal));
    }

    /** Null when the layout is not one of the simple interleaved ones handled here. */
    private static double[] fastPath(WfdbHeader header, Path dir, int signal) throws IOException {
        int nsig = header.numberOfSignals();
        SignalSpec spec = header.signal(signal);
        int format = spec.format();
        for (SignalSpec s : header.signals()) {
            if (!s.fileName().equals(spec.fileName()) || s.format() != format || s.samplesPerFrame() != 1
                    || s.skew() != 0 || s.byteOffset() != 0) {
                return null;
            }
        }
        if (!(format == 212 && nsig == 2) && format != 16) {
            return null;
        }
        long frames = header.numberOfSamples();
        if (frames < 0) {
            return null;
        }
        Path file = dir.resolve(spec.fileName());
        byte[] data = WfdbRecord.readSignalFile(header, file);
        long needed = SignalFormats.bytesFor(format, frames * nsig);
        if (needed > data.length || frames > Integer.MAX_VALUE - 16) {
            return null; // let the general reader explain what is wrong
        }
        int n = (int) frames;
        double[] out = new double[n];
        double gain = spec.effectiveGain();
        double baseline = spec.baseline();
        int invalid = SignalFormats.invalidValue(format);
        if (format == 212) {
            for (int i = 0, p = 0; i < n; i++, p += 3) {
                int b1 = data[p + 1] & 0xFF;
                int v = signal == 0 ? (((data[p] & 0xFF) | (b1 & 0x0F) << 8) << 20) >> 20
                        : (((data[p + 2] & 0xFF) | (b1 & 0xF0) << 4) << 20) >> 20;
                out[i] = v == invalid ? Double.NaN : (v - baseline) / gain;
            }
        } else {
            int stride = 2 * nsig;
            for (int i = 0, p = 2 * signal; i < n; i++, p += stride) {
                int v = (short) ((data[p] & 0xFF) | (data[p + 1] << 8));
                out[i] = v == invalid ? Double.NaN : (v - baseline) / gain;
            }
        }
        return out;
    }
}
