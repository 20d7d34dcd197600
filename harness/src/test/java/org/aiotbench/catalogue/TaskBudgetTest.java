package org.aiotbench.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code limits.budget}: parsed, hashed only when present, checked with the culprit's line, shown in the prompt. */
class TaskBudgetTest {

    private static final String BASE = TaskProblemsTest.VALID;

    private static String withBudget(String budget) {
        return BASE.replace("  wall_seconds: 60", "  wall_seconds: 60\n  budget:\n" + budget);
    }

    private static Task parse(String yaml) {
        List<Problem> ps = new ArrayList<>();
        return TaskParser.parseText(TaskProblemsTest.FILE, yaml, ps).orElseThrow(() -> new AssertionError(ps)).task();
    }

    @Test
    void budgetIsParsedAndShownToTheProgram() {
        Task t = parse(withBudget("    peak_memory_mb: 200\n    cpu_seconds: 30"));
        assertEquals(new TaskBudget(200, null, 30), t.limits().budget());
        assertTrue(t.renderPrompt().contains("- Target platform budget: peak memory at most 200 MB, at most 30 s of CPU time."
                + " A run over budget is still scored, but recorded as missing the budget."), t.renderPrompt());
    }

    @Test
    void noBudgetKeepsTheHashAndTheBudgetChangesIt() {
        Task plain = parse(BASE);
        assertTrue(plain.limits().budget().isEmpty());
        assertNull(plain.limits().budget().peakMemoryMb());
        assertTrue(!plain.canonicalJson().contains("budget"), "tasks without a budget keep their result keys");
        assertNotEquals(plain.contentHash(), parse(withBudget("    peak_memory_mb: 200")).contentHash());
        assertNotEquals(parse(withBudget("    peak_memory_mb: 200")).contentHash(),
                parse(withBudget("    peak_memory_mb: 201")).contentHash());
    }

    @Test
    void badBudgetsAreReportedAtTheirLine() {
        // limits: is line 13, wall_seconds 14, budget: 15, its first field 16.
        assertEquals("tasks/t.yaml:16: field 'limits.budget.peak_memory_mb' must be between 1 and 1048576, got 0",
                TaskProblemsTest.only(withBudget("    peak_memory_mb: 0")));
        assertEquals("tasks/t.yaml:16: unknown field 'limits.budget.memory'; allowed here: peak_memory_mb, wall_seconds, cpu_seconds",
                TaskProblemsTest.only(withBudget("    memory: 100")));
        assertEquals("tasks/t.yaml:15: field 'limits.budget' is empty; give peak_memory_mb, wall_seconds or cpu_seconds",
                TaskProblemsTest.only(BASE.replace("  wall_seconds: 60", "  wall_seconds: 60\n  budget: {}")));
    }
}
