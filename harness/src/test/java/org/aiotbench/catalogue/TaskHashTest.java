package org.aiotbench.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskHashTest {

    private static Task parse(String yaml) {
        List<Problem> ps = new ArrayList<>();
        Task t = TaskParser.parseText(Path.of("x.yaml"), yaml, ps).orElseThrow(() -> new AssertionError(ps)).task();
        return t;
    }

    private static final String BASE = TaskProblemsTest.VALID;

    @Test
    void hashIsHexSha256AndStable() {
        String h = parse(BASE).contentHash();
        assertTrue(h.matches("[0-9a-f]{64}"), h);
        assertEquals(h, parse(BASE).contentHash());
    }

    @Test
    void commentsLayoutQuotingAndKeyOrderDoNotChangeTheHash() {
        String h = parse(BASE).contentHash();
        assertEquals(h, parse("# a new comment\n" + BASE.replace("title: Demo", "title: Demo   # trailing")).contentHash());
        assertEquals(h, parse(BASE.replace("title: Demo", "title: \"Demo\"")).contentHash());
        assertEquals(h, parse(BASE.replace("runtimes: [python, shell]", "runtimes:\n  - python\n  - shell")).contentHash());
        // Key order: move 'baselines' to the top.
        assertEquals(h, parse("baselines: [pan-tompkins]\n" + BASE.replace("baselines: [pan-tompkins]\n", "")).contentHash());
        // Block scalar with or without final newline: same text.
        assertEquals(h, parse(BASE.replace("  target: find beats", "  target: |\n    find beats\n")).contentHash());
        // Spelling out a default is the same task.
        assertEquals(h, parse(BASE.replace("  wall_seconds: 60", "  wall_seconds: 60\n  network: false")).contentHash());
    }

    @Test
    void anyFieldChangeChangesTheHash() {
        String h = parse(BASE).contentHash();
        List<String> variants = List.of(
                BASE.replace("version: 2", "version: 3"),
                BASE.replace("title: Demo", "title: Demo!"),
                BASE.replace("family: ecg-rpeak", "family: har"),
                BASE.replace("records: ['100', 101]", "records: ['100']"),
                BASE.replace("records: ['100', 101]", "records: all"),
                BASE.replace("find beats", "find all beats"),
                BASE.replace("runtimes: [python, shell]", "runtimes: [shell, python]"),
                BASE.replace("wall_seconds: 60", "wall_seconds: 61"),
                BASE.replace("start_seconds: 300", "start_seconds: 0"),
                BASE.replace("baselines: [pan-tompkins]", "baselines: []"),
                BASE.replace("  wall_seconds: 60", "  wall_seconds: 60\n  network: true"));
        for (String v : variants) {
            assertNotEquals(h, parse(v).contentHash(), v);
        }
    }

    @Test
    void canonicalJsonHasSortedKeysAndNoSourcePath() {
        String json = parse(BASE).canonicalJson();
        assertTrue(json.startsWith("{\"baselines\":[\"pan-tompkins\"],\"dataset\":{\"id\":\"mitdb\""), json);
        assertTrue(!json.contains("x.yaml"), json);
    }

    @Test
    void addingABaselineKeepsTheResultHashButNotTheContentHash() {
        Task a = parse(BASE);
        Task b = parse(BASE.replace("baselines: [pan-tompkins]", "baselines: [pan-tompkins, swt]"));
        org.junit.jupiter.api.Assertions.assertNotEquals(a.contentHash(), b.contentHash());
        assertEquals(a.resultHash(), b.resultHash(), "results do not depend on what they are compared with");
        Task c = parse(BASE.replace("version: 2", "version: 3"));
        org.junit.jupiter.api.Assertions.assertNotEquals(a.resultHash(), c.resultHash());
    }
}
