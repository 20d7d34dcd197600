package org.aiotbench.reference.har.models;

import org.nd4j.linalg.factory.Nd4j;

/** Names the ND4J backend in use, so that every result can say whether it ran on CPU or CUDA. */
public final class Backend {

    private Backend() {
    }

    /**
     * E.g. {@code CpuBackend/NativeOpExecutioner} or {@code JCublasBackend/CudaExecutioner}: the
     * backend class and the op executioner class, as ND4J loaded them.
     */
    public static String describe() {
        return Nd4j.getBackend().getClass().getSimpleName() + "/"
                + Nd4j.getExecutioner().getClass().getSimpleName();
    }

    /** True when the CUDA backend (from the {@code -Pcuda} build) is the one loaded. */
    public static boolean isCuda() {
        return Nd4j.getBackend().getClass().getSimpleName().contains("Cublas");
    }
}
