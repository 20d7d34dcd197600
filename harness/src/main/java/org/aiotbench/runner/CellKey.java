package org.aiotbench.runner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SortedMap;

/**
 * Identity of a cell: SHA-256 over the task's id, version and content hash, the synthesizer's
 * name and full configuration, the sample index and the seed. Anything that could change a
 * result changes the key, so a resumed run never reuses a stale record.
 */
public record CellKey(String hex) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static CellKey of(String taskId, int taskVersion, String taskHash, String synth,
                             SortedMap<String, String> synthConfig, int sample, long seed) {
        ObjectNode n = JSON.createObjectNode();
        n.put("task", taskId);
        n.put("task_version", taskVersion);
        n.put("task_hash", taskHash);
        n.put("synth", synth);
        ObjectNode c = n.putObject("synth_config");
        synthConfig.forEach(c::put); // sorted map: canonical order
        n.put("sample", sample);
        n.put("seed", seed);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(JSON.writeValueAsBytes(n));
            return new CellKey(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    long prefix64() {
        return Long.parseUnsignedLong(hex.substring(0, 16), 16);
    }

    /** The per-sample seed handed to the generator, derived so samples differ but reruns agree. */
    public static long sampleSeed(long baseSeed, String taskId, int sample) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest((baseSeed + "/" + taskId + "/" + sample).getBytes(StandardCharsets.UTF_8));
            long s = 0;
            for (int i = 0; i < 8; i++) {
                s = (s << 8) | (d[i] & 0xff);
            }
            return s & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return hex;
    }
}
