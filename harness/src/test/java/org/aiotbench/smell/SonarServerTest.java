package org.aiotbench.smell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Server mode is detected from the environment; until it exists the run says so in one line. */
class SonarServerTest {

    @Test
    void bothTheUrlAndATokenAreNeeded() {
        assertTrue(SonarServer.fromEnv(Map.of()).isEmpty());
        assertTrue(SonarServer.fromEnv(Map.of("SONAR_HOST_URL", "http://127.0.0.1:9000")).isEmpty());
        assertTrue(SonarServer.fromEnv(Map.of("SONAR_TOKEN", "squ_secret")).isEmpty());
        SonarServer s = SonarServer.fromEnv(Map.of("SONAR_HOST_URL", " http://127.0.0.1:9000 ", "SONAR_TOKEN", "squ_secret")).orElseThrow();
        assertEquals("http://127.0.0.1:9000", s.hostUrl());
        assertEquals("SONAR_TOKEN", s.tokenEnv());
        assertFalse(s.toString().contains("squ_secret"), "the token itself is never kept");
    }

    @Test
    void aConfiguredServerFallsBackToTheEmbeddedEngineWithOneLine() {
        String note = SonarServer.fromEnv(Map.of("SONAR_HOST_URL", "http://127.0.0.1:9000", "SONAR_TOKEN", "squ_secret"))
                .orElseThrow().notImplementedNote();
        assertTrue(note.contains("not implemented"), note);
        assertFalse(note.contains("\n"));
        assertFalse(note.contains("squ_secret"));
    }
}
