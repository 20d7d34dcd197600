package org.aiotbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
