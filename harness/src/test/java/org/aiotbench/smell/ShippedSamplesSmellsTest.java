package org.aiotbench.smell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.aiotbench.adapter.Program;
import org.aiotbench.catalogue.TaskRuntime;
import org.junit.jupiter.api.Test;

/** Every shipped sample program (tasks/samples) is analysed in one batch and gets counts. */
class ShippedSamplesSmellsTest {

    static final Path SAMPLES = Path.of("..", "tasks", "samples");

    @Test
    void everyShippedPythonSampleGetsCountsWithRuleKeys() throws IOException {
        Map<Path, Program.Source> programs = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(SAMPLES)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
                programs.put(p, Program.Source.single(TaskRuntime.PYTHON, Files.readString(p)));
            }
        }
        assertFalse(programs.isEmpty(), "no samples under " + SAMPLES.toAbsolutePath());
        List<String> warnings = new ArrayList<>();
        try (CodeAnalyzer a = Analyzers.open(Map.of(), warnings::add)) {
            Map<Path, Smells> out = a.analyze(programs);
            for (Map.Entry<Path, Smells> e : out.entrySet()) {
                Smells sm = e.getValue();
                assertTrue(sm.available(), e.getKey() + ": " + sm.unavailable());
                int total = sm.total(IssueType.BUG) + sm.total(IssueType.VULNERABILITY) + sm.total(IssueType.CODE_SMELL);
                assertTrue(sm.rules().keySet().stream().allMatch(k -> k.startsWith("python:")), e.getKey() + ": " + sm.rules());
                assertTrue(total == sm.rules().values().stream().mapToInt(Integer::intValue).sum(), e.getKey() + ": " + sm);
            }
            // The samples are plain scripts: at least one of them trips some rule, or the
            // analysis is not really running.
            assertTrue(out.values().stream().anyMatch(sm -> !sm.rules().isEmpty()), out.toString());
        }
        assertTrue(warnings.isEmpty(), warnings.toString());
    }
}
