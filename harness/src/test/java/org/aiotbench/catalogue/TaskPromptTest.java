package org.aiotbench.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class TaskPromptTest {

    private static Task task(String yaml) {
        return TaskParser.parseText(Path.of("x.yaml"), yaml, new ArrayList<>()).orElseThrow().task();
    }

    @Test
    void promptHasSectionsInOrderAndTheProgramContract() {
        Task t = task(TaskProblemsTest.VALID.replace("  input: WFDB files", "  remarks: use MLII\n  input: WFDB files"));
        String p = t.renderPrompt();
        int target = p.indexOf("## Target\nfind beats\n");
        int remarks = p.indexOf("## Remarks\nuse MLII\n");
        int input = p.indexOf("## Input\nWFDB files\n");
        int output = p.indexOf("## Output format\none index per line\n");
        int contract = p.indexOf("## Program contract\n");
        assertTrue(target > 0 && target < remarks && remarks < input && input < output && output < contract, p);
        assertTrue(p.contains("    python3 main.py INPUT_DIR OUTPUT_DIR"), p);
        assertTrue(p.contains("    sh main.sh INPUT_DIR OUTPUT_DIR"), p);
        assertTrue(!p.contains("java Main.java"), "java is not allowed by this task");
        assertTrue(p.contains("60 s wall-clock time"), p);
        assertTrue(p.contains("no network access"), p);
    }

    @Test
    void remarksSectionIsOmittedWhenEmpty() {
        assertTrue(!task(TaskProblemsTest.VALID).renderPrompt().contains("## Remarks"));
    }

    @Test
    void singleRuntimePrompt() {
        Task t = task(TaskProblemsTest.VALID);
        String p = t.renderPrompt(TaskRuntime.SHELL);
        assertTrue(p.contains("entry file is `main.sh`"), p);
        assertTrue(!p.contains("python3"), p);
        assertThrows(IllegalArgumentException.class, () -> t.renderPrompt(TaskRuntime.JAVA));
    }

    @Test
    void runtimesDefaultToAll() {
        Task t = task(TaskProblemsTest.VALID.replace("runtimes: [python, shell]\n", ""));
        assertEquals(3, t.runtimes().size());
        assertTrue(t.renderPrompt().contains("java Main.java INPUT_DIR OUTPUT_DIR"));
    }
}
