package org.aiotbench.scoring.ecg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aiotbench.reference.ecg.eval.BeatComparison;
import org.aiotbench.reference.ecg.eval.BeatComparisonResult;
import org.aiotbench.scoring.ScoringException;

/** Scores detections of one record or of a set of records against their reference annotations. */
public final class EcgEvaluation {
    private EcgEvaluation() {
    }

    /** Compares detections (sample indices, any order) with a loaded reference. */
    public static RecordScore scoreRecord(EcgReference ref, long[] detections, boolean missingOutput,
            EcgSettings settings) throws ScoringException {
        long start = settings.startSample(ref.fs());
        // bxb: end_time = strtim("e"), the record length; -1 (to the end of the reference) if unknown
        long end = ref.numberOfSamples() > 0 ? ref.numberOfSamples() : BeatComparison.END_OF_REFERENCE;
        if (end > 0 && end < start) {
            throw ScoringException.harness("record " + ref.record() + ": start " + settings.startSeconds()
                    + " s lies after the end of the record (" + ref.numberOfSamples() + " samples)");
        }
        BeatComparisonResult c = BeatComparison.compare(ref.stream(), detections,
                settings.matchWindowSamples(ref.fs()), start, end);
        return new RecordScore(ref.record(), ref.fs(), c.tp(), c.fn(), c.fp(), c.excluded(), detections.length, missingOutput,
                TimingStats.ofSamples(c.signedErrors(), ref.fs()), c);
    }

    /**
     * Scores {@code detectionsFile} against record {@code record} of {@code dbDir}. A missing
     * detections file counts as no detections and is flagged in the result.
     */
    public static RecordScore scoreRecord(Path dbDir, String record, Path detectionsFile, EcgSettings settings)
            throws ScoringException {
        EcgReference ref = EcgReference.load(dbDir, record);
        long[] detections;
        boolean missing = false;
        try {
            detections = DetectionFile.read(detectionsFile);
        } catch (NoSuchFileException e) {
            detections = new long[0];
            missing = true;
        } catch (IOException e) {
            throw ScoringException.program(detectionsFile + ": cannot be read: " + e.getMessage());
        }
        return scoreRecord(ref, detections, missing, settings);
    }

    /** Scores {@code outputDir/<record>.txt} for each record. */
    public static EcgSummary scoreAll(Path dbDir, List<String> records, Path outputDir, EcgSettings settings)
            throws ScoringException {
        if (!Files.isDirectory(dbDir)) {
            throw ScoringException.harness("dataset folder not found: " + dbDir);
        }
        if (!Files.isDirectory(outputDir)) {
            throw ScoringException.program("output folder not found: " + outputDir);
        }
        if (records.isEmpty()) {
            throw ScoringException.harness("no records to score in " + dbDir);
        }
        List<RecordScore> scores = new ArrayList<>(records.size());
        for (String record : records) {
            scores.add(scoreRecord(dbDir, record, outputDir.resolve(record + ".txt"), settings));
        }
        return summarize(settings, scores);
    }

    /** Gross and average figures of per-record scores; timing pools every matched beat. */
    public static EcgSummary summarize(EcgSettings settings, List<RecordScore> scores) {
        int total = 0;
        for (RecordScore s : scores) {
            total += s.comparison().tp();
        }
        double[] ms = new double[total];
        int k = 0;
        for (RecordScore s : scores) {
            for (long e : s.comparison().signedErrors()) {
                ms[k++] = e * 1000.0 / s.fs();
            }
        }
        return new EcgSummary(settings, scores, TimingStats.ofMillis(ms));
    }

    /**
     * The records of a dataset folder: the lines of its {@code RECORDS} file when there is one,
     * otherwise the names of its {@code .atr} files in sorted order.
     */
    public static List<String> defaultRecords(Path dbDir) throws ScoringException {
        if (!Files.isDirectory(dbDir)) {
            throw ScoringException.harness("dataset folder not found: " + dbDir);
        }
        Path list = dbDir.resolve("RECORDS");
        List<String> out = new ArrayList<>();
        try {
            if (Files.isRegularFile(list)) {
                for (String line : Files.readAllLines(list, StandardCharsets.ISO_8859_1)) {
                    String s = line.strip();
                    if (!s.isEmpty() && !s.startsWith("#")) {
                        out.add(s);
                    }
                }
            } else {
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(dbDir, "*.atr")) {
                    for (Path p : ds) {
                        String name = p.getFileName().toString();
                        out.add(name.substring(0, name.length() - 4));
                    }
                }
                out.sort(null);
            }
        } catch (IOException e) {
            throw ScoringException.harness(dbDir + ": cannot list records: " + e.getMessage());
        }
        if (out.isEmpty()) {
            throw ScoringException.harness(dbDir + ": no records (no RECORDS file and no .atr files)");
        }
        return out;
    }
}
