package org.aiotbench.family.har;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aiotbench.dataset.SyntheticGenerator;
import org.aiotbench.reference.har.HarDataset;
import org.aiotbench.reference.har.HarmonyLayout;
import org.aiotbench.reference.har.HarmonySynth;
import org.aiotbench.reference.har.Npy;

/**
 * Harmony-like multimodal data in the {@code har-npy} layout, from {@link HarmonySynth}: the
 * listed nodes pooled (they must share their modalities), the node as group, and
 * {@code split.npy} marking each node's first {@code train_per_node} samples as train and the
 * rest as test (as the official per-node index files do).
 *
 * <p>Params: {@code nodes} (default [6, 7, 8, 9], which have audio, depth and radar),
 * {@code samples_per_node} (default 44), {@code train_per_node} (default 22), {@code scale}
 * (default 1 = the real shapes).
 */
public final class SyntheticHarmonyGenerator implements SyntheticGenerator {

    @Override
    public String name() {
        return "har-harmony";
    }

    @Override
    public void generate(Path dir, Map<String, Object> params, long seed) throws IOException {
        SyntheticParams p = new SyntheticParams(name(), params)
                .only(Set.of("nodes", "samples_per_node", "train_per_node", "scale"));
        int[] nodes = p.integers("nodes", new int[] {6, 7, 8, 9});
        int perNode = p.integer("samples_per_node", 44, 2, 100_000);
        int train = p.integer("train_per_node", perNode / 2, 1, perNode - 1);
        List<String> mods;
        try {
            mods = HarmonyLayout.modalities(nodes[0]);
            for (int n : nodes) {
                if (!HarmonyLayout.modalities(n).equals(mods)) {
                    throw new IllegalArgumentException(name() + ": nodes " + java.util.Arrays.toString(nodes)
                            + " do not all have the same modalities (node " + nodes[0] + " has " + mods + ", node " + n
                            + " has " + HarmonyLayout.modalities(n) + ")");
                }
            }
        } catch (IllegalArgumentException e) {
            throw e.getMessage().startsWith(name()) ? e : new IllegalArgumentException(name() + ": " + e.getMessage());
        }
        Map<Integer, HarDataset> byNode = HarmonySynth.generate(new HarmonySynth.Config(nodes, perNode,
                p.fraction("scale", 1.0), seed));
        List<HarDataset> parts = new ArrayList<>(byNode.values());
        HarDataset all = RealSources.concat("synthetic-harmony", parts);
        Map<String, String> meanings = new LinkedHashMap<>();
        for (String m : mods) {
            meanings.put(m, "simulated " + RealSources.HARMONY_MEANINGS.get(m) + " (per-sample shape here "
                    + java.util.Arrays.toString(all.input(m).sampleShape()) + ")");
        }
        HarSource.writeNpy(dir, all, meanings);
        int[] split = new int[all.size()];
        for (int i = 0; i < split.length; i++) {
            split[i] = i % perNode >= train ? 1 : 0;
        }
        Npy.write(dir.resolve("split.npy"), split, new int[] {split.length});
    }
}
