package org.aiotbench.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.aiotbench.family.har.HarSource;
import org.aiotbench.family.har.SyntheticRawGenerator;
import org.aiotbench.reference.har.HarArray;
import org.aiotbench.reference.har.HarDataset;
import org.aiotbench.reference.har.HarSplit;
import org.aiotbench.reference.har.Npy;
import org.aiotbench.reference.har.Splits;
import org.aiotbench.reference.har.models.Backend;
import org.aiotbench.reference.har.models.Dl4jHarModel;
import org.aiotbench.reference.har.models.InferenceLatency;
import org.aiotbench.reference.har.models.ModelConfig;
import org.aiotbench.reference.har.models.Standardizer;
import org.aiotbench.reference.har.models.TrainedModel;

/**
 * Trains and times the dl4j-* baselines on one fixed workload, and the same 1-D CNN in PyTorch
 * (our script {@code har_cnn1d_torch.py}, run with the same data, epochs, batch, optimiser and
 * thread count) for {@code aiotbench bench har}. Touches DL4J: callers check
 * {@link HarModelBaseline#missingDl4j} first.
 */
public final class HarModelBaselineBench {

    /** The PyTorch script, shipped in the jar and written beside the data at run time. */
    static final String SCRIPT = "/org/aiotbench/bench/har_cnn1d_torch.py";
    static final int LATENCY_SAMPLES = 100;
    static final int LATENCY_WARMUP = 10;

    private HarModelBaselineBench() {
    }

    /**
     * The fixed workload: synthetic WISDM-like raw windows (the {@code synthetic-wisdm-raw}
     * dataset's generator and parameters: 10 users, 480 windows of 3 × 200), users 8–10 tested,
     * standardised per channel on the training windows, channels first.
     */
    public record Workload(String description, HarDataset train, HarDataset test, int epochs, int batch, int threads,
                           long seed) {
    }

    /** One model's figures; {@code trainSeconds} excludes data loading, latency is per sample (batch of one). */
    public record Row(String model, long parameters, double trainSeconds, double accuracy, double latencyMedianUs,
                      double latencyP95Us, String backend) {
    }

    public static Workload workload(Path scratch, int epochs, int batch, int threads) throws IOException {
        Path data = Files.createDirectories(scratch.resolve("data"));
        new SyntheticRawGenerator().generate(data, Map.of("users", 10, "seconds", 80, "bouts", 2, "window", 200), 20261125L);
        HarDataset all = HarSource.npy(data, "synthetic-wisdm-raw").data();
        HarSplit split = Splits.leaveGroupsOut(all, new int[] {8, 9, 10});
        HarDataset train = channelsFirstScaled(split.train(), null);
        HarDataset test = channelsFirstScaled(split.test(), Standardizer.fit(HarModelBaselineRun.shape(ModelConfig.cnn1d(),
                split.train().input("acc"))));
        String d = String.format(Locale.ROOT, "synthetic WISDM-like windows (3 x 200), %d train / %d test (users 8-10),"
                + " %d epochs, batch %d, %d thread(s), no early stopping", train.size(), test.size(), epochs, batch, threads);
        return new Workload(d, train, test, epochs, batch, threads, 0);
    }

    /** Channels first, scaled with {@code fit} (fitted here on {@code d} itself when null). */
    private static HarDataset channelsFirstScaled(HarDataset d, Standardizer fit) {
        HarArray x = HarModelBaselineRun.shape(ModelConfig.cnn1d(), d.input("acc"));
        Standardizer s = fit == null ? Standardizer.fit(x) : fit;
        return new HarDataset(d.name(), d.classes(), Map.of("acc", new HarArray(x.shape(), s.apply(x))), d.labels(), d.groups());
    }

    /** Trains baseline {@code name} on the workload: its own network, the workload's epochs and batch. */
    public static Row dl4j(String name, Workload w) {
        ModelConfig c = HarModelBaseline.named(name).config().withEpochs(w.epochs()).withBatchSize(w.batch())
                .withValidationFraction(0);
        Backend.useThreads(w.threads());
        HarDataset train = reshape(c, w.train());
        HarDataset test = reshape(c, w.test());
        TrainedModel m = new Dl4jHarModel(c).train(train, w.seed());
        int[] p = m.predict(test);
        int ok = 0;
        for (int i = 0; i < p.length; i++) {
            ok += p[i] == test.label(i) ? 1 : 0;
        }
        InferenceLatency lat = InferenceLatency.measure(m, test, LATENCY_SAMPLES, LATENCY_WARMUP);
        return new Row(name, m.parameterCount(), m.stats().trainMillis() / 1000.0, 100.0 * ok / p.length,
                lat.medianMicros(), lat.p95Micros(), m.stats().backend());
    }

