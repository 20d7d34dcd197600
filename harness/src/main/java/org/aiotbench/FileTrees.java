package org.aiotbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** File-tree chores shared by the packages that stage work in temporary folders. */
public final class FileTrees {

    private FileTrees() {
    }

    /**
     * Deletes a folder and everything below it, best effort: scratch folders (a cell's work
     * folder, a staging copy) are never worth failing an operation for, and a leftover is
     * harmless because it is never taken for data.
     */
    public static void deleteQuietly(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // Best effort, see above.
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // Best effort, see above.
        }
    }

    /** Fills a fresh folder. */
    @FunctionalInterface
    public interface FolderWriter {
        void write(Path dir) throws IOException;
    }

    /**
     * Makes {@code dir} with {@code writer} unless it exists already. The writer fills a
     * temporary sibling that is renamed into place when complete, so a crash never leaves a
     * half-written folder under the final name, and of concurrent writers of the same content
     * the first rename wins.
     */
    public static Path writeOnce(Path dir, FolderWriter writer) throws IOException {
        if (Files.isDirectory(dir)) {
            return dir;
        }
        Files.createDirectories(dir.getParent());
        Path tmp = Files.createTempDirectory(dir.getParent(), "." + dir.getFileName() + ".partial-");
        try {
            writer.write(tmp);
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
                tmp = null;
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException e) {
                if (!Files.isDirectory(dir)) {
                    throw e;
                }
                // Another writer finished first; its identical folder wins.
            }
        } finally {
            deleteQuietly(tmp);
        }
        return dir;
    }
}
