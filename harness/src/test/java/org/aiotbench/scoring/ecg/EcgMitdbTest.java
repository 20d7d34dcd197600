package org.aiotbench.scoring.ecg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real-data checks on all 48 MIT-BIH Arrhythmia records (needs AIOTBENCH_DATA). */
class EcgMitdbTest {
    private static Path mitdb;
    private static List<String> records;

    @TempDir
    Path out;

    @BeforeAll
    static void locate() throws Exception {
        String data = System.getenv("AIOTBENCH_DATA");
        assumeTrue(data != null && !data.isBlank(), "AIOTBENCH_DATA not set: skipping MIT-BIH checks");
        mitdb = Path.of(data, "mitdb");
        assumeTrue(Files.isDirectory(mitdb), "no mitdb folder under AIOTBENCH_DATA: skipping MIT-BIH checks");
        records = EcgEvaluation.defaultRecords(mitdb);
    }

    /** Writes each record's reference beats (outside VF), shifted by {@code shift} samples. */
    private void writeReferenceBeats(long shift) throws Exception {
        for (String r : records) {
            long[] beats = EcgReference.load(mitdb, r).beats().clone();
            for (int i = 0; i < beats.length; i++) {
                beats[i] += shift;
            }
            EcgTestFiles.detections(out.resolve(r + ".txt"), beats);
        }
    }

    private static long beatsFrom(String record, long start) throws Exception {
        return Arrays.stream(EcgReference.load(mitdb, record).beats()).filter(b -> b >= start).count();
    }

    private void assertPerfect(EcgSettings settings, double expectedSignedMedianMs) throws Exception {
        EcgSummary s = EcgEvaluation.scoreAll(mitdb, records, out, settings);
        assertEquals(48, s.records().size());
        for (RecordScore r : s.records()) {
            assertEquals(0, r.fn(), r.record() + " fn");
            assertEquals(0, r.fp(), r.record() + " fp");
            assertEquals(100.0, r.se(), r.record() + " se");
            assertEquals(100.0, r.ppv(), r.record() + " ppv");
            assertEquals(beatsFrom(r.record(), settings.startSample(360)), r.tp(), r.record() + " tp");
            assertEquals(expectedSignedMedianMs, r.timing().signedMedianMs(), 1e-9, r.record());
        }
        assertEquals(expectedSignedMedianMs, s.timing().signedMedianMs(), 1e-9);
        System.out.printf("mitdb from %.0f s, shift %.1f ms: TP=%d FN=%d FP=%d gross Se=%.2f +P=%.2f%n",
                settings.startSeconds(), expectedSignedMedianMs, s.tp(), s.fn(), s.fp(), s.grossSe(), s.grossPpv());
    }

    @Test
    void ownReferenceBeatsScorePerfectlyInBothModes() throws Exception {
        writeReferenceBeats(0);
        assertPerfect(EcgSettings.STANDARD, 0.0);
        assertPerfect(EcgSettings.FROM_ZERO, 0.0);
    }

    @Test
    void beatsShiftedBy20SamplesStillMatchWithSignedMedianOf55point6Ms() throws Exception {
        writeReferenceBeats(20);
        double expected = 20 * 1000.0 / 360.0; // 55.56 ms
        assertPerfect(EcgSettings.STANDARD, expected);
        assertPerfect(EcgSettings.FROM_ZERO, expected);
    }

    @Test
    void record207HasItsSixVfEpisodesExcluded() throws Exception {
        EcgReference ref = EcgReference.load(mitdb, "207");
        assertEquals(6, ref.vfEpisodes().size());
        assertEquals(0, Arrays.stream(ref.beats())
                .filter(b -> ref.vfEpisodes().stream().anyMatch(e -> e[0] <= b && b <= e[1])).count());
    }
}
