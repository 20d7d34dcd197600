package org.aiotbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aiotbench.catalogue.Catalogue;
import org.aiotbench.catalogue.Problem;
import org.aiotbench.catalogue.Task;
import org.junit.jupiter.api.Test;

/** Every committed manifest is valid, and every committed task names a dataset that has one. */
class RepoManifestsTest {

    static final Path DATASETS = Path.of("..", "datasets");
    static final Path TASKS = Path.of("..", "tasks");

    @Test
    void everyManifestIsValid() {
        assertTrue(Files.isDirectory(DATASETS), "datasets folder missing: " + DATASETS.toAbsolutePath());
        Manifests m = Manifests.load(DATASETS);
        assertEquals(List.of(), m.problems().stream().map(Problem::toString).toList());
        DatasetManifest mitdb = m.find("mitdb").orElseThrow();
        assertEquals(48 * 3 + 1, mitdb.files().size(), "48 records x (.hea, .dat, .atr) + RECORDS");
        assertEquals(48, mitdb.recordNames().size());
        assertTrue(mitdb.files().stream().filter(f -> f.path().endsWith(".dat")).allMatch(f -> f.size() == 1_950_000L));
        assertEquals("https://physionet.org/files/mitdb/1.0.0/", mitdb.fetchUrl());
        assertEquals(6, m.find("nstdb").orElseThrow().recordNames().size());
        assertEquals("mcsharry-ecg", m.find("synthetic-ecg").orElseThrow().synthetic().generator());
    }

    @Test
    void everyTaskNamesAKnownDatasetAndKnownRecords() {
        Manifests m = Manifests.load(DATASETS);
        for (Task t : Catalogue.load(TASKS).tasks()) {
            DatasetManifest dm = m.find(t.dataset().id()).orElseThrow(() -> new AssertionError(
                    t.source() + ": unknown dataset " + t.dataset().id()));
            assertEquals(List.of(), Datasets.unknownRecords(dm, t.dataset()), t.id());
        }
    }
}
