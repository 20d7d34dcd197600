package org.aiotbench.reference.har;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Loads a WiAR array as GPIoT's Wi-Fi task uses it: a {@code .npy} of shape (N, 90, 250)
 * (N = 450 for 15 activities × 30 repetitions; CSI amplitude over 90 subcarrier streams and 250
 * time steps) and a label {@code .npy} of N integers in 0..14. The label file is required: the
 * sample order of the real array is not documented, so labels are never inferred from it.
 */
public final class WiarLoader {

    private WiarLoader() {
    }

    /**
     * @param xFile      float array (any float/int dtype), shape (N, 90, 250)
     * @param yFile      integer labels, N of them, in 0..14
     * @param classNames 15 names in label order, or null for {@code activity_01}..
     */
    public static HarDataset load(Path xFile, Path yFile, List<String> classNames) throws IOException {
        HarArray x = Npy.readFloat(xFile);
        int[] shape = x.shape();
        if (shape.length != 3 || shape[1] != WiarSynth.SAMPLE_SHAPE[0] || shape[2] != WiarSynth.SAMPLE_SHAPE[1]) {
            throw new HarFormatException(xFile, "shape " + Arrays.toString(shape) + ", expected (N, 90, 250)");
        }
        int[] y = Npy.readInt(yFile);
        if (y.length != shape[0]) {
            throw new HarFormatException(yFile, y.length + " labels for " + shape[0] + " samples in " + xFile.getFileName());
        }
        List<String> names = classNames == null ? WiarSynth.classNames() : classNames;
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0 || y[i] >= names.size()) {
                throw new HarFormatException(yFile, "label " + y[i] + " at position " + i + " is outside 0.."
                        + (names.size() - 1));
            }
        }
        return HarDataset.of("wiar", names, WiarSynth.MODALITY, x, y, null);
    }
}
