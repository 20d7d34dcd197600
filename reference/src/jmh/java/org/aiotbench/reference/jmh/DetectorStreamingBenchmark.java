package org.aiotbench.reference.jmh;

import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.aiotbench.reference.ecg.BeatDetector;
import org.aiotbench.reference.ecg.BeatStream;
import org.aiotbench.reference.ecg.Detectors;
import org.aiotbench.reference.ecg.StreamingBeatDetector;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * One streaming detector over a whole record, pushed in blocks of {@code block} samples as a
 * device would hand them over. {@code streamingDetector} is filled by {@link BenchmarkMain}
 * with the registered {@link StreamingBeatDetector}s; it is a separate parameter from the batch
 * benchmark's {@code detector} because batch-only detectors have no streaming mode.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class DetectorStreamingBenchmark {

    /**
     * JMH insists on a default; this one names no detector, so running the class without
     * {@link BenchmarkMain} (or {@code -p}) fails in setup with a message saying so.
     */
    @Param({UNSET})
    public String streamingDetector;

    static final String UNSET = "set-by-BenchmarkMain";

    @Param({"256"})
    public int block;

    private StreamingBeatDetector instance;
    private final BeatCount beats = new BeatCount();

    @Setup(Level.Trial)
    public void create() {
        if (UNSET.equals(streamingDetector)) {
            throw new IllegalStateException("streamingDetector is filled by BenchmarkMain from the registry;"
                    + " run benchmarks.jar's own main or pass -p streamingDetector=NAME");
        }
        BeatDetector d = Detectors.get(streamingDetector);
        if (!(d instanceof StreamingBeatDetector s)) {
            throw new IllegalStateException(streamingDetector + " is not a StreamingBeatDetector");
        }
        instance = s;
    }

    @Benchmark
    public long stream(EcgSignal signal, SampleCounter counter) {
        double[] x = signal.samples;
        beats.count = 0;
        BeatStream stream = instance.open(signal.fs);
        for (int off = 0; off < x.length; off += block) {
            stream.push(x, off, Math.min(block, x.length - off), beats);
        }
        stream.finish(beats);
        counter.samples += x.length;
        return beats.count;
    }

    /** The sink: counting keeps the beats observable without storing them. */
    private static final class BeatCount implements IntConsumer {
        long count;

        @Override
        public void accept(int beat) {
            count++;
        }
    }
}
