package org.aiotbench.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Combines run folders (e.g. shards run on several machines) into one: records deduplicated by
 * cell key (a later folder's record wins), run metadata concatenated.
 */
public final class Merger {

    private Merger() {
    }

    /** @return the number of records in the merged store */
    public static int merge(List<Path> inputs, Path out) throws IOException {
        Map<String, String> byKey = new LinkedHashMap<>();
        ObjectNode meta = ResultJson.JSON.createObjectNode();
        ArrayNode runs = meta.putArray("runs");
        for (Path in : inputs) {
            Path results = in.resolve(ResultStore.FILE);
            if (!Files.isRegularFile(results)) {
                throw new IOException(in + ": no " + ResultStore.FILE + " (not a run folder)");
            }
            for (String line : ResultStore.readLines(results)) {
                JsonNode n = ResultJson.JSON.readTree(line);
                byKey.remove(n.get("key").asText()); // re-insert so the order follows the winning record
                byKey.put(n.get("key").asText(), line);
            }
            for (JsonNode run : RunMeta.read(in).get("runs")) {
                runs.add(run);
            }
        }
        Files.createDirectories(out);
        Path tmp = Files.createTempFile(out, ".results", ".tmp");
        Files.writeString(tmp, byKey.values().stream().map(l -> l + "\n").collect(Collectors.joining()), StandardCharsets.UTF_8);
        Files.move(tmp, out.resolve(ResultStore.FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        RunMeta.write(out, meta);
        return byKey.size();
    }
}
