package org.aiotbench.reference.jmh;

import java.util.concurrent.TimeUnit;
import org.aiotbench.reference.ecg.BeatDetector;
import org.aiotbench.reference.ecg.Detectors;
import org.aiotbench.reference.ecg.PanTompkins;
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
 * {@code detect(signal, fs)} of one registered detector over a whole record.
 * {@link BenchmarkMain} fills {@code detector} with every name in the registry (or
 * {@code -p detector=NAME,...} picks some).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class DetectorBatchBenchmark {

    /** JMH insists on a default; it only shows when JMH's own Main runs this class. */
    @Param({PanTompkins.NAME})
    public String detector;

    private BeatDetector instance;

    @Setup(Level.Trial)
    public void create() {
        instance = Detectors.get(detector);
    }

    @Benchmark
    public int[] batch(EcgSignal signal, SampleCounter counter) {
        counter.samples += signal.samples.length;
        return instance.detect(signal.samples, signal.fs);
    }
}
