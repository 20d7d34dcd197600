package org.aiotbench.scoring.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.aiotbench.scoring.ScoringException;
import org.aiotbench.scoring.ScoringException.Blame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultStreamFilesTest {
    @TempDir
    Path dir;

    @Test
    void valuesKeepTheirJsonText() throws Exception {
        Path f = dir.resolve("s.json");
        Files.writeString(f, "[{\"hr\": 75.50, \"ok\": true, \"gone\": null, \"big\": 1e3, \"o\": {\"x\": [1, 2]}, \"s\": \"a b\"}, 5, [1]]");
        StreamSet set = StreamFiles.readJson(f, Blame.PROGRAM);
        List<StreamItem> items = set.streams().get(StreamSet.SINGLE);
        assertEquals(Map.of("hr", "75.50", "ok", "true", "big", "1e3", "o", "{\"x\":[1,2]}", "s", "a b"), items.get(0).fields());
        assertEquals(List.of("hr", "ok", "big", "o", "s"), List.copyOf(items.get(0).fields().keySet())); // file order
        assertFalse(items.get(1).isObject());
        assertFalse(items.get(2).isObject());
    }

    @Test
    void objectOfStreams() throws Exception {
        Path f = dir.resolve("s.json");
        Files.writeString(f, "{\"high\": [{\"v\": 1}], \"low\": []}");
        StreamSet set = StreamFiles.readJson(f, Blame.PROGRAM);
        assertEquals(List.of("high", "low"), List.copyOf(set.streams().keySet()));
        assertEquals(0, set.streams().get("low").size());
    }

    @Test
    void malformedFilesGiveOneLineNamingFileAndPlace() throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "[{\"v\": 1},\n {\"v\": }]");
        ScoringException e = assertThrows(ScoringException.class, () -> StreamFiles.readJson(f, Blame.PROGRAM));
        assertEquals(f + ":2:", e.getMessage().substring(0, (f + ":2:").length()));
        assertEquals(1, e.getMessage().lines().count());
        assertEquals(Blame.PROGRAM, e.blame());

        Files.writeString(f, "{\"s\": 3}");
        e = assertThrows(ScoringException.class, () -> StreamFiles.readJson(f, Blame.HARNESS));
        assertEquals(f + ":1:7: stream 's' is not a list of items", e.getMessage());

        Files.writeString(f, "\"x\"");
        e = assertThrows(ScoringException.class, () -> StreamFiles.readJson(f, Blame.HARNESS));
        assertEquals(f + ":1:1: expected a list of items or an object from stream id to a list of items", e.getMessage());

        Files.writeString(f, "[] []");
        e = assertThrows(ScoringException.class, () -> StreamFiles.readJson(f, Blame.HARNESS));
        assertEquals(f + ":1:4: unexpected content after the end of the JSON value", e.getMessage());

        e = assertThrows(ScoringException.class, () -> StreamFiles.readJson(dir.resolve("nope.json"), Blame.HARNESS));
        assertEquals(dir.resolve("nope.json") + ": file not found", e.getMessage());
    }

    @Test
    void jsonLines() throws Exception {
        Path f = dir.resolve("s.jsonl");
        Files.writeString(f, "{\"v\": 1}\n\n{\"v\": \"x\"}\n7\n");
        List<StreamItem> items = StreamFiles.readJsonl(f, Blame.PROGRAM);
        assertEquals(3, items.size());
        assertEquals("1", items.get(0).fields().get("v"));
        assertFalse(items.get(2).isObject());
        Files.writeString(f, "{\"v\": 1}\n{\"v\" 2}\n");
        ScoringException e = assertThrows(ScoringException.class, () -> StreamFiles.readJsonl(f, Blame.PROGRAM));
        assertEquals(f + ":2:", e.getMessage().substring(0, (f + ":2:").length()));
    }
}
