package org.aiotbench.dataset;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.aiotbench.catalogue.Hashing;

/**
 * A dataset manifest ({@code datasets/<id>.yaml}).
 *
 * @param id dataset id; the data lives in {@code <data>/<id>/}
 * @param title human title
 * @param sourceUrl the official page of the dataset (null for synthetic data)
 * @param licence licence name
 * @param citation required citations (may be empty for synthetic data)
 * @param format short description of the file format
 * @param files every file of the dataset (empty for synthetic data)
 * @param fetchUrl base URL files are downloaded from ({@code fetchUrl + path}), or null
 * @param synthetic generator spec for generated data, or null for real data
 * @param source the manifest file, or null
 * @param layout for real data whose sample files are too many to list (one file per sample and
 *     modality, no published checksums): where the family's loader finds them; {@code files}
 *     then lists only what does have checksums, and may be empty. Null for listed datasets.
 */
public record DatasetManifest(String id, String title, String sourceUrl, String licence, List<String> citation,
                              String format, List<DataFile> files, String fetchUrl, SyntheticSpec synthetic,
                              Path source, String layout) {
    public DatasetManifest {
        Objects.requireNonNull(id, "id");
        citation = List.copyOf(citation == null ? List.of() : citation);
        files = List.copyOf(files == null ? List.of() : files);
    }

    /** Real data whose sample files are found by a loader rather than listed (see {@code layout}). */
    public boolean hasUnlistedFiles() {
        return layout != null;
    }

    public boolean isSynthetic() {
        return synthetic != null;
    }

    public long totalBytes() {
        return files.stream().mapToLong(DataFile::size).sum();
    }

    /**
     * Provenance fingerprint: for real data, SHA-256 over lines {@code "<sha256>  <path>\n"}
     * sorted by path (the {@code sha256sum} format, so it can be recomputed with shell tools);
     * for synthetic data, the hash of the generator spec.
     */
    public String fingerprint() {
        if (isSynthetic()) {
            return synthetic.hash();
        }
        StringBuilder b = new StringBuilder();
        files.stream().sorted(Comparator.comparing(DataFile::path))
                .forEach(f -> b.append(f.sha256()).append("  ").append(f.path()).append('\n'));
        return Hashing.sha256Hex(b.toString());
    }

    /** Record names: the names of the {@code .hea} files (WFDB datasets), in manifest order. */
    public List<String> recordNames() {
        return files.stream().map(DataFile::path).filter(p -> p.endsWith(".hea") && !p.contains("/"))
                .map(p -> p.substring(0, p.length() - 4)).toList();
    }
}
