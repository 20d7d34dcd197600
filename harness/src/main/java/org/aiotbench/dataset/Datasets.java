package org.aiotbench.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aiotbench.FileTrees;
import org.aiotbench.catalogue.DatasetRef;
import org.aiotbench.catalogue.Hashing;

/**
 * Dataset operations over one set of manifests and one data folder: list, verify, import,
 * fetch, locate, fingerprint. Every user-causable failure is a {@link DatasetException} with a
 * one-line message.
 */
public final class Datasets {

    /** How users start the tool; used in the hints that name a command to run. */
    public static final String LAUNCHER = "./aiotbench";

    private final Manifests manifests;
    private final DataSettings settings;
    private final SyntheticGenerators generators;
    private HttpClient http;

    public Datasets(Manifests manifests, DataSettings settings, SyntheticGenerators generators) {
        this.manifests = Objects.requireNonNull(manifests, "manifests");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.generators = Objects.requireNonNull(generators, "generators");
    }

    /** Manifests from {@code datasetsDir}, generators from the ServiceLoader. */
    public static Datasets open(Path datasetsDir, DataSettings settings) {
        return new Datasets(Manifests.load(datasetsDir), settings, SyntheticGenerators.fromServiceLoader());
    }

    public Manifests manifests() {
        return manifests;
    }

    public DataSettings settings() {
        return settings;
    }

    /** The manifest of {@code id}, or a one-line error naming the known ids. */
    public DatasetManifest manifest(String id) throws DatasetException {
        Optional<DatasetManifest> m = manifests.find(id);
        if (m.isEmpty()) {
            throw new DatasetException("unknown dataset '" + id + "' (known: "
                    + (manifests.list().isEmpty() ? "none" : manifests.list().stream().map(DatasetManifest::id)
                    .collect(Collectors.joining(", "))) + ")");
        }
        return m.get();
    }

    // ---- list ----------------------------------------------------------------------------

    /** Every dataset with its presence (by file sizes; use {@link #verify} for checksums). */
    public List<DatasetStatus> list() {
        List<DatasetStatus> out = new ArrayList<>();
        for (DatasetManifest m : manifests.list()) {
            if (m.isSynthetic()) {
                Path dir = syntheticDir(m);
                out.add(new DatasetStatus(m, Files.isDirectory(dir) ? DatasetStatus.State.SYNTHETIC_CACHED
                        : DatasetStatus.State.SYNTHETIC, dir, 0));
                continue;
            }
            Path dir = settings.datasetDir(m.id());
            if (!Files.isDirectory(dir)) {
                out.add(new DatasetStatus(m, DatasetStatus.State.ABSENT, dir, 0));
                continue;
            }
            int ok = (int) m.files().stream().filter(f -> FileChecker.checkSize(f, dir.resolve(f.path())) == null).count();
            out.add(new DatasetStatus(m, ok == m.files().size() ? DatasetStatus.State.PRESENT
                    : DatasetStatus.State.INCOMPLETE, dir, ok));
        }
        return out;
    }

    // ---- verify --------------------------------------------------------------------------

    /** Checks {@code <data>/<id>/} against the manifest; the report names every bad file. */
    public VerifyReport verify(String id, VerifyReport.VerifyMode mode) throws DatasetException {
        DatasetManifest m = manifest(id);
        if (m.isSynthetic()) {
            throw new DatasetException("dataset " + id + " is synthetic: it is generated on demand and has no"
                    + " files to verify");
        }
        Path dir = settings.datasetDir(id);
        if (!Files.isDirectory(dir)) {
            throw new DatasetException(absentNote(m));
        }
        return FileChecker.verify(m, dir, mode);
    }

    // ---- import --------------------------------------------------------------------------

