package org.aiotbench.dataset;

import java.util.Objects;

/**
 * One file of a dataset.
 *
 * @param path relative path inside the dataset folder, '/'-separated
 * @param sha256 lowercase hex SHA-256 of the content
 * @param size length in bytes
 */
public record DataFile(String path, String sha256, long size) {
    public DataFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        if (size < 0) {
            throw new IllegalArgumentException("negative size");
        }
    }
}
