package org.aiotbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aiotbench.catalogue.DatasetRef;
import org.aiotbench.catalogue.Problem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real datasets whose sample files are found by a loader ({@code layout:}) rather than listed:
 * parsing, absence, presence with a listing fingerprint, import refusal, and the committed
 * Harmony manifest's index-file checksums against the shared copy.
 */
class LayoutManifestTest {

    @TempDir
    Path tmp;

    private static final String BASE = "id: big\ntitle: Big\nsource_url: https://example.org/big\nlicence: l\n"
            + "citation: [\"someone\"]\nformat: npy\n";

    private static List<String> problems(String yaml) {
        List<Problem> ps = new ArrayList<>();
        Manifests.parseText(Path.of("datasets/big.yaml"), yaml, ps);
        return ps.stream().map(Problem::toString).toList();
    }

    @Test
    void aLayoutReplacesTheFileListButNotForSyntheticData() {
        assertEquals(List.of(), problems(BASE + "layout: one V_A_R.npy per sample\n"));
        assertEquals(List.of(), problems(BASE + "layout: x\nfiles: []\n"));
        assertEquals(List.of("datasets/big.yaml:3: a synthetic dataset has no 'layout': its files are generated"),
                problems("id: big\ntitle: t\nlayout: x\nlicence: l\nformat: f\nsynthetic:\n  generator: g\n  seed: 1\n"));
        DatasetManifest m = Manifests.parseText(Path.of("datasets/big.yaml"), BASE + "layout: one file per sample\n",
                new ArrayList<>()).orElseThrow();
        assertTrue(m.hasUnlistedFiles());
        assertEquals("one file per sample", m.layout());
    }

    @Test
    void absentPresentAndImportOfALayoutDataset() throws IOException {
        Path manifests = Files.createDirectories(tmp.resolve("datasets"));
        Files.writeString(manifests.resolve("big.yaml"), BASE + "layout: |\n  WiFi/<v>_<a>_<r>.npy files\n");
        Path data = tmp.resolve("data");
        Datasets d = new Datasets(Manifests.load(manifests), new DataSettings(data, tmp.resolve("cache")), new SyntheticGenerators());
        DatasetRef ref = new DatasetRef("big", List.of(), Map.of());

        DatasetLocation absent = d.locate(ref);
        assertFalse(absent.present());
        assertEquals("dataset big is not in " + data + ": put its files in " + data.resolve("big")
                + " as the layout in big.yaml describes", absent.absentNote());

        Path dir = Files.createDirectories(data.resolve("big").resolve("WiFi"));
        Files.write(dir.resolve("1_1_1.npy"), new byte[10]);
        DatasetLocation present = d.locate(ref);
        assertTrue(present.present(), present.absentNote());
        assertEquals(data.resolve("big"), present.dir());
        assertEquals(present.fingerprint(), d.locate(ref).fingerprint(), "same files, same fingerprint");
        Files.write(dir.resolve("1_1_2.npy"), new byte[10]);
        String two = d.locate(ref).fingerprint();
        assertNotEquals(present.fingerprint(), two, "an added file changes it");
        Files.write(dir.resolve("1_1_2.npy"), new byte[11]);
        assertNotEquals(two, d.locate(ref).fingerprint(), "a changed size changes it");

        DatasetException e = assertThrows(DatasetException.class, () -> d.importFrom("big", dir, null));
        assertEquals("cannot import big: its sample files are not listed in the manifest, so they cannot be checked;"
                + " copy or link the folder to " + data.resolve("big") + " (layout: WiFi/<v>_<a>_<r>.npy files)", e.getMessage());
    }

    @Test
    void theCommittedLayoutManifestsAreRealDataWithoutSampleListings() {
        Manifests m = Manifests.load(RepoManifestsTest.DATASETS);
        for (String id : List.of("wiar", "xrf55", "harmony")) {
            DatasetManifest dm = m.find(id).orElseThrow(() -> new AssertionError("no manifest " + id));
            assertFalse(dm.isSynthetic(), id);
            assertTrue(dm.hasUnlistedFiles(), id);
            assertFalse(dm.citation().isEmpty(), id);
        }
        DatasetManifest harmony = m.find("harmony").orElseThrow();
        assertEquals(16 * 3, harmony.files().size(), "train, test and incomplete index per node");
        assertTrue(harmony.files().stream().allMatch(f -> f.path().matches("sample_index/node_\\d+/\\w+_sample_index\\.txt")));
    }

    @Test
    void harmonyIndexChecksumsMatchTheSharedCopy() throws Exception {
        String root = System.getenv(DataSettings.DATA_ENV);
        Assumptions.assumeTrue(root != null && Files.isDirectory(Path.of(root, "harmony-sample", "sample_index")),
                "AIOTBENCH_DATA/harmony-sample not set up");
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.createSymbolicLink(data.resolve("harmony"), Path.of(root, "harmony-sample").toAbsolutePath());
        Datasets d = Datasets.open(RepoManifestsTest.DATASETS, new DataSettings(data, tmp.resolve("cache")));
        VerifyReport r = d.verify("harmony", VerifyReport.VerifyMode.FULL);
        assertTrue(r.ok(), r.issueLine(5));
        assertEquals(48, r.filesChecked());
        assertTrue(d.locate(new DatasetRef("harmony", List.of(), Map.of())).present());
    }
}