    /**
     * Copies the manifest's files from {@code from} into {@code <data>/<id>/}, checking every
     * SHA-256. The copy is staged and only replaces the dataset folder when every file is right,
     * so a failed import leaves the data folder as it was.
     */
    public VerifyReport importFrom(String id, Path from, Consumer<String> progress) throws DatasetException {
        DatasetManifest m = manifest(id);
        if (m.isSynthetic()) {
            throw new DatasetException("dataset " + id + " is synthetic: it is generated on demand, there is"
                    + " nothing to import");
        }
        if (!Files.isDirectory(from)) {
            throw new DatasetException("cannot import " + id + ": " + from + " is not a folder");
        }
        if (m.hasUnlistedFiles()) {
            throw new DatasetException("cannot import " + id + ": its sample files are not listed in the manifest,"
                    + " so they cannot be checked; copy or link the folder to " + settings.datasetDir(id)
                    + " (layout: " + m.layout().strip().split("\\R")[0] + ")");
        }
        Path target = settings.datasetDir(id);
        if (sameFolder(from, target)) {
            // Importing a folder onto itself would delete the source; just check it.
            VerifyReport r = FileChecker.verify(m, target, VerifyReport.VerifyMode.FULL);
            if (!r.ok()) {
                throw new DatasetException("import of " + id + " failed: " + r.issueLine(5) + " (in " + from + ")");
            }
            return r;
        }
        // Check presence and sizes first: a wrong folder fails in milliseconds, not after copying 100 MB.
        List<VerifyReport.FileIssue> early = new ArrayList<>();
        for (DataFile f : m.files()) {
            VerifyReport.FileIssue issue = FileChecker.checkSize(f, from.resolve(f.path()));
            if (issue != null) {
                early.add(issue);
            }
        }
        if (!early.isEmpty()) {
            VerifyReport r = new VerifyReport(id, from, VerifyReport.VerifyMode.SIZES, m.files().size(), 0, early);
            throw new DatasetException("import of " + id + " failed, nothing was changed: " + r.issueLine(5)
                    + " (in " + from + ")");
        }
        return stageAndInstall(m, (f, out) -> {
            try (InputStream in = Files.newInputStream(from.resolve(f.path()))) {
                return FileChecker.copyHashing(in, out, f.size());
            }
        }, "import of " + id + " from " + from, progress);
    }

    private interface Source {
        FileChecker.Copied copy(DataFile f, OutputStream out) throws IOException, DatasetException;
    }

