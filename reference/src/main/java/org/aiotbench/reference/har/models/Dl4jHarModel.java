package org.aiotbench.reference.har.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.aiotbench.reference.har.HarArray;
import org.aiotbench.reference.har.HarDataset;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Trains any {@link Architecture} with DL4J: per-channel standardisation fitted on the training
 * data, Adam, mini-batches in a seeded order, and early stopping on a stratified hold-out of the
 * training data (the weights of the best validation epoch are kept).
 */
public final class Dl4jHarModel implements HarModel {

    private final ModelConfig config;

    public Dl4jHarModel(ModelConfig config) {
        this.config = config;
    }

    public ModelConfig config() {
        return config;
    }

    @Override
    public String id() {
        return config.id();
    }

    @Override
    public TrainedModel train(HarDataset data, long seed) {
        long t0 = System.nanoTime();
        long netSeed = nd4jSeed(seed);
        Nd4j.getRandom().setSeed(netSeed);
        List<String> modalities = new ArrayList<>(data.inputs().keySet());
        Map<String, Standardizer> scalers = new LinkedHashMap<>();
        List<InputLayout> layouts = new ArrayList<>();
        for (String m : modalities) {
            HarArray x = data.input(m);
            scalers.put(m, Standardizer.fit(x));
            layouts.add(layout(config.architecture(), m, x));
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        int[][] parts = holdOut(data.labels(), data.numClasses(), config.validationFraction(), rnd.split());
        int[] fitIdx = parts[0];
        int[] valIdx = parts[1];

        ComputationGraph net = new ComputationGraph(
                NetworkFactory.build(config, layouts, data.numClasses(), netSeed));
        net.init();
        Batches batches = new Batches(data, modalities, scalers, layouts);

        INDArray best = null;
        double bestAcc = Double.NaN;
        int bestEpoch = 0;
        int epoch = 0;
        int[] order = fitIdx.clone();
        SplittableRandom shuffle = rnd.split();
        while (epoch < config.epochs()) {
            epoch++;
            shuffle(order, shuffle);
            for (int from = 0; from < order.length; from += config.batchSize()) {
                int[] idx = Arrays.copyOfRange(order, from, Math.min(order.length, from + config.batchSize()));
                net.fit(batches.batch(idx));
            }
            if (valIdx.length == 0) {
                bestEpoch = epoch;
                continue;
            }
            double acc = accuracy(TrainedModel.predict(net, batches, valIdx), data, valIdx);
            if (best == null || acc > bestAcc) {
                bestAcc = acc;
                bestEpoch = epoch;
                best = net.params().dup();
            } else if (epoch - bestEpoch >= config.patience()) {
                break;
            }
        }
        if (best != null) {
            net.setParams(best);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        TrainingStats stats = new TrainingStats(ms, epoch, bestEpoch, bestAcc, Backend.describe());
        return new TrainedModel(config, data.classes(), modalities, scalers, layouts, net, stats);
    }

    /**
     * The seed handed to ND4J/DL4J: never 0. Measured with 1.0.0-M2.1: a graph configured with
     * seed 0 gets different initial weights on every {@code init()}, even right after
     * {@code Nd4j.getRandom().setSeed(0)}, while any other seed repeats exactly. SplitMix64's
     * finaliser spreads nearby user seeds (fold 0, 1, 2, ...) apart as well.
     */
    static long nd4jSeed(long seed) {
        long z = seed + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return z == 0 ? 1 : z;
    }

    static InputLayout layout(Architecture a, String modality, HarArray x) {
        InputLayout l = InputLayout.of(modality, x);
        return (a == Architecture.RESNET || a == Architecture.FUSION) && l.kind() != InputLayout.Kind.VECTOR
                ? l.asImage() : l;
    }

    /** Stratified split of sample indices into {fit, validation}, each in ascending order. */
    static int[][] holdOut(int[] labels, int classes, double fraction, SplittableRandom rnd) {
        if (fraction <= 0) {
            int[] all = new int[labels.length];
            Arrays.setAll(all, i -> i);
            return new int[][] {all, new int[0]};
        }
        List<Integer> fit = new ArrayList<>();
        List<Integer> val = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            final int cls = c;
            int[] members = java.util.stream.IntStream.range(0, labels.length).filter(i -> labels[i] == cls).toArray();
            shuffle(members, rnd);
            int nVal = (int) Math.round(members.length * fraction);
            for (int k = 0; k < members.length; k++) {
                (k < nVal ? val : fit).add(members[k]);
            }
        }
        return new int[][] {fit.stream().mapToInt(Integer::intValue).sorted().toArray(),
                val.stream().mapToInt(Integer::intValue).sorted().toArray()};
    }

    static void shuffle(int[] a, SplittableRandom rnd) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static double accuracy(int[] predicted, HarDataset data, int[] idx) {
        int ok = 0;
        for (int k = 0; k < idx.length; k++) {
            if (predicted[k] == data.label(idx[k])) {
                ok++;
            }
        }
        return (double) ok / idx.length;
    }

    /** Turns sample indices into standardised network inputs (and one-hot labels). */
    static final class Batches {
        private final HarDataset data;
        private final List<InputLayout> layouts;
        /** Standardised once up front: scaling every mini-batch again would cost each epoch. */
        private final List<HarArray> scaled = new ArrayList<>();

        Batches(HarDataset data, List<String> modalities, Map<String, Standardizer> scalers,
                List<InputLayout> layouts) {
            this.data = data;
            this.layouts = layouts;
            for (String m : modalities) {
                HarArray x = data.input(m);
                scaled.add(new HarArray(x.shape(), scalers.get(m).apply(x)));
            }
        }

        INDArray[] features(int[] idx) {
            INDArray[] f = new INDArray[scaled.size()];
            for (int m = 0; m < f.length; m++) {
                f[m] = layouts.get(m).toNd(scaled.get(m).rows(idx).data(), idx.length);
            }
            return f;
        }

        MultiDataSet batch(int[] idx) {
            INDArray y = Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.FLOAT, idx.length, data.numClasses());
            for (int k = 0; k < idx.length; k++) {
                y.putScalar(k, data.label(idx[k]), 1f);
            }
            return new MultiDataSet(features(idx), new INDArray[] {y});
        }
    }
}