    private static HarDataset reshape(ModelConfig c, HarDataset d) {
        HarArray x = HarModelBaselineRun.shape(c, d.input("acc"));
        return new HarDataset(d.name(), d.classes(), Map.of("acc", x), d.labels(), d.groups());
    }

    /** ND4J's own report of its threads and backend, to print beside the table. */
    public static Map<String, Object> environment() {
        return Backend.environment();
    }

    /**
     * The PyTorch 1-D CNN on the same arrays, through {@code python}.
     *
     * @throws IOException with a one-line message when the interpreter or torch is missing or the script fails
     */
    public static Row torch(String python, Workload w, Path scratch) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(scratch.resolve("torch"));
        Npy.write(dir.resolve("x_train.npy"), w.train().input("acc"));
        Npy.write(dir.resolve("y_train.npy"), w.train().labels(), new int[] {w.train().size()});
        Npy.write(dir.resolve("x_test.npy"), w.test().input("acc"));
        Npy.write(dir.resolve("y_test.npy"), w.test().labels(), new int[] {w.test().size()});
        Path script = dir.resolve("har_cnn1d_torch.py");
        try (InputStream in = HarModelBaselineBench.class.getResourceAsStream(SCRIPT)) {
            Files.copy(in, script);
        }
        ModelConfig c = ModelConfig.cnn1d();
        List<String> cmd = new ArrayList<>(List.of(python, script.toString(), dir.toString(), Integer.toString(w.epochs()),
                Integer.toString(w.batch()), Double.toString(c.learningRate()), Double.toString(c.l2()),
                Double.toString(c.dropout()), Integer.toString(w.threads()), Long.toString(w.seed()),
                Integer.toString(LATENCY_SAMPLES), Integer.toString(LATENCY_WARMUP)));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("OMP_NUM_THREADS", Integer.toString(w.threads()));
        Process proc = pb.start();
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!proc.waitFor(1, TimeUnit.HOURS) || proc.exitValue() != 0) {
            List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
            throw new IOException("the PyTorch script failed: " + (lines.isEmpty() ? "no output" : lines.get(lines.size() - 1)));
        }
        String last = out.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElse("");
        JsonNode j = new ObjectMapper().readTree(last.isEmpty() ? "{}" : last);
        if (!j.has("train_s")) {
            throw new IOException("the PyTorch script printed no result line");
        }
        return new Row("pytorch-cnn1d (torch " + j.path("torch").asText() + ", " + j.path("threads").asInt() + " thread(s))",
                j.path("parameters").asLong(), j.path("train_s").asDouble(), j.path("accuracy").asDouble(),
                j.path("latency_median_us").asDouble(), j.path("latency_p95_us").asDouble(), "cpu");
    }

    /** Why {@code python} cannot run the comparison (one line), or null if it can import torch. */
    public static String missingTorch(String python) {
        try {
            Process p = new ProcessBuilder(python, "-c", "import torch, numpy").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return python + " took over 2 minutes to import torch";
            }
            if (p.exitValue() == 0) {
                return null;
            }
            List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
            return python + " cannot import torch and numpy (" + (lines.isEmpty() ? "exit " + p.exitValue() : lines.get(lines.size() - 1))
                    + "); install python3-torch or name an interpreter with --python";
        } catch (IOException e) {
            return python + " cannot be started: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** The table: one row per model, then DL4J/PyTorch ratios for the 1-D CNN. */
    public static String table(Workload w, List<Row> rows, Row torch, Map<String, Object> env) {
        StringBuilder b = new StringBuilder();
        b.append("workload: ").append(w.description()).append('\n');
        b.append("ND4J: ").append(env).append('\n');
        b.append(String.format(Locale.ROOT, "%-44s %10s %9s %7s %14s %11s%n", "model", "params", "train s", "acc %",
                "latency med ms", "p95 ms"));
        List<Row> all = new ArrayList<>(rows);
        if (torch != null) {
            all.add(torch);
        }
        for (Row r : all) {
            b.append(String.format(Locale.ROOT, "%-44s %10d %9.2f %7.2f %14.3f %11.3f%n", r.model(), r.parameters(),
                    r.trainSeconds(), r.accuracy(), r.latencyMedianUs() / 1000, r.latencyP95Us() / 1000));
        }
        Row cnn = rows.stream().filter(r -> r.model().equals("dl4j-cnn1d")).findFirst().orElse(null);
        if (cnn != null && torch != null) {
            b.append(String.format(Locale.ROOT, "dl4j-cnn1d / pytorch-cnn1d: training %.2fx (goal <= 1.5x), latency median %.2fx,"
                            + " p95 %.2fx (goal <= 1x)%n", cnn.trainSeconds() / torch.trainSeconds(),
                    cnn.latencyMedianUs() / torch.latencyMedianUs(), cnn.latencyP95Us() / torch.latencyP95Us()));
        }
        return b.toString();
    }
}