    private VerifyReport stageAndInstall(DatasetManifest m, Source source, String what, Consumer<String> progress)
            throws DatasetException {
        Path target = settings.datasetDir(m.id());
        Path staging;
        boolean createdDataDir = !Files.exists(settings.dataDir());
        try {
            Files.createDirectories(settings.dataDir());
            staging = Files.createTempDirectory(settings.dataDir(), "." + m.id() + ".partial-");
        } catch (IOException e) {
            throw new DatasetException(what + " failed: cannot write to " + settings.dataDir() + " (" + e.getClass().getSimpleName() + ")", e);
        }
        boolean installed = false;
        try {
            List<VerifyReport.FileIssue> issues = new ArrayList<>();
            long bytes = 0;
            int i = 0;
            for (DataFile f : m.files()) {
                i++;
                Path dst = staging.resolve(f.path());
                Files.createDirectories(dst.getParent());
                FileChecker.Copied c;
                try (OutputStream out = Files.newOutputStream(dst)) {
                    c = source.copy(f, out);
                }
                bytes += c.size();
                if (c.sha256() == null || c.size() != f.size()) {
                    issues.add(new VerifyReport.FileIssue(f.path(), VerifyReport.FileIssue.Kind.WRONG_SIZE,
                            "size " + (c.sha256() == null ? "over " + f.size() : c.size()) + " bytes, expected " + f.size()));
                } else if (!c.sha256().equals(f.sha256())) {
                    issues.add(new VerifyReport.FileIssue(f.path(), VerifyReport.FileIssue.Kind.WRONG_SHA256,
                            "SHA-256 mismatch (corrupt or different version)"));
                }
                if (progress != null) {
                    progress.accept(i + "/" + m.files().size() + " " + f.path());
                }
            }
            VerifyReport report = new VerifyReport(m.id(), target, VerifyReport.VerifyMode.FULL, m.files().size(), bytes, issues);
            if (!report.ok()) {
                throw new DatasetException(what + " failed, nothing was changed: " + report.issueLine(5));
            }
            install(staging, target);
            installed = true;
            return report;
        } catch (IOException e) {
            throw new DatasetException(what + " failed, nothing was changed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage().strip().split("\\R")[0]), e);
        } finally {
            if (!installed) {
                FileTrees.deleteQuietly(staging);
                if (createdDataDir) {
                    // "Nothing was changed" includes not leaving an empty data folder behind.
                    try {
                        Files.deleteIfExists(settings.dataDir());
                    } catch (IOException ignored) {
                        // Not empty after all (another process wrote there): keep it.
                    }
                }
            }
        }
    }

    /** Replaces {@code target} by {@code staging} with renames, so readers never see a mix. */
    private static void install(Path staging, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        if (old != null) {
            FileTrees.deleteQuietly(old);
        }
    }

    private static boolean sameFolder(Path a, Path b) {
        try {
            return Files.isDirectory(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    // ---- fetch ---------------------------------------------------------------------------

    /**
     * Downloads every file from the manifest's {@code fetch} URL into {@code <data>/<id>/},
     * verifying checksums, with the same staging as {@link #importFrom}.
     */
    public VerifyReport fetch(String id, Consumer<String> progress) throws DatasetException {
        DatasetManifest m = manifest(id);
        if (m.isSynthetic()) {
            throw new DatasetException("dataset " + id + " is synthetic: it is generated on demand, there is"
                    + " nothing to fetch");
        }
        if (m.fetchUrl() == null) {
            throw new DatasetException("dataset " + id + " has no download URL in " + m.source() + ": get the files from "
                    + (m.sourceUrl() == null ? "its source" : m.sourceUrl()) + " and run " + importCommand(id));
        }
        HttpClient client = httpClient();
        return stageAndInstall(m, (f, out) -> download(client, m, f, out), "fetch of " + id, progress);
    }

    private FileChecker.Copied download(HttpClient client, DatasetManifest m, DataFile f, OutputStream out)
            throws IOException, DatasetException {
        URI uri = URI.create(m.fetchUrl()).resolve(f.path());
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5)).GET().build();
        HttpResponse<InputStream> resp;
        try {
            resp = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatasetException("fetch of " + m.id() + " interrupted, nothing was changed");
        } catch (IOException | UncheckedIOException | UnresolvedAddressException e) {
            throw new DatasetException(offlineNote(m, uri, e), e);
        }
        try (InputStream in = resp.body()) {
            if (resp.statusCode() != 200) {
                throw new DatasetException("fetch of " + m.id() + " failed, nothing was changed: HTTP "
                        + resp.statusCode() + " for " + uri);
            }
            return FileChecker.copyHashing(in, out, f.size());
        }
    }

    private static String offlineNote(DatasetManifest m, URI uri, Throwable e) {
        boolean offline = e instanceof ConnectException || e instanceof UnknownHostException
                || e instanceof HttpConnectTimeoutException || e instanceof UnresolvedAddressException
                || e.getCause() instanceof UnresolvedAddressException || e.getCause() instanceof UnknownHostException;
        String why = offline ? "cannot reach " + uri.getHost() + " (no internet connection?)"
                : "download of " + uri + " failed (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage().strip().split("\\R")[0]) + ")";
        return "fetch of " + m.id() + " failed, nothing was changed: " + why + "; with a local copy of the files run "
                + importCommand(m.id());
    }

    private synchronized HttpClient httpClient() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15))
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
        }
        return http;
    }

    // ---- locate --------------------------------------------------------------------------

    /**
     * The folder holding a task's dataset: {@code <data>/<id>/} when every file is present with
     * the right size (checksums are {@link #verify}'s job), or the synthetic cache folder
     * (generated now if needed). When absent, {@link DatasetLocation#absentNote()} names the
     * command that brings the data.
     */
    public DatasetLocation locate(DatasetRef ref) {
        Optional<DatasetManifest> om = manifests.find(ref.id());
        if (om.isEmpty()) {
            return DatasetLocation.absent(ref.id(), "unknown dataset '" + ref.id() + "': no manifest datasets/"
                    + ref.id() + ".yaml");
        }
        DatasetManifest m = om.get();
        List<String> unknown = unknownRecords(m, ref);
        if (!unknown.isEmpty()) {
            return DatasetLocation.absent(m.id(), "dataset " + m.id() + " has no record(s) "
                    + String.join(", ", unknown));
        }
        if (m.isSynthetic()) {
            try {
                Path dir = materialize(m);
                boolean measurements = generators.find(m.synthetic().generator())
                        .map(SyntheticGenerator::writesMeasurements).orElse(true);
                return new DatasetLocation(m.id(), dir, measurements, cachedFingerprint(dir), null);
            } catch (DatasetException e) {
                return DatasetLocation.absent(m.id(), e.getMessage());
            } catch (IOException e) {
                return DatasetLocation.absent(m.id(), "cannot read generated dataset " + m.id() + ": " + e.getMessage());
            }
        }
        Path dir = settings.datasetDir(m.id());
        if (!Files.isDirectory(dir)) {
            return DatasetLocation.absent(m.id(), absentNote(m));
        }
        List<VerifyReport.FileIssue> issues = m.files().stream()
                .map(f -> FileChecker.checkSize(f, dir.resolve(f.path()))).filter(Objects::nonNull).toList();
        if (!issues.isEmpty()) {
            return DatasetLocation.absent(m.id(), "dataset " + m.id() + " in " + dir + " is incomplete ("
                    + new VerifyReport(m.id(), dir, VerifyReport.VerifyMode.SIZES, m.files().size(), 0, issues).issueLine(3)
                    + "): run " + importCommand(m.id()) + " (or " + LAUNCHER + " datasets fetch " + m.id() + ")");
        }
        if (m.hasUnlistedFiles()) {
            try {
                return new DatasetLocation(m.id(), dir, false, listingFingerprint(m, dir), null);
            } catch (IOException e) {
                return DatasetLocation.absent(m.id(), "cannot list dataset " + m.id() + " in " + dir + ": " + e.getMessage());
            }
        }
        return new DatasetLocation(m.id(), dir, false, m.fingerprint(), null);
    }

    /**
     * Fingerprint of a dataset whose sample files are not listed: the manifest's own (its listed
     * files) and every file's relative path and size, so a changed folder never reuses views
     * derived from the old one. Weaker than checksums, and cheap enough for tens of thousands
     * of files.
     */
    static String listingFingerprint(DatasetManifest m, Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(m.fingerprint() + "\n");
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                lines.add(Files.size(f) + "  " + dir.relativize(f).toString().replace('\\', '/') + "\n");
            }
        }
        java.util.Collections.sort(lines.subList(1, lines.size()));
        return Hashing.sha256Hex(String.join("", lines));
    }

    /** Record names a task asks for that the dataset does not have (real WFDB datasets only). */
    public static List<String> unknownRecords(DatasetManifest m, DatasetRef ref) {
        if (ref.allRecords() || m.isSynthetic()) {
            return List.of();
        }
        List<String> known = m.recordNames();
        return ref.records().stream().filter(r -> !known.contains(r)).toList();
    }

    /** The fingerprint of dataset {@code id} (see {@link DatasetManifest#fingerprint()}). */
    public String fingerprint(String id) throws DatasetException {
        return manifest(id).fingerprint();
    }

    private String absentNote(DatasetManifest m) {
        if (m.hasUnlistedFiles()) {
            return "dataset " + m.id() + " is not in " + settings.dataDir() + ": put its files in " + settings.datasetDir(m.id())
                    + " as the layout in " + (m.source() == null ? "its manifest" : m.source().getFileName()) + " describes";
        }
        return "dataset " + m.id() + " is not in " + settings.dataDir() + ": run " + importCommand(m.id())
                + (m.fetchUrl() == null ? "" : " (or " + LAUNCHER + " datasets fetch " + m.id() + ")");
    }

    static String importCommand(String id) {
        return LAUNCHER + " datasets import " + id + " --from DIR";
    }

    // ---- synthetic -----------------------------------------------------------------------

    /**
     * Cache folder of a synthetic dataset: {@code <cache>/synthetic/<id>-<short hash>-v<generator
     * version>/}; the version keeps data of an older generator from being reused.
     */
    public Path syntheticDir(DatasetManifest m) {
        if (!m.isSynthetic()) {
            throw new IllegalArgumentException(m.id() + " is not synthetic");
        }
        String version = generators.find(m.synthetic().generator()).map(SyntheticGenerator::version).orElse("0");
        return settings.cacheDir().resolve("synthetic").resolve(m.id() + "-" + m.synthetic().shortHash() + "-v" + version);
    }

    /**
     * Fingerprint of generated data: SHA-256 over its files in the {@code sha256sum} layout, so
     * provenance names the bytes actually scored, not only the recipe. Written next to the data
     * when it is generated.
     */
    static String contentFingerprint(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList()) {
                lines.add(FileChecker.sha256(f) + "  " + f.getFileName() + "\n");
            }
        }
        return Hashing.sha256Hex(String.join("", lines));
    }

    private static String cachedFingerprint(Path dir) throws IOException {
        Path f = dir.resolve(FINGERPRINT_FILE);
        if (Files.isRegularFile(f)) {
            return Files.readString(f, StandardCharsets.US_ASCII).strip();
        }
        String fp = contentFingerprint(dir);
        Files.writeString(f, fp + "\n", StandardCharsets.US_ASCII);
        return fp;
    }

    private static final String FINGERPRINT_FILE = ".fingerprint";

    /**
     * Generates a synthetic dataset into its cache folder unless it is there already. Generation
     * goes to a temporary sibling that is renamed into place when complete, so a crash or a
     * concurrent run never leaves a half-written folder under the final name.
     */
    public Path materialize(DatasetManifest m) throws DatasetException {
        Path dir = syntheticDir(m);
        if (Files.isDirectory(dir)) {
            return dir;
        }
        SyntheticSpec spec = m.synthetic();
        SyntheticGenerator gen = generators.find(spec.generator()).orElseThrow(() -> new DatasetException(
                "dataset " + m.id() + " needs the synthetic generator '" + spec.generator() + "', which is not installed"
                        + " (installed: " + (generators.names().isEmpty() ? "none" : String.join(", ", generators.names())) + ")"));
        try {
            return FileTrees.writeOnce(dir, tmp -> {
                gen.generate(tmp, spec.params(), spec.seed());
                try (Stream<Path> s = Files.list(tmp)) {
                    if (s.findAny().isEmpty()) {
                        throw new NothingWritten();
                    }
                }
            });
        } catch (NothingWritten e) {
            throw new DatasetException("generator '" + spec.generator() + "' wrote no files for dataset " + m.id());
        } catch (IOException | RuntimeException e) {
            throw new DatasetException("generating dataset " + m.id() + " with '" + spec.generator() + "' failed: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().strip().split("\\R")[0]), e);
        }
    }

    /** A generator that wrote nothing: its own message, not a wrapped I/O failure. */
    private static final class NothingWritten extends IOException {
        private static final long serialVersionUID = 1L;
    }
}
