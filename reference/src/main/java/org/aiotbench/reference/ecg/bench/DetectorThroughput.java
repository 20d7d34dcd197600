package org.aiotbench.reference.ecg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.aiotbench.reference.ecg.BeatDetector;
import org.aiotbench.reference.ecg.BeatStream;
import org.aiotbench.reference.ecg.Detectors;
import org.aiotbench.reference.ecg.PanTompkins;
import org.aiotbench.reference.ecg.StreamingBeatDetector;

/**
 * Measures every registered beat detector over a whole WFDB database (all 48 MIT-BIH records),
 * in batch mode and, for {@link StreamingBeatDetector}s, streamed in blocks of {@value #BLOCK}
 * samples; times the WFDB decode separately; prints one row per detector and mode with the
 * ratio to Pan-Tompkins measured in the same run.
 *
 * <p>Usage: {@code java -cp aiotbench-reference.jar org.aiotbench.reference.ecg.bench.DetectorThroughput
 * MITDB_DIR [WARMUP_ROUNDS [MEASURED_ROUNDS]]}.
 *
 * <p>Rates are samples per second of the measuring thread's CPU time (user + system), with the
 * wall-clock rate alongside: on a machine shared with other jobs the wall clock also counts the
 * time spent waiting for a core. Work the JVM does on other threads (JIT compilation, garbage
 * collection) is not in the CPU time.
 *
 * <p>Each round runs every detector and mode once over the whole corpus, one after the other, so
 * a load change on a shared machine hits all of them alike and the ratios stay meaningful even
 * when the absolute rates do not. One thread throughout: the targets are per core.
 */
public final class DetectorThroughput {

    /** Block size of the streaming mode: what a device might hand over per interrupt. */
    public static final int BLOCK = 256;
    public static final int DEFAULT_WARMUP_ROUNDS = 1;
    public static final int DEFAULT_MEASURED_ROUNDS = 3;

