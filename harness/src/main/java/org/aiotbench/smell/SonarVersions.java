package org.aiotbench.smell;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The engine and plugin versions this build was made with (filtered from the POM). */
record SonarVersions(String core, String javaPlugin, String pythonPlugin) {

    static final SonarVersions BUILT = load();

    String tool() {
        return "sonarlint-core " + core;
    }

    private static SonarVersions load() {
        Properties p = new Properties();
        try (InputStream in = SonarVersions.class.getResourceAsStream("sonar.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // fall through to "unknown": the versions are provenance, not needed to analyse
        }
        return new SonarVersions(value(p, "sonarlint-core.version"), value(p, "sonar-java-plugin.version"),
                value(p, "sonar-python-plugin.version"));
    }

    private static String value(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null || v.startsWith("${") ? "unknown" : v;
    }
}
