package org.aiotbench.reference.wfdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A WFDB record in memory: its header and the raw ADC samples of every signal.
 *
 * <p>{@link #samples(int)} gives the stored integers (what checksums are computed over);
 * {@link #physical(int)} converts to physical units. A signal with {@code k} samples per frame has
 * {@code k * numberOfSamples} samples.
 */
public final class WfdbRecord {
    private final WfdbHeader header;
    private final int[][] samples;

    /** Wraps decoded samples; arrays are used as given (not copied), one per header signal. */
    public WfdbRecord(WfdbHeader header, int[][] samples) {
        if (samples.length != header.numberOfSignals()) {
            throw new IllegalArgumentException("header has " + header.numberOfSignals()
                    + " signals but " + samples.length + " sample arrays were given");
        }
        this.header = header;
        this.samples = samples;
    }

    /**
     * Reads the record whose header is {@code recordBase + ".hea"}, e.g. {@code data/mitdb/100}
     * (a path to the {@code .hea} file itself is accepted too). Signal files are looked up next to
     * the header.
     */
    public static WfdbRecord read(Path recordBase) throws IOException {
        Path headerFile = headerFile(recordBase);
        WfdbHeader header = readHeader(headerFile);
        Path dir = headerFile.toAbsolutePath().getParent();
        return new WfdbRecord(header, readSignals(header, dir));
    }

    /** The header file of a record named by its base path or by its {@code .hea} file. */
    static Path headerFile(Path recordBase) {
        Path name = recordBase.getFileName();
        return name != null && name.toString().endsWith(".hea") ? recordBase : sibling(recordBase, ".hea");
    }

    /** Parses {@code headerFile}; a missing file is a one-line format error. */
    static WfdbHeader readHeader(Path headerFile) throws IOException {
        try {
            return WfdbHeader.read(headerFile);
        } catch (NoSuchFileException e) {
            throw new WfdbFormatException(headerFile + ": header file not found");
        }
    }

    /** Reads the signals a header describes, with signal files resolved against {@code dir}. */
    public static int[][] readSignals(WfdbHeader header, Path dir) throws IOException {
        int nsig = header.numberOfSignals();
        int[][] out = new int[nsig][];
        for (Map.Entry<String, List<Integer>> group : groupsByFile(header).entrySet()) {
            readGroup(header, dir.resolve(group.getKey()), group.getValue(), out);
        }
        return out;
    }

    static Map<String, List<Integer>> groupsByFile(WfdbHeader header) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < header.numberOfSignals(); i++) {
            groups.computeIfAbsent(header.signal(i).fileName(), k -> new ArrayList<>()).add(i);
        }
        return groups;
    }

    /** The bytes of a signal file named in {@code header}; a missing file is a one-line format error. */
    static byte[] readSignalFile(WfdbHeader header, Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new WfdbFormatException(file + ": signal file not found (named in the header of record "
                    + header.recordName() + ")");
        }
    }

    private static void readGroup(WfdbHeader header, Path file, List<Integer> members, int[][] out)
            throws IOException {
        SignalSpec first = header.signal(members.get(0));
        int format = first.format();
        byte[] data = readSignalFile(header, file);
        long offset = first.byteOffset();
        if (offset > data.length) {
            throw new WfdbFormatException(file + ": byte offset " + offset + " is beyond the end of the file ("
                    + data.length + " bytes)");
        }
        int frameSize = 0;
        for (int s : members) {
            frameSize += header.signal(s).samplesPerFrame();
        }
        long available = SignalFormats.samplesIn(format, data.length - offset);
        long frames = header.numberOfSamples() >= 0 ? header.numberOfSamples() : available / frameSize;
        long needed = frames * frameSize;
        if (needed > available) {
            throw new WfdbFormatException(file + ": file holds " + available / frameSize + " frames of format "
                    + format + " but the header of record " + header.recordName() + " says " + frames);
        }
        if (needed > Integer.MAX_VALUE - 16) {
            throw new WfdbFormatException(file + ": too many samples to hold in memory (" + needed + ")");
        }
        int nframes = (int) frames;
        if (members.size() == 1 && frameSize == 1) {
            int[] only = new int[nframes];
            SignalFormats.decode(format, data, (int) offset, only);
            out[members.get(0)] = applySkew(only, header.signal(members.get(0)));
            return;
        }
        if (format == 212 && members.size() == 2 && frameSize == 2) {
            int[] a = new int[nframes];
            int[] b = new int[nframes];
            SignalFormats.decode212Pair(data, (int) offset, a, b);
            out[members.get(0)] = applySkew(a, header.signal(members.get(0)));
            out[members.get(1)] = applySkew(b, header.signal(members.get(1)));
            return;
        }
        int[] flat = new int[(int) needed];
        SignalFormats.decode(format, data, (int) offset, flat);
        int base = 0;
        for (int s : members) {
            int spf = header.signal(s).samplesPerFrame();
            int[] sig = new int[nframes * spf];
            if (spf == 1) {
                for (int f = 0, p = base; f < nframes; f++, p += frameSize) {
                    sig[f] = flat[p];
                }
            } else {
                for (int f = 0, p = base, q = 0; f < nframes; f++, p += frameSize, q += spf) {
                    System.arraycopy(flat, p, sig, q, spf);
                }
            }
            out[s] = applySkew(sig, header.signal(s));
            base += spf;
        }
    }

    /**
     * A skewed signal's sample t is stored in frame t + skew. WFDB reads the frames past the end for
     * the last samples; we do not, so those few samples are marked invalid instead.
     */
    private static int[] applySkew(int[] sig, SignalSpec spec) {
        int shift = spec.skew() * spec.samplesPerFrame();
        if (shift == 0) {
            return sig;
        }
        int[] shifted = new int[sig.length];
        int keep = Math.max(0, sig.length - shift);
        System.arraycopy(sig, shift, shifted, 0, keep);
        Arrays.fill(shifted, keep, shifted.length, SignalFormats.invalidValue(spec.format()));
        return shifted;
    }

    static Path sibling(Path recordBase, String extension) {
        Path name = recordBase.getFileName();
        if (name == null) {
            throw new IllegalArgumentException("record path has no name: " + recordBase);
        }
        return recordBase.resolveSibling(name + extension);
    }

    public WfdbHeader header() {
        return header;
    }

    public String name() {
        return header.recordName();
    }

    public int numberOfSignals() {
        return samples.length;
    }

    public double samplingFrequency() {
        return header.samplingFrequency();
    }

    /** Raw ADC samples of signal {@code signal} (the record's own array, not a copy). */
    public int[] samples(int signal) {
        return samples[signal];
    }

    /** All raw sample arrays, indexed by signal (the record's own arrays). */
    public int[][] samples() {
        return samples;
    }

    /** Index of the signal described as {@code description} (e.g. {@code MLII}), or -1. */
    public int signalIndex(String description) {
        return header.signalIndex(description);
    }

    /**
     * Signal {@code signal} in physical units: (adu − baseline) / gain, with WFDB's defaults (gain
     * 200 when the header says 0; baseline = ADC zero when the header gives none). WFDB's invalid
     * sample marker becomes NaN.
     */
    public double[] physical(int signal) {
        SignalSpec spec = header.signal(signal);
        int[] raw = samples[signal];
        double gain = spec.effectiveGain();
        double baseline = spec.baseline();
        int invalid = SignalFormats.invalidValue(spec.format());
        double[] out = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            int v = raw[i];
            out[i] = v == invalid ? Double.NaN : (v - baseline) / gain;
        }
        return out;
    }

    /**
     * Compares each signal's checksum and initial value with its header. A header without a
     * checksum field is not a mismatch; skewed signals are not checked (see {@code applySkew}).
     */
    public Verification verify() {
        List<String> problems = new ArrayList<>();
        for (int s = 0; s < samples.length; s++) {
            SignalSpec spec = header.signal(s);
            if (spec.skew() != 0) {
                // The first 'skew' stored samples were dropped when aligning, so the header's
                // checksum and initial value no longer describe this array.
                continue;
            }
            int[] raw = samples[s];
            String label = header.recordName() + " signal " + s
                    + (spec.description().isEmpty() ? "" : " (" + spec.description() + ")");
            if (spec.checksum() != null) {
                int sum = SignalFormats.checksum(raw);
                if (sum != spec.checksum()) {
                    problems.add(label + ": checksum " + sum + " but header says " + spec.checksum());
                }
            }
            if (raw.length > 0 && raw[0] != spec.initialValue()) {
                problems.add(label + ": initial value " + raw[0] + " but header says " + spec.initialValue());
            }
        }
        return new Verification(header.recordName(), problems);
    }

    /**
     * Result of {@link #verify()}.
     *
     * @param record     record name
     * @param mismatches one line per signal field that disagrees with the header; empty if none
     */
    public record Verification(String record, List<String> mismatches) {
        public Verification {
            mismatches = List.copyOf(mismatches);
        }

        public boolean ok() {
            return mismatches.isEmpty();
        }
    }
}
