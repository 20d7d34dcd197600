package org.aiotbench.dataset;

import java.nio.file.Path;

/**
 * One row of {@code datasets list}.
 *
 * @param manifest the dataset
 * @param state presence in the data folder (a size check, not a checksum check)
 * @param dir where the data is or would be
 * @param filesPresent manifest files present with the right size
 */
public record DatasetStatus(DatasetManifest manifest, State state, Path dir, int filesPresent) {

    public enum State {
        /** Every file present with the right size. */
        PRESENT,
        /** Folder exists but some files are missing or of the wrong size. */
        INCOMPLETE,
        /** No folder. */
        ABSENT,
        /** Generated on demand; already in the cache. */
        SYNTHETIC_CACHED,
        /** Generated on demand; not generated yet. */
        SYNTHETIC
    }
}
