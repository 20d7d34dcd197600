package org.aiotbench.adapter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.aiotbench.family.har.HarSource;
import org.aiotbench.family.har.HarView;
import org.aiotbench.family.har.HarViewSpec;
import org.aiotbench.reference.har.HarArray;
import org.aiotbench.reference.har.HarDataset;
import org.aiotbench.reference.har.models.ModelConfig;
import org.aiotbench.scoring.har.HarTruth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dl4j-* programs on tiny generated data: they read the neutral view, predict, and measure themselves. */
class HarModelBaselineTest {

    @TempDir
    Path dir;

    /** Three well separated classes in 4-D, 8 subjects; the subject is not informative. */
    private HarView blobs(String groups) throws Exception {
        int n = 180;
        float[] x = new float[n * 4];
        int[] y = new int[n];
        int[] g = new int[n];
        SplittableRandom rnd = new SplittableRandom(5);
        for (int i = 0; i < n; i++) {
            y[i] = i % 3;
            g[i] = 1 + (i / 3) % 8;
            for (int d = 0; d < 4; d++) {
                x[i * 4 + d] = (float) ((d == y[i] ? 4.0 : 0.0) + rnd.nextGaussian());
            }
        }
        Path data = Files.createDirectories(dir.resolve("blobs"));
        HarSource.writeNpy(data, new HarDataset("blobs", List.of("a", "b", "c"),
                Map.of("features", new HarArray(new int[] {n, 4}, x)), y, g), Map.of("features", "test blobs"));
        return HarView.materialize(dir.resolve("cache"), "blobs", data, "fp-" + groups,
                HarViewSpec.parse(Map.of("split", Map.of("kind", "kfold", "k", 3, "fold", 0), "show_groups", groups)));
    }

    private static int[] run(HarModelBaseline.Body body, HarView view, Path out) throws Exception {
        Files.createDirectories(out);
        body.run(view.input(), out);
        return Files.readAllLines(out.resolve("predictions.csv")).stream().mapToInt(Integer::parseInt).toArray();
    }

    @Test
    void mlpLearnsFromTheViewRepeatsAndReportsItsCost() throws Exception {
        HarView view = blobs("train");
        HarModelBaseline.Body body = new HarModelBaseline.Body(ModelConfig.wisdmMlp().withEpochs(20).withWidth(16).withBatchSize(16));
        int[] first = run(body, view, dir.resolve("out1"));
        Program.Measurements m = body.measurements();
        int[] truth = HarTruth.read(view.truth()).labels();
        assertEquals(truth.length, first.length);
        int ok = 0;
        for (int i = 0; i < truth.length; i++) {
            ok += truth[i] == first[i] ? 1 : 0;
        }
        assertTrue(ok >= 0.95 * truth.length, ok + " of " + truth.length + " correct");
        assertTrue(m.metrics().get("train_ms") > 0);
        double median = m.metrics().get("latency_median_us");
        assertTrue(median > 0 && m.metrics().get("latency_p95_us") >= median, m.metrics().toString());
        assertTrue(m.details().get("backend").toString().startsWith("CpuBackend"), m.details().toString());
        assertEquals(Boolean.FALSE, m.details().get("user_one_hot"), "the test groups are not shown");
        assertEquals(Math.min(HarModelBaseline.LATENCY_SAMPLES, truth.length), m.details().get("latency_samples"));
        // 4 inputs, two dense layers of 16, 3 outputs.
        assertEquals(4L * 16 + 16 + 16 * 16 + 16 + 16 * 3 + 3, ((Number) m.details().get("parameters")).longValue());

        int[] again = run(new HarModelBaseline.Body(ModelConfig.wisdmMlp().withEpochs(20).withWidth(16).withBatchSize(16)), view, dir.resolve("out2"));
        assertArrayEquals(first, again, "same data, same seed: same predictions");
    }

