package org.aiotbench.family.stream;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.aiotbench.FileTrees;
import org.aiotbench.catalogue.Hashing;
import org.aiotbench.family.DataContext;
import org.aiotbench.family.Development;
import org.aiotbench.family.InputView;
import org.aiotbench.scoring.ScoringException;
import org.aiotbench.scoring.ScoringException.Blame;
import org.aiotbench.scoring.stream.StreamSet;

/**
 * The development input of a stream task: the same streams as its test input, written by the
 * {@code stream-day} generator with another seed, and the task's oracle run on them for the
 * answers. A candidate sees the same layout ({@code streams.json} and one JSON Lines file per
 * input stream) and is scored with the task's own mode.
 *
 * <p>The seed is derived from the test data's fingerprint, so it differs from whatever seed made
 * the test data, and changes with it; and an input file byte-identical to the test one is
 * refused, so the development data is never the test data. The family's {@link DataContext} does
 * not carry the dataset's manifest, hence the derived seed rather than the manifest's seed plus
 * a constant. Data not shaped like the generator's (a stream whose description differs) gets no
 * development input: candidates would be tried on streams unlike the ones they are written for.
 *
 * <p>Data and oracle output are generated once into the view cache, like synthetic datasets.
 * The test answers (the scorer's own, cached per JVM) are handed to the review only so that it
 * withholds whatever coincides with them.
 */
public final class StreamDevelopment {

    static final String LAYOUT = "1";

    private StreamDevelopment() {
    }

    /** The development input of this task for this test data; empty when the data is not the generator's kind. */
    public static Optional<Development> of(StreamTaskSpec spec, DataContext data) throws IOException {
        StreamDayGenerator gen = new StreamDayGenerator();
        String testKey = data.fingerprint().isEmpty() ? data.dir().toAbsolutePath().toString() : data.fingerprint();
        long seed = seed(testKey);
        Path root = data.viewCache().resolve("stream").resolve("development")
                .resolve(gen.name() + "-" + Long.toHexString(seed) + "-v" + gen.version() + "-l" + LAYOUT);
        Path devData = FileTrees.writeOnce(root.resolve("data"), dir -> gen.generate(dir, Map.of(), seed));
        if (!sameKind(spec, data.dir(), devData)) {
            return Optional.empty();
        }
        for (String id : spec.oracle().inputs()) {
            Path test = data.dir().resolve(id + ".jsonl");
            if (Files.mismatch(test, devData.resolve(id + ".jsonl")) == -1L) {
                throw new IOException("the development stream " + id + ".jsonl equals the test input; refusing to use it");
            }
        }
        Map<String, Path> files = StreamView.files(devData, "development:" + root.getFileName(), data.viewCache(),
                spec.oracle().inputs());
        Path expected = FileTrees.writeOnce(root.resolve("expected-" + spec.oracle().id()), dir -> {
            Path in = Files.createDirectories(dir.resolveSibling(dir.getFileName() + ".in"));
            try {
                for (Map.Entry<String, Path> f : files.entrySet()) {
                    Files.createSymbolicLink(in.resolve(f.getKey()), f.getValue().toAbsolutePath());
                }
                OracleRun.run(spec.oracle(), in, dir);
            } finally {
                FileTrees.deleteQuietly(in);
            }
        });
        StreamSet reference;
        try {
            reference = StreamScoring.read(spec.oracle().outputs(), expected, Blame.HARNESS);
        } catch (ScoringException e) {
            throw new IOException("development answers of oracle " + spec.oracle().id() + ": " + e.getMessage());
        }
        StreamSet test;
        try {
            test = StreamScoring.oracleOutput(spec, StreamView.files(data.dir(), data.fingerprint(), data.viewCache(),
                    spec.oracle().inputs()), data.fingerprint(), data.viewCache().resolve("stream").resolve(".scratch"));
        } catch (ScoringException e) {
            throw new IOException(e.getMessage());
        }
        int items = 0;
        for (String id : spec.oracle().inputs()) {
            try (var lines = Files.lines(devData.resolve(id + ".jsonl"))) {
                items += (int) lines.filter(l -> !l.isBlank()).count();
            }
        }
        return Optional.of(new Development(new InputView(files),
                out -> StreamScoring.score(spec, reference, out), "result_score",
                "the task's input streams generated with another seed (" + items + " items)", 1.0,
                (out, score) -> StreamReview.review(spec, reference, expected, test, out)));
    }

    /** A seed for the development data of the test data {@code testKey}: a hash, so no test seed is reused by design. */
    static long seed(String testKey) {
        return Long.parseLong(Hashing.sha256Hex("stream development data\n" + testKey).substring(0, 15), 16);
    }

    /** Whether every input stream is described alike in the test data and the development data. */
    private static boolean sameKind(StreamTaskSpec spec, Path testDir, Path devDir) throws IOException {
        Path testDescription = testDir.resolve(StreamView.DESCRIPTION);
        if (!Files.isRegularFile(testDescription)) {
            return false;
        }
        JsonNode test = StreamJsonl.readJson(testDescription).path("streams");
        JsonNode dev = StreamJsonl.readJson(devDir.resolve(StreamView.DESCRIPTION)).path("streams");
        for (String id : spec.oracle().inputs()) {
            JsonNode t = find(test, id);
            if (t == null || !t.equals(find(dev, id))) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode find(JsonNode streams, String id) {
        for (JsonNode s : streams) {
            if (id.equals(s.path("id").asText())) {
                return s;
            }
        }
        return null;
    }
}
