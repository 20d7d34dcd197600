package org.aiotbench.family.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aiotbench.catalogue.Catalogue;
import org.aiotbench.catalogue.Task;
import org.aiotbench.dataset.DatasetManifest;
import org.aiotbench.dataset.Manifests;
import org.aiotbench.family.DataContext;
import org.aiotbench.family.Development;
import org.aiotbench.scoring.Score;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stream family's development input on the committed catalogue and dataset recipe: other
 * data than the test input for every task, in the same layout, answered by the oracle (which
 * scores 1.0 on it with nothing to review); and the review of a wrong output names what is
 * wrong and quotes development items only.
 */
class StreamDevelopmentTest {

    private static final Path ROOT = Path.of("..");
    @TempDir
    static Path dir;
    private static List<Task> tasks;
    private static DataContext data;

    @BeforeAll
    static void generate() throws Exception {
        tasks = Catalogue.load(ROOT.resolve("tasks")).tasks().stream()
                .filter(t -> t.family().id().equals(StreamTaskSpec.FAMILY)).toList();
        DatasetManifest m = Manifests.load(ROOT.resolve("datasets")).find("synthetic-streams").orElseThrow();
        Path test = Files.createDirectories(dir.resolve("data"));
        new StreamDayGenerator().generate(test, m.synthetic().params(), m.synthetic().seed());
        data = new DataContext(test, "test-fingerprint", Files.createDirectories(dir.resolve("views")));
    }

    static Development development(String id) throws Exception {
        Task t = tasks.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        return StreamDevelopment.of(StreamTaskSpec.of(t), data).orElseThrow();
    }

    @Test
    void everyTaskGetsOtherDataInTheSameLayoutOnWhichItsOracleScoresOne() throws Exception {
        assertTrue(tasks.size() >= 60);
        int answersDiffer = 0;
        for (Task t : tasks) {
            StreamTaskSpec spec = StreamTaskSpec.of(t);
            Development dev = StreamDevelopment.of(spec, data).orElseThrow();
            assertEquals(1.0, dev.fullScale());
            assertEquals("result_score", t.target().metric(), t.id() + " aims at the result score");
            List<String> names = new ArrayList<>(spec.oracle().inputs().stream().map(i -> i + ".jsonl").toList());
            names.add(StreamView.DESCRIPTION);
            assertEquals(names.stream().sorted().toList(), List.copyOf(dev.view().files().keySet()), t.id());
            for (String in : spec.oracle().inputs()) {
                Path devFile = dev.view().files().get(in + ".jsonl");
                assertNotEquals(-1L, Files.mismatch(devFile, data.dir().resolve(in + ".jsonl")), t.id() + ": " + in);
                assertFalse(devFile.startsWith(data.dir()), "the development data lives apart from the test data");
            }
            Path testOut = Files.createDirectories(dir.resolve("test-out").resolve(t.id()));
            OracleRun.run(spec.oracle(), data.dir(), testOut);
            Path out = Files.createDirectories(dir.resolve("dev-out").resolve(t.id()));
            OracleRun.run(spec.oracle(), dev.view().files().get(spec.oracle().inputs().get(0) + ".jsonl").getParent(), out);
            Score s = dev.scorer().score(out);
            assertEquals(1.0, s.metrics().get("result_score"), t.id());
            assertEquals("", dev.review().review(out, s), t.id() + ": nothing to say about the oracle's own output");
            for (String o : spec.oracle().outputs()) {
                if (Files.mismatch(out.resolve(o + ".jsonl"), testOut.resolve(o + ".jsonl")) != -1L) {
                    answersDiffer++;
                    break;
                }
            }
        }
        // Measured: the answers differ for 55 of the 60 committed tasks; for the other 5 they coincide.
        assertTrue(answersDiffer >= tasks.size() * 3 / 4, "development answers differ from the test answers for "
                + answersDiffer + " of " + tasks.size() + " tasks");
    }

