package org.aiotbench;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The harness version, for provenance in every result and report. */
public final class Version {

    private Version() {
    }

    public static String get() {
        try (InputStream in = Version.class.getResourceAsStream("/org/aiotbench/version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "unknown");
            }
        } catch (IOException e) {
            // Fall through: a missing resource is not worth failing a run for.
        }
        return "unknown";
    }
}
