package org.aiotbench.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code target:}: parsed, hashed only when present, rejected outside (0, 1] with its line. */
class TaskTargetTest {

    private static final String BASE = TaskProblemsTest.VALID;

    private static Task parse(String yaml) {
        List<Problem> ps = new ArrayList<>();
        return TaskParser.parseText(TaskProblemsTest.FILE, yaml, ps).orElseThrow(() -> new AssertionError(ps)).task();
    }

    @Test
    void targetIsParsedAndChangesTheHashOnlyWhenPresent() {
        Task plain = parse(BASE);
        assertNull(plain.target());
        assertTrue(!plain.canonicalJson().contains("target\":{"), "tasks without a target keep their result keys");
        Task t = parse(BASE + "target: {metric: f1, value: 0.99}\n");
        assertEquals(new TaskTarget("f1", 0.99), t.target());
        assertNotEquals(plain.resultHash(), t.resultHash());
        assertNotEquals(t.resultHash(), parse(BASE + "target: {metric: f1, value: 1}\n").resultHash());
    }

    @Test
    void aTargetOutsideTheUnitIntervalIsReportedAtItsLine() {
        String p = TaskProblemsTest.only(BASE + "target:\n  metric: f1\n  value: 99\n");
        assertTrue(p.contains("field 'target.value' must be a fraction in (0, 1]"), p);
        assertTrue(p.startsWith("tasks/t.yaml:" + (BASE.split("\n").length + 3) + ":"), p);
        String m = TaskProblemsTest.only(BASE + "target: {value: 0.9}\n");
        assertTrue(m.contains("target.metric"), m);
    }
}
