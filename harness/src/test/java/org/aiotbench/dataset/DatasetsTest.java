package org.aiotbench.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.aiotbench.catalogue.DatasetRef;
import org.aiotbench.catalogue.Hashing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** list, verify, import, fetch, locate and synthetic generation against small temporary datasets. */
class DatasetsTest {

    @TempDir
    Path tmp;
    Path manifestsDir;
    Path source;
    Path data;
    Path cache;
    FakeGenerator fake;
    Datasets datasets;

    static final Map<String, String> FILES = Map.of("100.hea", "100 2 360 650000\n", "100.dat", "binary-ish data",
            "100.atr", "annotations", "RECORDS", "100\n");

    @BeforeEach
    void setUp() throws IOException {
        manifestsDir = Files.createDirectories(tmp.resolve("datasets"));
        source = Files.createDirectories(tmp.resolve("source"));
        data = tmp.resolve("data");
        cache = tmp.resolve("cache");
        StringBuilder files = new StringBuilder("files:\n");
        for (String name : List.of("100.hea", "100.dat", "100.atr", "RECORDS")) {
            byte[] bytes = FILES.get(name).getBytes(StandardCharsets.UTF_8);
            Files.write(source.resolve(name), bytes);
            files.append("  - {path: ").append(name).append(", sha256: ").append(Hashing.sha256Hex(bytes))
                    .append(", size: ").append(bytes.length).append("}\n");
        }
        writeManifest("mini", "fetch: http://127.0.0.1:9/mini/\n" + files);
        Files.writeString(manifestsDir.resolve("syn.yaml"), "id: syn\ntitle: Synthetic\nlicence: none\nformat: text\n"
                + "synthetic:\n  generator: fake\n  params: {records: 3}\n  seed: 42\n");
        fake = new FakeGenerator();
        datasets = new Datasets(Manifests.load(manifestsDir), new DataSettings(data, cache), new SyntheticGenerators().register(fake));
        assertEquals(List.of(), datasets.manifests().problems());
    }

    private void writeManifest(String id, String rest) throws IOException {
        Files.writeString(manifestsDir.resolve(id + ".yaml"), "id: " + id + "\ntitle: Mini\nsource_url: https://example.org/\n"
                + "licence: none\ncitation: [x]\nformat: WFDB\n" + rest);
    }

    @Test
    void importThenVerify() throws Exception {
        VerifyReport r = datasets.importFrom("mini", source, null);
        assertTrue(r.ok());
        assertEquals(4, r.filesChecked());
        for (String name : FILES.keySet()) {
            assertEquals(FILES.get(name), Files.readString(data.resolve("mini").resolve(name)));
        }
        assertTrue(datasets.verify("mini", VerifyReport.VerifyMode.FULL).ok());
        assertTrue(datasets.verify("mini", VerifyReport.VerifyMode.SIZES).ok());
        assertEquals(DatasetStatus.State.PRESENT, status("mini"));
        assertEquals(List.of(), leftovers(), "no staging folders left behind");
    }

    @Test
    void verifyNamesACorruptedFileAndAMissingOne() throws Exception {
        datasets.importFrom("mini", source, null);
        Path dat = data.resolve("mini/100.dat");
        byte[] b = Files.readAllBytes(dat);
        b[3] ^= 1; // same size, different content: only the checksum can tell
        Files.write(dat, b);
        Files.delete(data.resolve("mini/100.atr"));
        VerifyReport full = datasets.verify("mini", VerifyReport.VerifyMode.FULL);
        assertEquals("100.dat: SHA-256 mismatch (corrupt or different version); 100.atr: missing", full.issueLine(5));
        VerifyReport fast = datasets.verify("mini", VerifyReport.VerifyMode.SIZES);
        assertEquals("100.atr: missing", fast.issueLine(5), "size mode cannot see same-size corruption");
        assertEquals(DatasetStatus.State.INCOMPLETE, status("mini"));
    }

