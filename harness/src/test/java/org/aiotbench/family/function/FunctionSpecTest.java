package org.aiotbench.family.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aiotbench.catalogue.Problem;
import org.aiotbench.catalogue.Task;
import org.aiotbench.catalogue.TaskParser;
import org.junit.jupiter.api.Test;

class FunctionSpecTest {

    private static Task task(String scoring) {
        String yaml = """
                id: t
                version: 1
                family: function
                title: T
                dataset: {id: function-args}
                prompt: {target: x, input: x, output: x}
                runtimes: [python]
                scoring:
                """ + scoring.indent(2);
        List<Problem> problems = new ArrayList<>();
        return TaskParser.parseText(Path.of("t.yaml"), yaml, problems).orElseThrow(() -> new AssertionError(problems)).task();
    }

    private static String error(String scoring) {
        return assertThrows(IllegalArgumentException.class, () -> FunctionSpec.of(task(scoring))).getMessage();
    }

    @Test
    void readsCasesWithBytesToleranceAndDefaults() {
        FunctionSpec s = FunctionSpec.of(task("""
                function: crc
                signature: "def crc(data: bytes) -> int"
                rel_tol: 1.0e-6
                tests:
                  - {name: a, args: [{$bytes: "31 32"}], expect: 0x4B37, abs_tol: 0.5}
                  - {args: ["x"], raises: TypeError, timeout_seconds: 0.5}
                """));
        assertEquals("crc", s.function());
        assertEquals(1e-6, s.relTol());
        assertEquals(FunctionSpec.DEFAULT_TOL, s.absTol());
        assertEquals(2, s.cases().size());
        assertEquals(19255L, s.cases().get(0).expect());
        assertEquals(Map.of("$bytes", "31 32"), s.cases().get(0).args().get(0));
        assertEquals(0.5, s.cases().get(0).absTol());
        assertEquals("test-1", s.cases().get(1).name());
        assertEquals("TypeError", s.cases().get(1).raises());
        assertEquals(FunctionSpec.DEFAULT_IMPORT_TIMEOUT_SECONDS + 2 + 0.5, s.worstCaseSeconds());
    }

    @Test
    void validationReportsTheFieldAndAWallLimitTooShortForTheCases() {
        FunctionFamily family = new FunctionFamily();
        assertEquals(List.of("scoring.signature: must start with 'def f('"),
                family.problems(task("function: f\nsignature: \"def g(x)\"\ntests: [{args: [1], expect: 1}]")));
        // default wall limit 600 s: 300 cases of 2 s, a 10 s import and a 3 s margin need 613 s
        StringBuilder many = new StringBuilder("function: f\nsignature: \"def f(x)\"\ntests:\n");
        for (int i = 0; i < 300; i++) {
            many.append("  - {args: [").append(i).append("], expect: 1}\n");
        }
        assertEquals(List.of("limits.wall_seconds 600 cannot hold every case at its timeout: the cases, import and verdict"
                + " need up to 613 s"), family.problems(task(many.toString())));
        assertEquals(List.of(), family.problems(task("function: f\nsignature: \"def f(x)\"\ntests: [{args: [1], expect: 1}]")));
    }

    @Test
    void eachDefectIsOneLineNamingTaskAndField() {
        assertEquals("task t: scoring.function: expected non-empty text",
                error("signature: \"def f(x)\"\ntests: [{args: [1], expect: 1}]"));
        assertEquals("task t: scoring.signature: must start with 'def f('",
                error("function: f\nsignature: \"def g(x)\"\ntests: [{args: [1], expect: 1}]"));
        assertEquals("task t: scoring.tests: expected a non-empty list of test cases",
                error("function: f\nsignature: \"def f(x)\"\ntests: []"));
        assertEquals("task t: scoring.tests[0] (test-0): give exactly one of expect and raises",
                error("function: f\nsignature: \"def f(x)\"\ntests: [{args: [1]}]"));
        assertEquals("task t: scoring.tests[1] (a): name used twice",
                error("function: f\nsignature: \"def f(x)\"\ntests: [{name: a, args: [1], expect: 1}, {name: a, args: [2], expect: 2}]"));
        assertEquals("task t: scoring.tests[0] (test-0): {$bytes: ...} takes one string of hex byte pairs",
                error("function: f\nsignature: \"def f(x)\"\ntests: [{args: [{$bytes: \"4\"}], expect: 1}]"));
        assertEquals("task t: scoring.tests[0] (test-0): {$float: ...} takes nan, inf or -inf",
                error("function: f\nsignature: \"def f(x)\"\ntests: [{args: [1], expect: {$float: nope}}]"));
        assertEquals("task t: scoring.tests[0].name: expected non-empty text (quote a name that reads as a number)",
                error("function: f\nsignature: \"def f(x)\"\ntests: [{name: 2023, args: [1], expect: 1}]"));
        assertEquals("task t: scoring.tolerance: unknown field (known: abs_tol, function, import_timeout_seconds, nan_equal,"
                + " rel_tol, signature, tests, timeout_seconds)",
                error("function: f\nsignature: \"def f(x)\"\ntolerance: 1\ntests: [{args: [1], expect: 1}]"));
        assertEquals("task t: scoring.tests[0] (test-0).timeout_seconds: must be positive",
                error("function: f\nsignature: \"def f(x)\"\ntests: [{args: [1], expect: 1, timeout_seconds: 0}]"));
    }
}
