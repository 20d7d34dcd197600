package org.aiotbench.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes a synthetic dataset. Implementations must be deterministic: the same params and seed
 * give byte-identical files, because the output is cached and fingerprinted by them.
 * Found through {@link java.util.ServiceLoader} or registered in {@link SyntheticGenerators}.
 */
public interface SyntheticGenerator {

    /** Name used in manifests ({@code synthetic.generator}), e.g. {@code mcsharry-ecg}. */
    String name();

    /**
     * Writes the dataset's files into {@code dir} (exists, empty).
     *
     * @throws IllegalArgumentException for bad params; its message is shown to the user
     */
    void generate(Path dir, Map<String, Object> params, long seed) throws IOException;
}