    @Test
    void importOfCorruptSourceFailsInOneLineAndChangesNothing() throws Exception {
        Files.writeString(source.resolve("100.dat"), "binary-ish dat4"); // same length, one byte differs
        DatasetException e = assertThrows(DatasetException.class, () -> datasets.importFrom("mini", source, null));
        assertEquals("import of mini from " + source + " failed, nothing was changed: 100.dat: SHA-256 mismatch"
                + " (corrupt or different version)", e.getMessage());
        assertFalse(Files.exists(data), "no half-valid dataset folder, not even an empty data folder");
        assertEquals(List.of(), leftovers());
    }

    @Test
    void importWithMissingFileFailsBeforeCopying() throws Exception {
        Files.delete(source.resolve("RECORDS"));
        DatasetException e = assertThrows(DatasetException.class, () -> datasets.importFrom("mini", source, null));
        assertEquals("import of mini failed, nothing was changed: RECORDS: missing (in " + source + ")", e.getMessage());
        assertFalse(Files.exists(data.resolve("mini")));
    }

    @Test
    void failedReimportKeepsTheGoodCopy() throws Exception {
        datasets.importFrom("mini", source, null);
        Files.writeString(source.resolve("100.atr"), "ANNOTATIONS");
        assertThrows(DatasetException.class, () -> datasets.importFrom("mini", source, null));
        assertTrue(datasets.verify("mini", VerifyReport.VerifyMode.FULL).ok());
        assertEquals(List.of(), leftovers());
    }

    @Test
    void reimportReplacesADamagedCopy() throws Exception {
        datasets.importFrom("mini", source, null);
        Files.writeString(data.resolve("mini/100.hea"), "garbage");
        Files.writeString(data.resolve("mini/extra.txt"), "not in the manifest");
        datasets.importFrom("mini", source, null);
        assertTrue(datasets.verify("mini", VerifyReport.VerifyMode.FULL).ok());
        assertFalse(Files.exists(data.resolve("mini/extra.txt")), "the folder is replaced, not merged");
    }

    @Test
    void importOntoItselfOnlyVerifies() throws Exception {
        datasets.importFrom("mini", source, null);
        VerifyReport r = datasets.importFrom("mini", data.resolve("mini"), null);
        assertTrue(r.ok());
        assertTrue(datasets.verify("mini", VerifyReport.VerifyMode.FULL).ok());
    }

    @Test
    void unknownDatasetAndSyntheticImportAreOneLineErrors() {
        DatasetException e = assertThrows(DatasetException.class, () -> datasets.verify("nope", VerifyReport.VerifyMode.FULL));
        assertEquals("unknown dataset 'nope' (known: mini, syn)", e.getMessage());
        e = assertThrows(DatasetException.class, () -> datasets.verify("mini", VerifyReport.VerifyMode.FULL));
        assertEquals("dataset mini is not in " + data.toAbsolutePath() + ": run ./aiotbench datasets import mini --from DIR"
                + " (or ./aiotbench datasets fetch mini)", e.getMessage());
        assertThrows(DatasetException.class, () -> datasets.importFrom("syn", source, null));
    }

    @Test
    void fetchWithoutNetworkFailsInOneLineNamingImport() {
        DatasetException e = assertThrows(DatasetException.class, () -> datasets.fetch("mini", null));
        assertEquals("fetch of mini failed, nothing was changed: cannot reach 127.0.0.1 (no internet connection?);"
                + " with a local copy of the files run ./aiotbench datasets import mini --from DIR", e.getMessage());
        assertFalse(Files.exists(data.resolve("mini")));
    }

