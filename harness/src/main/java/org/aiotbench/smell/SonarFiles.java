package org.aiotbench.smell;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the analyzer plugin jars the build copies into {@code harness/target/sonar/plugins}.
 * Looked up, first hit wins: the system property {@value #PROPERTY} (a folder holding
 * {@code plugins/}), the folder beside the running jar or classes folder ({@code target/sonar},
 * which also serves tests), and {@code $AIOTBENCH_HOME/harness/target/sonar}.
 */
final class SonarFiles {

    static final String PROPERTY = "aiotbench.sonar.dir";
    static final String PLUGINS = "plugins";

    /** Plugin jars found, or why none were. */
    record Found(List<Path> plugins, String problem) {
    }

    private SonarFiles() {
    }

    static Found locate(Map<String, String> env) {
        Set<Path> candidates = new LinkedHashSet<>();
        String prop = System.getProperty(PROPERTY);
        if (prop != null && !prop.isBlank()) {
            candidates.add(Path.of(prop));
        }
        Path beside = besideCode();
        if (beside != null) {
            candidates.add(beside);
        }
        String home = env.get("AIOTBENCH_HOME");
        if (home != null && !home.isBlank()) {
            candidates.add(Path.of(home, "harness", "target", "sonar"));
        }
        for (Path dir : candidates) {
            List<Path> jars = jars(dir.resolve(PLUGINS));
            if (!jars.isEmpty()) {
                return new Found(jars, null);
            }
        }
        List<String> looked = new ArrayList<>();
        candidates.forEach(c -> looked.add(c.resolve(PLUGINS).toString()));
        return new Found(List.of(), "no SonarLint analyzer plugins found (looked in " + String.join(", ", looked)
                + "); build with ./mvnw package, or point -D" + PROPERTY + " at a folder with plugins/*.jar");
    }

    /** {@code target/sonar} for both {@code target/aiotbench.jar} and {@code target/classes}. */
    private static Path besideCode() {
        try {
            CodeSource cs = SonarFiles.class.getProtectionDomain().getCodeSource();
            if (cs == null || cs.getLocation() == null) {
                return null;
            }
            Path p = Path.of(cs.getLocation().toURI());
            return p.getParent() == null ? null : p.getParent().resolve("sonar");
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }

    static List<Path> jars(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
