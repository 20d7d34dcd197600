package org.aiotbench.adapter.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.aiotbench.adapter.AdapterConfigException;
import org.aiotbench.adapter.Synthesizer;
import org.aiotbench.adapter.Synthesizers;
import org.aiotbench.runner.RunOptionsBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The shipped tasks/generators/openai-*.yaml files: the documented command's pre-flight behaviour. */
class RepoAdapterFilesTest {

    static final Path GENERATORS = Path.of("..", "tasks", "generators");

    @AfterEach
    void reset() {
        OpenAiSynthesizer.Factory.environmentForTests = null;
    }

    @Test
    void withoutAKeyTheDocumentedCommandFailsBeforeAnyCellWithOneLine() {
        OpenAiSynthesizer.Factory.environmentForTests = Map.of();
        for (String p : List.of("direct", "chainstream", "code-free")) {
            Path f = GENERATORS.resolve("openai-" + p + ".yaml");
            AdapterConfigException e = assertThrows(AdapterConfigException.class, () -> Synthesizers.resolve(f.toString(), Map.of()));
            assertTrue(e.getMessage().contains("the environment variable OPENAI_API_KEY (api_key_env) is not set"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Test
    void withAnEndpointTheyResolveToOneGeneratorEachWithTheModelInTheirConfig() throws Exception {
        try (ScriptedChatServer server = ScriptedChatServer.start()) {
            OpenAiSynthesizer.Factory.environmentForTests = Map.of("OPENAI_API_KEY", "sk-whatever-123",
                    "AIOTBENCH_OPENAI_BASE_URL", server.baseUrl().toString(), "AIOTBENCH_OPENAI_MODEL", "local-model");
            for (String p : List.of("direct", "chainstream", "code-free")) {
                List<Synthesizer> s = Synthesizers.resolve(GENERATORS.resolve("openai-" + p + ".yaml").toString(), Map.of());
                assertEquals(1, s.size());
                assertEquals("openai/" + p, s.get(0).name());
                assertEquals("local-model", s.get(0).config().get("model"));
                assertEquals(p, s.get(0).config().get("pipeline"));
            }
        }
    }

    @Test
    void theyAreNotInTheDefaultRun() {
        assertTrue(RunOptionsBuilder.DEFAULT_SYNTHS.stream().noneMatch(s -> s.contains("openai")), RunOptionsBuilder.DEFAULT_SYNTHS.toString());
        assertTrue(Files.isRegularFile(GENERATORS.resolve("openai-autoiot.yaml")));
    }
}
