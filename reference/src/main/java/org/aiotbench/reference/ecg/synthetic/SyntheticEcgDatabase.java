package org.aiotbench.reference.ecg.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.aiotbench.reference.wfdb.Annotation;
import org.aiotbench.reference.wfdb.AnnotationCodes;
import org.aiotbench.reference.wfdb.AnnotationWriter;
import org.aiotbench.reference.wfdb.SignalSpec;
import org.aiotbench.reference.wfdb.WfdbHeader;
import org.aiotbench.reference.wfdb.WfdbWriter;

/**
 * Writes a database of synthetic ECG records laid out like the MIT-BIH Arrhythmia Database:
 * per record {@code sNN.hea}, {@code sNN.dat} (format 212, gain 200 adu/mV, 11-bit, ADC zero and
 * baseline 1024, lead MLII first) and {@code sNN.atr} (an N beat at every true R peak), plus a
 * {@code RECORDS} file. Same spec, same bytes.
 *
 * <p>At low SNR the noisy signal can leave the 11-bit range (±5.12 mV). Such a record is written
 * in format 16 instead (same gain, ADC zero and baseline), as the NSTDB does for its 0 dB and
 * −6 dB records, rather than being clipped.
 */
public final class SyntheticEcgDatabase {
    static final double GAIN = 200.0;
    static final int ADC_ZERO = 1024;
    static final int ADC_MAX = 2047;

    private SyntheticEcgDatabase() {
    }

    /**
     * What to generate.
     *
     * @param records           number of records (named s01, s02, …; s001… beyond 99)
     * @param seconds           duration of each record
     * @param samplingFrequency Hz
     * @param leads             1 (MLII) or 2 (MLII, V1)
     * @param seed              master seed
     * @param snrDb             SNR of the added noise (see {@link EcgNoise}), or empty for clean
     * @param minHeartRate      each record's mean heart rate is drawn uniformly from
     *                          [minHeartRate, maxHeartRate] bpm
     * @param maxHeartRate      see minHeartRate
     * @param noise             noise mixture used when {@code snrDb} is present
     */
    public record Spec(int records, double seconds, double samplingFrequency, int leads, long seed,
                       OptionalDouble snrDb, double minHeartRate, double maxHeartRate, NoiseMix noise) {
        public Spec {
            if (records < 1 || records > 999) {
                throw new IllegalArgumentException("records must be within 1..999, not " + records);
            }
            if (leads < 1 || leads > 2) {
                throw new IllegalArgumentException("leads must be 1 or 2, not " + leads);
            }
            if (!(minHeartRate >= 20 && maxHeartRate <= 300 && minHeartRate <= maxHeartRate)) {
                throw new IllegalArgumentException("heart-rate range must lie within 20..300 bpm with min <= max");
            }
            if (snrDb.isPresent() && !Double.isFinite(snrDb.getAsDouble())) {
                throw new IllegalArgumentException("SNR must be finite");
            }
        }

        /** Clean records, one lead (MLII), heart rates 60–100 bpm, equal noise mix if noise is added. */
        public static Spec of(int records, double seconds, double samplingFrequency, long seed) {
            return new Spec(records, seconds, samplingFrequency, 1, seed, OptionalDouble.empty(), 60, 100,
                    NoiseMix.equal());
        }

        public Spec withSnrDb(double snr) {
            return new Spec(records, seconds, samplingFrequency, leads, seed, OptionalDouble.of(snr),
                    minHeartRate, maxHeartRate, noise);
        }

        public Spec withLeads(int newLeads) {
            return new Spec(records, seconds, samplingFrequency, newLeads, seed, snrDb, minHeartRate,
                    maxHeartRate, noise);
        }

        public Spec withHeartRateRange(double min, double max) {
            return new Spec(records, seconds, samplingFrequency, leads, seed, snrDb, min, max, noise);
        }

        public Spec withSeed(long newSeed) {
            return new Spec(records, seconds, samplingFrequency, leads, newSeed, snrDb, minHeartRate,
                    maxHeartRate, noise);
        }

        public Spec withNoise(NoiseMix mix) {
            return new Spec(records, seconds, samplingFrequency, leads, seed, snrDb, minHeartRate,
                    maxHeartRate, mix);
        }
    }

    /** One generated record: its name, mean heart rate and the R peaks written to its .atr. */
    public record GeneratedRecord(String name, double meanHeartRate, int[] rPeaks) {
    }

