package org.aiotbench.family.stream;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.aiotbench.FileTrees;
import org.aiotbench.scoring.Score;
import org.aiotbench.scoring.ScoringException;
import org.aiotbench.scoring.ScoringException.Blame;
import org.aiotbench.scoring.stream.ResultScore;
import org.aiotbench.scoring.stream.ResultScoreMode;
import org.aiotbench.scoring.stream.ResultScorer;
import org.aiotbench.scoring.stream.StreamFiles;
import org.aiotbench.scoring.stream.StreamItem;
import org.aiotbench.scoring.stream.StreamScore;
import org.aiotbench.scoring.stream.StreamSet;

/**
 * Scores a stream task's output against its oracle's, in both modes of DESIGN.md §2.
 *
 * <p>Metrics: {@code result_score} (the task's mode, strict unless its {@code scoring.mode}
 * says chainstream), {@code result_score_strict}, {@code result_score_chainstream} and
 * {@code executable} (1 for every scored cell). A missing output file is a missing stream
 * (it scores 0); a malformed one, or no output stream at all, fails the program, so the
 * executable rate counts programs that ran and wrote parseable output.
 *
 * <p>The oracle's output is computed in-process from the same input files the program sees,
 * once per dataset fingerprint and oracle in this JVM, and read back through
 * {@link StreamFiles} exactly like a program's, so both sides turn values into text alike.
 */
public final class StreamScoring {

    private static final Map<String, StreamSet> ORACLE_OUTPUTS = new ConcurrentHashMap<>();

    private StreamScoring() {
    }

    /** The oracle's streams for this data, computed once per JVM. */
    public static StreamSet oracleOutput(StreamTaskSpec spec, Map<String, Path> inputFiles, String fingerprint,
                                         Path scratch) throws IOException, ScoringException {
        String key = spec.oracle().id() + "\n" + (fingerprint.isEmpty() ? inputFiles.toString() : fingerprint);
        StreamSet cached = ORACLE_OUTPUTS.get(key);
        if (cached != null) {
            return cached;
        }
        Files.createDirectories(scratch);
        Path dir = Files.createTempDirectory(scratch, "oracle-");
        try {
            Path in = Files.createDirectories(dir.resolve("in"));
            for (Map.Entry<String, Path> f : inputFiles.entrySet()) {
                Files.createSymbolicLink(in.resolve(f.getKey()), f.getValue().toAbsolutePath());
            }
            Path out = dir.resolve("out");
            try {
                OracleRun.run(spec.oracle(), in, out);
            } catch (RuntimeException e) {
                throw ScoringException.harness("oracle " + spec.oracle().id() + " failed: " + e);
            }
            StreamSet set = read(spec.oracle().outputs(), out, Blame.HARNESS);
            ORACLE_OUTPUTS.putIfAbsent(key, set);
            return set;
        } finally {
            FileTrees.deleteQuietly(dir);
        }
    }

    /** Scores the program's output folder. */
    public static Score score(StreamTaskSpec spec, StreamSet reference, Path outputDir) throws ScoringException, IOException {
        List<String> outputs = spec.oracle().outputs();
        StreamSet candidate;
        try {
            candidate = read(outputs, outputDir, Blame.PROGRAM);
        } catch (ScoringException e) {
            // Name the file as the program knows it, not by the harness's scratch path.
            throw new ScoringException(e.blame(), e.getMessage().replace(outputDir + java.io.File.separator, ""), e);
        }
        if (candidate.streams().isEmpty()) {
            throw ScoringException.program("wrote none of the output streams ("
                    + String.join(", ", outputs.stream().map(o -> o + ".jsonl").toList()) + ") in OUTPUT_DIR");
        }
        ResultScore strict = ResultScorer.score(reference, candidate, spec.in(ResultScoreMode.STRICT));
        ResultScore chain = ResultScorer.score(reference, candidate, spec.in(ResultScoreMode.CHAINSTREAM));
        boolean isStrict = spec.settings().mode() == ResultScoreMode.STRICT;
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("result_score", isStrict ? strict.score() : chain.score());
        metrics.put("result_score_strict", strict.score());
        metrics.put("result_score_chainstream", chain.score());
        metrics.put("executable", 1.0);
        List<Object> streams = new ArrayList<>();
        for (int i = 0; i < strict.streams().size(); i++) {
            StreamScore s = strict.streams().get(i);
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("stream", s.id());
            d.put("reference_items", s.referenceItems());
            d.put("candidate_items", s.candidateItems());
            d.put("missing", s.missing());
            d.put("strict", s.score());
            d.put("chainstream", chain.streams().get(i).score());
            streams.add(d);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("mode", spec.settings().mode().id());
        details.put("difficulty", spec.difficulty());
        details.put("modality", spec.modality());
        details.put("streams", streams);
        details.put("extra_files", extraFiles(outputDir, outputs));
        return new Score(metrics, details);
    }

    private static StreamSet read(List<String> ids, Path dir, Blame blame) throws ScoringException {
        Map<String, List<StreamItem>> streams = new LinkedHashMap<>();
        for (String id : ids) {
            Path f = dir.resolve(id + ".jsonl");
            if (Files.isRegularFile(f)) {
                streams.put(id, StreamFiles.readJsonl(f, blame));
            } else if (blame == Blame.HARNESS) {
                throw ScoringException.harness(f + ": the oracle wrote no such file");
            }
        }
        return new StreamSet(streams);
    }

    private static List<String> extraFiles(Path dir, List<String> outputs) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> !outputs.contains(n.endsWith(".jsonl") ? n.substring(0, n.length() - 6) : "\0"))
                    .sorted().limit(20).toList();
        }
    }
}
