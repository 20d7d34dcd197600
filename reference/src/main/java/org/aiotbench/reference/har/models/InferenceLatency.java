package org.aiotbench.reference.har.models;

import java.util.Arrays;
import org.aiotbench.reference.har.HarDataset;

/**
 * Per-sample inference latency: each sample predicted alone (batch of one), as a deployed
 * recogniser would see it, after a short warm-up so JIT compilation is not counted.
 *
 * @param samples        how many single-sample predictions were timed
 * @param medianMicros   median latency
 * @param p95Micros      95th percentile (nearest rank)
 */
public record InferenceLatency(int samples, double medianMicros, double p95Micros) {

    public static InferenceLatency measure(TrainedModel model, HarDataset data, int maxSamples, int warmup) {
        int n = Math.min(maxSamples, data.size());
        if (n == 0) {
            throw new IllegalArgumentException(data.name() + ": no samples to time");
        }
        for (int w = 0; w < warmup; w++) {
            model.predict(data.subset(new int[] {w % data.size()}));
        }
        long[] ns = new long[n];
        for (int i = 0; i < n; i++) {
            HarDataset one = data.subset(new int[] {i});
            long t = System.nanoTime();
            model.predict(one);
            ns[i] = System.nanoTime() - t;
        }
        Arrays.sort(ns);
        double median = n % 2 == 1 ? ns[n / 2] : (ns[n / 2 - 1] + ns[n / 2]) / 2.0;
        double p95 = ns[Math.max(0, (int) Math.ceil(0.95 * n) - 1)];
        return new InferenceLatency(n, median / 1000.0, p95 / 1000.0);
    }
}