    @Test
    void mlpAppendsTheUserOnlyWhenTheTestUsersAreShown() throws Exception {
        HarModelBaseline.Body body = new HarModelBaseline.Body(ModelConfig.wisdmMlp().withEpochs(2).withWidth(16));
        run(body, blobs("both"), dir.resolve("out"));
        assertEquals(Boolean.TRUE, body.measurements().details().get("user_one_hot"));
        // Groups 1..8: one-hot over 0..8 adds 9 inputs.
        assertEquals((4L + 9) * 16 + 16 + 16 * 16 + 16 + 16 * 3 + 3,
                ((Number) body.measurements().details().get("parameters")).longValue());
    }

    @Test
    void windowsAreFedChannelsFirstAndFlattenedForTheMlp() {
        HarArray timeMajor = new HarArray(new int[] {2, 5, 3}, new float[30]);
        assertArrayEquals(new int[] {3, 5}, HarModelBaselineRun.shape(ModelConfig.cnn1d(), timeMajor).sampleShape());
        HarArray channelsFirst = new HarArray(new int[] {2, 4, 9}, new float[72]);
        assertArrayEquals(new int[] {4, 9}, HarModelBaselineRun.shape(ModelConfig.lstm(), channelsFirst).sampleShape());
        assertArrayEquals(new int[] {15}, HarModelBaselineRun.shape(ModelConfig.wisdmMlp(), timeMajor).sampleShape());
        float[] v = new float[30];
        for (int i = 0; i < v.length; i++) {
            v[i] = i;
        }
        // Sample 0, time 1, channel 2 (index 5) is channel 2, time 1 after the transpose.
        HarArray t = HarModelBaselineRun.shape(ModelConfig.cnn1d(), new HarArray(new int[] {2, 5, 3}, v));
        assertEquals(5f, t.data()[2 * 5 + 1]);
    }

    @Test
    void cnnRunsOnRawWindows() throws Exception {
        Path data = Files.createDirectories(dir.resolve("raw"));
        new org.aiotbench.family.har.SyntheticRawGenerator().generate(data, Map.of("users", 3, "seconds", 4, "bouts", 2, "window", 20), 1);
        HarView view = HarView.materialize(dir.resolve("cache"), "raw", data, "fp",
                HarViewSpec.parse(Map.of("split", Map.of("kind", "leave-groups-out", "test_groups", List.of(3)))));
        HarModelBaseline.Body body = new HarModelBaseline.Body(ModelConfig.cnn1d().withEpochs(2).withWidth(4));
        int[] p = run(body, view, dir.resolve("out"));
        assertEquals(HarTruth.read(view.truth()).labels().length, p.length);
        for (int c : p) {
            assertTrue(c >= 0 && c < 6);
        }
        assertEquals("cnn1d", body.measurements().details().get("model"));
    }

    @Test
    void withoutDl4jTheRunFailsInOneLine() throws Exception {
        HarView view = blobs("train");
        HarModelBaseline.Body body = new HarModelBaseline.Body(ModelConfig.wisdmMlp(), "org.aiotbench.NoSuchNd4jClass");
        Exception e = assertThrows(Exception.class, () -> body.run(view.input(), Files.createDirectories(dir.resolve("out"))));
        assertEquals("DL4J is not on the class path (run through ./aiotbench, which adds the jars listed in"
                + " harness/target/dl4j.classpath)", e.toString());
        assertFalse(Files.exists(dir.resolve("out").resolve("predictions.csv")));
    }

    @Test
    void everyNamedBaselineIsRegistered() {
        List<String> names = ReferenceSynthesizer.baselines().stream().map(Baseline::name).toList();
        for (String n : List.of("dl4j-mlp", "dl4j-cnn1d", "dl4j-lstm", "dl4j-bilstm", "dl4j-conv-lstm", "dl4j-resnet18",
                "dl4j-resnet34", "dl4j-fusion")) {
            assertTrue(names.contains(n), n);
            assertEquals("har", HarModelBaseline.named(n).family());
        }
        assertEquals("resnet-3-4-6-3", HarModelBaseline.named("dl4j-resnet34").config().id());
        assertThrows(IllegalArgumentException.class, () -> HarModelBaseline.named("dl4j-nope"));
    }
}
