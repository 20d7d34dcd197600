package org.aiotbench.scoring.ecg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.aiotbench.scoring.ScoringException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EcgDetectionFileTest {
    @TempDir
    Path dir;

    private Path file(String content) throws Exception {
        Path f = dir.resolve("100.txt");
        Files.write(f, content.getBytes(StandardCharsets.ISO_8859_1));
        return f;
    }

    @Test
    void readsOneIndexPerLineIgnoringBlankLinesAndCarriageReturns() throws Exception {
        assertArrayEquals(new long[] {12, 7, 300000}, DetectionFile.read(file("12\r\n\n  7 \r\n\t\n300000")));
        assertArrayEquals(new long[0], DetectionFile.read(file("")));
    }

    @Test
    void badContentNamesFileLineAndText() throws Exception {
        Path f = file("10\n20\n30.5\n");
        ScoringException e = assertThrows(ScoringException.class, () -> DetectionFile.read(f));
        assertEquals(f + ":3: not a sample index: '30.5'", e.getMessage());
        assertEquals(ScoringException.Blame.PROGRAM, e.blame());
    }

    @Test
    void negativeIndexIsRejected() throws Exception {
        Path f = file("5\n-3\n");
        ScoringException e = assertThrows(ScoringException.class, () -> DetectionFile.read(f));
        assertEquals(f + ":2: negative sample index: '-3'", e.getMessage());
    }

    @Test
    void twoNumbersOnALineAreRejected() throws Exception {
        Path f = file("100 0.5\n");
        ScoringException e = assertThrows(ScoringException.class, () -> DetectionFile.read(f));
        assertEquals(f + ":1: not a sample index: '100 0.5'", e.getMessage());
    }

    @Test
    void overflowAndBinaryAreOneLineMessages() throws Exception {
        Path big = file("99999999999999999999\n");
        assertEquals(big + ":1: not a sample index: '99999999999999999999'",
                assertThrows(ScoringException.class, () -> DetectionFile.read(big)).getMessage());
        Path bin = file("1\n\u0001\u00ff\u000bZ" + "x".repeat(60) + "\n");
        String m = assertThrows(ScoringException.class, () -> DetectionFile.read(bin)).getMessage();
        assertEquals(bin + ":2: not a sample index: '???Z" + "x".repeat(36) + "...'", m);
        assertFalse(m.contains("\n"));
    }

    @Test
    void missingFileIsReportedAsSuch() {
        assertThrows(NoSuchFileException.class, () -> DetectionFile.read(dir.resolve("nope.txt")));
    }

    @Test
    void aSymlinkLeftByTheProgramIsItsFailureAndIsNotFollowed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path secret = tmp.resolve("secret.txt");
        java.nio.file.Files.writeString(secret, "123\n");
        java.nio.file.Path link = tmp.resolve("100.txt");
        java.nio.file.Files.createSymbolicLink(link, secret);
        org.aiotbench.scoring.ScoringException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.aiotbench.scoring.ScoringException.class, () -> DetectionFile.read(link));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertEquals(org.aiotbench.scoring.ScoringException.Blame.PROGRAM, e.blame());
    }
}
