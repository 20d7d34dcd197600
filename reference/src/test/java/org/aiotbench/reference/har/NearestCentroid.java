package org.aiotbench.reference.har;

/**
 * The simplest learner that can show a dataset has class structure: standardise each feature
 * with the training mean and deviation, then predict the class whose training centroid is
 * nearest. Used by tests to check synthetic data is learnable but not trivially so.
 */
final class NearestCentroid {

    private NearestCentroid() {
    }

    /** Test accuracy in [0, 1] of nearest-centroid on the given flat features. */
    static double accuracy(float[] trainX, int[] trainY, float[] testX, int[] testY, int features, int classes) {
        int n = trainY.length;
        double[] mean = new double[features];
        double[] sd = new double[features];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < features; j++) {
                mean[j] += trainX[i * features + j];
            }
        }
        for (int j = 0; j < features; j++) {
            mean[j] /= n;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < features; j++) {
                double d = trainX[i * features + j] - mean[j];
                sd[j] += d * d;
            }
        }
        for (int j = 0; j < features; j++) {
            sd[j] = Math.sqrt(sd[j] / n) + 1e-9;
        }
        double[][] centroid = new double[classes][features];
        int[] count = new int[classes];
        for (int i = 0; i < n; i++) {
            count[trainY[i]]++;
            for (int j = 0; j < features; j++) {
                centroid[trainY[i]][j] += (trainX[i * features + j] - mean[j]) / sd[j];
            }
        }
        for (int c = 0; c < classes; c++) {
            for (int j = 0; j < features; j++) {
                centroid[c][j] /= Math.max(1, count[c]);
            }
        }
        int correct = 0;
        for (int i = 0; i < testY.length; i++) {
            int best = -1;
            double bestD = Double.POSITIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                if (count[c] == 0) {
                    continue;
                }
                double dist = 0;
                for (int j = 0; j < features; j++) {
                    double d = (testX[i * features + j] - mean[j]) / sd[j] - centroid[c][j];
                    dist += d * d;
                }
                if (dist < bestD) {
                    bestD = dist;
                    best = c;
                }
            }
            if (best == testY[i]) {
                correct++;
            }
        }
        return (double) correct / testY.length;
    }

    /** Accuracy of nearest-centroid on a split, using one modality's flattened samples. */
    static double accuracy(HarSplit s, String modality) {
        HarArray tr = s.train().input(modality);
        HarArray te = s.test().input(modality);
        return accuracy(tr.data(), s.train().labels(), te.data(), s.test().labels(), tr.rowLength(),
                s.train().numClasses());
    }
}
