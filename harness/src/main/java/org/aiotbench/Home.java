package org.aiotbench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The checkout the launcher runs from ({@code AIOTBENCH_HOME}, set by {@code ./aiotbench}).
 * Default relative paths such as {@code tasks} fall back to it, so the harness works from any
 * current directory; paths the user names that exist where they are win.
 */
public final class Home {

    public static final String ENV = "AIOTBENCH_HOME";

    private Home() {
    }

    public static Path resolve(Path p) {
        if (p.isAbsolute() || Files.exists(p)) {
            return p;
        }
        String home = System.getenv(ENV);
        if (home != null && !home.isBlank()) {
            Path h = Path.of(home).resolve(p);
            if (Files.exists(h)) {
                return h;
            }
        }
        return p;
    }
}
