package org.aiotbench.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Removes per-run folders (state folders, cgroups). A cgroup can stay busy for a moment after its
 * last task died, so what cannot be removed at once is retried before the next run and when
 * the JVM exits, instead of piling up on the host.
 */
final class Leftovers {
    private static final Set<Path> PENDING = new LinkedHashSet<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (int i = 0; i < 20 && !retry(); i++) sleep(25);
        }, "sandbox-cleanup"));
    }

    /** Deletes a folder tree (not following symlinks), or queues it for later. */
    static void removeTree(Path dir) {
        if (!deleteTree(dir)) {
            synchronized (PENDING) {
                PENDING.add(dir);
            }
        }
    }

    /** Deletes an empty folder such as a cgroup, retrying briefly, or queues it for later. */
    static void removeDir(Path dir) {
        for (int i = 0; i < 20; i++) {
            try {
                Files.deleteIfExists(dir);
                return;
            } catch (IOException e) {
                sleep(5);
            }
        }
        synchronized (PENDING) {
            PENDING.add(dir);
        }
    }

    /** Retries what is queued; true when nothing is left. */
    static boolean retry() {
        List<Path> todo;
        synchronized (PENDING) {
            todo = new ArrayList<>(PENDING);
        }
        boolean all = true;
        for (Path p : todo) {
            if (deleteTree(p)) {
                synchronized (PENDING) {
                    PENDING.remove(p);
                }
            } else {
                all = false;
            }
        }
        return all;
    }

    private static boolean deleteTree(Path dir) {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return true;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                // cgroupfs folders hold control files that are not removable: rmdir the folder only.
                if (f.getParent() != null && isCgroupFile(f)) continue;
                Files.deleteIfExists(f);
            }
            return true;
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    private static boolean isCgroupFile(Path f) {
        return f.toString().startsWith("/sys/fs/cgroup/") && Files.isRegularFile(f);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Leftovers() {
    }
}
