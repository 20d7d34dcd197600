package org.aiotbench.reference.wfdb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A folder of WFDB records, such as a PhysioNet database. */
public final class WfdbDatabase {

    private WfdbDatabase() {
    }

    /**
     * The folder's record names: its {@code RECORDS} file when present (blank lines and
     * {@code #} comments skipped), otherwise the base name of every {@code .hea} file, sorted.
     * Empty when there are none.
     */
    public static List<String> recordNames(Path dir) throws IOException {
        Path listing = dir.resolve("RECORDS");
        if (Files.isRegularFile(listing)) {
            return Files.readAllLines(listing, StandardCharsets.ISO_8859_1).stream().map(String::strip)
                    .filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".hea"))
                    .map(f -> f.substring(0, f.length() - 4)).sorted().toList();
        }
    }
}
