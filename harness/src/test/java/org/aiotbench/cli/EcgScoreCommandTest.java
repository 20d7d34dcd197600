package org.aiotbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EcgScoreCommandTest {
    @TempDir
    Path db;
    @TempDir
    Path out;

    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new ScoreEcgCommand());
        cl.setOut(new PrintWriter(stdout));
        cl.setErr(new PrintWriter(stderr));
        return cl.execute(args);
    }

    @BeforeEach
    void record() throws Exception {
        // two beats a second apart at 360 Hz; an annotation file with N at 360 and 720
        Files.writeString(db.resolve("100.hea"), "100 1 360 3600\n100.dat 212 200 11 1024 0 0 0 MLII\n");
        byte[] atr = {(byte) 0x68, (byte) 0x05, (byte) 0x68, (byte) 0x05, 0, 0}; // N +360, N +360, EOF
        Files.write(db.resolve("100.atr"), atr);
        Files.writeString(db.resolve("RECORDS"), "100\n");
        Files.writeString(out.resolve("100.txt"), "360\n730\n2000\n", StandardCharsets.US_ASCII);
    }

    @Test
    void folderModePrintsTableWithGrossAndAverage() {
        assertEquals(0, run("--db", db.toString(), "--detections", out.toString(), "--from-zero"), stderr.toString());
        String text = stdout.toString();
        assertTrue(text.contains("from 0:00"), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("100\\s+2\\s+0\\s+1\\s+100\\.00\\s+66\\.67.*")), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("gross")), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("average")), text);
    }

    @Test
    void recordModeWithJson() throws Exception {
        assertEquals(0, run("--record", db.resolve("100").toString(), "--detections", out.resolve("100.txt").toString(),
                "--from-zero", "--json"), stderr.toString());
        JsonNode json = new ObjectMapper().readTree(stdout.toString());
        assertEquals("100", json.get("records").get(0).get("record").asText());
        assertEquals(2, json.get("gross").get("tp").asInt());
        assertEquals(1, json.get("gross").get("fp").asInt());
        assertEquals(66.6667, json.get("gross").get("ppv").asDouble(), 1e-3);
    }

    @Test
    void standardModeStartsAtFiveMinutes() {
        // the record is 10 s long: 5:00 lies beyond its end
        assertEquals(1, run("--db", db.toString(), "--detections", out.toString()));
        assertEquals("score ecg: record 100: start 300.0 s lies after the end of the record (3600 samples)\n",
                stderr.toString().replace("\r", ""));
    }

    @Test
    void badInputsGiveOneLineErrors() throws Exception {
        assertEquals(1, run("--db", db.resolve("nope").toString(), "--detections", out.toString()));
        assertOneLine("score ecg: dataset folder not found: " + db.resolve("nope"));

        assertEquals(1, run("--db", db.toString(), "--detections", out.toString(), "--records", "100,999"));
        assertOneLine("score ecg: unknown record 999: need " + db.resolve("999.hea") + " and " + db.resolve("999.atr"));

        Files.writeString(out.resolve("100.txt"), "360\nabc\n");
        assertEquals(1, run("--db", db.toString(), "--detections", out.toString(), "--from-zero"));
        assertOneLine("score ecg: " + out.resolve("100.txt") + ":2: not a sample index: 'abc'");

        assertEquals(2, run("--detections", out.toString()));
        assertOneLine("score ecg: give exactly one of --db DIR or --record DIR/NNN");
    }

    private void assertOneLine(String expected) {
        String err = stderr.toString().replace("\r", "");
        assertEquals(expected + "\n", err);
        stderr.getBuffer().setLength(0);
    }
}
