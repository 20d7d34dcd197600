package org.aiotbench.scoring.stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aiotbench.scoring.ScoringException;
import org.aiotbench.scoring.ScoringException.Blame;

/**
 * Reads streams from JSON. Field values become strings: a JSON string as it is, a number or
 * boolean as its JSON text exactly as written ({@code 75.50} stays "75.50"), a nested object or
 * list as its compact JSON text; a {@code null} value counts as an absent field. An item that is
 * not an object is kept as {@link StreamItem#NOT_AN_OBJECT}. Errors are one line naming the
 * file, line and column.
 */
public final class StreamFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private StreamFiles() {
    }

    /**
     * A JSON file holding either a list of items (one stream, named {@link StreamSet#SINGLE}) or
     * an object from stream id to a list of items.
     *
     * @param blame whose failure a malformed file is (the program's for its output, the
     *              harness's for the oracle's)
     */
    public static StreamSet readJson(Path file, Blame blame) throws ScoringException {
        try (JsonParser p = FACTORY.createParser(open(file, blame))) {
            JsonToken first = p.nextToken();
            StreamSet set;
            if (first == JsonToken.START_ARRAY) {
                set = StreamSet.single(readItems(p));
            } else if (first == JsonToken.START_OBJECT) {
                Map<String, List<StreamItem>> streams = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String id = p.currentName();
                    if (p.nextToken() != JsonToken.START_ARRAY) {
                        throw fail(blame, file, p.currentTokenLocation(), "stream '" + id + "' is not a list of items");
                    }
                    streams.put(id, readItems(p));
                }
                set = new StreamSet(streams);
            } else {
                throw fail(blame, file, p.currentTokenLocation(),
                        first == null ? "empty file, expected a list of items or an object of streams"
                                : "expected a list of items or an object from stream id to a list of items");
            }
            if (p.nextToken() != null) {
                throw fail(blame, file, p.currentTokenLocation(), "unexpected content after the end of the JSON value");
            }
            return set;
        } catch (JsonProcessingException e) {
            throw fail(blame, file, e.getLocation(), e.getOriginalMessage());
        } catch (IOException e) {
            throw new ScoringException(blame, file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** A JSON Lines file: one item per line; blank lines are skipped. */
    public static List<StreamItem> readJsonl(Path file, Blame blame) throws ScoringException {
        List<StreamItem> items = new ArrayList<>();
        try (BufferedReader in = open(file, blame)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try (JsonParser p = FACTORY.createParser(line)) {
                    StreamItem item = readItem(p, p.nextToken());
                    if (p.nextToken() != null) {
                        throw new ScoringException(blame, file + ":" + number + ": more than one JSON value on the line");
                    }
                    items.add(item);
                } catch (JsonProcessingException e) {
                    JsonLocation at = e.getLocation();
                    throw new ScoringException(blame, file + ":" + number + ":" + (at == null ? 1 : at.getColumnNr())
                            + ": " + oneLine(e.getOriginalMessage()));
                }
            }
            return items;
        } catch (IOException e) {
            throw new ScoringException(blame, file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static BufferedReader open(Path file, Blame blame) throws ScoringException, IOException {
        try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ScoringException(blame, file + ": file not found");
        }
    }

    /** The parser stands on START_ARRAY; returns after the matching END_ARRAY. */
    private static List<StreamItem> readItems(JsonParser p) throws IOException {
        List<StreamItem> items = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            items.add(readItem(p, t));
        }
        return items;
    }

    private static StreamItem readItem(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            if (t != null && t.isStructStart()) {
                p.skipChildren();
            }
            return StreamItem.NOT_AN_OBJECT;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            switch (v) {
                case VALUE_NULL -> fields.remove(name);
                case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE ->
                        fields.put(name, p.getText());
                default -> fields.put(name, MAPPER.writeValueAsString(MAPPER.readTree(p)));
            }
        }
        return StreamItem.of(fields);
    }

    private static ScoringException fail(Blame blame, Path file, JsonLocation at, String reason) {
        String where = at == null || at.getLineNr() < 1 ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
        return new ScoringException(blame, file + where + ": " + oneLine(reason));
    }

    private static String oneLine(String s) {
        return s == null ? "malformed JSON" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
