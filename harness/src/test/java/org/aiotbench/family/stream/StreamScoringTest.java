package org.aiotbench.family.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.aiotbench.catalogue.DatasetRef;
import org.aiotbench.catalogue.Family;
import org.aiotbench.catalogue.Prompt;
import org.aiotbench.catalogue.Task;
import org.aiotbench.catalogue.TaskRuntime;
import org.aiotbench.scoring.Score;
import org.aiotbench.scoring.ScoringException;
import org.aiotbench.scoring.stream.StreamSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scoring of a two-output task on a hand-made input, with the values worked out by hand. */
class StreamScoringTest {

    @TempDir
    Path dir;

    private static Task task(String mode) {
        return new Task("stream-temp-alerts-hourly-max", 1, Family.STREAM, "t", new DatasetRef("synthetic-streams", List.of(), Map.of()),
                new Prompt("t", "", "i", "o"), List.of(TaskRuntime.PYTHON), null,
                Map.of("difficulty", "multi-step", "modality", "sensor", "mode", mode), List.of("oracle"), null);
    }

    /**
     * Readings: kitchen 29.0 at 0 s and 30.5 at 3600 s, bedroom 19.0 at 60 s. Oracle: two alerts
     * (both kitchen readings) and three hourly maxima (0/bedroom, 0/kitchen, 3600/kitchen).
     */
    private StreamSet oracle(StreamTaskSpec spec) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("temperature.jsonl"), """
                {"ts": 0, "sensor": "kitchen", "celsius": 29.0}
                {"ts": 60, "sensor": "bedroom", "celsius": 19.0}
                {"ts": 3600, "sensor": "kitchen", "celsius": 30.5}
                """);
        return StreamScoring.oracleOutput(spec, Map.of("temperature.jsonl", in.resolve("temperature.jsonl")),
                "test-" + spec.settings().mode().id(), dir.resolve("scratch"));
    }

    @Test
    void aMissingStreamScoresZeroAndWeighsByItsItems() throws Exception {
        StreamTaskSpec spec = StreamTaskSpec.of(task("strict"));
        StreamSet ref = oracle(spec);
        assertEquals(2, ref.streams().get("alerts").size());
        assertEquals(3, ref.streams().get("hourly_max").size());
        Path out = Files.createDirectories(dir.resolve("out"));
        // One right alert with its fields in another order and a number written differently, one missing.
        Files.writeString(out.resolve("alerts.jsonl"), "{\"celsius\": 29, \"sensor\": \"kitchen\", \"ts\": 0}\n");
        Score s = StreamScoring.score(spec, ref, out);
        // strict: 1 matched of max(2, 1) alerts + 0 of 3 maxima = 1 / 5
        assertEquals(0.2, s.metrics().get("result_score"), 1e-12);
        assertEquals(0.2, s.metrics().get("result_score_strict"), 1e-12);
        // chainstream: the alert item matches on ts and sensor but not celsius ("29" and "29.0" share no
        // token): F = 2/3, over n = 2 alerts; the missing stream adds 0; mean over the two streams
        double alerts = (1.0 + 1.0 + 0.0) / 3 / 2;
        assertEquals(alerts / 2, s.metrics().get("result_score_chainstream"), 1e-12);
        assertEquals(1.0, s.metrics().get("executable"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> streams = (List<Map<String, Object>>) s.details().get("streams");
        assertEquals(true, streams.get(1).get("missing"));
        assertEquals("strict", s.details().get("mode"));
    }

    @Test
    void chainstreamModeMakesItTheHeadline() throws Exception {
        StreamTaskSpec spec = StreamTaskSpec.of(task("chainstream"));
        StreamSet ref = oracle(spec);
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("alerts.jsonl"), "{\"ts\": 0, \"sensor\": \"kitchen\", \"celsius\": 29.0}\n");
        Score s = StreamScoring.score(spec, ref, out);
        assertEquals(0.25, s.metrics().get("result_score"), 1e-12, "alerts 1/2, maxima 0: mean 1/4");
        assertEquals(s.metrics().get("result_score_chainstream"), s.metrics().get("result_score"));
    }

    @Test
    void noOutputStreamOrBadJsonFailsTheProgram() throws Exception {
        StreamTaskSpec spec = StreamTaskSpec.of(task("strict"));
        StreamSet ref = oracle(spec);
        Path out = Files.createDirectories(dir.resolve("out"));
        ScoringException none = assertThrows(ScoringException.class, () -> StreamScoring.score(spec, ref, out));
        assertEquals(ScoringException.Blame.PROGRAM, none.blame());
        assertEquals("wrote none of the output streams (alerts.jsonl, hourly_max.jsonl) in OUTPUT_DIR", none.getMessage());
        Files.writeString(out.resolve("hourly_max.jsonl"), "{'window_start': 0}\n");
        ScoringException bad = assertThrows(ScoringException.class, () -> StreamScoring.score(spec, ref, out));
        assertEquals(ScoringException.Blame.PROGRAM, bad.blame());
        assertTrue(bad.getMessage().startsWith("hourly_max.jsonl:1:2: "), bad.getMessage());
    }
}