    @Test
    void fetchFromAnHttpServerVerifiesChecksums() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        Map<String, String> served = new java.util.HashMap<>(FILES);
        server.createContext("/mini/", ex -> {
            String name = ex.getRequestURI().getPath().substring("/mini/".length());
            String body = served.get(name);
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : bytes.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(bytes);
            }
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/mini/";
            String text = Files.readString(manifestsDir.resolve("mini.yaml")).replace("http://127.0.0.1:9/mini/", base);
            Files.writeString(manifestsDir.resolve("mini.yaml"), text);
            Datasets d = new Datasets(Manifests.load(manifestsDir), new DataSettings(data, cache), new SyntheticGenerators());
            List<String> progress = new ArrayList<>();
            assertTrue(d.fetch("mini", progress::add).ok());
            assertEquals(4, progress.size());
            assertTrue(d.verify("mini", VerifyReport.VerifyMode.FULL).ok());

            served.put("100.atr", "annotationz");
            Files.delete(data.resolve("mini/100.atr"));
            DatasetException e = assertThrows(DatasetException.class, () -> d.fetch("mini", null));
            assertEquals("fetch of mini failed, nothing was changed: 100.atr: SHA-256 mismatch (corrupt or different version)",
                    e.getMessage());
            served.remove("100.atr");
            e = assertThrows(DatasetException.class, () -> d.fetch("mini", null));
            assertEquals("fetch of mini failed, nothing was changed: HTTP 404 for " + base + "100.atr", e.getMessage());
            assertEquals(List.of(), leftovers());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void locateRealDataset() throws Exception {
        DatasetRef ref = new DatasetRef("mini", List.of(), Map.of());
        DatasetLocation absent = datasets.locate(ref);
        assertFalse(absent.present());
        assertEquals("dataset mini is not in " + data.toAbsolutePath() + ": run ./aiotbench datasets import mini"
                + " --from DIR (or ./aiotbench datasets fetch mini)", absent.absentNote());
        datasets.importFrom("mini", source, null);
        DatasetLocation here = datasets.locate(ref);
        assertEquals(data.toAbsolutePath().resolve("mini"), here.dir());
        assertNull(here.absentNote());
        assertEquals(datasets.fingerprint("mini"), here.fingerprint());
        DatasetLocation badRecord = datasets.locate(new DatasetRef("mini", List.of("100", "999"), Map.of()));
        assertEquals("dataset mini has no record(s) 999", badRecord.absentNote());
        assertEquals("unknown dataset 'zzz': no manifest datasets/zzz.yaml",
                datasets.locate(new DatasetRef("zzz", List.of(), Map.of())).absentNote());
        Files.delete(data.resolve("mini/100.dat"));
        assertTrue(datasets.locate(ref).absentNote().startsWith("dataset mini in " + data.toAbsolutePath().resolve("mini")
                + " is incomplete (100.dat: missing): run ./aiotbench datasets import mini --from DIR"));
    }

    @Test
    void fingerprintIsSha256OverSortedFileHashes() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (String name : List.of("100.atr", "100.dat", "100.hea", "RECORDS")) {
            lines.append(Hashing.sha256Hex(FILES.get(name))).append("  ").append(name).append('\n');
        }
        assertEquals(Hashing.sha256Hex(lines.toString()), datasets.fingerprint("mini"));
    }

    @Test
    void syntheticDataIsGeneratedOnceIntoAKeyedCacheFolder() throws Exception {
        DatasetRef ref = new DatasetRef("syn", List.of(), Map.of());
        assertEquals(DatasetStatus.State.SYNTHETIC, status("syn"));
        DatasetLocation loc = datasets.locate(ref);
        assertTrue(loc.present(), String.valueOf(loc.absentNote()));
        assertTrue(loc.synthetic());
        DatasetManifest m = datasets.manifest("syn");
        assertEquals(cache.toAbsolutePath().resolve("synthetic").resolve("syn-" + m.synthetic().shortHash() + "-v1"), loc.dir());
        assertEquals(12, m.synthetic().shortHash().length());
        try (Stream<Path> s = Files.list(loc.dir())) {
            assertEquals(3, s.filter(p -> !p.getFileName().toString().startsWith(".")).count());
        }
        assertEquals(64, loc.fingerprint().length(), "provenance names the generated bytes");
        byte[] first = Files.readAllBytes(loc.dir().resolve("r2.hea"));
        assertEquals(loc.dir(), datasets.locate(ref).dir());
        assertEquals(1, fake.calls.get(), "generated once, then served from the cache");
        assertEquals(DatasetStatus.State.SYNTHETIC_CACHED, status("syn"));

        // Another seed is another dataset: another folder and fingerprint.
        Files.writeString(manifestsDir.resolve("syn.yaml"), Files.readString(manifestsDir.resolve("syn.yaml")).replace("seed: 42", "seed: 43"));
        Datasets other = new Datasets(Manifests.load(manifestsDir), new DataSettings(data, cache), new SyntheticGenerators().register(fake));
        DatasetLocation loc2 = other.locate(ref);
        assertNotEquals(loc.dir(), loc2.dir());
        assertNotEquals(loc.fingerprint(), loc2.fingerprint());
        assertFalse(java.util.Arrays.equals(first, Files.readAllBytes(loc2.dir().resolve("r2.hea"))));

        // Regenerating after the cache is wiped gives identical bytes.
        org.aiotbench.FileTrees.deleteQuietly(loc.dir());
        assertArrayEquals(first, Files.readAllBytes(datasets.locate(ref).dir().resolve("r2.hea")));
    }

