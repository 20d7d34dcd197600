package org.aiotbench.family;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.aiotbench.catalogue.Task;
import org.aiotbench.family.stream.StreamScoring;
import org.aiotbench.family.stream.StreamTaskSpec;
import org.aiotbench.family.stream.StreamView;
import org.aiotbench.scoring.Score;
import org.aiotbench.scoring.ScoringException;

/**
 * Stream tasks (NL-Sense style, {@code stream}): the program reads input streams as JSON Lines
 * and writes each output stream as {@code OUTPUT_DIR/<id>.jsonl}; its streams are scored
 * against the task oracle's by the result score (see {@link org.aiotbench.family.stream}).
 */
final class StreamFamily implements TaskFamily {

    @Override
    public String id() {
        return StreamTaskSpec.FAMILY;
    }

    @Override
    public InputView inputView(Task task, DataContext data) throws IOException {
        return new InputView(files(spec(task), data));
    }

    @Override
    public Score score(Task task, DataContext data, Path outputDir) throws ScoringException, IOException {
        StreamTaskSpec spec;
        try {
            spec = StreamTaskSpec.of(task);
        } catch (IllegalArgumentException e) {
            throw ScoringException.harness(e.getMessage());
        }
        var reference = StreamScoring.oracleOutput(spec, files(spec, data), data.fingerprint(),
                data.viewCache().resolve("stream").resolve(".scratch"));
        return StreamScoring.score(spec, reference, outputDir);
    }

    private static Map<String, Path> files(StreamTaskSpec spec, DataContext data) throws IOException {
        return StreamView.files(data.dir(), data.fingerprint(), data.viewCache(), spec.oracle().inputs());
    }

    private static StreamTaskSpec spec(Task task) throws IOException {
        try {
            return StreamTaskSpec.of(task);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage());
        }
    }
}