    @Test
    void theSecondCallReusesTheCachedData() throws Exception {
        Development a = development("stream-hr-above-100");
        Path file = a.view().files().get("heart_rate.jsonl");
        long modified = Files.getLastModifiedTime(file).toMillis();
        Development b = development("stream-hr-above-100");
        assertEquals(file, b.view().files().get("heart_rate.jsonl"));
        assertEquals(modified, Files.getLastModifiedTime(file).toMillis());
    }

    @Test
    void otherTestDataGetsOtherDevelopmentData() throws Exception {
        Task t = tasks.stream().filter(x -> x.id().equals("stream-hr-above-100")).findFirst().orElseThrow();
        DataContext other = new DataContext(data.dir(), "another-fingerprint", data.viewCache());
        Path a = StreamDevelopment.of(StreamTaskSpec.of(t), data).orElseThrow().view().files().get("heart_rate.jsonl");
        Path b = StreamDevelopment.of(StreamTaskSpec.of(t), other).orElseThrow().view().files().get("heart_rate.jsonl");
        assertNotEquals(-1L, Files.mismatch(a, b));
        assertNotEquals(StreamDevelopment.seed("test-fingerprint"), StreamDevelopment.seed("another-fingerprint"));
    }

    @Test
    void dataNotShapedLikeTheGeneratorsGetsNoDevelopmentInput() throws Exception {
        Task t = tasks.stream().filter(x -> x.id().equals("stream-hr-above-100")).findFirst().orElseThrow();
        Path real = Files.createDirectories(dir.resolve("real"));
        Files.writeString(real.resolve("heart_rate.jsonl"), "{\"ts\": 1, \"bpm\": 120}\n");
        Files.writeString(real.resolve(StreamView.DESCRIPTION), """
                {"streams": [{"id": "heart_rate", "file": "heart_rate.jsonl", "meaning": "a chest strap",
                  "fields": {"ts": {"type": "integer", "meaning": "s"}, "bpm": {"type": "integer", "meaning": "bpm"}}}]}
                """);
        DataContext ctx = new DataContext(real, "real-fingerprint", data.viewCache());
        assertTrue(StreamDevelopment.of(StreamTaskSpec.of(t), ctx).isEmpty());
    }

    @Test
    void theDevelopmentDataIsRefusedWhenItEqualsTheTestInput() throws Exception {
        Task t = tasks.stream().filter(x -> x.id().equals("stream-hr-above-100")).findFirst().orElseThrow();
        Development dev = development("stream-hr-above-100");
        Path copy = Files.createDirectories(dir.resolve("copy"));
        for (String f : List.of("heart_rate.jsonl", StreamView.DESCRIPTION)) {
            Files.copy(dev.view().files().get("heart_rate.jsonl").resolveSibling(f), copy.resolve(f));
        }
        // Test data that is the development data of its own key: the guard must refuse it.
        DataContext same = new DataContext(copy, "test-fingerprint", data.viewCache());
        java.io.IOException e = assertThrows(java.io.IOException.class, () -> StreamDevelopment.of(StreamTaskSpec.of(t), same));
        assertTrue(e.getMessage().contains("heart_rate.jsonl equals the test input"), e.getMessage());
    }

