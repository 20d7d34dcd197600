package org.aiotbench.reference.ecg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.aiotbench.reference.ecg.BeatDetector;
import org.aiotbench.reference.ecg.BeatStream;
import org.aiotbench.reference.ecg.Detectors;
import org.aiotbench.reference.ecg.StreamingBeatDetector;
import org.aiotbench.reference.ecg.synthetic.SyntheticEcgDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the throughput tool on two short synthetic records: it works end to end, no timing is asserted. */
class DetectorThroughputTest {

    @TempDir
    static Path db;

    @BeforeAll
    static void writeDatabase() throws IOException {
        SyntheticEcgDatabase.write(db, SyntheticEcgDatabase.Spec.of(2, 20, 360, 11));
    }

    @Test
    void commandPrintsOneRowPerRegisteredDetectorAndTheDecodeLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DetectorThroughput.run(new String[] {db.toString(), "0", "1"}, print(out), print(err));
        String table = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(table.contains("2 records, 14400 samples per pass"), table);
        for (String name : Detectors.names()) {
            assertTrue(table.lines().anyMatch(l -> l.startsWith(name + " ") && l.contains("batch")),
                    "no batch row for " + name + " in\n" + table);
        }
        assertTrue(table.lines().anyMatch(l -> l.startsWith("decode")), table);
    }

    @Test
    void everyRowIsPositiveAndStreamingDetectorsGetAStreamingRow() throws IOException {
        List<BeatDetector> detectors = new ArrayList<>();
        for (String name : Detectors.names()) {
            detectors.add(Detectors.get(name));
        }
        detectors.add(new Metronome());
        List<String> progress = new ArrayList<>();
        ThroughputReport report = DetectorThroughput.measure(db, 1, 2, detectors, progress::add);

        assertEquals(2, report.records());
        assertEquals(2 * 20 * 360, report.samplesPerPass());
        assertTrue(report.decodeSamplesPerSecond() > 0 && report.decodeWallSamplesPerSecond() > 0);
        List<String> seen = report.rows().stream().map(r -> r.detector() + " " + r.mode()).toList();
        for (String name : Detectors.names()) {
            assertTrue(seen.contains(name + " batch"), seen.toString());
            if (Detectors.get(name) instanceof StreamingBeatDetector) {
                assertTrue(seen.contains(name + " stream/" + DetectorThroughput.BLOCK), seen.toString());
            }
        }
        assertTrue(seen.contains("metronome batch") && seen.contains("metronome stream/256"), seen.toString());
        for (ThroughputRow row : report.rows()) {
            assertTrue(row.samplesPerSecond() > 0 && row.wallSamplesPerSecond() > 0, row.toString());
            assertTrue(row.samplesPerSecondWithDecode() > 0
                    && row.samplesPerSecondWithDecode() < row.samplesPerSecond(), row.toString());
            assertTrue(row.beats() > 0, row.toString());
        }
        ThroughputRow metronomeBatch = report.rows().stream()
                .filter(r -> r.detector().equals("metronome") && r.mode().equals("batch")).findFirst().orElseThrow();
        assertEquals(2 * 20, metronomeBatch.beats(), "one beat per second on each record");
        ThroughputRow baseline = report.rows().stream()
                .filter(r -> r.detector().equals("pan-tompkins") && r.mode().equals("batch")).findFirst().orElseThrow();
        assertEquals(1.0, baseline.ratioToBaseline(), 1e-12);
        // 1 warm-up + 2 measured rounds, each: one decode line, one line per row.
        assertEquals(3 * (1 + report.rows().size()), progress.size(), progress.toString());
    }

    @Test
    void missingFolderIsOneLineAndExitCodeOne() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DetectorThroughput.run(new String[] {db.resolve("nope").toString()},
                print(new ByteArrayOutputStream()), print(err));
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, code);
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains("nope") && message.contains("not a folder"), message);
    }

    @Test
    void badRoundsAreUsageErrors() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, DetectorThroughput.run(new String[] {db.toString(), "x"}, print(err), print(err)));
        assertEquals(2, DetectorThroughput.run(new String[] {db.toString(), "1", "0"}, print(err), print(err)));
        assertEquals(2, DetectorThroughput.run(new String[0], print(err), print(err)));
    }

    private static PrintStream print(ByteArrayOutputStream b) {
        return new PrintStream(b, true, StandardCharsets.UTF_8);
    }

    /** A streaming stand-in with a known answer: one beat per second, so the streaming path is exercised. */
    private static final class Metronome implements StreamingBeatDetector {
        @Override
        public String name() {
            return "metronome";
        }

        @Override
        public BeatStream open(double fs) {
            int period = (int) Math.round(fs);
            return new BeatStream() {
                private long next;
                private long position;

                @Override
                public void push(double[] samples, int offset, int length, IntConsumer sink) {
                    long end = position + length;
                    while (next < end) {
                        sink.accept((int) next);
                        next += period;
                    }
                    position = end;
                }

                @Override
                public void finish(IntConsumer sink) {
                }

                @Override
                public int maxDelaySamples() {
                    return 0;
                }
            };
        }
    }
}
