package org.aiotbench.adapter;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.aiotbench.catalogue.Task;
import org.aiotbench.reference.har.models.ModelConfig;

/**
 * A DL4J network of {@code org.aiotbench.reference.har.models} as a baseline for {@code har}
 * tasks, named {@code dl4j-<model>}. Its program reads the neutral input view exactly as a
 * generated program does (see {@link HarModelBaselineRun}), trains with a fixed seed, writes
 * {@code predictions.csv}, and reports its training time, per-sample inference latency and
 * backend as measurements of the cell.
 *
 * <p>DL4J is not inside the shaded {@code aiotbench.jar} (its jars and natives are ~150 MB);
 * the launcher puts it on the class path. Without it these cells fail with a one-line reason.
 *
 * @param name   the name tasks list under {@code baselines:}
 * @param config the network and its training settings
 */
public record HarModelBaseline(String name, ModelConfig config) implements Baseline {

    /** Seed of every training: baselines are deterministic, and one seed keeps them comparable. */
    public static final long SEED = 0;
    /** Single-sample predictions timed for the latency figures, after {@link #LATENCY_WARMUP}. */
    static final int LATENCY_SAMPLES = 100;
    static final int LATENCY_WARMUP = 10;

    private static final Map<String, Supplier<ModelConfig>> MODELS = new java.util.LinkedHashMap<>();

    static {
        // Epochs are chosen so that each default cell trains in a minute or two on one CI core
        // (measured; see HAR_BASELINES.md). Early stopping (10% held out) may end sooner. The
        // full-width ResNets cost about 27 s per epoch on the 2,310 synthetic XRF55 RFID samples
        // (estimated from `bench har`), hence only 3 epochs in the harness.
        MODELS.put("dl4j-mlp", ModelConfig::wisdmMlp);
        MODELS.put("dl4j-cnn1d", () -> ModelConfig.cnn1d().withEpochs(30));
        MODELS.put("dl4j-lstm", () -> ModelConfig.lstm().withEpochs(15));
        MODELS.put("dl4j-bilstm", () -> ModelConfig.bilstm().withEpochs(10));
        MODELS.put("dl4j-conv-lstm", () -> ModelConfig.convLstm().withEpochs(20));
        MODELS.put("dl4j-resnet18", () -> ModelConfig.resnet18().withEpochs(3));
        MODELS.put("dl4j-resnet34", () -> ModelConfig.resnet34().withEpochs(3));
        MODELS.put("dl4j-fusion", () -> ModelConfig.fusion().withEpochs(10));
    }

    public static List<Baseline> all() {
        return MODELS.entrySet().stream().<Baseline>map(e -> new HarModelBaseline(e.getKey(), e.getValue().get())).toList();
    }

    /** The baseline of that name, e.g. {@code dl4j-cnn1d}. */
    public static HarModelBaseline named(String name) {
        Supplier<ModelConfig> c = MODELS.get(name);
        if (c == null) {
            throw new IllegalArgumentException("no DL4J baseline named '" + name + "' (known: " + String.join(", ", MODELS.keySet()) + ")");
        }
        return new HarModelBaseline(name, c.get());
    }

    @Override
    public String family() {
        return "har";
    }

    @Override
    public Program.InProcess program(Task task) {
        return new Program.InProcess(name, new Body(config));
    }

    /**
     * Why DL4J cannot run here (one line), or null when it can: its classes must be on the class
     * path and ND4J must load a backend (its native library) for this machine.
     */
    public static String missingDl4j() {
        return missingDl4j(Body.PROBE);
    }

    static String missingDl4j(String probeClass) {
        try {
            Class.forName(probeClass, true, HarModelBaseline.class.getClassLoader());
            return null;
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            return "DL4J is not on the class path (run through ./aiotbench, which adds the jars listed in"
                    + " harness/target/dl4j.classpath)";
        } catch (LinkageError | RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            return "ND4J could not load its backend: " + root;
        }
    }

    /** The failure of a baseline that could not run at all; its message is the whole reason. */
    static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }

    /** The in-process program: one training and prediction per run, then its measurements. */
    public static final class Body implements Program.Body, Program.Measuring {
        /** Loading it initialises ND4J, i.e. finds the backend and its natives. */
        static final String PROBE = "org.nd4j.linalg.factory.Nd4j";

        private final ModelConfig config;
        private final String probe;
        private Program.Measurements last = new Program.Measurements(Map.of(), Map.of());

        public Body(ModelConfig config) {
            this(config, PROBE);
        }

        /** {@code probe}: the class whose loading proves DL4J usable (tests name a missing one). */
        public Body(ModelConfig config, String probe) {
            this.config = config;
            this.probe = probe;
        }

        @Override
        public void run(Path inputDir, Path outputDir) throws Exception {
            String missing = missingDl4j(probe);
            if (missing != null) {
                throw new Unavailable(missing);
            }
            // Only now is any DL4J class touched.
            last = HarModelBaselineRun.run(config, SEED, inputDir, outputDir);
        }

        @Override
        public Program.Measurements measurements() {
            return last;
        }
    }
}
