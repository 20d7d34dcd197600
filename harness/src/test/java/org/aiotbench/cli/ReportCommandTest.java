package org.aiotbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReportCommandTest {

    private static final String FIXTURE = "src/test/resources/report/run1";

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new ReportCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void writesBothFilesAndPrintsTheTables() throws Exception {
        Path reports = tmp.resolve("reports");
        assertEquals(0, run(FIXTURE, "--out", reports.toString()));
        assertEquals(Files.readString(Path.of("src/test/resources/report/expected/leaderboard.json")),
                Files.readString(reports.resolve("leaderboard.json")));
        assertTrue(Files.isRegularFile(reports.resolve("leaderboard.md")));
        String printed = out.toString();
        assertTrue(printed.contains("### ecgsyn-rpeak v1 (synthetic data)"), printed);
        assertTrue(printed.contains("| command/gen-a | generator | 3 |"), printed);
        assertTrue(printed.contains("Wrote " + reports.resolve("leaderboard.md")), printed);
        assertEquals("", err.toString());
    }

    @Test
    void missingFolderIsOneLineOnStderr() {
        Path missing = tmp.resolve("missing");
        assertEquals(1, run(missing.toString(), "--out", tmp.resolve("r").toString()));
        assertEquals("report: run folder not found: " + missing + System.lineSeparator(), err.toString());
        assertTrue(Files.notExists(tmp.resolve("r")), "nothing is written on error");
    }

    @Test
    void folderWithoutResultsIsOneLineOnStderr() throws Exception {
        Path run = Files.createDirectories(tmp.resolve("run"));
        Files.writeString(run.resolve("results.jsonl"), "");
        assertEquals(1, run(run.toString(), "--out", tmp.resolve("r").toString()));
        assertEquals("report: no results in " + run.resolve("results.jsonl") + System.lineSeparator(),
                err.toString());
    }

    @Test
    void noFolderIsAUsageError() {
        assertEquals(2, run());
        assertTrue(err.toString().contains("Missing required parameter"), err.toString());
    }
}
