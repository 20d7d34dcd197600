package org.aiotbench.adapter.pipeline.autoiot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aiotbench.adapter.Program;
import org.aiotbench.adapter.llm.ChatMessage;
import org.aiotbench.catalogue.TaskRuntime;
import org.junit.jupiter.api.Test;

class PromptsTest {

    @Test
    void retrievedNotesAreCutToAFixedBudgetAndNameTheirSource() {
        List<Passage> ps = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ps.add(new Passage("doc" + i + ".md", i == 0 ? "Heading" : "", "x".repeat(5000), 1f));
        }
        String k = Prompts.knowledge(ps);
        assertTrue(k.length() <= Prompts.KNOWLEDGE_CHARS, k.length() + " chars");
        assertTrue(k.contains("[doc0.md \u00a7 Heading]"));
        assertTrue(k.contains("[doc1.md]"));
        assertFalse(k.contains("doc19.md"), "the lowest-ranked notes are dropped, not the best");
        assertTrue(k.contains("x".repeat(Prompts.PASSAGE_CHARS) + "\n[... cut]"));
    }

    @Test
    void feedbackKeepsItsTailWhereTheErrorIs() {
        String log = "noise line\n".repeat(1000) + "ZeroDivisionError: division by zero";
        String user = user(Prompts.debug("TASK", Program.Source.single(TaskRuntime.PYTHON, "print(1)\n"), log, TaskRuntime.PYTHON));
        assertTrue(user.contains("ZeroDivisionError: division by zero"));
        assertTrue(user.contains("[... cut]"));
        assertTrue(user.length() < Prompts.FEEDBACK_CHARS + 1000, user.length() + " chars");
        assertTrue(user.contains("```python\nprint(1)\n```"));
    }

    @Test
    void everyStageStartsWithTheTaskAndAsksForOneFormat() {
        List<List<ChatMessage>> all = List.of(Prompts.terms("TASK"), Prompts.outline("TASK", List.of()),
                Prompts.design("TASK", "OUT", TaskRuntime.SHELL),
                Prompts.function("TASK", "DES", 2, "STEP", TaskRuntime.SHELL),
                Prompts.integrate("TASK", "DES", List.of("f() { :; }"), TaskRuntime.SHELL),
                Prompts.improve("TASK", Program.Source.single(TaskRuntime.SHELL, "echo"), 0.25, List.of(0.25), null,
                        TaskRuntime.SHELL));
        for (List<ChatMessage> m : all) {
            assertEquals(List.of("system", "user"), m.stream().map(ChatMessage::role).toList());
            assertTrue(m.get(1).content().contains("TASK"));
        }
        assertTrue(user(all.get(4)).contains("sh main.sh INPUT_DIR OUTPUT_DIR"));
        assertTrue(user(all.get(4)).contains("```sh\nf() { :; }\n```"));
        assertTrue(user(all.get(5)).contains("scores 0.2500"));
    }

    @Test
    void aProgramWithHelperFilesShowsThemAllEntryFirst() {
        Program.Source p = new Program.Source(TaskRuntime.PYTHON, Map.of("main.py", "import peaks\n", "peaks.py", "def f(): pass\n"),
                "main.py");
        assertEquals("```python\nimport peaks\n```\n\npeaks.py:\n```\ndef f(): pass\n```", Prompts.program(p));
    }

    private static String user(List<ChatMessage> m) {
        return m.get(m.size() - 1).content();
    }
}
