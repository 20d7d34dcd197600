package org.aiotbench.family.stream;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aiotbench.reference.stream.StreamOracle;

/**
 * Runs an oracle through the program contract: reads {@code IN/<id>.jsonl} for each input
 * stream and writes {@code OUT/<id>.jsonl} for each output stream. The oracle baseline and the
 * scorer's reference output both come from here, so they are the same bytes.
 */
public final class OracleRun {

    private OracleRun() {
    }

    public static void run(StreamOracle oracle, Path inputDir, Path outputDir) throws IOException {
        Map<String, List<Map<String, Object>>> in = new LinkedHashMap<>();
        for (String id : oracle.inputs()) {
            in.put(id, StreamJsonl.read(inputDir.resolve(id + ".jsonl")));
        }
        Map<String, List<Map<String, Object>>> out = oracle.run(in);
        Files.createDirectories(outputDir);
        for (String id : oracle.outputs()) {
            StreamJsonl.write(outputDir.resolve(id + ".jsonl"), out.get(id));
        }
    }
}
