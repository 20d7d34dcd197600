package org.aiotbench.reference.ecg.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aiotbench.reference.wfdb.Annotation;
import org.aiotbench.reference.wfdb.AnnotationCodes;
import org.aiotbench.reference.wfdb.AnnotationFile;
import org.aiotbench.reference.wfdb.WfdbRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link EcgNoise}'s SNR definition against the NSTDB itself: the noise in 118eXX is
 * exactly 118eXX − (118 − 1024) (ADC zeros differ), present in alternate 2-minute segments from
 * 5:00. Skipped unless AIOTBENCH_DATA holds mitdb and nstdb.
 */
class NstdbSnrConventionTest {
    private static final double FS = 360;

    @Test
    void nstdbNoiseMeasuresAtItsNominalSnr() throws Exception {
        String root = System.getenv("AIOTBENCH_DATA");
        Assumptions.assumeTrue(root != null && !root.isBlank(), "AIOTBENCH_DATA not set: skipping real-data test");
        Path mitdb = Path.of(root, "mitdb");
        Path nstdb = Path.of(root, "nstdb");
        Assumptions.assumeTrue(Files.isDirectory(mitdb) && Files.isDirectory(nstdb), "mitdb or nstdb missing");

        WfdbRecord clean = WfdbRecord.read(mitdb.resolve("118"));
        // nst measures the QRS amplitude over the first 300 normal beats (sigamp's limit).
        List<Integer> normal = new ArrayList<>();
        for (Annotation a : AnnotationFile.read(mitdb.resolve("118.atr"), FS)) {
            int c = a.code();
            if (normal.size() < 300 && (c == AnnotationCodes.NORMAL || c == AnnotationCodes.LBBB
                    || c == AnnotationCodes.RBBB || c == AnnotationCodes.AESC || c == AnnotationCodes.NESC)) {
                normal.add((int) a.sample());
            }
        }
        int[] peaks = normal.stream().mapToInt(Integer::intValue).toArray();
        Map<String, Double> nominal = Map.of("118e24", 24.0, "118e12", 12.0, "118e00", 0.0, "118e_6", -6.0);
        double[] offsetSig0 = new double[nominal.size()];
        double[] offsetSig1 = new double[nominal.size()];
        int k = 0;
        for (String name : List.of("118e24", "118e12", "118e00", "118e_6")) {
            WfdbRecord noisy = WfdbRecord.read(nstdb.resolve(name));
            double[] measured = new double[2];
            for (int s = 0; s < 2; s++) {
                double[] c = toDouble(clean.samples(s), 0);
                double[] x = toDouble(noisy.samples(s), 1024); // back onto 118's ADC zero
                List<double[]> segments = new ArrayList<>();
                for (int t = 108000; t + 43200 <= x.length; t += 86400) {
                    double[] seg = new double[43200];
                    for (int i = 0; i < seg.length; i++) {
                        seg[i] = x[t + i] - c[t + i];
                    }
                    segments.add(seg);
                }
                double[] noise = concat(segments);
                measured[s] = EcgNoise.snrDb(EcgNoise.signalPower(c, peaks, FS), EcgNoise.noisePower(noise, FS));
            }
            System.out.printf("%s: measured SNR MLII %.2f dB, V1 %.2f dB (nominal %.0f)%n",
                    name, measured[0], measured[1], nominal.get(name));
            // nst measured the noise RMS on the em record's first 5 minutes, not on the segments it
            // added (em is not in our copy), so agreement can only be approximate. On V1 we measure
            // 0.6 dB above nominal at every level (run of 2026-11-25).
            assertEquals(nominal.get(name), measured[1], 1.0, name + " V1");
            offsetSig0[k] = measured[0] - nominal.get(name);
            offsetSig1[k++] = measured[1] - nominal.get(name);
        }
        // MLII sits a constant ~4.9 dB below nominal: on that lead em's first 5 minutes are
        // quieter than the segments used. The offsets are constant across levels on both leads.
        for (int i = 0; i < offsetSig0.length; i++) {
            assertEquals(offsetSig0[0], offsetSig0[i], 0.2);
            assertEquals(offsetSig1[0], offsetSig1[i], 0.2);
        }
    }

    private static double[] toDouble(int[] x, int add) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] + add;
        }
        return out;
    }

    private static double[] concat(List<double[]> parts) {
        int n = parts.stream().mapToInt(p -> p.length).sum();
        double[] out = new double[n];
        int at = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
