package org.aiotbench.smell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aiotbench.adapter.Program;
import org.aiotbench.catalogue.TaskRuntime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The embedded engine on small programs with known issues (one engine for the class: it takes seconds to start). */
class SonarLintAnalyzerTest {

    static final String PYTHON = """
            import sys


            def mean(values):
                total = 0
                count = len(values)
                try:
                    return sum(values) / count
                except:
                    return 0.0


            if __name__ == "__main__":
                print(mean([float(a) for a in sys.argv[1:]]))
            """;

    static final String JAVA = """
            import java.nio.file.Files;
            import java.nio.file.Path;

            public class Main {
                public static void main(String[] args) {
                    int lines = 0;
                    try {
                        Files.createDirectories(Path.of(args[1]));
                    } catch (Exception e) {
                    }
                }
            }
            """;

    static CodeAnalyzer analyzer;
    static final List<String> warnings = new ArrayList<>();

    @BeforeAll
    static void start() {
        analyzer = Analyzers.open(Map.of(), warnings::add);
    }

    @AfterAll
    static void stop() {
        analyzer.close();
    }

    @Test
    void theEngineStartsWithRulesForBothLanguages() {
        assertTrue(warnings.isEmpty(), "no start-up warnings expected: " + warnings);
        ObjectNode d = analyzer.describe();
        assertEquals("sonarlint-core 9.0.0.74282", d.get("tool").asText());
        assertTrue(d.at("/active_rules/py").asInt() > 100, d.toString());
        assertTrue(d.at("/active_rules/java").asInt() > 100, d.toString());
        assertEquals("7.35.0.36271", d.at("/plugins/java/version").asText(), d.toString());
        assertEquals("4.23.0.17664", d.at("/plugins/python/version").asText(), d.toString());
    }

    @Test
    void pythonUnusedLocalAndBareExceptAreFoundWithRuleKeys() {
        Smells s = one(Program.Source.single(TaskRuntime.PYTHON, PYTHON));
        assertTrue(s.available(), s.unavailable());
        assertEquals(1, s.rules().get("python:S1481"), "unused local 'total': " + s.rules());
        assertEquals(1, s.rules().get("python:S5754"), "bare except: " + s.rules());
        // S1481 is a minor code smell, S5754 a critical one (SonarLint's default severities).
        assertTrue(s.count(IssueType.CODE_SMELL, Severity.MINOR) >= 1, s.counts().toString());
        assertTrue(s.count(IssueType.CODE_SMELL, Severity.CRITICAL) >= 1, s.counts().toString());
        assertEquals(s.rules().values().stream().mapToInt(Integer::intValue).sum(),
                s.total(IssueType.BUG) + s.total(IssueType.VULNERABILITY) + s.total(IssueType.CODE_SMELL),
                "every counted issue has its rule");
    }

    @Test
    void javaEmptyCatchAndUnusedLocalAreFound() {
        Smells s = one(Program.Source.single(TaskRuntime.JAVA, JAVA));
        assertTrue(s.available(), s.unavailable());
        assertEquals(1, s.rules().get("java:S108"), "empty catch block: " + s.rules());
        assertEquals(1, s.rules().get("java:S1481"), "unused local 'lines': " + s.rules());
        assertTrue(s.rules().keySet().stream().allMatch(k -> k.startsWith("java:")), s.rules().toString());
    }

    @Test
    void aBatchKeepsEachProgramsIssuesApart() {
        Map<String, Program.Source> batch = new LinkedHashMap<>();
        batch.put("py", Program.Source.single(TaskRuntime.PYTHON, PYTHON));
        batch.put("clean", Program.Source.single(TaskRuntime.PYTHON, "print('hello')\n"));
        batch.put("java", Program.Source.single(TaskRuntime.JAVA, JAVA));
        Map<String, Smells> out = analyzer.analyze(batch);
        assertEquals(List.of("py", "clean", "java"), List.copyOf(out.keySet()));
        assertTrue(out.get("py").rules().keySet().stream().allMatch(k -> k.startsWith("python:")));
        assertTrue(out.get("java").rules().keySet().stream().allMatch(k -> k.startsWith("java:")));
        assertTrue(out.get("clean").available());
        assertTrue(out.get("clean").rules().isEmpty(), "a clean program has no issues: " + out.get("clean").rules());
        JsonNode json = SmellJson.write(out.get("clean"));
        assertEquals(0, json.get("bugs").size(), "measured zero is written as an empty object: " + json);
        assertFalse(json.has(SmellJson.UNAVAILABLE));
    }

    @Test
    void severalFilesOfOneProgramAreCountedTogether() {
        Program.Source p = new Program.Source(TaskRuntime.PYTHON, Map.of(
                "main.py", "from helpers import mean\nprint(mean([1.0]))\n",
                "helpers.py", "def mean(values):\n    unused_sum = 0\n    try:\n        return sum(values) / len(values)\n    except:\n        return 0.0\n",
                "README.txt", "not analysed"), "main.py");
        Smells s = one(p);
        assertEquals(1, s.rules().get("python:S5754"), s.rules().toString());
    }

    @Test
    void shellProgramsAreUnavailableNotZero() {
        Smells s = one(Program.Source.single(TaskRuntime.SHELL, "echo hi\n"));
        assertFalse(s.available());
        assertTrue(s.unavailable().contains("shell"), s.unavailable());
        JsonNode json = SmellJson.write(s);
        assertFalse(json.has("bugs"), "no counts beside an unavailable reason: " + json);
        assertEquals(s.unavailable(), json.get(SmellJson.UNAVAILABLE).asText());
    }

    @Test
    void aProgramThatDoesNotParseIsUnavailableNotClean() {
        Map<String, Smells> out = analyzer.analyze(Map.of(
                "bad", Program.Source.single(TaskRuntime.PYTHON, "def f(:\n    return 1\n"),
                "good", Program.Source.single(TaskRuntime.PYTHON, PYTHON)));
        assertFalse(out.get("bad").available());
        assertEquals("the analyser could not parse main.py", out.get("bad").unavailable());
        assertTrue(out.get("good").rules().containsKey("python:S5754"), "the rest of the batch is still counted");
    }

    @Test
    void countsSurviveTheJsonRoundTrip() {
        Smells s = one(Program.Source.single(TaskRuntime.PYTHON, PYTHON));
        Smells back = SmellJson.read(SmellJson.write(s));
        assertEquals(s, back);
        assertNull(back.unavailable());
    }

    private static Smells one(Program.Source p) {
        return analyzer.analyze(Map.of("p", p)).get("p");
    }
}
