package org.aiotbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetsCommandTest {

    static final String DATASETS = Path.of("..", "datasets").toString();

    @Test
    void listShowsAbsentAndSynthetic(@TempDir Path data) {
        CliRun r = CliRun.run(new DatasetsCommand(), "list", "--datasets-dir", DATASETS, "--data", data.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("mitdb\\s+absent\\s+145, 89\\.5 MiB\\s+MIT-BIH Arrhythmia Database 1\\.0\\.0")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("synthetic-ecg\\s+synthetic\\S*\\s+mcsharry-ecg\\s+.*")), r.out());
    }

    @Test
    void verifyAbsentDatasetIsOneLineNamingTheImportCommand(@TempDir Path data) {
        CliRun r = CliRun.run(new DatasetsCommand(), "verify", "mitdb", "--datasets-dir", DATASETS, "--data", data.toString());
        assertEquals(1, r.exit());
        assertEquals("dataset mitdb is not in " + data.toAbsolutePath() + ": run ./aiotbench datasets import mitdb --from DIR"
                + " (or ./aiotbench datasets fetch mitdb)" + System.lineSeparator(), r.err());
    }

    @Test
    void importMissingSourceIsOneLine(@TempDir Path data) {
        CliRun r = CliRun.run(new DatasetsCommand(), "import", "mitdb", "--from", data.resolve("nowhere").toString(),
                "--datasets-dir", DATASETS, "--data", data.toString());
        assertEquals(1, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("cannot import mitdb: "), r.err());
    }

    @Test
    void importWithoutFromIsUsageError(@TempDir Path data) {
        CliRun r = CliRun.run(new DatasetsCommand(), "import", "mitdb", "--datasets-dir", DATASETS, "--data", data.toString());
        assertEquals(2, r.exit());
    }

    @Test
    void importAndVerifyRealMitdb(@TempDir Path data) {
        String env = System.getenv("AIOTBENCH_DATA");
        assumeTrue(env != null && Files.isDirectory(Path.of(env, "mitdb")), "AIOTBENCH_DATA with mitdb not set");
        CliRun imp = CliRun.run(new DatasetsCommand(), "import", "mitdb", "--from", Path.of(env, "mitdb").toString(),
                "--datasets-dir", DATASETS, "--data", data.toString());
        assertEquals(0, imp.exit(), imp.err());
        assertTrue(imp.out().startsWith("imported mitdb: 145 files (89.5 MiB) verified into "), imp.out());
        CliRun ver = CliRun.run(new DatasetsCommand(), "verify", "mitdb", "--datasets-dir", DATASETS, "--data", data.toString());
        assertEquals(0, ver.exit(), ver.err());
        System.out.println(ver.out().strip());
        CliRun fast = CliRun.run(new DatasetsCommand(), "verify", "mitdb", "--fast", "--datasets-dir", DATASETS, "--data", data.toString());
        assertEquals(0, fast.exit(), fast.err());
        System.out.println(fast.out().strip());
    }
}
