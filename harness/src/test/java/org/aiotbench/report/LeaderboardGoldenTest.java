package org.aiotbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden-file test: the fixture run folder {@code src/test/resources/report/run1} (a baseline
 * pair, two generators, a failed cell, an infra failure, a superseded record, a synthetic-data
 * task, and an nstdb-rpeak task with four SNR records, in-process baselines and a generator
 * with no ok cell) must render byte for byte as {@code src/test/resources/report/expected/leaderboard.json},
 * {@code leaderboard.md} and {@code leaderboard.html}.
 *
 * <p>After an intended change to a format, regenerate the expected files and review the diff:
 * <pre>
 * ./mvnw -B -o -pl harness -am test -Dtest=LeaderboardGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true
 * git diff harness/src/test/resources/report/expected
 * </pre>
 * With {@code -Dgolden.update=true} the test rewrites the files instead of comparing (it still
 * fails if nothing could be written). Paths are relative to the module folder, where Maven runs
 * the tests.
 */
class LeaderboardGoldenTest {

    private static final Path FIXTURE = Path.of("src/test/resources/report/run1");
    private static final Path EXPECTED = Path.of("src/test/resources/report/expected");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private static Leaderboard leaderboard;

    @BeforeAll
    static void build() throws Exception {
        leaderboard = Reports.build(List.of(FIXTURE));
    }

    @Test
    void jsonMatchesGoldenFile() throws IOException {
        check(new JsonReport());
    }

    @Test
    void markdownMatchesGoldenFile() throws IOException {
        check(new MarkdownReport());
    }

    @Test
    void htmlMatchesGoldenFile() throws IOException {
        check(new HtmlReport());
    }

    @Test
    void writerProducesTheSameFilesOnDisk(@TempDir Path out) throws Exception {
        List<Path> written = Reports.write(List.of(FIXTURE), out);
        assertEquals(List.of(out.resolve("leaderboard.json"), out.resolve("leaderboard.md"), out.resolve("leaderboard.html")),
                written);
        for (Path p : written) {
            assertEquals(Files.readString(EXPECTED.resolve(p.getFileName()), StandardCharsets.UTF_8),
                    Files.readString(p, StandardCharsets.UTF_8), p.getFileName().toString());
        }
        try (var files = Files.list(out)) {
            assertEquals(3, files.count(), "no temporary files may be left behind");
        }
    }

    private static void check(ReportFormat format) throws IOException {
        StringWriter w = new StringWriter();
        format.write(leaderboard, w);
        byte[] actual = w.toString().getBytes(StandardCharsets.UTF_8);
        Path golden = EXPECTED.resolve(format.fileName());
        if (UPDATE) {
            Files.createDirectories(EXPECTED);
            Files.write(golden, actual);
            assertTrue(Files.size(golden) > 0);
            return;
        }
        assertTrue(Files.isRegularFile(golden), "missing golden file " + golden + "; run with -Dgolden.update=true");
        byte[] expected = Files.readAllBytes(golden);
        // Compare as text first for a readable diff, then as bytes for what the test promises.
        assertEquals(new String(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8),
                format.fileName());
        assertTrue(java.util.Arrays.equals(expected, actual), format.fileName() + " differs byte for byte");
    }
}
