package org.aiotbench.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Map;
import org.aiotbench.Version;
import org.aiotbench.dataset.DatasetLocation;

/**
 * {@code meta.json} of a run folder: one entry per invocation (a resumed run adds one), with what
 * is needed to reproduce it: harness version and git commit, JVM, OS, the command, dataset
 * fingerprints and task hashes.
 */
public final class RunMeta {

    public static final String FILE = "meta.json";

    private RunMeta() {
    }

    public static ObjectNode describeRun(String runId, String command, Map<String, DatasetLocation> datasets,
                                         Map<String, org.aiotbench.catalogue.Task> tasks) {
        ObjectNode n = ResultJson.JSON.createObjectNode();
        n.put("run_id", runId);
        n.put("harness_version", Version.get());
        String commit = GitCommit.find();
        if (commit == null) {
            n.putNull("git_commit");
        } else {
            n.put("git_commit", commit);
        }
        n.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        n.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        n.put("started_at", Instant.now().toString());
        n.put("command", command);
        ObjectNode ds = n.putObject("datasets");
        datasets.forEach((id, loc) -> {
            ObjectNode d = ds.putObject(id);
            d.put("synthetic", loc.synthetic());
            d.put("sha256", loc.fingerprint());
        });
        ObjectNode ts = n.putObject("tasks");
        tasks.forEach((id, t) -> {
            ObjectNode o = ts.putObject(id);
            o.put("version", t.version());
            o.put("hash", t.resultHash());
        });
        return n;
    }

    /** Adds a run entry to {@code dir/meta.json}, replacing the file atomically. */
    public static void append(Path dir, JsonNode run) throws IOException {
        ObjectNode root = read(dir);
        ((ArrayNode) root.get("runs")).add(run);
        write(dir, root);
    }

    /**
     * Sets {@code field} of the run entry with {@code runId} (e.g. what a meter found out only
     * while the run went on, such as the rule counts of an analyser that starts lazily).
     */
    public static void annotate(Path dir, String runId, String field, JsonNode value) throws IOException {
        ObjectNode root = read(dir);
        for (JsonNode run : root.get("runs")) {
            if (run.isObject() && runId.equals(run.path("run_id").asText(null))) {
                ((ObjectNode) run).set(field, value);
            }
        }
        write(dir, root);
    }

    public static ObjectNode read(Path dir) throws IOException {
        Path f = dir.resolve(FILE);
        ObjectNode root;
        if (Files.isRegularFile(f)) {
            JsonNode n = ResultJson.JSON.readTree(f.toFile());
            if (n == null || !n.isObject() || !n.path("runs").isArray()) {
                throw new IOException(f + ": not a run metadata file (expected {\"runs\":[...]})");
            }
            root = (ObjectNode) n;
        } else {
            root = ResultJson.JSON.createObjectNode();
            root.putArray("runs");
        }
        return root;
    }

    public static void write(Path dir, ObjectNode root) throws IOException {
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".meta", ".tmp");
        ResultJson.JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
        Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
