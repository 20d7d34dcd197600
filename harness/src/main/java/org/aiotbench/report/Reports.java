package org.aiotbench.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Entry point: run folders in, report files out. */
public final class Reports {

    private Reports() {
    }

    /** The formats {@link #write(List, Path)} produces, in writing order. */
    public static List<ReportFormat> defaultFormats() {
        return List.of(new JsonReport(), new MarkdownReport(), new HtmlReport());
    }

    /**
     * Reads and aggregates the folders (later folders win for a repeated cell key).
     *
     * @throws ReportException when a folder is missing, has no results.jsonl, or no usable
     *     record exists in any of them
     */
    public static Leaderboard build(List<Path> runDirs) throws ReportException {
        if (runDirs.isEmpty()) {
            throw new ReportException("no run folder given");
        }
        RunFolderReader reader = new RunFolderReader();
        List<RunFolder> folders = new ArrayList<>();
        for (Path dir : runDirs) {
            folders.add(reader.read(dir));
        }
        if (folders.stream().allMatch(f -> f.records().isEmpty())) {
            String skipped = firstResultsProblem(folders)
                    .map(p -> " (no line was usable; first: " + p + ")").orElse("");
            throw new ReportException("no results in " + describe(runDirs) + skipped);
        }
        return new LeaderboardBuilder().build(folders);
    }

    /** Builds the leaderboard and writes the default formats; returns the files written. */
    public static List<Path> write(List<Path> runDirs, Path reportDir) throws ReportException, IOException {
        return write(build(runDirs), reportDir, defaultFormats());
    }

    /**
     * Writes each format to {@code reportDir/format.fileName()}, creating the folder. Each file
     * is written next to its target and moved into place, so a reader never sees half a report.
     */
    public static List<Path> write(Leaderboard lb, Path reportDir, List<ReportFormat> formats) throws IOException {
        Files.createDirectories(reportDir);
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : formats) {
            Path target = reportDir.resolve(format.fileName());
            Path tmp = Files.createTempFile(reportDir, "." + format.fileName(), ".tmp");
            try {
                try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    format.write(lb, out);
                }
                try {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            written.add(target);
        }
        return written;
    }

    private static Optional<String> firstResultsProblem(List<RunFolder> folders) {
        return folders.stream().flatMap(f -> f.problems().stream())
                .filter(p -> p.source().endsWith(RunFolderReader.RESULTS_FILE))
                .map(ReadProblem::message).findFirst();
    }

    private static String describe(List<Path> dirs) {
        return dirs.size() == 1 ? dirs.get(0) + "/" + RunFolderReader.RESULTS_FILE
                : dirs.size() + " run folders";
    }
}
