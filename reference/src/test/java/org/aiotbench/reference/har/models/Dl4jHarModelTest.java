package org.aiotbench.reference.har.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.aiotbench.reference.har.HarArray;
import org.aiotbench.reference.har.HarDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Dl4jHarModelTest {

    private static final HarDataset TRAIN = SyntheticWindows.make(160, 48, true, 1);
    private static final HarDataset TEST = SyntheticWindows.make(80, 48, true, 2);

    static Stream<ModelConfig> windowModels() {
        return Stream.of(
                ModelConfig.cnn1d().withWidth(16).withEpochs(20),
                ModelConfig.lstm().withWidth(16).withEpochs(14),
                ModelConfig.bilstm().withWidth(8).withEpochs(10),
                ModelConfig.convLstm().withWidth(8).withEpochs(20),
                ModelConfig.resnet(1, 1).withWidth(8).withEpochs(8));
    }

    private static HarDataset only(HarDataset d, String modality) {
        return HarDataset.of(d.name(), d.classes(), modality, d.input(modality), d.labels(), d.groups());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("windowModels")
    void everyWindowModelLearnsTheSyntheticClasses(ModelConfig config) {
        TrainedModel m = new Dl4jHarModel(config.withValidationFraction(0)).train(only(TRAIN, "acc"), 7);
        double acc = SyntheticWindows.accuracy(m.predict(only(TEST, "acc")), TEST);
        System.out.println(config.id() + " synthetic test accuracy " + acc + ", " + m.stats());
        assertTrue(acc >= 0.7, config.id() + " reached only " + acc + " (chance is 0.25)");
        assertEquals(config.epochs(), m.stats().epochsRun());
        assertTrue(m.stats().backend().startsWith("CpuBackend"), m.stats().backend());
    }

    @Test
    void mlpOnFlattenedWindowsAndFusionOnTwoModalities() {
        HarDataset flatTrain = HarDataset.of("flat", TRAIN.classes(), "x",
                new HarArray(new int[] {TRAIN.size(), 3 * 48}, TRAIN.input("acc").data()), TRAIN.labels(), null);
        HarDataset flatTest = HarDataset.of("flat", TEST.classes(), "x",
                new HarArray(new int[] {TEST.size(), 3 * 48}, TEST.input("acc").data()), TEST.labels(), null);
        TrainedModel mlp = new Dl4jHarModel(ModelConfig.wisdmMlp().withWidth(32).withEpochs(30)
                .withValidationFraction(0)).train(flatTrain, 3);
        assertTrue(SyntheticWindows.accuracy(mlp.predict(flatTest), TEST) >= 0.5);

        TrainedModel fusion = new Dl4jHarModel(ModelConfig.fusion().withWidth(8).withEpochs(10)
                .withValidationFraction(0)).train(TRAIN, 3);
        double acc = SyntheticWindows.accuracy(fusion.predict(TEST), TEST);
        assertTrue(acc >= 0.8, "fusion reached only " + acc);
    }

    @Test
    void sameSeedSameModelAndSaveLoadKeepsPredictions(@TempDir Path dir) throws Exception {
        ModelConfig c = ModelConfig.cnn1d().withWidth(8).withEpochs(6).withValidationFraction(0.2).withPatience(2);
        HarDataset train = only(TRAIN, "acc");
        HarDataset test = only(TEST, "acc");
        TrainedModel a = new Dl4jHarModel(c).train(train, 11);
        TrainedModel b = new Dl4jHarModel(c).train(train, 11);
        int[] pa = a.predict(test);
        assertArrayEquals(pa, b.predict(test));
        assertEquals(a.stats().bestEpoch(), b.stats().bestEpoch());
        assertTrue(a.stats().bestEpoch() >= 1 && a.stats().bestEpoch() <= a.stats().epochsRun());

        a.save(dir.resolve("m"));
        TrainedModel loaded = TrainedModel.load(dir.resolve("m"));
        assertEquals(c, loaded.config());
        assertEquals(a.classes(), loaded.classes());
        assertArrayEquals(pa, loaded.predict(test));
        assertEquals(a.parameterCount(), loaded.parameterCount());
    }

    /** Seed 0 is the default everywhere; DL4J alone would initialise randomly for it. */
    @Test
    void seedZeroIsRepeatableToo() {
        HarDataset flat = HarDataset.of("flat", TRAIN.classes(), "x",
                new HarArray(new int[] {TRAIN.size(), 3 * 48}, TRAIN.input("acc").data()), TRAIN.labels(), null);
        ModelConfig c = ModelConfig.wisdmMlp().withWidth(16).withEpochs(2);
        TrainedModel a = new Dl4jHarModel(c).train(flat, 0);
        TrainedModel b = new Dl4jHarModel(c).train(flat, 0);
        assertEquals(a.paramsChecksum(), b.paramsChecksum());
        assertArrayEquals(a.predict(flat), b.predict(flat));
    }

    @Test
    void wrongInputShapeAndMissingModelAreOneLineErrors(@TempDir Path dir) {
        TrainedModel m = new Dl4jHarModel(ModelConfig.cnn1d().withWidth(4).withEpochs(1).withValidationFraction(0))
                .train(only(TRAIN, "acc"), 1);
        HarDataset shorter = only(SyntheticWindows.make(8, 40, false, 3), "acc");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.predict(shorter));
        assertTrue(e.getMessage().contains("[3, 40]") && !e.getMessage().contains("\n"), e.getMessage());
        Exception missing = assertThrows(java.io.IOException.class, () -> TrainedModel.load(dir));
        assertTrue(missing.getMessage().contains("model.properties"), missing.getMessage());
    }

    @Test
    void latencyIsMeasuredPerSample() {
        TrainedModel m = new Dl4jHarModel(ModelConfig.cnn1d().withWidth(4).withEpochs(1).withValidationFraction(0))
                .train(only(TRAIN, "acc"), 1);
        InferenceLatency l = InferenceLatency.measure(m, only(TEST, "acc"), 20, 5);
        assertEquals(20, l.samples());
        assertTrue(l.medianMicros() > 0 && l.p95Micros() >= l.medianMicros(), l.toString());
    }
}
