package org.aiotbench.adapter.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aiotbench.adapter.AdapterConfigException;
import org.aiotbench.adapter.GenerationException;
import org.aiotbench.adapter.Program;
import org.aiotbench.adapter.llm.ChatReply;
import org.aiotbench.catalogue.DatasetRef;
import org.aiotbench.catalogue.Family;
import org.aiotbench.catalogue.Prompt;
import org.aiotbench.catalogue.Task;
import org.aiotbench.catalogue.TaskRuntime;
import org.aiotbench.family.har.HarView;
import org.aiotbench.family.har.HarViewSpec;
import org.aiotbench.family.har.SyntheticRawGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** code-free on har: the windows go to the model in batches, and its answers become predictions.csv. */
class CodeFreePipelineTest {

    @TempDir
    Path dir;

    static Task harTask() {
        return new Task("syn-har", 1, Family.HAR, "har", new DatasetRef("syn", List.of(), Map.of()),
                new Prompt("t", "", "i", "o"), List.of(TaskRuntime.PYTHON), null, Map.of(), List.of(), null);
    }

    @Test
    void everyTestWindowGetsTheClassTheModelNamed() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        new SyntheticRawGenerator().generate(data, Map.of("users", 2, "seconds", 5, "bouts", 4, "window", 20), 5);
        HarView view = HarView.materialize(dir.resolve("cache"), "syn", data, "fp",
                HarViewSpec.parse(Map.of("format", "har-npy", "split", Map.of("kind", "kfold", "k", 4, "fold", 0))));
        List<String> prompts = new ArrayList<>();
        // The stand-in model calls every window "Jogging" except window 0, which it leaves out.
        MeteredChat chat = new MeteredChat(req -> {
            String p = req.messages().get(req.messages().size() - 1).content();
            prompts.add(p);
            StringBuilder b = new StringBuilder("Sure:\n");
            Matcher m = Pattern.compile("(?m)^(\\d+): ").matcher(p);
            while (m.find()) {
                if (!m.group(1).equals("0")) {
                    b.append(m.group(1)).append(": Jogging\n");
                }
            }
            return new ChatReply(b.toString(), 10, 5, p.length(), b.length(), 1, false);
        });
        Pipeline p = Pipelines.create("code-free", Map.of("context_chars", "1000", "har_points", "10"), dir, new ProgramRuntimes(null));
        PipelineContext ctx = new PipelineContext(harTask(), "prompt", 0, 1, Map.of(), dir, chat, Trial.NONE,
                () -> view.inputFiles());
        PipelineResult r = p.run(ctx);
        Program.Source prog = (Program.Source) r.program();
        assertEquals("main.py", prog.entryPoint());
        List<String> lines = prog.files().get("answers/predictions.csv").lines().toList();
        int n = org.aiotbench.reference.har.Npy.readFloat(view.input().resolve("test/X_acc.npy")).samples();
        assertEquals(n, lines.size());
        int jogging = List.of("Walking", "Jogging", "Upstairs", "Downstairs", "Sitting", "Standing").indexOf("Jogging");
        assertTrue(lines.stream().allMatch(l -> l.equals(Integer.toString(jogging))),
                "answers mapped to class indices; the unanswered window takes the class named most often: " + lines);
        assertTrue(prompts.size() > 1, "windows are batched to fit context_chars: " + prompts.size() + " calls");
        assertTrue(prompts.get(0).contains("example (Walking): "), "labelled train windows lead the prompt");
        assertTrue(prompts.stream().allMatch(q -> q.length() < 2600), "each prompt stays near its budget");
        assertEquals(prompts.size(), chat.stages().get(0).calls());
    }

    @Test
    void mostlyUnanswerableRepliesFailTheGeneration() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        new SyntheticRawGenerator().generate(data, Map.of("users", 2, "seconds", 5, "bouts", 4, "window", 20), 5);
        HarView view = HarView.materialize(dir.resolve("cache"), "syn", data, "fp",
                HarViewSpec.parse(Map.of("format", "har-npy", "split", Map.of("kind", "kfold", "k", 4, "fold", 0))));
        MeteredChat chat = new MeteredChat(req -> new ChatReply("I cannot classify sensor data.", 1, 1, 1, 1, 1, false));
        Pipeline p = Pipelines.create("code-free", Map.of(), dir, new ProgramRuntimes(null));
        GenerationException e = assertThrows(GenerationException.class, () -> p.run(new PipelineContext(harTask(), "prompt", 0, 1,
                Map.of(), dir, chat, Trial.NONE, () -> view.inputFiles())));
        assertTrue(e.getMessage().startsWith("code-free: ") && e.getMessage().contains("got no recognisable activity"), e.getMessage());
        AdapterConfigException bad = assertThrows(AdapterConfigException.class,
                () -> Pipelines.create("code-free", Map.of("levels", "1"), dir, new ProgramRuntimes(null)));
        assertTrue(bad.getMessage().contains("levels"), bad.getMessage());
    }
}
