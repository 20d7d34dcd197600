package org.aiotbench.smell;

import java.util.Map;
import java.util.Optional;

/**
 * A SonarQube server to scan programs on instead of the embedded engine: configured by
 * {@code SONAR_HOST_URL} plus a token in {@code SONAR_TOKEN}. The token itself is never kept
 * here, only the name of the variable that holds it, so it cannot end up in a record or log.
 */
record SonarServer(String hostUrl, String tokenEnv) {

    static final String HOST_ENV = "SONAR_HOST_URL";
    static final String TOKEN_ENV = "SONAR_TOKEN";

    /** The server the environment configures; empty unless both the URL and a token are set. */
    static Optional<SonarServer> fromEnv(Map<String, String> env) {
        String url = env.get(HOST_ENV);
        String token = env.get(TOKEN_ENV);
        if (url == null || url.isBlank() || token == null || token.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new SonarServer(url.strip(), TOKEN_ENV));
    }

    /**
     * Server mode is not built yet (it needs sonar-scanner-api to submit each program and the
     * web API to read its issues back); the caller falls back to the embedded engine and says so.
     */
    String notImplementedNote() {
        return HOST_ENV + " is set (" + hostUrl + "), but scanning on a SonarQube server is not implemented yet;"
                + " using the embedded SonarLint analysis";
    }
}
