package org.aiotbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view caches' one materializer: a folder is written once, whole or not at all. */
class FileTreesTest {

    @TempDir
    Path root;

    @Test
    void writesOnceThenReusesTheFolder() throws IOException {
        Path dir = root.resolve("cache").resolve("view");
        AtomicInteger calls = new AtomicInteger();
        FileTrees.FolderWriter writer = tmp -> {
            calls.incrementAndGet();
            Files.writeString(tmp.resolve("a.txt"), "x");
        };
        assertEquals(dir, FileTrees.writeOnce(dir, writer));
        assertEquals(dir, FileTrees.writeOnce(dir, writer));
        assertEquals(1, calls.get(), "the second call finds the folder");
        assertEquals("x", Files.readString(dir.resolve("a.txt")));
        assertEquals(1, count(dir.getParent()), "no temporary sibling is left beside it");
    }

    @Test
    void aFailingWriterLeavesNothingUnderTheFinalNameNorBesideIt() throws IOException {
        Path dir = root.resolve("cache").resolve("view");
        IOException e = assertThrows(IOException.class, () -> FileTrees.writeOnce(dir, tmp -> {
            Files.writeString(tmp.resolve("half.txt"), "x");
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertFalse(Files.exists(dir));
        assertEquals(0, count(dir.getParent()));
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }
}
