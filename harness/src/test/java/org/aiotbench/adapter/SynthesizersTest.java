package org.aiotbench.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthesizersTest {

    @TempDir
    Path dir;

    @Test
    void builtInsAreFoundThroughTheServiceLoader() {
        assertTrue(Synthesizers.factories().keySet().containsAll(List.of("reference", "samples", "command")));
    }

    @Test
    void referenceGivesOneRowPerBaselineAndRunsOnlyWhereListed() throws Exception {
        List<Synthesizer> refs = Synthesizers.resolve("reference", Map.of());
        assertFalse(refs.isEmpty());
        Synthesizer pt = refs.stream().filter(s -> s.name().equals("reference/pan-tompkins")).findFirst().orElseThrow();
        assertTrue(pt.baseline());
        assertTrue(pt.supports(TestTasks.ecg("listed")));
        assertEquals(1, Synthesizers.resolve("reference", Map.of("baseline", "pan-tompkins")).size());
        AdapterConfigException e = assertThrows(AdapterConfigException.class,
                () -> Synthesizers.resolve("reference", Map.of("baseline", "nope")));
        assertTrue(e.getMessage().contains("nope"));
    }

    @Test
    void badAdapterFilesAreNamedInOneLine() throws Exception {
        Path noType = dir.resolve("a.yaml");
        Files.writeString(noType, "command: x\n");
        assertMessage(noType, "missing 'type:'");
        Path badType = dir.resolve("b.yaml");
        Files.writeString(badType, "type: telepathy\n");
        assertMessage(badType, "unknown adapter type 'telepathy'");
        Path broken = dir.resolve("c.yaml");
        Files.writeString(broken, "type: [unclosed\n");
        assertMessage(broken, "not readable YAML");
        Path unknownOption = dir.resolve("d.yaml");
        Files.writeString(unknownOption, "type: command\ncommand: x\ncolour: blue\n");
        assertMessage(unknownOption, "unknown option 'colour'");
        AdapterConfigException e = assertThrows(AdapterConfigException.class, () -> Synthesizers.resolve("no-such-thing", Map.of()));
        assertTrue(e.getMessage().contains("no-such-thing"));
    }

    private static void assertMessage(Path file, String part) {
        AdapterConfigException e = assertThrows(AdapterConfigException.class, () -> Synthesizers.resolve(file.toString(), Map.of()));
        assertTrue(e.getMessage().contains(part), e.getMessage());
        assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    @Test
    void samplesTakeFilesInNameOrderAndSayWhenTheyRunOut() throws Exception {
        Path samples = dir.resolve("s");
        Files.createDirectories(samples.resolve("t-x"));
        Files.writeString(samples.resolve("t-x/0.py"), "print(0)");
        Files.writeString(samples.resolve("t-x/1.sh"), "echo 1");
        Synthesizer s = Synthesizers.resolve("samples", Map.of("dir", samples.toString())).get(0);
        assertTrue(s.supports(TestTasks.ecg("t-x")));
        assertFalse(s.supports(TestTasks.ecg("t-y")));
        var t = TestTasks.ecg("t-x");
        Program.Source p1 = (Program.Source) s.generate(new GenerationRequest(t, "", 1, 0)).program();
        assertEquals("echo 1", p1.files().get("main.sh"));
        GenerationException e = assertThrows(GenerationException.class, () -> s.generate(new GenerationRequest(t, "", 2, 0)));
        assertTrue(e.getMessage().contains("no sample 2"), e.getMessage());
    }

    @Test
    void samplesFromJsonlFollowFileOrderPerTaskAndBadLinesAreNamed() throws Exception {
        Path f = dir.resolve("samples.jsonl");
        Files.writeString(f, """
                {"task_id": "t-x", "program": "print(0)"}
                {"task_id": "t-y", "language": "shell", "completion": "echo y"}

                {"task_id": "t-x", "language": "shell", "program": "echo 1"}
                """);
        Synthesizer s = Synthesizers.resolve("samples", Map.of("file", f.toString())).get(0);
        assertTrue(s.supports(TestTasks.ecg("t-x")) && s.supports(TestTasks.ecg("t-y")));
        assertFalse(s.supports(TestTasks.ecg("t-z")));
        Program.Source second = (Program.Source) s.generate(new GenerationRequest(TestTasks.ecg("t-x"), "", 1, 0)).program();
        assertEquals("echo 1", second.files().get("main.sh"));
        assertEquals("file", s.config().keySet().stream().filter(k -> k.equals("file")).findFirst().orElse(""));

        Files.writeString(f, "{\"task_id\": \"t-x\"}\n");
        AdapterConfigException e = assertThrows(AdapterConfigException.class,
                () -> Synthesizers.resolve("samples", Map.of("file", f.toString())));
        assertTrue(e.getMessage().contains("samples.jsonl:1:") && e.getMessage().contains("completion"), e.getMessage());
        AdapterConfigException both = assertThrows(AdapterConfigException.class,
                () -> Synthesizers.resolve("samples", Map.of("file", f.toString(), "dir", dir.toString())));
        assertTrue(both.getMessage().contains("exactly one"), both.getMessage());
    }
}
