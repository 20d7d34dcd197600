package org.aiotbench.adapter.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Chat replies on disk, one JSON file per request: {@code DIR/<first 2 hex>/<sha256>.json} holding
 * the full request (endpoint without credentials, model, messages, temperature, max tokens, seed,
 * sample) beside the reply and what the call cost. The name is the hash of the request, and a
 * hit is accepted only when the stored request equals the one asked, so an entry never serves
 * another model, prompt or sample. Entries are written to a temporary file and renamed into
 * place, so a killed run leaves whole entries or none.
 */
public final class ReplayCache {

    /** {@code record}: always call and (over)write; {@code replay}: never call; {@code auto}: call on a miss. */
    public enum Mode {
        RECORD, REPLAY, AUTO;

        public static Optional<Mode> parse(String s) {
            try {
                return Optional.of(valueOf(s.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private final Path dir;

    public ReplayCache(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** The cache key: SHA-256 of the request's compact JSON (field order is fixed by the caller). */
    public static String key(ObjectNode request) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(CANONICAL.writeValueAsBytes(request));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Path file(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + ".json");
    }

    /**
     * The recorded reply for exactly this request.
     *
     * @throws ChatException the entry exists but is unreadable or was recorded for another request
     */
    public Optional<ChatReply> lookup(ObjectNode request) throws ChatException {
        String key = key(request);
        Path f = file(key);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        JsonNode entry;
        try {
            entry = JSON.readTree(f.toFile());
        } catch (IOException e) {
            throw new ChatException("replay cache entry " + f + " is unreadable: " + firstLine(e));
        }
        JsonNode stored = entry == null ? null : entry.get("request");
        // Compared as written: JSON reads small longs back as ints, which node equality tells apart.
        if (!(stored instanceof ObjectNode so) || !key(so).equals(key)) {
            // Same hash, different request: a hand-edited or foreign file. Never serve it.
            throw new ChatException("replay cache entry " + f + " was recorded for a different request (model, prompt or sample)");
        }
        JsonNode r = entry.path("reply");
        if (!r.path("content").isTextual()) {
            throw new ChatException("replay cache entry " + f + " has no reply content");
        }
        return Optional.of(new ChatReply(r.get("content").asText(), r.path("prompt_tokens").asLong(),
                r.path("completion_tokens").asLong(), r.path("bytes_sent").asLong(), r.path("bytes_received").asLong(),
                r.path("wall_ms").asLong(), true));
    }

    /** Stores a reply atomically; a concurrent writer of the same request writes the same bytes. */
    public void store(ObjectNode request, ChatReply reply) throws IOException {
        ObjectNode entry = JSON.createObjectNode();
        entry.put("format", FORMAT);
        entry.set("request", request);
        ObjectNode r = entry.putObject("reply");
        r.put("content", reply.content());
        r.put("prompt_tokens", reply.promptTokens());
        r.put("completion_tokens", reply.completionTokens());
        r.put("bytes_sent", reply.bytesSent());
        r.put("bytes_received", reply.bytesReceived());
        r.put("wall_ms", reply.wallMillis());
        Path f = file(key(request));
        Files.createDirectories(f.getParent());
        Path tmp = Files.createTempFile(f.getParent(), "." + f.getFileName(), ".partial");
        try {
            Files.write(tmp, JSON.writeValueAsString(entry).getBytes(StandardCharsets.UTF_8));
            try {
                Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
