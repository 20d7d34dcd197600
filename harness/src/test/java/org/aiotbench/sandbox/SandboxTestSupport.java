package org.aiotbench.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** Shared helpers: write a program into a fresh work dir, run it, and check nothing survives. */
final class SandboxTestSupport {
    static final Limits SMALL = new Limits(Duration.ofSeconds(4), 256 * Limits.MIB, Limits.MIB, 4 * Limits.MIB, 32, false);

    static Sandbox sandbox(Isolation isolation) {
        String why = Sandboxes.unavailableReason(isolation);
        assumeTrue(why == null, () -> isolation.id() + " not available here: " + why);
        try {
            return Sandboxes.of(isolation);
        } catch (SandboxUnavailableException e) {
            throw new AssertionError(e.getMessage());
        }
    }

    /** A fresh work dir holding {@code files} (name, content pairs) and an empty output/. */
    static Path workDir(Path tmp, String... files) throws IOException {
        Path w = Files.createDirectories(tmp.resolve("work-" + UUID.randomUUID()));
        Files.createDirectory(w.resolve("output"));
        for (int i = 0; i < files.length; i += 2) Files.writeString(w.resolve(files[i]), files[i + 1]);
        return w;
    }

    /** argv for python3 main.py with the contract's arguments plus a marker to find leftovers by. */
    static List<String> python(String marker) {
        return List.of("python3", "main.py", "/data", "/work/output", marker);
    }

    static String marker() {
        return "aiotbench-marker-" + UUID.randomUUID();
    }

    /** Host processes whose command line contains the marker (the program passes it on to children). */
    static List<Long> survivors(String marker) {
        List<Long> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String name = p.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) continue;
                try {
                    String cmd = new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8);
                    if (cmd.contains(marker)) out.add(Long.parseLong(name));
                } catch (IOException ignored) {
                    // Exited meanwhile.
                }
            }
        } catch (IOException e) {
            throw new AssertionError("cannot list /proc", e);
        }
        return out;
    }

    static void assertNothingSurvives(String marker) {
        List<Long> left = survivors(marker);
        assertEquals(List.of(), left, "processes of the program survived: " + left);
    }

    static void assertOneLine(String failure) {
        assertTrue(failure != null && !failure.isBlank() && !failure.contains("\n"),
                "failure must be one readable line: " + failure);
    }

    private SandboxTestSupport() {
    }
}