    /** Writes the database into {@code dir} (created if needed) and returns what it wrote. */
    public static List<GeneratedRecord> write(Path dir, Spec spec) throws IOException {
        Files.createDirectories(dir);
        SplittableRandom master = new SplittableRandom(spec.seed());
        // Draw every record's parameters first, in order, so records can then be generated in
        // parallel without changing a single byte.
        List<Plan> plans = new ArrayList<>();
        StringBuilder recordsFile = new StringBuilder();
        for (int r = 0; r < spec.records(); r++) {
            SplittableRandom rng = master.split();
            double hr = spec.minHeartRate() + (spec.maxHeartRate() - spec.minHeartRate()) * rng.nextDouble();
            String name = spec.records() > 99 ? String.format(Locale.ROOT, "s%03d", r + 1)
                    : String.format(Locale.ROOT, "s%02d", r + 1);
            plans.add(new Plan(name, hr, rng.nextLong(), rng.nextLong()));
            recordsFile.append(name).append('\n');
        }
        GeneratedRecord[] out = new GeneratedRecord[plans.size()];
        try {
            IntStream.range(0, plans.size()).parallel().forEach(i -> {
                try {
                    out[i] = generateAndWrite(dir, plans.get(i), spec);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Files.writeString(dir.resolve("RECORDS"), recordsFile.toString(), StandardCharsets.US_ASCII);
        return List.of(out);
    }

    private record Plan(String name, double heartRate, long modelSeed, long noiseSeed) {
    }

    private static GeneratedRecord generateAndWrite(Path dir, Plan plan, Spec spec) throws IOException {
        EcgModelConfig config = EcgModelConfig.defaults(spec.samplingFrequency(), spec.seconds(), plan.heartRate(),
                plan.modelSeed()).withLeads(EcgLead.standard(spec.leads()));
        SyntheticEcg ecg = McSharryEcgGenerator.generate(config);
        double[][] signals = ecg.millivolts();
        if (spec.snrDb().isPresent()) {
            SplittableRandom noiseRng = new SplittableRandom(plan.noiseSeed());
            double[][] noisy = new double[signals.length][];
            for (int l = 0; l < signals.length; l++) {
                double[] noise = EcgNoise.mixture(spec.noise(), ecg.length(), ecg.samplingFrequency(), noiseRng.split());
                noisy[l] = EcgNoise.addAtSnr(signals[l], ecg.rPeaks(), ecg.samplingFrequency(), noise,
                        spec.snrDb().getAsDouble());
            }
            signals = noisy;
        }
        writeRecord(dir, plan.name(), ecg, signals, plan.heartRate(), spec);
        return new GeneratedRecord(plan.name(), plan.heartRate(), ecg.rPeaks());
    }

    private static void writeRecord(Path dir, String name, SyntheticEcg ecg, double[][] mv, double hr, Spec spec)
            throws IOException {
        int[][] adu = new int[mv.length][];
        boolean fits = true;
        for (int l = 0; l < mv.length; l++) {
            adu[l] = toAdu(mv[l]);
            for (int v : adu[l]) {
                fits &= v >= 0 && v <= ADC_MAX;
            }
        }
        int format = fits ? 212 : 16;
        int resolution = fits ? 11 : 16;
        List<SignalSpec> signals = new ArrayList<>();
        for (int l = 0; l < mv.length; l++) {
            signals.add(new SignalSpec(name + ".dat", format, 1, 0, 0, GAIN, ADC_ZERO, null, resolution, ADC_ZERO,
                    ADC_ZERO, null, 0, ecg.leadNames().get(l)));
        }
        List<String> comments = List.of(
                " synthetic ECG: McSharry et al. 2003 dynamical model (aiotbench reference generator)",
                String.format(Locale.ROOT, " mean heart rate %.1f bpm; %s", hr, spec.snrDb().isPresent()
                        ? String.format(Locale.ROOT, "SNR %s dB (noise shares bw %s, ma %s, em %s)",
                        trim(spec.snrDb().getAsDouble()), trim(spec.noise().baselineWander()),
                        trim(spec.noise().muscleArtifact()), trim(spec.noise().electrodeMotion()))
                        : "no noise"));
        WfdbHeader header = WfdbHeader.of(name, ecg.samplingFrequency(), ecg.length(), signals, comments);
        WfdbWriter.write(dir, header, adu);
        List<Annotation> beats = new ArrayList<>(ecg.rPeaks().length);
        for (int p : ecg.rPeaks()) {
            beats.add(Annotation.of(p, AnnotationCodes.NORMAL));
        }
        AnnotationWriter.write(dir.resolve(name + ".atr"), beats);
    }

    /** mV to MIT-BIH-style ADC units (format 16's range is ±163 mV, far beyond any ECG). */
    static int[] toAdu(double[] mv) {
        int[] out = new int[mv.length];
        for (int i = 0; i < mv.length; i++) {
            long v = ADC_ZERO + Math.round(mv[i] * GAIN);
            out[i] = (int) Math.max(Short.MIN_VALUE + 1, Math.min(Short.MAX_VALUE, v));
        }
        return out;
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
