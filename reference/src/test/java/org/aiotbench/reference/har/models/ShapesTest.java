package org.aiotbench.reference.har.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.aiotbench.reference.har.HarArray;
import org.aiotbench.reference.har.HarDataset;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;

/** The networks build for the real XRF55 and Harmony per-sample shapes and match known sizes. */
class ShapesTest {

    private static HarArray random(long seed, int... shape) {
        long n = 1;
        for (int d : shape) {
            n *= d;
        }
        float[] v = new float[(int) n];
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) r.nextGaussian();
        }
        return new HarArray(shape, v);
    }

    private static long params(ModelConfig c, int classes, InputLayout... in) {
        ComputationGraph g = new ComputationGraph(NetworkFactory.build(c, List.of(in), classes, 0));
        g.init();
        return g.numParams();
    }

    /**
     * On ImageNet's 3×224×224 input with 1000 classes our ResNet-18/34 have exactly torchvision's
     * trainable parameter counts (11,689,512 and 21,797,672) plus DL4J's batch-norm running mean
     * and variance, which DL4J counts as parameters: 2 × 4,800 and 2 × 8,512 channels.
     */
    @Test
    void resnet18And34HaveTheStandardParameterCounts() {
        InputLayout imagenet = new InputLayout("x", new int[] {3, 224, 224}, true);
        assertEquals(11_689_512L + 9_600, params(ModelConfig.resnet18(), 1000, imagenet));
        assertEquals(21_797_672L + 17_024, params(ModelConfig.resnet34(), 1000, imagenet));
    }

    @Test
    void resnet18TrainsOnXrf55RfidAndPredictsMmWaveShapes() {
        int[] labels = {0, 1, 2, 3};
        List<String> classes = java.util.stream.IntStream.range(0, 55).mapToObj(i -> "a" + i).toList();
        HarDataset rfid = HarDataset.of("xrf55-rfid", classes, "rfid", random(1, 4, 23, 148), labels, null);
        TrainedModel m = new Dl4jHarModel(ModelConfig.resnet18().withEpochs(1).withValidationFraction(0)).train(rfid, 0);
        assertEquals(4, m.predict(rfid).length);

        HarDataset mmwave = HarDataset.of("xrf55-mmwave", classes, "mmwave", random(2, 1, 17, 256, 128),
                new int[] {5}, null);
        ComputationGraph g = new ComputationGraph(NetworkFactory.build(ModelConfig.resnet18(),
                List.of(Dl4jHarModel.layout(Architecture.RESNET, "mmwave", mmwave.input("mmwave"))), 55, 0));
        g.init();
        InputLayout l = Dl4jHarModel.layout(Architecture.RESNET, "mmwave", mmwave.input("mmwave"));
        long[] out = g.output(false, l.toNd(mmwave.input("mmwave").data(), 1))[0].shape();
        assertEquals(55, out[1]);
    }

    @Test
    void fusionTakesHarmonyAudioDepthAndRadar() {
        Map<String, HarArray> in = new LinkedHashMap<>();
        in.put("audio", random(1, 2, 20, 87));
        in.put("depth", random(2, 2, 16, 112, 112));
        in.put("radar", random(3, 2, 20, 2, 16, 32, 16));
        List<String> classes = java.util.stream.IntStream.range(0, 11).mapToObj(i -> "c" + i).toList();
        HarDataset d = new HarDataset("harmony", classes, in, new int[] {0, 10}, null);
        TrainedModel m = new Dl4jHarModel(ModelConfig.fusion().withEpochs(1).withValidationFraction(0)).train(d, 0);
        int[] p = m.predict(d);
        assertEquals(2, p.length);
        assertTrue(p[0] >= 0 && p[0] < 11 && p[1] >= 0 && p[1] < 11);
    }

    @Test
    void sequenceModelsRejectFeatureVectorsWithTheShape() {
        HarDataset flat = HarDataset.of("f", List.of("a", "b"), "features", random(1, 2, 43), new int[] {0, 1}, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Dl4jHarModel(ModelConfig.lstm()).train(flat, 0));
        assertTrue(e.getMessage().contains("[43]"), e.getMessage());
    }
}
