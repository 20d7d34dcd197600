package org.aiotbench.reference.har.models;

import java.util.LinkedHashMap;
import java.util.Map;
import org.aiotbench.reference.har.HarArray;
import org.aiotbench.reference.har.HarDataset;

/**
 * Appends each sample's group (for WISDM: the user) to a feature vector as a one-hot block.
 *
 * <p>Why: the WISDM transformed ARFF declares {@code user} as a nominal attribute and its
 * documentation excludes only {@code UNIQUE_ID} from prediction, so a Weka classifier run on the
 * file, as in Kwapisz et al. 2010, sees the user. With random (not leave-users-out) 10-fold
 * cross-validation every user is in both train and test folds, and the user identity helps a
 * lot (see the measurements in reference/HAR_BASELINES.md). Leave-users-out tasks must not use it.
 */
public final class GroupFeatures {

    private GroupFeatures() {
    }

    /**
     * A copy of {@code data} whose {@code modality} (N × F) gains {@code maxGroup + 1} columns,
     * column {@code F + g} set for group g. {@code maxGroup} is fixed by the dataset's declared
     * groups (not the samples at hand) so train and test folds get the same columns.
     */
    public static HarDataset appendOneHot(HarDataset data, String modality, int maxGroup) {
        int[] groups = data.groups();
        if (groups == null) {
            throw new IllegalArgumentException(data.name() + " has no groups to append");
        }
        HarArray x = data.input(modality);
        if (x.shape().length != 2) {
            throw new IllegalArgumentException(data.name() + ": '" + modality + "' is not a feature matrix: " + x);
        }
        int f = x.rowLength();
        int width = f + maxGroup + 1;
        float[] src = x.data();
        float[] out = new float[Math.multiplyExact(x.samples(), width)];
        for (int i = 0; i < x.samples(); i++) {
            if (groups[i] < 0 || groups[i] > maxGroup) {
                throw new IllegalArgumentException(data.name() + ": group " + groups[i] + " of sample " + i
                        + " is outside 0.." + maxGroup);
            }
            System.arraycopy(src, i * f, out, i * width, f);
            out[i * width + f + groups[i]] = 1f;
        }
        Map<String, HarArray> inputs = new LinkedHashMap<>(data.inputs());
        inputs.put(modality, new HarArray(new int[] {x.samples(), width}, out));
        return new HarDataset(data.name(), data.classes(), inputs, data.labels(), groups);
    }
}
