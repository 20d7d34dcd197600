package org.aiotbench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * One entry of {@code meta.json}'s {@code runs} array: where and with what a run was made. Maps
 * are sorted by id so every format lists them in the same order. {@code smells} is the code-smell
 * analyser's entry (tool, plugin versions, active rules; shape owned by {@code org.aiotbench.smell}),
 * {@code null} when the run analysed no program. Read-only.
 */
public record RunMeta(
        String runId,
        String harnessVersion,
        String gitCommit,
        String jvm,
        String os,
        String startedAt,
        String command,
        Map<String, DatasetFingerprint> datasets,
        Map<String, TaskFingerprint> tasks,
        JsonNode smells) {

    /** A run entry without code-smell analysis. */
    public RunMeta(String runId, String harnessVersion, String gitCommit, String jvm, String os, String startedAt,
                   String command, Map<String, DatasetFingerprint> datasets, Map<String, TaskFingerprint> tasks) {
        this(runId, harnessVersion, gitCommit, jvm, os, startedAt, command, datasets, tasks, null);
    }

    public RunMeta {
        datasets = java.util.Collections.unmodifiableMap(new TreeMap<>(datasets));
        tasks = java.util.Collections.unmodifiableMap(new TreeMap<>(tasks));
    }

    /** @param sha256 hash over the manifest's file hashes; {@code null} if not written */
    public record DatasetFingerprint(boolean synthetic, String sha256) {
    }

    public record TaskFingerprint(Integer version, String hash) {
    }
}
