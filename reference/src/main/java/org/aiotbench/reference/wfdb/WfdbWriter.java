package org.aiotbench.reference.wfdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes WFDB records: the signal files in the formats the header names (212, 16 or 80) and a
 * header whose initial values, checksums and sample count are computed from the data, so the
 * result always verifies.
 */
public final class WfdbWriter {
    private WfdbWriter() {
    }

    /**
     * Writes {@code samples} (one raw ADC array per header signal) and the header into
     * {@code dir}. Returns the header as written.
     *
     * @throws IllegalArgumentException if the arrays do not match the header (count, lengths,
     *                                  value range of the format) or a signal is skewed
     */
    public static WfdbHeader write(Path dir, WfdbHeader header, int[][] samples) throws IOException {
        int nsig = header.numberOfSignals();
        if (samples.length != nsig) {
            throw new IllegalArgumentException("header of " + header.recordName() + " has " + nsig
                    + " signals but " + samples.length + " sample arrays were given");
        }
        long frames = -1;
        for (int s = 0; s < nsig; s++) {
            SignalSpec spec = header.signal(s);
            if (spec.skew() != 0) {
                throw new IllegalArgumentException("signal " + s + " of " + header.recordName()
                        + ": writing skewed signals is not supported");
            }
            if (samples[s].length % spec.samplesPerFrame() != 0) {
                throw new IllegalArgumentException("signal " + s + " of " + header.recordName() + " has "
                        + samples[s].length + " samples, not a multiple of its " + spec.samplesPerFrame()
                        + " samples per frame");
            }
            long f = samples[s].length / spec.samplesPerFrame();
            if (frames >= 0 && f != frames) {
                throw new IllegalArgumentException("signals of " + header.recordName()
                        + " differ in length (" + frames + " and " + f + " frames)");
            }
            frames = f;
        }
        if (frames < 0) {
            frames = header.numberOfSamples() < 0 ? 0 : header.numberOfSamples();
        }
        Files.createDirectories(dir);
        for (Map.Entry<String, List<Integer>> group : WfdbRecord.groupsByFile(header).entrySet()) {
            writeGroup(dir.resolve(group.getKey()), header, group.getValue(), samples, (int) frames);
        }
        List<SignalSpec> signals = new ArrayList<>(nsig);
        for (int s = 0; s < nsig; s++) {
            int[] x = samples[s];
            int initial = x.length > 0 ? x[0] : header.signal(s).adcZero();
            signals.add(header.signal(s).withInitialValueAndChecksum(initial, SignalFormats.checksum(x)));
        }
        WfdbHeader written = header.withSignals(signals, frames);
        written.write(dir.resolve(header.recordName() + ".hea"));
        return written;
    }

    private static void writeGroup(Path file, WfdbHeader header, List<Integer> members, int[][] samples, int frames)
            throws IOException {
        SignalSpec first = header.signal(members.get(0));
        int frameSize = 0;
        for (int s : members) {
            frameSize += header.signal(s).samplesPerFrame();
        }
        int[] flat = new int[frames * frameSize];
        int base = 0;
        for (int s : members) {
            int spf = header.signal(s).samplesPerFrame();
            int[] x = samples[s];
            for (int f = 0, p = base, q = 0; f < frames; f++, p += frameSize, q += spf) {
                for (int k = 0; k < spf; k++) {
                    flat[p + k] = x[q + k];
                }
            }
            base += spf;
        }
        byte[] body;
        try {
            body = SignalFormats.encode(first.format(), flat);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file.getFileName() + ": " + e.getMessage(), e);
        }
        byte[] bytes = body;
        if (first.byteOffset() > 0) {
            bytes = new byte[(int) first.byteOffset() + body.length];
            System.arraycopy(body, 0, bytes, (int) first.byteOffset(), body.length);
        }
        Files.write(file, bytes);
    }
}
