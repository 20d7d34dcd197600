package org.aiotbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.aiotbench.catalogue.Problem;
import org.aiotbench.dataset.DatasetException;
import org.aiotbench.dataset.DatasetManifest;
import org.aiotbench.dataset.DatasetStatus;
import org.aiotbench.dataset.Datasets;
import org.aiotbench.dataset.VerifyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code datasets list | verify ID | import ID --from DIR | fetch ID}. */
@Command(name = "datasets", description = "List, verify, import and fetch datasets.",
        subcommands = {DatasetsCommand.ListDatasets.class, DatasetsCommand.Verify.class,
                DatasetsCommand.Import.class, DatasetsCommand.Fetch.class},
        mixinStandardHelpOptions = true)
public final class DatasetsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** Opens the datasets and prints manifest problems; they do not stop commands on other datasets. */
    static Datasets open(CatalogueOptions options, PrintWriter err) {
        Datasets d = options.datasets();
        for (Problem p : d.manifests().problems()) {
            err.println(p);
        }
        return d;
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    @Command(name = "list", description = "Show each dataset: id, state in the data folder, files, title.",
            mixinStandardHelpOptions = true)
    static final class ListDatasets implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        CatalogueOptions options;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Datasets d = open(options, spec.commandLine().getErr());
            out.println("data folder: " + d.settings().dataDir());
            int w = Math.max(2, d.manifests().list().stream().mapToInt(m -> m.id().length()).max().orElse(2));
            out.printf("%-" + w + "s  %-10s  %-16s  %s%n", "ID", "STATE", "FILES", "TITLE");
            for (DatasetStatus s : d.list()) {
                DatasetManifest m = s.manifest();
                String state = switch (s.state()) {
                    case PRESENT -> "present";
                    case INCOMPLETE -> "incomplete";
                    case ABSENT -> "absent";
                    case SYNTHETIC_CACHED -> "synthetic*";
                    case SYNTHETIC -> "synthetic";
                };
                String files = m.isSynthetic() ? m.synthetic().generator()
                        : (s.state() == DatasetStatus.State.INCOMPLETE ? s.filesPresent() + "/" : "")
                        + m.files().size() + ", " + mib(m.totalBytes()) + (m.hasUnlistedFiles() ? " + unlisted" : "");
                out.printf("%-" + w + "s  %-10s  %-16s  %s%n", m.id(), state, files, m.title());
            }
            if (d.list().stream().anyMatch(s -> s.state() == DatasetStatus.State.SYNTHETIC_CACHED)) {
                out.println("(synthetic* = already generated in " + d.settings().cacheDir().resolve("synthetic") + ")");
            }
            out.flush();
            return d.manifests().hasProblems() ? 1 : 0;
        }
    }

    @Command(name = "verify", description = "Check every file of a dataset against its SHA-256 (or only sizes with --fast).",
            mixinStandardHelpOptions = true)
    static final class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        CatalogueOptions options;
        @Parameters(paramLabel = "ID", description = "Dataset id.")
        String id;
        @Option(names = "--fast", description = "Check presence and sizes only, not checksums.")
        boolean fast;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Datasets d = open(options, err);
            long t0 = System.nanoTime();
            try {
                VerifyReport r = d.verify(id, fast ? VerifyReport.VerifyMode.SIZES : VerifyReport.VerifyMode.FULL);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                if (!r.ok()) {
                    for (VerifyReport.FileIssue i : r.issues()) {
                        err.println(r.dir().resolve(i.path()) + ": " + i.detail());
                    }
                    err.println("dataset " + id + " in " + r.dir() + " FAILED: " + r.issues().size() + " of "
                            + r.filesChecked() + " files bad; run " + Datasets.LAUNCHER + " datasets import " + id
                            + " --from DIR to replace it");
                    return 1;
                }
                out.println("dataset " + id + " OK: " + r.filesChecked() + " files "
                        + (fast ? "present with the right sizes (checksums not checked)"
                        : "match their SHA-256 (" + mib(r.bytesHashed()) + ")") + " in " + r.dir() + " [" + ms + " ms]");
                return 0;
            } catch (DatasetException e) {
                err.println(e.getMessage());
                return 1;
            } finally {
                out.flush();
                err.flush();
            }
        }
    }

    @Command(name = "import", description = "Copy a dataset's files from a local folder into the data folder, checking every SHA-256.",
            mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        CatalogueOptions options;
        @Parameters(paramLabel = "ID", description = "Dataset id.")
        String id;
        @Option(names = "--from", paramLabel = "DIR", required = true, description = "Folder holding the dataset's files.")
        Path from;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Datasets d = open(options, err);
            try {
                VerifyReport r = d.importFrom(id, from, null);
                out.println("imported " + id + ": " + r.filesChecked() + " files (" + mib(r.bytesHashed())
                        + ") verified into " + r.dir());
                return 0;
            } catch (DatasetException e) {
                err.println(e.getMessage());
                return 1;
            } finally {
                out.flush();
                err.flush();
            }
        }
    }

    @Command(name = "fetch", description = "Download a dataset from its official source, checking every SHA-256.",
            mixinStandardHelpOptions = true)
    static final class Fetch implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        CatalogueOptions options;
        @Parameters(paramLabel = "ID", description = "Dataset id.")
        String id;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Datasets d = open(options, err);
            boolean[] progressShown = {false};
            try {
                VerifyReport r = d.fetch(id, line -> {
                    err.print("\rfetching " + id + " " + line + "    ");
                    err.flush();
                    progressShown[0] = true;
                });
                err.println();
                out.println("fetched " + id + ": " + r.filesChecked() + " files (" + mib(r.bytesHashed())
                        + ") verified into " + r.dir());
                return 0;
            } catch (DatasetException e) {
                if (progressShown[0]) {
                    err.println();
                }
                err.println(e.getMessage());
                return 1;
            } finally {
                out.flush();
                err.flush();
            }
        }
    }
}
