package org.aiotbench.reference.har;

import java.util.List;

/**
 * The simplest learner that can show a dataset has class structure: standardise each feature
 * with the training mean and deviation, then predict the class whose training centroid is
 * nearest. Used by tests to check synthetic data is learnable but not trivially so. For
 * several modalities, each modality's squared distance is divided by its feature count before
 * summing, so a big modality (depth) does not drown a small one (audio).
 */
final class NearestCentroid {

    private NearestCentroid() {
    }

    /** Test accuracy in [0, 1] of nearest-centroid on the given flat features. */
    static double accuracy(float[] trainX, int[] trainY, float[] testX, int[] testY, int features, int classes) {
        return score(distances(trainX, trainY, testX, testY.length, features, classes), testY);
    }

    /** Accuracy of nearest-centroid on a split, using one modality's flattened samples. */
    static double accuracy(HarSplit s, String modality) {
        return fusedAccuracy(s, List.of(modality));
    }

    /** Accuracy with the modalities' normalised distances summed. */
    static double fusedAccuracy(HarSplit s, List<String> modalities) {
        double[][] sum = null;
        for (String m : modalities) {
            HarArray tr = s.train().input(m);
            HarArray te = s.test().input(m);
            double[][] d = distances(tr.data(), s.train().labels(), te.data(), te.samples(), tr.rowLength(),
                    s.train().numClasses());
            if (sum == null) {
                sum = d;
            } else {
                for (int i = 0; i < d.length; i++) {
                    for (int c = 0; c < d[i].length; c++) {
                        sum[i][c] += d[i][c];
                    }
                }
            }
        }
        return score(sum, s.test().labels());
    }

    private static double score(double[][] dist, int[] testY) {
        int correct = 0;
        for (int i = 0; i < testY.length; i++) {
            int best = 0;
            for (int c = 1; c < dist[i].length; c++) {
                if (dist[i][c] < dist[i][best]) {
                    best = c;
                }
            }
            if (best == testY[i]) {
                correct++;
            }
        }
        return (double) correct / testY.length;
    }

    /** Mean squared standardised distance of each test sample to each class centroid (+inf for absent classes). */
    private static double[][] distances(float[] trainX, int[] trainY, float[] testX, int nTest, int features,
                                        int classes) {
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
        double[][] out = new double[nTest][classes];
        for (int c = 0; c < classes; c++) {
            for (int j = 0; j < features; j++) {
                centroid[c][j] /= Math.max(1, count[c]);
            }
        }
        for (int i = 0; i < nTest; i++) {
            for (int c = 0; c < classes; c++) {
                if (count[c] == 0) {
                    out[i][c] = Double.POSITIVE_INFINITY;
                    continue;
                }
                double dist = 0;
                for (int j = 0; j < features; j++) {
                    double d = (testX[i * features + j] - mean[j]) / sd[j] - centroid[c][j];
                    dist += d * d;
                }
                out[i][c] = dist / features;
            }
        }
        return out;
    }
}
