package org.aiotbench.dataset;

import java.nio.file.Path;

/**
 * Where a task's data is, or why it is not available.
 *
 * @param datasetId the dataset
 * @param dir the folder holding the data, or null when absent
 * @param synthetic whether the data was generated
 * @param fingerprint the dataset fingerprint for run provenance, or null when absent
 * @param absentNote one line saying what is missing and which command brings the data, or null
 */
public record DatasetLocation(String datasetId, Path dir, boolean synthetic, String fingerprint, String absentNote) {

    public boolean present() {
        return dir != null;
    }

    static DatasetLocation absent(String id, String note) {
        return new DatasetLocation(id, null, false, null, note);
    }
}
