package org.aiotbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreLcsCommandTest {
    @TempDir
    Path dir;
    Path ref;
    Path cand;

    @BeforeEach
    void files() throws Exception {
        ref = dir.resolve("ref.json");
        cand = dir.resolve("cand.json");
        Files.writeString(ref, "{\"high\": [{\"t\": 1, \"hr\": 80}, {\"t\": 2, \"hr\": 90}], \"low\": [{\"t\": 3, \"hr\": 50}]}");
        // high: one extra item; low: missing
        Files.writeString(cand, "{\"high\": [{\"t\": 1, \"hr\": 80}, {\"t\": 9, \"hr\": 1}, {\"t\": 2, \"hr\": 90.0}], \"debug\": []}");
    }

    @Test
    void strictByDefault() {
        CliRun r = CliRun.run(new ScoreLcsCommand(), "--reference", ref.toString(), "--candidate", cand.toString());
        assertEquals(0, r.exit(), r.err());
        // high: matched 2 (90 == 90.0 numerically), max(2, 3) = 3; low: missing, 0 of max(1, 0) = 1
        // run: (2 + 0) / (3 + 1) = 0.5
        assertTrue(r.out().startsWith("score 0.500000  (strict, hard, tolerance 1.0E-6)"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("high\\s+2\\s+3\\s+2\\.000000\\s+0\\.666667")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("low\\s+1\\s+missing\\s+0\\.000000\\s+0\\.000000")), r.out());
        assertTrue(r.out().contains("not scored (no such reference stream): debug"), r.out());
    }

    @Test
    void chainstreamJson() throws Exception {
        CliRun r = CliRun.run(new ScoreLcsCommand(), "--reference", ref.toString(), "--candidate", cand.toString(),
                "--mode", "chainstream", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        // high: item 2 of ref vs {t 2, hr "90.0"}: (1 + f("90", "90.0") = 0) / 2 = 0.5; dp = 1.5, / n = 2 -> 0.75
        // low: missing -> 0; run = (0.75 + 0) / 2
        assertEquals(0.375, j.get("score").asDouble(), 0.0);
        assertEquals(0.75, j.get("streams").get(0).get("score").asDouble(), 0.0);
        assertTrue(j.get("streams").get(1).get("missing").asBoolean());
    }

    @Test
    void oneStreamFilesAndTinyValues() throws Exception {
        Files.writeString(ref, "[{\"m\": \"a b c\"}]");
        Files.writeString(cand, "[{\"m\": \"a b d\"}]");
        CliRun r = CliRun.run(new ScoreLcsCommand(), "--reference", ref.toString(), "--candidate", cand.toString(),
                "--mode", "chainstream");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("score 1.950179e-103  (chainstream, hard)"), r.out());
    }

    @Test
    void badJsonIsOneLineNamingTheFile() throws Exception {
        Files.writeString(cand, "[{\"m\": }]");
        CliRun r = CliRun.run(new ScoreLcsCommand(), "--reference", ref.toString(), "--candidate", cand.toString());
        assertEquals(1, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("score lcs: " + cand + ":1:"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void missingFileAndUsageErrors() {
        CliRun r = CliRun.run(new ScoreLcsCommand(), "--reference", dir.resolve("no.json").toString(), "--candidate", cand.toString());
        assertEquals(1, r.exit());
        assertEquals("score lcs: " + dir.resolve("no.json") + ": file not found\n", r.err().replace("\r", ""));

        r = CliRun.run(new ScoreLcsCommand(), "--reference", ref.toString(), "--candidate", cand.toString(), "--mode", "fuzzy");
        assertEquals(2, r.exit());
        assertEquals("score lcs: unknown result score mode 'fuzzy' (chainstream or strict)\n", r.err().replace("\r", ""));

        r = CliRun.run(new ScoreLcsCommand(), "--reference", ref.toString(), "--candidate", cand.toString(), "--tolerance", "-1");
        assertEquals(2, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void toleranceAndSoft() throws Exception {
        Files.writeString(ref, "[{\"t\": 1, \"hr\": 100}]");
        Files.writeString(cand, "[{\"t\": 1, \"hr\": 101}]");
        // |100 - 101| = 1 <= 0.01 · 101 = 1.01 -> 1
        CliRun r = CliRun.run(new ScoreLcsCommand(), "--reference", ref.toString(), "--candidate", cand.toString(),
                "--tolerance", "0.01");
        assertTrue(r.out().startsWith("score 1.000000"), r.out());
        Files.writeString(cand, "[{\"t\": 1}]");
        r = CliRun.run(new ScoreLcsCommand(), "--reference", ref.toString(), "--candidate", cand.toString(), "--soft");
        assertTrue(r.out().startsWith("score 0.500000  (strict, soft"), r.out()); // (1 + 0) / 2
    }
}
