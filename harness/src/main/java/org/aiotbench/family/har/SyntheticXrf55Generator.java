package org.aiotbench.family.har;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aiotbench.dataset.SyntheticGenerator;
import org.aiotbench.reference.har.Npy;
import org.aiotbench.reference.har.Xrf55Data;
import org.aiotbench.reference.har.Xrf55Layout;
import org.aiotbench.reference.har.Xrf55Synth;

/**
 * XRF55-like radio data in the {@code har-npy} layout, from {@link Xrf55Synth}: volunteers ×
 * actions × repetitions samples with the real per-sample shapes (at {@code scale} 1), the
 * volunteer as group, and {@code split.npy} marking the official split (repetitions 15–20 are
 * tested).
 *
 * <p>Params: {@code volunteers} (default 3), {@code actions} (2..55, default 55),
 * {@code repetitions} (default 20), {@code scale} (default 1), {@code modalities} (any of wifi,
 * rfid, mmwave; default [rfid]).
 */
public final class SyntheticXrf55Generator implements SyntheticGenerator {

    @Override
    public String name() {
        return "har-xrf55";
    }

    @Override
    public void generate(Path dir, Map<String, Object> params, long seed) throws IOException {
        SyntheticParams p = new SyntheticParams(name(), params)
                .only(Set.of("volunteers", "actions", "repetitions", "scale", "modalities"));
        List<String> mods = p.strings("modalities", List.of(Xrf55Layout.RFID));
        Xrf55Data x;
        try {
            x = Xrf55Synth.generate(new Xrf55Synth.Config(p.integer("volunteers", 3, 1, 1000),
                    p.integer("actions", Xrf55Synth.ACTIONS, 2, Xrf55Synth.ACTIONS), p.integer("repetitions", 20, 2, 1000),
                    p.fraction("scale", 1.0), mods, seed));
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(name() + ": too many values for one array; lower volunteers, actions,"
                    + " repetitions or scale");
        }
        Map<String, String> meanings = new LinkedHashMap<>();
        for (String m : mods) {
            int[] shape = x.data().input(m).sampleShape();
            meanings.put(m, "simulated " + RealSources.XRF55_MEANINGS.get(m) + " (per-sample shape here "
                    + java.util.Arrays.toString(shape) + ")");
        }
        HarSource.writeNpy(dir, x.data(), meanings);
        int[] reps = x.repetitions();
        int[] split = new int[reps.length];
        for (int i = 0; i < reps.length; i++) {
            split[i] = reps[i] > Xrf55Data.OFFICIAL_TRAIN_REPETITIONS ? 1 : 0;
        }
        Npy.write(dir.resolve("split.npy"), split, new int[] {split.length});
    }
}
