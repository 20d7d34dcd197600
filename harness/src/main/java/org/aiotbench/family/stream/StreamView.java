package org.aiotbench.family.stream;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aiotbench.FileTrees;
import org.aiotbench.catalogue.Hashing;

/**
 * What a stream task's program sees: {@code <id>.jsonl} of each input stream (the dataset's own
 * files) and a {@code streams.json} describing only those streams, written once per dataset
 * and input set into the view cache.
 */
public final class StreamView {

    /** The descriptions file, in the dataset folder and in INPUT_DIR. */
    public static final String DESCRIPTION = "streams.json";
    static final String LAYOUT = "1";

    private StreamView() {
    }

    /** File name in INPUT_DIR to the file shown there. */
    public static Map<String, Path> files(Path datasetDir, String fingerprint, Path viewCache, List<String> inputs)
            throws IOException {
        Map<String, Path> files = new LinkedHashMap<>();
        for (String id : inputs) {
            Path f = datasetDir.resolve(id + ".jsonl");
            if (!Files.isRegularFile(f)) {
                throw new IOException(datasetDir + ": input stream file " + id + ".jsonl is missing");
            }
            files.put(id + ".jsonl", f);
        }
        files.put(DESCRIPTION, description(datasetDir, fingerprint, viewCache, inputs));
        return files;
    }

    private static Path description(Path datasetDir, String fingerprint, Path viewCache, List<String> inputs) throws IOException {
        Map<String, Object> k = new LinkedHashMap<>();
        k.put("layout", LAYOUT);
        k.put("fingerprint", fingerprint.isEmpty() ? datasetDir.toAbsolutePath().toString() : fingerprint);
        k.put("inputs", inputs);
        Path dir = viewCache.resolve("stream").resolve(Hashing.sha256Hex(Hashing.canonicalJson(k)).substring(0, 16));
        Path file = dir.resolve(DESCRIPTION);
        if (Files.isRegularFile(file)) {
            return file;
        }
        JsonNode all = StreamJsonl.readJson(datasetDir.resolve(DESCRIPTION));
        List<JsonNode> chosen = new ArrayList<>();
        for (String id : inputs) {
            JsonNode found = null;
            for (JsonNode s : all.path("streams")) {
                if (id.equals(s.path("id").asText())) {
                    found = s;
                }
            }
            if (found == null) {
                throw new IOException(datasetDir.resolve(DESCRIPTION) + ": no description of stream '" + id + "'");
            }
            chosen.add(found);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("synthetic", all.path("synthetic").asBoolean(false));
        doc.put("streams", chosen);
        FileTrees.writeOnce(dir, tmp -> StreamJsonl.writeJson(tmp.resolve(DESCRIPTION), doc));
        return file;
    }
}
