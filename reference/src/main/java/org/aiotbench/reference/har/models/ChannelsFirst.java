package org.aiotbench.reference.har.models;

import java.util.LinkedHashMap;
import java.util.Map;
import org.aiotbench.reference.har.HarArray;
import org.aiotbench.reference.har.HarDataset;

/**
 * Transposes time-major windows (N × T × C, as {@code WisdmWindows} cuts them and as NumPy code
 * usually stores them) to the channels-first layout the convolutional and recurrent networks
 * read (N × C × T, DL4J's NCW).
 */
public final class ChannelsFirst {

    private ChannelsFirst() {
    }

    public static HarArray transpose(HarArray x) {
        int[] s = x.shape();
        if (s.length != 3) {
            throw new IllegalArgumentException("expected windows shaped samples × time × channels, got " + x);
        }
        int n = s[0];
        int t = s[1];
        int c = s[2];
        float[] in = x.data();
        float[] out = new float[in.length];
        for (int i = 0; i < n; i++) {
            int base = i * t * c;
            for (int k = 0; k < t; k++) {
                for (int ch = 0; ch < c; ch++) {
                    out[base + ch * t + k] = in[base + k * c + ch];
                }
            }
        }
        return new HarArray(new int[] {n, c, t}, out);
    }

    /** A copy of {@code data} with {@code modality} transposed. */
    public static HarDataset of(HarDataset data, String modality) {
        Map<String, HarArray> inputs = new LinkedHashMap<>(data.inputs());
        inputs.put(modality, transpose(data.input(modality)));
        return new HarDataset(data.name(), data.classes(), inputs, data.labels(), data.groups());
    }
}
