package org.aiotbench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergerTest {

    @TempDir
    Path dir;

    @Test
    void shardsMergeWithTheLaterRecordOfACellWinning() throws Exception {
        Path s1 = dir.resolve("s1");
        Path s2 = dir.resolve("s2");
        try (ResultStore a = ResultStore.open(s1); ResultStore b = ResultStore.open(s2)) {
            a.append(ResultStoreTest.record("a".repeat(64), CellStatus.OK));
            a.append(ResultStoreTest.record("b".repeat(64), CellStatus.INFRA_FAILED));
            b.append(ResultStoreTest.record("b".repeat(64), CellStatus.OK)); // the retry
            b.append(ResultStoreTest.record("c".repeat(64), CellStatus.PROGRAM_FAILED));
        }
        ObjectMapper json = new ObjectMapper();
        RunMeta.append(s1, json.readTree("{\"run_id\":\"one\"}"));
        RunMeta.append(s2, json.readTree("{\"run_id\":\"two\"}"));
        Path out = dir.resolve("all");
        assertEquals(3, Merger.merge(List.of(s1, s2), out));
        List<String> lines = Files.readAllLines(out.resolve(ResultStore.FILE));
        assertEquals(3, lines.size());
        String b = lines.stream().filter(l -> l.contains("\"key\":\"" + "b".repeat(64))).findFirst().orElseThrow();
        assertTrue(b.contains("\"status\":\"ok\""), b);
        assertEquals(2, json.readTree(out.resolve(RunMeta.FILE).toFile()).get("runs").size());
        try (ResultStore merged = ResultStore.open(out)) {
            assertTrue(merged.isDone(new CellKey("b".repeat(64))));
        }
    }

    @Test
    void aFolderWithoutResultsIsNamed() {
        Path empty = dir.resolve("empty");
        IOException e = assertThrows(IOException.class, () -> Merger.merge(List.of(empty), dir.resolve("out")));
        assertTrue(e.getMessage().contains("empty") && e.getMessage().contains("results.jsonl"), e.getMessage());
    }
}
