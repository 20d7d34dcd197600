package org.aiotbench.family;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a family is told about a cell's data.
 *
 * @param dir the dataset folder (read-only: real datasets may live on a shared read-only disk)
 * @param fingerprint identifies the dataset's bytes (manifest hashes, or generated content), so
 *     anything derived from it can be cached under it
 * @param viewCache a writable folder where a family may keep input views it derives from the
 *     data (e.g. a train/test split written as arrays), shared by every cell and run
 */
public record DataContext(Path dir, String fingerprint, Path viewCache) {
    public DataContext {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(viewCache, "viewCache");
        fingerprint = fingerprint == null ? "" : fingerprint;
    }
}
