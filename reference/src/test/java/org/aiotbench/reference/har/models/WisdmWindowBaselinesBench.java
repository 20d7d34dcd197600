package org.aiotbench.reference.har.models;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.aiotbench.reference.har.HarDataset;
import org.aiotbench.reference.har.HarSplit;
import org.aiotbench.reference.har.Splits;
import org.aiotbench.reference.har.WisdmRawSynth;
import org.aiotbench.reference.har.WisdmWindows;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Opt-in workload (minutes, so not in CI): the five WISDM window baselines on synthetic raw
 * data (hardata's {@link WisdmRawSynth}, 10 s windows), two users held out; prints accuracy,
 * training time and per-sample inference latency. Run:
 * {@code AIOTBENCH_BENCH=1 ./mvnw -B -o -pl reference test -Dtest=WisdmWindowBaselinesBench
 * -Dsurefire.failIfNoSpecifiedTests=false} (AIOTBENCH_BENCH_EPOCHS sets the epochs, default 10).
 */
class WisdmWindowBaselinesBench {

    @Test
    void windowBaselinesBeatChanceOnHeldOutSyntheticUsers() {
        Assumptions.assumeTrue(System.getenv("AIOTBENCH_BENCH") != null, "AIOTBENCH_BENCH is not set");
        int epochs = Integer.parseInt(System.getenv().getOrDefault("AIOTBENCH_BENCH_EPOCHS", "10"));
        HarDataset windows = ChannelsFirst.of(WisdmWindows.window(
                WisdmRawSynth.generate(WisdmRawSynth.Config.uniform(8, 60, 1)), WisdmWindows.Spec.kwapisz()),
                WisdmWindows.MODALITY);
        HarSplit split = Splits.leaveGroupsOut(windows, Splits.chooseGroups(windows, 2, 1));
        System.out.println("synthetic WISDM windows " + windows.input(WisdmWindows.MODALITY) + ": train "
                + split.train().size() + ", test " + split.test().size() + ", backend " + Backend.describe());
        for (ModelConfig c : List.of(ModelConfig.cnn1d(), ModelConfig.lstm(), ModelConfig.bilstm(), ModelConfig.convLstm())) {
            ModelConfig fixed = c.withEpochs(epochs).withValidationFraction(0);
            TrainedModel m = new Dl4jHarModel(fixed).train(split.train(), 0);
            int[] p = m.predict(split.test());
            double acc = SyntheticWindows.accuracy(p, split.test());
            InferenceLatency lat = InferenceLatency.measure(m, split.test(), 100, 10);
            System.out.printf(java.util.Locale.ROOT,
                    "%-10s params %8d  acc %.3f  train %6.1f s (%d epochs)  latency median %.0f us p95 %.0f us%n",
                    fixed.id(), m.parameterCount(), acc, m.stats().trainMillis() / 1000.0, epochs,
                    lat.medianMicros(), lat.p95Micros());
            assertTrue(acc > 1.0 / 6, fixed.id() + " is at chance: " + acc);
        }
    }
}
