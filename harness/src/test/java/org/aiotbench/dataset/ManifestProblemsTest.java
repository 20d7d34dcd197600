package org.aiotbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aiotbench.catalogue.Problem;
import org.junit.jupiter.api.Test;

class ManifestProblemsTest {

    static final Path FILE = Path.of("datasets/demo.yaml");
    static final String SHA = "a".repeat(64);

    static final String VALID = String.join("\n",
            "id: demo",                                          // 1
            "title: Demo data",                                  // 2
            "source_url: https://example.org/demo/",             // 3
            "fetch: https://example.org/files/demo/",            // 4
            "licence: CC0",                                      // 5
            "citation: Someone (2020)",                          // 6
            "format: text",                                      // 7
            "files:",                                            // 8
            "  - {path: a.hea, sha256: " + SHA + ", size: 3}",   // 9
            "  - path: sub/b.dat",                               // 10
            "    sha256: " + "b".repeat(64),                     // 11
            "    size: 0",                                       // 12
            "");

    static List<String> problems(String yaml) {
        List<Problem> out = new ArrayList<>();
        Optional<DatasetManifest> m = Manifests.parseText(FILE, yaml, out);
        assertEquals(out.isEmpty(), m.isPresent());
        return out.stream().map(Problem::toString).toList();
    }

    static String replaceLine(int line, String text) {
        List<String> lines = new ArrayList<>(List.of(VALID.split("\n")));
        lines.set(line - 1, text);
        return String.join("\n", lines) + "\n";
    }

    @Test
    void validManifest() {
        DatasetManifest m = Manifests.parseText(FILE, VALID, new ArrayList<>()).orElseThrow();
        assertEquals("demo", m.id());
        assertEquals(List.of("Someone (2020)"), m.citation());
        assertEquals(List.of(new DataFile("a.hea", SHA, 3), new DataFile("sub/b.dat", "b".repeat(64), 0)), m.files());
        assertEquals(List.of("a"), m.recordNames());
        assertTrue(m.fingerprint().matches("[0-9a-f]{64}"));
    }

    @Test
    void eachProblemKindHasItsLine() {
        assertEquals(List.of("datasets/demo.yaml:9: sha256 of 'a.hea' must be 64 lowercase hex digits"),
                problems(replaceLine(9, "  - {path: a.hea, sha256: ABC, size: 3}")));
        assertEquals(List.of("datasets/demo.yaml:12: field 'files[2].size' must be an integer, got text \"big\""),
                problems(replaceLine(12, "    size: big")));
        assertEquals(List.of("datasets/demo.yaml:10: file path '../b.dat' must be relative, '/'-separated and stay inside the dataset folder"),
                problems(replaceLine(10, "  - path: ../b.dat")));
        assertEquals(List.of("datasets/demo.yaml:1: dataset id 'other' does not match the file name (expected 'demo')"),
                problems(replaceLine(1, "id: other")));
        assertEquals(List.of("datasets/demo.yaml:1: missing required field 'licence'"), problems(replaceLine(5, "")));
        List<String> unknown = problems(replaceLine(5, "license: CC0"));
        assertEquals(2, unknown.size(), unknown.toString());
        assertTrue(unknown.contains("datasets/demo.yaml:1: missing required field 'licence'"));
        assertTrue(unknown.get(1).startsWith("datasets/demo.yaml:5: unknown field 'license' (did you mean 'licence'?)"), unknown.get(1));
        assertEquals(List.of("datasets/demo.yaml:10: file 'a.hea' listed twice (first at line 9)"),
                problems(replaceLine(10, "  - path: a.hea")));
        assertEquals(List.of("datasets/demo.yaml:4: field 'fetch' must end with '/' (file paths are appended to it)"),
                problems(replaceLine(4, "fetch: https://example.org/x")));
    }

    @Test
    void syntheticManifest() {
        String yaml = "id: demo\ntitle: t\nlicence: none\nformat: f\nsynthetic:\n  generator: fake\n  params: {n: 2}\n  seed: 7\n";
        DatasetManifest m = Manifests.parseText(FILE, yaml, new ArrayList<>()).orElseThrow();
        assertTrue(m.isSynthetic());
        assertEquals(new SyntheticSpec("fake", java.util.Map.of("n", 2L), 7), m.synthetic());
        assertEquals(List.of("datasets/demo.yaml:9: a synthetic dataset has no 'files': they are generated"),
                problems(yaml + "files: []\n"));
        assertEquals(List.of("datasets/demo.yaml:5: missing required field 'synthetic.seed'"),
                problems(yaml.replace("  seed: 7\n", "")));
    }

    @Test
    void realDataNeedsSourceCitationAndFiles() {
        List<String> ps = problems("id: demo\ntitle: t\nlicence: l\nformat: f\n");
        assertEquals(List.of("datasets/demo.yaml:1: missing required field 'source_url'",
                "datasets/demo.yaml:1: missing required field 'citation'",
                "datasets/demo.yaml:1: missing required field 'files' (or 'synthetic' for generated data, or 'layout' for sample files found by a loader)"), ps);
    }
}
