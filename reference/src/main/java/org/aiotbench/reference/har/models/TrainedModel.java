package org.aiotbench.reference.har.models;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.aiotbench.reference.har.HarDataset;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A fitted baseline: predicts class indices, and saves to (or loads from) a folder holding
 * {@code model.zip} (DL4J's network configuration and weights) and {@code model.properties}
 * (the {@link ModelConfig}, class names, modalities, standardisation and training stats).
 */
public final class TrainedModel {

    private static final int PREDICT_BATCH = 256;

    private final ModelConfig config;
    private final List<String> classes;
    private final List<String> modalities;
    private final Map<String, Standardizer> scalers;
    private final List<InputLayout> layouts;
    private final ComputationGraph net;
    private final TrainingStats stats;

    TrainedModel(ModelConfig config, List<String> classes, List<String> modalities,
                 Map<String, Standardizer> scalers, List<InputLayout> layouts, ComputationGraph net,
                 TrainingStats stats) {
        this.config = config;
        this.classes = List.copyOf(classes);
        this.modalities = List.copyOf(modalities);
        this.scalers = Map.copyOf(scalers);
        this.layouts = List.copyOf(layouts);
        this.net = net;
        this.stats = stats;
    }

    public ModelConfig config() {
        return config;
    }

    public List<String> classes() {
        return classes;
    }

    public TrainingStats stats() {
        return stats;
    }

    /** Number of trainable parameters. */
    public long parameterCount() {
        return net.numParams();
    }

    /** Sum of all weights, to compare two trainings cheaply (equal runs give equal sums). */
    double paramsChecksum() {
        return net.params().sumNumber().doubleValue();
    }

    /** Predicted class index for every sample of {@code data}, in order. Labels are not read. */
    public int[] predict(HarDataset data) {
        for (int m = 0; m < modalities.size(); m++) {
            int[] s = data.input(modalities.get(m)).sampleShape();
            if (!Arrays.equals(s, layouts.get(m).sampleShape())) {
                throw new IllegalArgumentException(data.name() + ": input '" + modalities.get(m) + "' has per-sample shape "
                        + Arrays.toString(s) + ", the model was trained on " + Arrays.toString(layouts.get(m).sampleShape()));
            }
        }
        int[] all = new int[data.size()];
        Arrays.setAll(all, i -> i);
        return predict(net, new Dl4jHarModel.Batches(data, modalities, scalers, layouts), all);
    }

    static int[] predict(ComputationGraph net, Dl4jHarModel.Batches batches, int[] idx) {
        int[] out = new int[idx.length];
        for (int from = 0; from < idx.length; from += PREDICT_BATCH) {
            int[] part = Arrays.copyOfRange(idx, from, Math.min(idx.length, from + PREDICT_BATCH));
            INDArray p = net.output(false, batches.features(part))[0];
            INDArray arg = p.argMax(1);
            for (int k = 0; k < part.length; k++) {
                out[from + k] = arg.getInt(k);
            }
        }
        return out;
    }

    public void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        ModelSerializer.writeModel(net, dir.resolve("model.zip").toFile(), false);
        Properties p = new Properties();
        config.store(p);
        p.setProperty("classes", String.join("\t", classes));
        p.setProperty("modalities", String.join("\t", modalities));
        for (int m = 0; m < modalities.size(); m++) {
            String name = modalities.get(m);
            p.setProperty("shape." + name, Arrays.toString(layouts.get(m).sampleShape()));
            p.setProperty("mean." + name, floats(scalers.get(name).mean()));
            p.setProperty("std." + name, floats(scalers.get(name).std()));
        }
        p.setProperty("trainMillis", Long.toString(stats.trainMillis()));
        p.setProperty("epochsRun", Integer.toString(stats.epochsRun()));
        p.setProperty("bestEpoch", Integer.toString(stats.bestEpoch()));
        p.setProperty("validationAccuracy", Double.toString(stats.validationAccuracy()));
        p.setProperty("backend", stats.backend());
        try (Writer w = Files.newBufferedWriter(dir.resolve("model.properties"), StandardCharsets.UTF_8)) {
            p.store(w, "aiotbench DL4J baseline " + config.id());
        }
    }

    /** Loads a folder written by {@link #save}; a missing or broken file is one-line IOException. */
    public static TrainedModel load(Path dir) throws IOException {
        Path props = dir.resolve("model.properties");
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(props, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (NoSuchFileException e) {
            throw new IOException(props + ": not found (not a saved model folder?)");
        }
        try {
            ModelConfig config = ModelConfig.load(p);
            List<String> classes = List.of(p.getProperty("classes").split("\t"));
            List<String> modalities = List.of(p.getProperty("modalities").split("\t"));
            Map<String, Standardizer> scalers = new LinkedHashMap<>();
            List<InputLayout> layouts = new ArrayList<>();
            for (String m : modalities) {
                scalers.put(m, new Standardizer(parseFloats(p.getProperty("mean." + m)),
                        parseFloats(p.getProperty("std." + m))));
                int[] shape = Arrays.stream(p.getProperty("shape." + m).replaceAll("[\\[\\] ]", "").split(","))
                        .mapToInt(Integer::parseInt).toArray();
                InputLayout l = new InputLayout(m, shape, false);
                layouts.add((config.architecture() == Architecture.RESNET || config.architecture() == Architecture.FUSION)
                        && l.kind() != InputLayout.Kind.VECTOR ? l.asImage() : l);
            }
            TrainingStats stats = new TrainingStats(Long.parseLong(p.getProperty("trainMillis")),
                    Integer.parseInt(p.getProperty("epochsRun")), Integer.parseInt(p.getProperty("bestEpoch")),
                    Double.parseDouble(p.getProperty("validationAccuracy")), p.getProperty("backend"));
            ComputationGraph net = ModelSerializer.restoreComputationGraph(dir.resolve("model.zip").toFile(), false);
            return new TrainedModel(config, classes, modalities, scalers, layouts, net, stats);
        } catch (RuntimeException e) {
            throw new IOException(props + ": not a valid saved model (" + e + ")");
        }
    }

    private static String floats(float[] v) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            b.append(i == 0 ? "" : ",").append(Float.toString(v[i]));
        }
        return b.toString();
    }

    private static float[] parseFloats(String s) {
        String[] parts = s.split(",");
        float[] v = new float[parts.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = Float.parseFloat(parts[i]);
        }
        return v;
    }
}
