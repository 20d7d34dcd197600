package org.aiotbench.reference.jmh;

import java.io.IOException;
import java.nio.file.Files;
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
 * and the bare format-212 unpacking of bytes already in memory. Samples count every decoded
 * signal sample for {@code read} and {@code format212}, and the detection lead only for
 * {@code readLeadMillivolts}, as in {@code DetectorThroughput}'s decode line.
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

    @Setup(Level.Trial)
    public void load() throws IOException {
        input = BenchInput.open(record);
        WfdbHeader header = WfdbHeader.read(input.base().resolveSibling(input.base().getFileName() + ".hea"));
        SignalSpec first = header.signal(0);
        if (first.format() != 212) {
            throw new IllegalStateException(record + " is format " + first.format() + ", not 212");
        }
        bytes = Files.readAllBytes(input.base().resolveSibling(first.fileName()));
        byteOffset = (int) first.byteOffset();
        unpacked = new int[(int) SignalFormats.samplesIn(212, bytes.length - byteOffset)];
        samplesPerRead = (long) header.numberOfSamples() * header.numberOfSignals();
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

    @Benchmark
    public int[] format212(SampleCounter counter) {
        SignalFormats.decode(212, bytes, byteOffset, unpacked);
        counter.samples += unpacked.length;
        return unpacked;
    }
}
