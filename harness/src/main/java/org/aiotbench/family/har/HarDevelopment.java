package org.aiotbench.family.har;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aiotbench.FileTrees;
import org.aiotbench.catalogue.Hashing;
import org.aiotbench.reference.har.HarDataset;
import org.aiotbench.reference.har.HarSplit;
import org.aiotbench.reference.har.Splits;

/**
 * The development input of a har task: its train split divided again, a stratified fifth
 * held out as development test windows whose labels are known. It has the layout of the task's
 * own view (train/, test/, dataset.json), so a candidate runs on it unchanged, and it contains
 * nothing of the task's test split.
 */
public final class HarDevelopment {

    static final int FOLDS = 5;
    static final long SEED = 20261125L;

    private HarDevelopment() {
    }

    /** The development view for this data and split, made now if absent. */
    public static HarView materialize(Path viewCache, String datasetId, Path datasetDir, String fingerprint,
                                      HarViewSpec spec) throws IOException {
        Map<String, Object> k = new LinkedHashMap<>();
        k.put("layout", HarView.LAYOUT);
        k.put("dataset", datasetId);
        k.put("fingerprint", fingerprint.isEmpty() ? datasetDir.toAbsolutePath().toString() : fingerprint);
        k.put("view", spec.raw());
        k.put("development", Map.of("folds", FOLDS, "seed", SEED));
        Path dir = viewCache.resolve("har").resolve(datasetId + "-dev-" + Hashing.sha256Hex(Hashing.canonicalJson(k)).substring(0, 16));
        HarView view = new HarView(dir.resolve("input"), dir.resolve("truth"));
        if (Files.isDirectory(dir)) {
            return view;
        }
        HarSource src = HarSource.load(datasetDir, spec, datasetId);
        HarDataset train = HarView.split(src, spec).train();
        HarSplit dev;
        try {
            dev = Splits.kFold(train, FOLDS, SEED).get(0);
        } catch (IllegalArgumentException e) {
            throw new IOException("development split of " + datasetId + ": " + e.getMessage());
        }
        FileTrees.writeOnce(dir, tmp -> HarView.write(tmp, dev, src.meanings()));
        return view;
    }
}
