package org.aiotbench.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aiotbench.reference.har.HarArray;
import org.aiotbench.reference.har.HarDataset;
import org.aiotbench.reference.har.Npy;
import org.aiotbench.reference.har.models.Architecture;
import org.aiotbench.reference.har.models.Backend;
import org.aiotbench.reference.har.models.ChannelsFirst;
import org.aiotbench.reference.har.models.Dl4jHarModel;
import org.aiotbench.reference.har.models.GroupFeatures;
import org.aiotbench.reference.har.models.InferenceLatency;
import org.aiotbench.reference.har.models.ModelConfig;
import org.aiotbench.reference.har.models.TrainedModel;

/**
 * One run of a {@link HarModelBaseline}: the har input view in, {@code predictions.csv} out.
 * Kept apart from {@link HarModelBaseline} because this class touches DL4J, which may be absent.
 *
 * <p>How the view becomes network input, the same rules for every task:
 * <ul>
 *   <li>each modality of {@code dataset.json} is one input array, in its order;</li>
 *   <li>a 2-D per-sample array is channels × time when it has more columns than rows (XRF55 WiFi
 *       270 × 1000), else time × channels (WISDM windows 200 × 3) and transposed to channels
 *       first, the layout the convolutional and recurrent networks read;</li>
 *   <li>the MLP flattens anything that is not a vector, and appends the group (subject) one-hot
 *       when the view shows the groups of the test samples as well ({@code test_groups}: the
 *       WISDM ARFF has the user as an attribute), never otherwise.</li>
 * </ul>
 */
final class HarModelBaselineRun {

    private HarModelBaselineRun() {
    }

    static Program.Measurements run(ModelConfig config, long seed, Path in, Path out) throws IOException {
        JsonNode desc = new ObjectMapper().readTree(Files.readString(in.resolve("dataset.json"), StandardCharsets.UTF_8));
        List<String> classes = new ArrayList<>();
        desc.path("classes").forEach(c -> classes.add(c.asText()));
        List<String> modalities = new ArrayList<>();
        Iterator<String> names = desc.path("modalities").fieldNames();
        names.forEachRemaining(modalities::add);
        if (classes.isEmpty() || modalities.isEmpty()) {
            throw new IOException("dataset.json lists no classes or no modalities");
        }
        int[] yTrain = Npy.readInt(in.resolve("train/y.npy"));
        boolean groups = desc.path("test_groups").asBoolean(false) && config.architecture() == Architecture.MLP;
        int[] gTrain = groups ? Npy.readInt(in.resolve("train/groups.npy")) : null;
        int[] gTest = groups ? Npy.readInt(in.resolve("test/groups.npy")) : null;
        Map<String, HarArray> train = new LinkedHashMap<>();
        Map<String, HarArray> test = new LinkedHashMap<>();
        for (String m : modalities) {
            train.put(m, shape(config, Npy.readFloat(in.resolve("train/X_" + m + ".npy"))));
            test.put(m, shape(config, Npy.readFloat(in.resolve("test/X_" + m + ".npy"))));
        }
        HarDataset trainSet = new HarDataset("train", classes, train, yTrain, gTrain);
        int nTest = test.values().iterator().next().samples();
        HarDataset testSet = new HarDataset("test", classes, test, new int[nTest], gTest);
        if (groups) {
            int maxGroup = Math.max(max(gTrain), max(gTest));
            for (String m : modalities) {
                trainSet = GroupFeatures.appendOneHot(trainSet, m, maxGroup);
                testSet = GroupFeatures.appendOneHot(testSet, m, maxGroup);
            }
        }
        int threads = Backend.threadsFromEnvironment();
        Backend.useThreads(threads);
        TrainedModel model = new Dl4jHarModel(config).train(trainSet, seed);
        int[] predicted = model.predict(testSet);
        StringBuilder b = new StringBuilder(predicted.length * 2);
        for (int p : predicted) {
            b.append(p).append('\n');
        }
        Files.writeString(out.resolve("predictions.csv"), b, StandardCharsets.UTF_8);
        InferenceLatency lat = InferenceLatency.measure(model, testSet, HarModelBaseline.LATENCY_SAMPLES,
                HarModelBaseline.LATENCY_WARMUP);

        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("train_ms", (double) model.stats().trainMillis());
        metrics.put("latency_median_us", lat.medianMicros());
        metrics.put("latency_p95_us", lat.p95Micros());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("model", config.id());
        details.put("config", config.toString());
        details.put("seed", seed);
        details.put("parameters", model.parameterCount());
        details.put("epochs_run", model.stats().epochsRun());
        details.put("best_epoch", model.stats().bestEpoch());
        details.put("user_one_hot", groups);
        details.put("latency_samples", lat.samples());
        details.putAll(Backend.environment());
        details.put("threads", threads);
        return new Program.Measurements(metrics, details);
    }

    /** The array as the network reads it (see the class comment). */
    static HarArray shape(ModelConfig config, HarArray x) {
        int[] s = x.sampleShape();
        if (config.architecture() == Architecture.MLP) {
            return s.length == 1 ? x : new HarArray(new int[] {x.samples(), x.rowLength()}, x.data());
        }
        return s.length == 2 && s[0] > s[1] ? ChannelsFirst.transpose(x) : x;
    }

    private static int max(int[] v) {
        int m = Integer.MIN_VALUE;
        for (int g : v) {
            m = Math.max(m, g);
        }
        return m;
    }
}
