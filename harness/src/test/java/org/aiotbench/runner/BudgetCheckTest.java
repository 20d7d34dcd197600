package org.aiotbench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.aiotbench.catalogue.TaskBudget;
import org.aiotbench.scoring.Score;
import org.junit.jupiter.api.Test;

class BudgetCheckTest {

    private static final Score SCORE = new Score(Map.of("accuracy", 90.0), Map.of());

    private static ExecutionSummary run(String isolation, long wallMs, long cpuMs, long rssKb) {
        return new ExecutionSummary(isolation, 0, false, wallMs, cpuMs, rssKb, 0, 0, 0);
    }

    @Test
    void noBudgetLeavesTheScoreAlone() {
        assertSame(SCORE, BudgetCheck.apply(TaskBudget.NONE, run("bubblewrap", 1, 1, 1), SCORE));
    }

    @Test
    void everyExceededBoundIsNamed() {
        Score s = BudgetCheck.apply(new TaskBudget(200, 10, 5), run("bubblewrap", 12_000, 4_000, 300 * 1024), SCORE);
        assertEquals(0.0, s.metrics().get("within_budget"));
        assertEquals(90.0, s.metrics().get("accuracy"), "the score itself stands");
        @SuppressWarnings("unchecked")
        Map<String, Object> b = (Map<String, Object>) s.details().get("budget");
        assertEquals(List.of("peak memory 300.0 MB > budget 200 MB", "wall time 12.0 s > budget 10 s"), b.get("exceeded"));
        assertEquals("peak memory 300.0 MB > budget 200 MB; wall time 12.0 s > budget 10 s", b.get("reason"));
    }

    @Test
    void withinEveryBound() {
        Score s = BudgetCheck.apply(new TaskBudget(200, null, null), run("unshare", 1, 1, 199 * 1024), SCORE);
        assertEquals(1.0, s.metrics().get("within_budget"));
    }

    @Test
    void unmeasuredMemoryGivesNoVerdictRatherThanAPass() {
        Score s = BudgetCheck.apply(new TaskBudget(200, null, null), run("in-process", 10, 10, 0), SCORE);
        assertFalse(s.metrics().containsKey("within_budget"));
        @SuppressWarnings("unchecked")
        Map<String, Object> b = (Map<String, Object>) s.details().get("budget");
        assertEquals("not measured for in-process runs: peak_memory_mb", b.get("reason"));
    }
}