    /**
     * stream-activity-active answers from the activity schedule, which the seed does not change:
     * its development answers equal the test answers, so the review quotes none of them and
     * gives no count.
     */
    @Test
    void itemsThatAreAlsoTestAnswersAreWithheld() throws Exception {
        Task t = tasks.stream().filter(x -> x.id().equals("stream-activity-active")).findFirst().orElseThrow();
        StreamTaskSpec spec = StreamTaskSpec.of(t);
        Development dev = StreamDevelopment.of(spec, data).orElseThrow();
        Path testOut = Files.createDirectories(dir.resolve("withheld-test"));
        OracleRun.run(spec.oracle(), data.dir(), testOut);
        List<String> testLines = Files.readAllLines(testOut.resolve("active.jsonl"));
        Path devIn = dev.view().files().get("activity.jsonl");
        Path devOut = Files.createDirectories(dir.resolve("withheld-dev"));
        OracleRun.run(spec.oracle(), devIn.getParent(), devOut);
        assertEquals(testLines, Files.readAllLines(devOut.resolve("active.jsonl")), "precondition: the answers coincide");

        Path out = Files.createDirectories(dir.resolve("withheld-out"));
        List<Map<String, Object>> flipped = StreamJsonl.read(devOut.resolve("active.jsonl")).stream()
                .map(r -> Map.<String, Object>of("ts", r.get("ts"), "active", !((Boolean) r.get("active")))).toList();
        StreamJsonl.write(out.resolve("active.jsonl"), flipped.subList(1, flipped.size()));
        String r = dev.review().review(out, dev.scorer().score(out));
        assertTrue(r.contains("item 1: expected (withheld: the same item is a test answer)"), r);
        assertTrue(r.contains("wrote " + (flipped.size() - 1) + " items, not the number of items the development data gives."), r);
        assertFalse(r.contains(Integer.toString(testLines.size())), "no count of the test answers: " + r);
        for (String line : testLines) {
            assertFalse(r.contains(line), "test answer quoted: " + line);
        }
    }

    @Test
    void theReviewNamesFieldsCountsAndFirstDifferingDevelopmentItems() throws Exception {
        Development dev = development("stream-hr-above-100");
        Path in = dev.view().files().get("heart_rate.jsonl");
        List<Map<String, Object>> readings = StreamJsonl.read(in);
        List<Map<String, Object>> high = readings.stream().filter(r -> ((Long) r.get("bpm")) > 100).toList();
        assertTrue(high.size() >= 3, "the development hour has readings above 100: " + high.size());
        String expectedFirst = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(high.get(0));

        // A wrong field name: every item lacks bpm and has heart_rate.
        Path out = Files.createDirectories(dir.resolve("review-field"));
        List<Map<String, Object>> renamed = high.stream().map(r -> Map.<String, Object>of("ts", r.get("ts"), "heart_rate", r.get("bpm"))).toList();
        StreamJsonl.write(out.resolve("high.jsonl"), renamed);
        Score s = dev.scorer().score(out);
        assertEquals(0.0, s.metrics().get("result_score"));
        String r = dev.review().review(out, s);
        assertTrue(r.contains("`high.jsonl`: items lack the field `bpm`; expected fields: `ts`, `bpm`."), r);
        assertTrue(r.contains("`high.jsonl`: items have a field the task does not ask for: `heart_rate`."), r);
        assertTrue(r.contains("item 1: expected " + expectedFirst), r);
        assertFalse(r.contains("wrote " + high.size() + " items"), "the count is right: " + r);

        // One item dropped: the count and the first position that differs.
        Path out2 = Files.createDirectories(dir.resolve("review-count"));
        StreamJsonl.write(out2.resolve("high.jsonl"), high.subList(1, high.size()));
        String r2 = dev.review().review(out2, dev.scorer().score(out2));
        assertTrue(r2.contains("`high.jsonl`: wrote " + (high.size() - 1) + " items, the development data gives " + high.size() + " items."), r2);
        assertTrue(r2.contains("item 1: expected " + expectedFirst), r2);
        long quoted = r2.lines().filter(l -> l.matches("\\s+item \\d+: expected .*")).count();
        assertEquals(StreamReview.ITEMS, quoted, "every later item is shifted, only the first few are quoted: " + r2);

        // No file at all.
        Path out3 = Files.createDirectories(dir.resolve("review-missing"));
        Files.writeString(out3.resolve("other.jsonl"), "");
        String r3 = dev.review().review(out3, null);
        assertTrue(r3.contains("`high.jsonl` is missing"), r3);
    }
}
