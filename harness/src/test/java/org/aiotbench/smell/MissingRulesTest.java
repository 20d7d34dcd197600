package org.aiotbench.smell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.aiotbench.adapter.Program;
import org.aiotbench.catalogue.TaskRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine skips a plugin it cannot load without failing; the start-up check must turn that
 * into a warning and "unavailable" smells, never into zero issues.
 */
class MissingRulesTest {

    @TempDir
    Path dir;

    @Test
    void aLanguageWithoutItsPluginIsUnavailableAndTheOtherStillCounts() {
        Path javaPlugin = plugin("sonar-java-plugin");
        List<String> warnings = new ArrayList<>();
        try (CodeAnalyzer a = Analyzers.start("t", new SonarFiles.Found(List.of(javaPlugin), null), warnings::add)) {
            assertEquals(1, warnings.stream().filter(w -> w.contains("no Python rules loaded")).count(), warnings.toString());
            Map<String, Smells> out = a.analyze(Map.of(
                    "py", Program.Source.single(TaskRuntime.PYTHON, SonarLintAnalyzerTest.PYTHON),
                    "java", Program.Source.single(TaskRuntime.JAVA, SonarLintAnalyzerTest.JAVA)));
            assertFalse(out.get("py").available());
            assertTrue(out.get("py").unavailable().contains("python analyzer plugin is missing or incompatible"), out.get("py").unavailable());
            JsonNode json = SmellJson.write(out.get("py"));
            assertFalse(json.has("code_smells"), "unavailable, not zero: " + json);
            assertTrue(out.get("java").available());
            assertTrue(out.get("java").rules().containsKey("java:S108"), out.get("java").rules().toString());
            assertEquals(0, a.describe().at("/active_rules/py").asInt(0));
        }
    }

    @Test
    void aJarThatIsNoPluginLeavesEveryLanguageUnavailable() throws IOException {
        Path fake = dir.resolve("sonar-fake-plugin.jar");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(fake))) {
            z.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            z.write("Manifest-Version: 1.0\n".getBytes());
            z.closeEntry();
        }
        List<String> warnings = new ArrayList<>();
        try (CodeAnalyzer a = Analyzers.start("t", new SonarFiles.Found(List.of(fake), null), warnings::add)) {
            assertFalse(warnings.isEmpty());
            Smells py = a.analyze(Map.of("p", Program.Source.single(TaskRuntime.PYTHON, "x = 1\n"))).get("p");
            Smells java = a.analyze(Map.of("p", Program.Source.single(TaskRuntime.JAVA, SonarLintAnalyzerTest.JAVA))).get("p");
            assertFalse(py.available(), "python: " + py);
            assertFalse(java.available(), "java: " + java);
        }
    }

    @Test
    void noEngineClassOrPluginsGivesOneReasonForEveryProgram() {
        CodeAnalyzer a = new UnavailableAnalyzer("sonarlint-core x", "no SonarLint analyzer plugins found");
        Smells s = a.analyze(Map.of("p", Program.Source.single(TaskRuntime.PYTHON, "x = 1\n"))).get("p");
        assertEquals("no SonarLint analyzer plugins found", s.unavailable());
        assertEquals(List.of("code smells unavailable: no SonarLint analyzer plugins found"), a.warnings());
        assertEquals("no SonarLint analyzer plugins found", a.describe().get("unavailable").asText());
    }

    /** The copy the build made in target/sonar/plugins. */
    private static Path plugin(String prefix) {
        SonarFiles.Found found = SonarFiles.locate(Map.of());
        assertTrue(found.problem() == null, found.problem());
        return found.plugins().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
    }
}
