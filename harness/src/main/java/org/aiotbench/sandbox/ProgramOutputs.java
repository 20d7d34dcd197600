package org.aiotbench.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Safe access to what a program left in its work dir. The program controls those files: it may
 * leave a symlink to a host secret, a FIFO that blocks the reader, a huge file, or a setuid
 * binary (its sandbox uid can map to the harness's uid, root included). Scorers should read
 * outputs only through here.
 */
public final class ProgramOutputs {
    /** Regular files directly in {@code dir}, by name; symlinks, FIFOs and folders are skipped. */
    public static List<Path> regularFiles(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return out;
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().forEach(out::add);
        }
        return out;
    }

    /**
     * Reads a program-written file without following a symlink at its name.
     *
     * @throws IOException not a regular file, or larger than {@code maxBytes} (one-line message)
     */
    public static byte[] read(Path file, long maxBytes) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("program output " + file.getFileName() + " is not a regular file");
        }
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (data.length > maxBytes) {
                throw new IOException("program output " + file.getFileName() + " is larger than " + Sizes.bytes(maxBytes));
            }
            return data;
        }
    }

    /** Clears setuid and setgid bits on everything in the tree (run after every program). */
    static void stripSetIdBits(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) {
                    strip(d);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
                    if (a.isRegularFile()) strip(f);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // Best effort; the walk itself does not follow symlinks.
        }
    }

    private static void strip(Path p) {
        try {
            int mode = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            if ((mode & 06000) != 0) {
                // Java's permission set has no set-id bits, so writing it back clears them.
                Files.setPosixFilePermissions(p, Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
            }
        } catch (IOException | UnsupportedOperationException | ClassCastException ignored) {
            // Not a POSIX file system or gone: nothing to strip.
        }
    }

    private ProgramOutputs() {
    }
}
