package org.aiotbench.adapter.pipeline.autoiot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aiotbench.adapter.AdapterConfigException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeIndexTest {

    private static final Path SHIPPED = Path.of("..", "tasks", "knowledge");

    @TempDir
    Path dir;

    @BeforeEach
    void corpus() throws Exception {
        Files.writeString(dir.resolve("refractory.md"), "# Refractory period\n\nAfter a detected beat, ignore new"
                + " candidates for 200 ms: the heart cannot beat again that soon.\n");
        Files.writeString(dir.resolve("forests.txt"), "Random forests classify activity windows well; standardise"
                + " features for k-nearest neighbours. Walking and running differ in step frequency.\n");
        Files.writeString(dir.resolve("filters.md"), "# Filters\n\nA Butterworth band-pass filter of order 2 keeps"
                + " 5 to 15 Hz. Apply it forward and backward for zero phase. A beat detector uses it first.\n");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/peaks.md"), "Locate each R peak as the largest absolute value near the"
                + " detected QRS complex; peaks of inverted beats are negative.\n");
        Files.writeString(dir.resolve("notes.pdf"), "refractory refractory refractory");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/refractory.md"), "refractory refractory refractory period");
    }

    @Test
    void theDocumentAboutTheQueryRanksFirst() throws Exception {
        KnowledgeIndex k = KnowledgeIndex.open(dir);
        assertEquals(4, k.documents(), "only .md/.txt, dot folders skipped");
        assertEquals("refractory.md", k.search(List.of("refractory period"), 3).get(0).source());
        assertEquals("forests.txt", k.search(List.of("activity recognition", "random forest", "classifier"), 3).get(0).source());
        assertEquals("filters.md", k.search(List.of("band-pass filter", "Butterworth"), 3).get(0).source());
        List<Passage> peaks = k.search(List.of("R peaks", "inverted QRS"), 3);
        assertEquals("sub/peaks.md", peaks.get(0).source(), "stemming matches peaks/peak; nested folders searched");
        assertTrue(peaks.get(0).score() > 0);
    }

    @Test
    void resultsAreBestFirstAndLimitedToK() throws Exception {
        KnowledgeIndex k = KnowledgeIndex.open(dir);
        List<Passage> hits = k.search(List.of("beat", "detector", "filter"), 2);
        assertEquals(2, hits.size());
        assertTrue(hits.get(0).score() >= hits.get(1).score());
        assertEquals("filters.md", hits.get(0).source(), "matches beat, detector and filter");
        assertEquals("Filters", hits.get(0).heading());
        assertTrue(k.search(List.of("the", "and", "of"), 3).isEmpty(), "stop words alone match nothing");
        assertTrue(k.search(List.of("quaternion"), 3).isEmpty());
    }

    @Test
    void aPhraseInOrderOutranksTheSameWordsApart() throws Exception {
        Path d = Files.createDirectories(dir.resolve("phrase"));
        Files.writeString(d.resolve("apart.md"), "The moving target was far away from the average window of data.");
        Files.writeString(d.resolve("together.md"), "Use a moving average over a window of the data as a target.");
        List<Passage> hits = KnowledgeIndex.open(d).search(List.of("moving average"), 2);
        assertEquals("together.md", hits.get(0).source());
    }

    @Test
    void shippedNotesAnswerEcgAndActivityQuestions() throws Exception {
        KnowledgeIndex k = KnowledgeIndex.open(SHIPPED);
        assertTrue(k.documents() >= 5);
        assertEquals("ecg-rpeak-detection.md",
                k.search(List.of("R peak", "QRS detection", "Pan-Tompkins"), 4).get(0).source());
        assertEquals("adaptive-thresholds.md", k.search(List.of("refractory period", "search-back"), 4).get(0).source());
        assertEquals("wfdb-format-212.md", k.search(List.of("WFDB", "format 212", "header file"), 4).get(0).source());
        assertEquals("har-window-features.md",
                k.search(List.of("accelerometer", "sliding window", "features"), 4).get(0).source());
        assertEquals("har-classifier-tips.md", k.search(List.of("random forest", "classifier"), 4).get(0).source());
    }

    @Test
    void contentHashFollowsTheContentNotTheFolderName() throws Exception {
        String h = KnowledgeIndex.open(dir).contentHash();
        assertEquals(h, KnowledgeIndex.open(dir).contentHash());
        Files.writeString(dir.resolve("forests.txt"), "changed");
        assertNotEquals(h, KnowledgeIndex.open(dir).contentHash());
    }

    @Test
    void unreadableFoldersAreOneLineConfigErrors() throws Exception {
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.write(bad.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
        AdapterConfigException e = assertThrows(AdapterConfigException.class, () -> KnowledgeIndex.open(bad));
        assertTrue(e.getMessage().contains("latin1.txt is not UTF-8 text"), e.getMessage());
        Path blank = Files.createDirectories(dir.resolve("blank"));
        Files.writeString(blank.resolve("a.md"), "\n\n   \n");
        e = assertThrows(AdapterConfigException.class, () -> KnowledgeIndex.open(blank));
        assertTrue(e.getMessage().contains("only empty documents"), e.getMessage());
        e = assertThrows(AdapterConfigException.class, () -> KnowledgeIndex.open(dir.resolve("refractory.md")));
        assertTrue(e.getMessage().contains("not a folder"), e.getMessage());
    }
}
