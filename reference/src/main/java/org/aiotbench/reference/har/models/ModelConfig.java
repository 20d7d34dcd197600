package org.aiotbench.reference.har.models;

import java.util.Arrays;
import java.util.Objects;
import java.util.Properties;

/**
 * Everything that defines a baseline besides the data and the seed, so that a saved model can
 * say how it was made and a run can be repeated.
 *
 * @param architecture       the network family
 * @param width              hidden units (MLP, recurrent) or base filter count (convolutional)
 * @param blocks             residual blocks per stage (RESNET only; e.g. 2,2,2,2 = ResNet-18)
 * @param epochs             maximum passes over the training data
 * @param batchSize          mini-batch size
 * @param learningRate       Adam step size
 * @param l2                 L2 weight decay
 * @param dropout            drop probability before the classifier (0 = none)
 * @param validationFraction share of the training data held out (stratified) to choose the
 *                           epoch; 0 trains on everything for exactly {@code epochs} epochs
 * @param patience           epochs without validation improvement before stopping
 */
public record ModelConfig(Architecture architecture, int width, int[] blocks, int epochs, int batchSize,
                          double learningRate, double l2, double dropout, double validationFraction,
                          int patience) {

    public ModelConfig {
        Objects.requireNonNull(architecture, "architecture");
        blocks = blocks == null ? new int[0] : blocks.clone();
        if (width < 1 || epochs < 1 || batchSize < 1 || patience < 1) {
            throw new IllegalArgumentException("width, epochs, batchSize and patience must be positive");
        }
        if (!(validationFraction >= 0 && validationFraction < 1) || !(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("validationFraction and dropout must be in [0, 1)");
        }
        if (architecture == Architecture.RESNET && blocks.length == 0) {
            throw new IllegalArgumentException("a RESNET needs blocks per stage, e.g. 2,2,2,2");
        }
    }

    @Override
    public int[] blocks() {
        return blocks.clone();
    }

    /** WISDM transformed features: two ReLU layers of 128, 40 epochs on all training data. */
    public static ModelConfig wisdmMlp() {
        return new ModelConfig(Architecture.MLP, 128, null, 40, 128, 3e-3, 1e-4, 0.2, 0.0, 20);
    }

    /** Raw windows (N × 3 × 200). */
    public static ModelConfig cnn1d() {
        return new ModelConfig(Architecture.CNN1D, 64, null, 40, 32, 1e-3, 1e-4, 0.3, 0.1, 8);
    }

    public static ModelConfig lstm() {
        return new ModelConfig(Architecture.LSTM, 64, null, 40, 32, 2e-3, 1e-4, 0.2, 0.1, 8);
    }

    public static ModelConfig bilstm() {
        return new ModelConfig(Architecture.BILSTM, 64, null, 40, 32, 2e-3, 1e-4, 0.2, 0.1, 8);
    }

    public static ModelConfig convLstm() {
        return new ModelConfig(Architecture.CONV_LSTM, 64, null, 40, 32, 1e-3, 1e-4, 0.2, 0.1, 8);
    }

    /** ResNet with basic blocks; {@code resnet(2,2,2,2)} is ResNet-18, {@code resnet(3,4,6,3)} ResNet-34. */
    public static ModelConfig resnet(int... blocksPerStage) {
        return new ModelConfig(Architecture.RESNET, 64, blocksPerStage, 30, 16, 1e-3, 1e-4, 0.0, 0.1, 6);
    }

    public static ModelConfig resnet18() {
        return resnet(2, 2, 2, 2);
    }

    public static ModelConfig resnet34() {
        return resnet(3, 4, 6, 3);
    }

    /** Harmony: one encoder per modality (audio, depth, radar), concatenated. */
    public static ModelConfig fusion() {
        return new ModelConfig(Architecture.FUSION, 32, null, 30, 16, 1e-3, 1e-4, 0.3, 0.1, 6);
    }

    public ModelConfig withWidth(int w) {
        return new ModelConfig(architecture, w, blocks, epochs, batchSize, learningRate, l2, dropout,
                validationFraction, patience);
    }

    public ModelConfig withEpochs(int e) {
        return new ModelConfig(architecture, width, blocks, e, batchSize, learningRate, l2, dropout,
                validationFraction, patience);
    }

    public ModelConfig withPatience(int p) {
        return new ModelConfig(architecture, width, blocks, epochs, batchSize, learningRate, l2, dropout,
                validationFraction, p);
    }

    public ModelConfig withValidationFraction(double f) {
        return new ModelConfig(architecture, width, blocks, epochs, batchSize, learningRate, l2, dropout,
                f, patience);
    }

    public ModelConfig withBatchSize(int b) {
        return new ModelConfig(architecture, width, blocks, epochs, b, learningRate, l2, dropout,
                validationFraction, patience);
    }

    /** A short stable name, e.g. {@code resnet-2-2-2-2}, used in file and result names. */
    public String id() {
        String a = architecture.name().toLowerCase().replace('_', '-');
        if (blocks.length == 0) {
            return a;
        }
        StringBuilder b = new StringBuilder(a);
        for (int n : blocks) {
            b.append('-').append(n);
        }
        return b.toString();
    }

    void store(Properties p) {
        p.setProperty("architecture", architecture.name());
        p.setProperty("width", Integer.toString(width));
        p.setProperty("blocks", Arrays.toString(blocks));
        p.setProperty("epochs", Integer.toString(epochs));
        p.setProperty("batchSize", Integer.toString(batchSize));
        p.setProperty("learningRate", Double.toString(learningRate));
        p.setProperty("l2", Double.toString(l2));
        p.setProperty("dropout", Double.toString(dropout));
        p.setProperty("validationFraction", Double.toString(validationFraction));
        p.setProperty("patience", Integer.toString(patience));
    }

    static ModelConfig load(Properties p) {
        String b = p.getProperty("blocks", "[]").replaceAll("[\\[\\] ]", "");
        int[] blocks = b.isEmpty() ? new int[0] : Arrays.stream(b.split(",")).mapToInt(Integer::parseInt).toArray();
        return new ModelConfig(Architecture.valueOf(p.getProperty("architecture")),
                Integer.parseInt(p.getProperty("width")), blocks,
                Integer.parseInt(p.getProperty("epochs")), Integer.parseInt(p.getProperty("batchSize")),
                Double.parseDouble(p.getProperty("learningRate")), Double.parseDouble(p.getProperty("l2")),
                Double.parseDouble(p.getProperty("dropout")),
                Double.parseDouble(p.getProperty("validationFraction")),
                Integer.parseInt(p.getProperty("patience")));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelConfig c && architecture == c.architecture && width == c.width
                && Arrays.equals(blocks, c.blocks) && epochs == c.epochs && batchSize == c.batchSize
                && learningRate == c.learningRate && l2 == c.l2 && dropout == c.dropout
                && validationFraction == c.validationFraction && patience == c.patience;
    }

    @Override
    public int hashCode() {
        return Objects.hash(architecture, width, Arrays.hashCode(blocks), epochs, batchSize, learningRate,
                l2, dropout, validationFraction, patience);
    }

    @Override
    public String toString() {
        return "ModelConfig[" + id() + ", width " + width + ", epochs " + epochs + ", batch " + batchSize
                + ", lr " + learningRate + ", l2 " + l2 + ", dropout " + dropout + ", validation "
                + validationFraction + ", patience " + patience + "]";
    }
}
