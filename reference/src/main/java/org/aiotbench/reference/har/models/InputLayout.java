package org.aiotbench.reference.har.models;

import java.util.Arrays;
import org.aiotbench.reference.har.HarArray;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * How one modality's per-sample array is presented to a network. The row-major data never
 * moves; only the shape the network sees changes: a vector stays a vector, channels × time is
 * a sequence (DL4J's NCW), channels × height × width an image (NCHW), and higher ranks fold
 * their leading dimensions into the channels (e.g. Harmony radar 20×2×16×32×16 → 640×32×16).
 *
 * @param name        the modality, also the graph's input name
 * @param sampleShape the per-sample shape as stored
 * @param image       present channels × time as a 1-pixel-high image instead of a sequence
 */
record InputLayout(String name, int[] sampleShape, boolean image) {

    enum Kind { VECTOR, SEQUENCE, IMAGE }

    InputLayout {
        sampleShape = sampleShape.clone();
        if (sampleShape.length == 0) {
            throw new IllegalArgumentException("input '" + name + "' has scalar samples; a model needs"
                    + " at least a feature vector");
        }
    }

    static InputLayout of(String name, HarArray x) {
        return new InputLayout(name, x.sampleShape(), false);
    }

    @Override
    public int[] sampleShape() {
        return sampleShape.clone();
    }

    InputLayout asImage() {
        return new InputLayout(name, sampleShape, true);
    }

    Kind kind() {
        if (sampleShape.length == 1) {
            return Kind.VECTOR;
        }
        if (sampleShape.length == 2 && !image) {
            return Kind.SEQUENCE;
        }
        return Kind.IMAGE;
    }

    /** Channels, height, width of the image view. */
    private long[] chw() {
        int r = sampleShape.length;
        if (r == 2) {
            return new long[] {sampleShape[0], 1, sampleShape[1]};
        }
        long c = 1;
        for (int i = 0; i < r - 2; i++) {
            c *= sampleShape[i];
        }
        return new long[] {c, sampleShape[r - 2], sampleShape[r - 1]};
    }

    int height() {
        return (int) chw()[1];
    }

    InputType inputType() {
        return switch (kind()) {
            case VECTOR -> InputType.feedForward(sampleShape[0]);
            case SEQUENCE -> InputType.recurrent(sampleShape[0], sampleShape[1]);
            case IMAGE -> {
                long[] s = chw();
                yield InputType.convolutional(s[1], s[2], s[0]);
            }
        };
    }

    /** The network input for {@code n} samples whose values are {@code data}. */
    INDArray toNd(float[] data, int n) {
        long[] shape = switch (kind()) {
            case VECTOR -> new long[] {n, sampleShape[0]};
            case SEQUENCE -> new long[] {n, sampleShape[0], sampleShape[1]};
            case IMAGE -> {
                long[] s = chw();
                yield new long[] {n, s[0], s[1], s[2]};
            }
        };
        return Nd4j.create(data, shape, 'c');
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InputLayout l && name.equals(l.name) && Arrays.equals(sampleShape, l.sampleShape)
                && image == l.image;
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(sampleShape) + (image ? 1 : 0);
    }
}