    @Test
    void syntheticFailuresAreOneLineNotes() throws Exception {
        Datasets noGen = new Datasets(Manifests.load(manifestsDir), new DataSettings(data, cache), new SyntheticGenerators());
        assertEquals("dataset syn needs the synthetic generator 'fake', which is not installed (installed: none)",
                noGen.locate(new DatasetRef("syn", List.of(), Map.of())).absentNote());
        Files.writeString(manifestsDir.resolve("syn.yaml"), Files.readString(manifestsDir.resolve("syn.yaml")).replace("records: 3", "records: 0"));
        Datasets bad = new Datasets(Manifests.load(manifestsDir), new DataSettings(data, cache), new SyntheticGenerators().register(fake));
        assertEquals("generating dataset syn with 'fake' failed: IllegalArgumentException: params.records must be a positive integer",
                bad.locate(new DatasetRef("syn", List.of(), Map.of())).absentNote());
        try (Stream<Path> s = Files.list(cache.resolve("synthetic"))) {
            assertEquals(0, s.count(), "no partial folder left in the cache");
        }
        SyntheticGenerator silent = new SyntheticGenerator() {
            @Override
            public String name() {
                return "fake";
            }

            @Override
            public void generate(Path dir, Map<String, Object> params, long seed) {
            }
        };
        Datasets empty = new Datasets(Manifests.load(manifestsDir), new DataSettings(data, cache), new SyntheticGenerators().register(silent));
        assertEquals("generator 'fake' wrote no files for dataset syn", empty.locate(new DatasetRef("syn", List.of(), Map.of())).absentNote());
        try (Stream<Path> s = Files.list(cache.resolve("synthetic"))) {
            assertEquals(0, s.count(), "no empty folder left in the cache");
        }
    }

    @Test
    void generatorsAreFoundThroughServiceLoader() {
        assertTrue(SyntheticGenerators.fromServiceLoader().find("fake").isPresent(),
                "test resources declare FakeGenerator in META-INF/services");
    }

    @Test
    void dataSettingsPrecedence() {
        Path home = Path.of(System.getProperty("user.home"));
        assertEquals(Path.of("/x").toAbsolutePath(), DataSettings.resolve(Path.of("/x"), Map.of("AIOTBENCH_DATA", "/y")).dataDir());
        assertEquals(Path.of("/y"), DataSettings.resolve(null, Map.of("AIOTBENCH_DATA", "/y")).dataDir());
        assertEquals(Path.of("data").toAbsolutePath(), DataSettings.resolve(null, Map.of()).dataDir());
        assertEquals(home.resolve(".cache/aiotbench"), DataSettings.resolve(null, Map.of()).cacheDir());
        assertEquals(Path.of("/c"), DataSettings.resolve(null, Map.of("AIOTBENCH_CACHE", "/c")).cacheDir());
    }

    private DatasetStatus.State status(String id) {
        return datasets.list().stream().filter(s -> s.manifest().id().equals(id)).findFirst().orElseThrow().state();
    }

    /** Hidden staging/old folders left in the data folder. */
    private List<Path> leftovers() throws IOException {
        if (!Files.isDirectory(data)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(data)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }
}
