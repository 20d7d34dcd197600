package org.aiotbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.aiotbench.catalogue.DatasetRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks the committed manifests against the real data in AIOTBENCH_DATA (skipped when unset). */
class RealDataTest {

    static Path realData() {
        String env = System.getenv(DataSettings.DATA_ENV);
        assumeTrue(env != null && !env.isBlank(), "AIOTBENCH_DATA not set: real-data tests skipped");
        return Path.of(env);
    }

    static Datasets datasets(Path data, Path cache) {
        return new Datasets(Manifests.load(RepoManifestsTest.DATASETS), new DataSettings(data, cache), new SyntheticGenerators());
    }

    @Test
    void verifyMitdbPasses(@TempDir Path cache) throws Exception {
        Path data = realData();
        assumeTrue(Files.isDirectory(data.resolve("mitdb")), "no mitdb in " + data);
        Datasets d = datasets(data, cache);
        long t0 = System.nanoTime();
        VerifyReport full = d.verify("mitdb", VerifyReport.VerifyMode.FULL);
        long fullMs = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(List.of(), full.issues());
        assertEquals(145, full.filesChecked());
        t0 = System.nanoTime();
        assertTrue(d.verify("mitdb", VerifyReport.VerifyMode.SIZES).ok());
        long fastMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("verify mitdb: full " + fullMs + " ms (" + full.bytesHashed() + " bytes hashed), sizes only "
                + fastMs + " ms");
        DatasetLocation loc = d.locate(new DatasetRef("mitdb", List.of("100", "114"), Map.of()));
        assertEquals(data.toAbsolutePath().normalize().resolve("mitdb"), loc.dir());
    }

    @Test
    void verifyNstdbPasses(@TempDir Path cache) throws Exception {
        Path data = realData();
        assumeTrue(Files.isDirectory(data.resolve("nstdb")), "no nstdb in " + data);
        assertEquals(List.of(), datasets(data, cache).verify("nstdb", VerifyReport.VerifyMode.FULL).issues());
    }

    @Test
    void importMitdbIntoAnEmptyDataFolder(@TempDir Path tmp) throws Exception {
        Path data = realData();
        assumeTrue(Files.isDirectory(data.resolve("mitdb")), "no mitdb in " + data);
        Datasets d = datasets(tmp.resolve("data"), tmp.resolve("cache"));
        long t0 = System.nanoTime();
        VerifyReport r = d.importFrom("mitdb", data.resolve("mitdb"), null);
        System.out.println("import mitdb: " + (System.nanoTime() - t0) / 1_000_000 + " ms for " + r.bytesHashed() + " bytes");
        assertTrue(r.ok());
        assertTrue(d.verify("mitdb", VerifyReport.VerifyMode.FULL).ok());
        assertTrue(!Files.exists(tmp.resolve("data/mitdb/SOURCE.md")), "only manifest files are imported");
    }
}