    private DetectorThroughput() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * The command line without {@code System.exit}: prints the table to {@code out} and returns
     * 0, or prints one line to {@code err} and returns 2 (usage) or 1 (bad folder or data).
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 1 || args.length > 3) {
            err.println("usage: DetectorThroughput MITDB_DIR [WARMUP_ROUNDS [MEASURED_ROUNDS]]");
            return 2;
        }
        int warmup;
        int rounds;
        try {
            warmup = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_WARMUP_ROUNDS;
            rounds = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_MEASURED_ROUNDS;
        } catch (NumberFormatException e) {
            err.println("rounds must be whole numbers: " + String.join(" ", args));
            return 2;
        }
        if (warmup < 0 || rounds < 1) {
            err.println("need WARMUP_ROUNDS >= 0 and MEASURED_ROUNDS >= 1, got " + warmup + " and " + rounds);
            return 2;
        }
        try {
            ThroughputReport report = measure(Path.of(args[0]), warmup, rounds, err::println);
            out.print(report.table());
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /** Measures every detector of the {@link Detectors} registry, silently. */
    public static ThroughputReport measure(Path dir, int warmupRounds, int measuredRounds) throws IOException {
        return measure(dir, warmupRounds, measuredRounds, line -> { });
    }

    /** Measures every detector of the {@link Detectors} registry, reporting progress lines. */
    public static ThroughputReport measure(Path dir, int warmupRounds, int measuredRounds,
            Consumer<String> progress) throws IOException {
        List<BeatDetector> all = new ArrayList<>();
        for (String name : Detectors.names()) {
            all.add(Detectors.get(name));
        }
        return measure(dir, warmupRounds, measuredRounds, all, progress);
    }

    /**
     * Measures the given detectors on every record of {@code dir}.
     *
     * @throws IOException              if a record cannot be read or decoded (one-line message)
     * @throws IllegalArgumentException if the folder is missing or holds no records
     */
    public static ThroughputReport measure(Path dir, int warmupRounds, int measuredRounds,
            List<BeatDetector> detectors, Consumer<String> progress) throws IOException {
        if (warmupRounds < 0 || measuredRounds < 1) {
            throw new IllegalArgumentException("need warm-up rounds >= 0 and measured rounds >= 1");
        }
        List<String> names = EcgCorpus.recordNames(dir);
        List<Run> runs = new ArrayList<>();
        for (BeatDetector d : detectors) {
            runs.add(new Run(d, false));
            if (d instanceof StreamingBeatDetector) {
                runs.add(new Run(d, true));
            }
        }
        int total = warmupRounds + measuredRounds;
        Clock clock = Clock.create();
        double[] decodeRates = new double[measuredRounds];
        double[] decodeWallRates = new double[measuredRounds];
        double[][] rates = new double[runs.size()][measuredRounds];
        double[][] wallRates = new double[runs.size()][measuredRounds];
        long[] beats = new long[runs.size()];
        EcgCorpus corpus = null;
        for (int round = 0; round < total; round++) {
            boolean measured = round >= warmupRounds;
            String label = measured ? "round " + (round - warmupRounds + 1) + "/" + measuredRounds
                    : "warm-up " + (round + 1) + "/" + warmupRounds;
            corpus = null; // let the previous round's signals go before decoding again
            long w0 = System.nanoTime();
            long c0 = clock.cpuNanos();
            corpus = EcgCorpus.decode(dir, names);
            long decodeCpu = clock.cpuNanos() - c0;
            long decodeWall = System.nanoTime() - w0;
            long samples = corpus.totalSamples();
            if (measured) {
                decodeRates[round - warmupRounds] = rate(samples, decodeCpu);
                decodeWallRates[round - warmupRounds] = rate(samples, decodeWall);
            }
            progress.accept(label + ": decoded " + names.size() + " records");
            for (int i = 0; i < runs.size(); i++) {
                Run run = runs.get(i);
                long w = System.nanoTime();
                long c = clock.cpuNanos();
                beats[i] = run.pass(corpus);
                long cpu = clock.cpuNanos() - c;
                long wall = System.nanoTime() - w;
                if (measured) {
                    rates[i][round - warmupRounds] = rate(samples, cpu);
                    wallRates[i][round - warmupRounds] = rate(samples, wall);
                }
                progress.accept(label + ": " + run.detector().name() + " " + run.mode());
            }
        }
        double decode = median(decodeRates);
        double baselineRate = Double.NaN;
        for (int i = 0; i < runs.size(); i++) {
            if (!runs.get(i).streamed() && runs.get(i).detector().name().equals(PanTompkins.NAME)) {
                baselineRate = median(rates[i]);
            }
        }
        List<ThroughputRow> rows = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            double r = median(rates[i]);
            // Per-sample times add: detection then decode, both single-threaded.
            double withDecode = 1.0 / (1.0 / r + 1.0 / decode);
            rows.add(new ThroughputRow(runs.get(i).detector().name(), runs.get(i).mode(), r,
                    median(wallRates[i]), withDecode, r / baselineRate, beats[i]));
        }
        return new ThroughputReport(names.size(), corpus.totalSamples(), warmupRounds, measuredRounds,
                clock.cpuTime(), decode, median(decodeWallRates), PanTompkins.NAME, rows);
    }

    /**
     * The measuring thread's CPU time where the JVM offers it: on a machine shared with other
     * jobs, wall time also counts the time the thread waited for a core.
     */
    private record Clock(ThreadMXBean bean, boolean cpuTime) {

        static Clock create() {
            ThreadMXBean bean = ManagementFactory.getThreadMXBean();
            boolean ok = bean.isCurrentThreadCpuTimeSupported();
            if (ok && !bean.isThreadCpuTimeEnabled()) {
                bean.setThreadCpuTimeEnabled(true);
            }
            return new Clock(bean, ok && bean.isThreadCpuTimeEnabled());
        }

        long cpuNanos() {
            return cpuTime ? bean.getCurrentThreadCpuTime() : System.nanoTime();
        }
    }

    private static double rate(long samples, long nanos) {
        return samples / (Math.max(1, nanos) / 1e9);
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /** One detector in one mode. */
    private record Run(BeatDetector detector, boolean streamed) {

        String mode() {
            return streamed ? "stream/" + BLOCK : "batch";
        }

        /** One pass over the corpus; returns the number of beats. */
        long pass(EcgCorpus corpus) {
            long beats = 0;
            for (int r = 0; r < corpus.signals().length; r++) {
                double[] signal = corpus.signals()[r];
                double fs = corpus.fs()[r];
                if (streamed) {
                    BeatCounter counter = new BeatCounter();
                    BeatStream stream = ((StreamingBeatDetector) detector).open(fs);
                    for (int off = 0; off < signal.length; off += BLOCK) {
                        stream.push(signal, off, Math.min(BLOCK, signal.length - off), counter);
                    }
                    stream.finish(counter);
                    beats += counter.count;
                } else {
                    beats += detector.detect(signal, fs).length;
                }
            }
            return beats;
        }
    }

    /** Counts beats; a beat's position is irrelevant for throughput. */
    private static final class BeatCounter implements IntConsumer {
        long count;

        @Override
        public void accept(int beat) {
            count++;
        }
    }
}
