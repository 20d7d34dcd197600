package org.aiotbench.dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Result of checking a dataset folder against its manifest.
 *
 * @param datasetId the dataset
 * @param dir the folder checked
 * @param mode full (SHA-256) or sizes only
 * @param filesChecked number of manifest files looked at
 * @param bytesHashed bytes read to compute checksums (0 in size mode)
 * @param issues every missing or wrong file, in manifest order
 */
public record VerifyReport(String datasetId, Path dir, VerifyMode mode, int filesChecked, long bytesHashed,
                           List<FileIssue> issues) {

    /** How thoroughly to check. */
    public enum VerifyMode {
        /** Size and SHA-256 of every file. */
        FULL,
        /** Presence and size only: fast, catches truncated and missing files but not corruption. */
        SIZES
    }

    /** What is wrong with one file. */
    public record FileIssue(String path, Kind kind, String detail) {
        public enum Kind { MISSING, WRONG_SIZE, WRONG_SHA256, UNREADABLE }

        @Override
        public String toString() {
            return path + ": " + detail;
        }
    }

    public VerifyReport {
        issues = List.copyOf(issues);
    }

    public boolean ok() {
        return issues.isEmpty();
    }

    /** One line naming the bad files (up to {@code max}), e.g. {@code 100.dat: SHA-256 mismatch; 101.atr: missing}. */
    public String issueLine(int max) {
        String shown = issues.stream().limit(max).map(FileIssue::toString).collect(Collectors.joining("; "));
        return issues.size() > max ? shown + "; and " + (issues.size() - max) + " more" : shown;
    }
}
