package org.aiotbench.family.har;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.aiotbench.dataset.SyntheticGenerator;
import org.aiotbench.reference.har.HarDataset;
import org.aiotbench.reference.har.WiarSynth;

/**
 * WiAR-like Wi-Fi CSI in the {@code har-npy} layout, from {@link WiarSynth}: at the defaults
 * exactly the shape of GPIoT's array (450 samples × 90 streams × 250 steps, 15 activities × 30
 * repetitions). No subjects.
 *
 * <p>Params: {@code repetitions} per activity (default 30), {@code scale} of both per-sample
 * dimensions (default 1 = 90 × 250).
 */
public final class SyntheticWiarGenerator implements SyntheticGenerator {

    @Override
    public String name() {
        return "har-wiar";
    }

    @Override
    public void generate(Path dir, Map<String, Object> params, long seed) throws IOException {
        SyntheticParams p = new SyntheticParams(name(), params).only(Set.of("repetitions", "scale"));
        HarDataset d = WiarSynth.generate(new WiarSynth.Config(p.integer("repetitions", WiarSynth.REPETITIONS, 1, 10_000),
                p.fraction("scale", 1.0), seed));
        int[] shape = d.input(WiarSynth.MODALITY).sampleShape();
        String meaning = "simulated Wi-Fi channel state information amplitude: axis 1 = " + shape[0]
                + " streams (antennas x subcarriers), axis 2 = " + shape[1] + " time steps of one activity";
        HarSource.writeNpy(dir, d, Map.of(WiarSynth.MODALITY, meaning));
    }
}
