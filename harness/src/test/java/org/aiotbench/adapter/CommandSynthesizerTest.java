package org.aiotbench.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.aiotbench.catalogue.Task;
import org.aiotbench.catalogue.TaskRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandSynthesizerTest {

    @TempDir
    Path dir;

    private Synthesizer generator(String script, Map<String, String> extra) throws Exception {
        Path gen = dir.resolve("gen.sh");
        Files.writeString(gen, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(gen, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path file = dir.resolve("gen.yaml");
        StringBuilder y = new StringBuilder("type: command\ncommand: [./gen.sh]\n");
        extra.forEach((k, v) -> y.append(k).append(": ").append(v).append('\n'));
        Files.writeString(file, y.toString());
        List<Synthesizer> s = Synthesizers.resolve(file.toString(), Map.of());
        assertEquals(1, s.size());
        assertEquals("gen", s.get(0).name(), "the row name defaults to the adapter file's base name");
        return s.get(0);
    }

    private static GenerationRequest request(Task t) {
        return new GenerationRequest(t, t.renderPrompt(), 2, 99);
    }

    @Test
    void plainSourceOnStdoutBecomesAProgramAndTheRequestIsJsonOnStdin() throws Exception {
        // The generator echoes its stdin as a Python comment: proves the JSON request arrived.
        Synthesizer s = generator("printf '# '; cat; printf '\\nprint(1)\\n'", Map.of());
        Generation g = s.generate(request(TestTasks.ecg("t-one")));
        Program.Source src = assertInstanceOf(Program.Source.class, g.program());
        assertEquals(TaskRuntime.PYTHON, src.language());
        String code = src.files().get("main.py");
        assertTrue(code.contains("\"task\":\"t-one\""), code);
        assertTrue(code.contains("\"sample\":2") && code.contains("\"seed\":99"), code);
        assertTrue(code.contains("\"prompt\":"), code);
    }

    @Test
    void structuredOutputCarriesFilesAndUsage() throws Exception {
        Synthesizer s = generator("cat >/dev/null; echo '{\"language\":\"shell\",\"files\":{\"main.sh\":\"echo hi\"},"
                + "\"usage\":{\"tokens_in\":11,\"tokens_out\":22},\"iterations\":3}'", Map.of());
        Generation g = s.generate(request(TestTasks.ecg("t-two")));
        Program.Source src = assertInstanceOf(Program.Source.class, g.program());
        assertEquals(TaskRuntime.SHELL, src.language());
        assertEquals("echo hi", src.files().get("main.sh"));
        assertEquals(11, g.stats().tokensIn());
        assertEquals(22, g.stats().tokensOut());
        assertEquals(3, g.stats().iterations());
    }

    @Test
    void aFailingGeneratorIsAOneLineGenerationFailure() throws Exception {
        Synthesizer s = generator("echo 'connection refused: endpoint down' >&2; exit 3", Map.of());
        GenerationException e = assertThrows(GenerationException.class, () -> s.generate(request(TestTasks.ecg("t-three"))));
        assertTrue(e.getMessage().contains("status 3") && e.getMessage().contains("endpoint down"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void aHangingGeneratorTimesOut() throws Exception {
        Synthesizer s = generator("sleep 30", Map.of("timeout_seconds", "1"));
        long t0 = System.nanoTime();
        GenerationException e = assertThrows(GenerationException.class, () -> s.generate(request(TestTasks.ecg("t-four"))));
        assertTrue(e.getMessage().contains("timeout_seconds"), e.getMessage());
        assertTrue(System.nanoTime() - t0 < 20_000_000_000L, "the timeout must cut the wait short");
    }

    @Test
    void aMissingExecutableIsNamed() throws Exception {
        Path file = dir.resolve("missing.yaml");
        Files.writeString(file, "type: command\ncommand: ./no-such-generator\n");
        Synthesizer s = Synthesizers.resolve(file.toString(), Map.of()).get(0);
        GenerationException e = assertThrows(GenerationException.class, () -> s.generate(request(TestTasks.ecg("t-five"))));
        assertTrue(e.getMessage().contains("no-such-generator"), e.getMessage());
    }

    @Test
    void configurationIsPartOfTheIdentityAndOverridesApply() throws Exception {
        Path file = dir.resolve("g.yaml");
        Files.writeString(file, "type: command\ncommand: [./gen.sh, --fast]\n");
        Synthesizer a = Synthesizers.resolve(file.toString(), Map.of()).get(0);
        Synthesizer b = Synthesizers.resolve(file.toString(), Map.of("timeout_seconds", "5")).get(0);
        assertEquals("command", a.config().get("type"));
        assertTrue(a.config().get("command").contains("--fast"));
        assertEquals("5", b.config().get("timeout_seconds"));
        assertTrue(!a.config().equals(b.config()));
    }
}
