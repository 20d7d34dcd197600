package org.aiotbench.reference.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.aiotbench.reference.ecg.bench.EcgCorpus;
import org.aiotbench.reference.wfdb.SignalFormats;
import org.aiotbench.reference.wfdb.SignalSpec;
import org.aiotbench.reference.wfdb.WfdbHeader;
import org.aiotbench.reference.wfdb.WfdbRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The WFDB reader on one record: the whole {@code WfdbRecord.read} (header parse, file read,
 * decode of every signal), the same plus the detection lead to mV (what a detector run needs),
 * the bare format-212 unpacking of bytes already in memory, and an experimental lead-only decode
 * ({@link #fusedLeadMillivolts}). Samples count every decoded signal sample for {@code read} and
 * {@code format212}, and the detection lead only for {@code readLeadMillivolts} and
 * {@code fusedLeadMillivolts}, as in {@code DetectorThroughput}'s decode line.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class WfdbDecodeBenchmark {

    @Param({"100", "208"})
    public String record;

    private BenchInput input;
    private byte[] bytes;
    private int byteOffset;
    private int[] unpacked;
    private long samplesPerRead;
    private Path datFile;
    private int lead;
    private int signals;
    private double gain;
    private double baseline;
    private int frames;

    @Setup(Level.Trial)
    public void load() throws IOException {
        input = BenchInput.open(record);
        WfdbHeader header = WfdbHeader.read(input.base().resolveSibling(input.base().getFileName() + ".hea"));
        SignalSpec first = header.signal(0);
        if (first.format() != 212) {
            throw new IllegalStateException(record + " is format " + first.format() + ", not 212");
        }
        datFile = input.base().resolveSibling(first.fileName());
        bytes = Files.readAllBytes(datFile);
        byteOffset = (int) first.byteOffset();
        unpacked = new int[(int) SignalFormats.samplesIn(212, bytes.length - byteOffset)];
        samplesPerRead = (long) header.numberOfSamples() * header.numberOfSignals();

        WfdbRecord rec = WfdbRecord.read(input.base());
        lead = EcgCorpus.detectionLead(rec);
        signals = header.numberOfSignals();
        SignalSpec spec = header.signal(lead);
        gain = spec.effectiveGain();
        baseline = spec.baseline();
        frames = (int) header.numberOfSamples();
        boolean oneFile = true;
        for (int s = 0; s < signals; s++) {
            SignalSpec other = header.signal(s);
            oneFile &= other.fileName().equals(first.fileName()) && other.format() == 212
                    && other.samplesPerFrame() == 1 && other.skew() == 0;
        }
        if (!oneFile || signals > 2) {
            throw new IllegalStateException(record + ": the fused-decode experiment needs one or two "
                    + "unskewed format-212 signals in one file");
        }
        // The experiment must reproduce the library's values exactly, or its speed means nothing.
        if (!Arrays.equals(fusedLead(bytes), rec.physical(lead))) {
            throw new IllegalStateException(record + ": fused decode differs from WfdbRecord.physical");
        }
    }

    @TearDown(Level.Trial)
    public void delete() {
        input.close();
    }

    @Benchmark
    public WfdbRecord read(SampleCounter counter) throws IOException {
        counter.samples += samplesPerRead;
        return WfdbRecord.read(input.base());
    }

    @Benchmark
    public double[] readLeadMillivolts(SampleCounter counter) throws IOException {
        WfdbRecord rec = WfdbRecord.read(input.base());
        double[] lead = rec.physical(EcgCorpus.detectionLead(rec));
        counter.samples += lead.length;
        return lead;
    }

    /**
     * An experiment, not library code: the detection lead unpacked from the bytes straight into
     * mV, without the intermediate int arrays of every signal that {@code WfdbRecord.read} builds.
     * It bounds what a lead-only decoder could gain over {@link #readLeadMillivolts}; the file
     * read is included so the two compare like for like.
     */
    @Benchmark
    public double[] fusedLeadMillivolts(SampleCounter counter) throws IOException {
        double[] lead = fusedLead(Files.readAllBytes(datFile));
        counter.samples += lead.length;
        return lead;
    }

    private double[] fusedLead(byte[] b) {
        double[] out = new double[frames];
        int invalid = SignalFormats.invalidValue(212);
        if (signals == 2) {
            // Two signals: each frame is 3 bytes, signal 0 in the low 12 bits, signal 1 in the high.
            int p = byteOffset;
            for (int f = 0; f < frames; f++, p += 3) {
                int b1 = b[p + 1] & 0xFF;
                int v = lead == 0 ? ((b[p] & 0xFF) | (b1 & 0x0F) << 8) << 20 >> 20
                        : ((b[p + 2] & 0xFF) | (b1 & 0xF0) << 4) << 20 >> 20;
                out[f] = v == invalid ? Double.NaN : (v - baseline) / gain;
            }
        } else {
            int[] raw = new int[frames];
            SignalFormats.decode(212, b, byteOffset, raw);
            for (int f = 0; f < frames; f++) {
                int v = raw[f];
                out[f] = v == invalid ? Double.NaN : (v - baseline) / gain;
            }
        }
        return out;
    }

    @Benchmark
    public int[] format212(SampleCounter counter) {
        SignalFormats.decode(212, bytes, byteOffset, unpacked);
        counter.samples += unpacked.length;
        return unpacked;
    }
}
