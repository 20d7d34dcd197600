package org.aiotbench.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every kind of task-file defect gives FILE:LINE: reason with the line of the culprit. */
class TaskProblemsTest {

    static final Path FILE = Path.of("tasks/t.yaml");

    /** A valid task; tests break one line of it. Line numbers are in the comments. */
    static final String VALID = String.join("\n",
            "id: demo-task",                 // 1
            "version: 2",                    // 2
            "family: ecg-rpeak",             // 3
            "title: Demo",                   // 4
            "dataset:",                      // 5
            "  id: mitdb",                   // 6
            "  records: ['100', 101]",       // 7
            "prompt:",                       // 8
            "  target: find beats",          // 9
            "  input: WFDB files",           // 10
            "  output: one index per line",  // 11
            "runtimes: [python, shell]",     // 12
            "limits:",                       // 13
            "  wall_seconds: 60",            // 14
            "scoring:",                      // 15
            "  start_seconds: 300",          // 16
            "baselines: [pan-tompkins]",     // 17
            "");

    static List<Problem> problems(String yaml) {
        List<Problem> out = new ArrayList<>();
        Optional<TaskParser.Parsed> p = TaskParser.parseText(FILE, yaml, out);
        assertEquals(out.isEmpty(), p.isPresent(), "a task is returned exactly when there is no problem");
        return out;
    }

    static String only(String yaml) {
        List<Problem> ps = problems(yaml);
        assertEquals(1, ps.size(), () -> "expected one problem, got " + ps);
        return ps.get(0).toString();
    }

    static String replaceLine(int line, String text) {
        List<String> lines = new ArrayList<>(List.of(VALID.split("\n")));
        lines.set(line - 1, text);
        return String.join("\n", lines) + "\n";
    }

    @Test
    void validTaskParsesWithDefaults() {
        List<Problem> out = new ArrayList<>();
        Task t = TaskParser.parseText(FILE, VALID, out).orElseThrow().task();
        assertEquals(List.of(), out);
        assertEquals("demo-task", t.id());
        assertEquals(2, t.version());
        assertEquals(Family.ECG_RPEAK, t.family());
        assertEquals(List.of("100", "101"), t.dataset().records());
        assertEquals(List.of(TaskRuntime.PYTHON, TaskRuntime.SHELL), t.runtimes());
        assertEquals(60, t.limits().wallSeconds());
        assertEquals(TaskLimits.DEFAULT_MEMORY_MB, t.limits().memoryMb());
        assertEquals(false, t.limits().network());
        assertEquals(300L, t.scoring().get("start_seconds"));
        assertEquals(List.of("pan-tompkins"), t.baselines());
        assertEquals("", t.prompt().remarks());
    }

    @Test
    void yamlSyntaxErrorHasItsLine() {
        String p = only("id: x\nversion: 1\nprompt: [unclosed\ntitle: y\n");
        assertTrue(p.startsWith("tasks/t.yaml:4: YAML syntax error: "), p);
    }

    @Test
    void badIndentationIsASyntaxError() {
        String p = only(replaceLine(10, "   input: WFDB files"));
        assertTrue(p.startsWith("tasks/t.yaml:10: YAML syntax error"), p);
    }

    @Test
    void missingRequiredTopLevelField() {
        assertEquals("tasks/t.yaml:1: missing required field 'title'", only(replaceLine(4, "")));
    }

    @Test
    void requiredFieldWithoutValueIsReportedAtItsLine() {
        assertEquals("tasks/t.yaml:4: field 'title' must not be empty", only(replaceLine(4, "title:")));
        assertEquals("tasks/t.yaml:4: required field 'title' has no value", only(replaceLine(4, "title: null")));
    }

    @Test
    void missingRequiredNestedFieldPointsAtItsMapping() {
        assertEquals("tasks/t.yaml:8: missing required field 'prompt.output'", only(replaceLine(11, "")));
    }

    @Test
    void wrongType() {
        assertEquals("tasks/t.yaml:2: field 'version' must be an integer, got text \"two\"",
                only(replaceLine(2, "version: two")));
        assertEquals("tasks/t.yaml:14: field 'limits.wall_seconds' must be an integer, got number 1.5",
                only(replaceLine(14, "  wall_seconds: 1.5")));
        assertEquals("tasks/t.yaml:15: field 'scoring' must be a mapping, got a list",
                only(replaceLine(15, "scoring: []").replace("  start_seconds: 300\n", "")));
    }

    @Test
    void versionBelowOne() {
        assertEquals("tasks/t.yaml:2: field 'version' must be between 1 and 2147483647, got 0",
                only(replaceLine(2, "version: 0")));
    }

    @Test
    void unknownFieldAtItsOwnLine() {
        assertEquals("tasks/t.yaml:14: unknown field 'limits.wall_secs' (did you mean 'wall_seconds'?);"
                        + " allowed here: wall_seconds, memory_mb, network, max_output_mb, max_processes, budget",
                only(replaceLine(14, "  wall_secs: 60")));
        String top = only(VALID + "colour: blue\n");
        assertTrue(top.startsWith("tasks/t.yaml:18: unknown field 'colour'"), top);
    }

    @Test
    void badId() {
        String p = only(replaceLine(1, "id: Demo_Task"));
        assertTrue(p.startsWith("tasks/t.yaml:1: bad task id 'Demo_Task'"), p);
        assertTrue(only(replaceLine(1, "id: -x")).startsWith("tasks/t.yaml:1: bad task id"));
    }

    @Test
    void unknownFamily() {
        assertEquals("tasks/t.yaml:3: unknown family 'ecg'; known: ecg-rpeak, har, stream, function",
                only(replaceLine(3, "family: ecg")));
    }

    @Test
    void unknownRuntimeAtItsItemLine() {
        String yaml = replaceLine(12, "runtimes:\n  - python\n  - rust");
        assertEquals("tasks/t.yaml:14: unknown runtime 'rust'; known: python, java, shell", only(yaml));
    }

    @Test
    void duplicateKey() {
        String p = only(VALID + "version: 3\n");
        assertEquals("tasks/t.yaml:18: duplicate key 'version' (first at line 2)", p);
    }

    @Test
    void badRecordsValue() {
        assertEquals("tasks/t.yaml:7: field 'dataset.records' must be 'all' or a list of record names, got text \"some\"",
                only(replaceLine(7, "  records: some")));
    }

    @Test
    void severalProblemsAreAllReported() {
        String yaml = replaceLine(3, "family: nope").replace("version: 2", "version: x");
        List<Problem> ps = problems(yaml);
        assertEquals(List.of(2, 3), ps.stream().map(Problem::line).toList());
    }

    @Test
    void nonMappingEmptyAndMultiDocumentFiles() {
        assertEquals("tasks/t.yaml:1: a task file must be a YAML mapping, got a list", only("- a\n- b\n"));
        assertEquals("tasks/t.yaml:1: empty file: expected a YAML mapping", only("# only a comment\n"));
        String multi = only(VALID + "---\nid: other\n");
        assertEquals("tasks/t.yaml:19: a second YAML document starts here; a file holds exactly one", multi);
    }

    @Test
    void garbageNeverThrows() {
        for (String junk : List.of("\u0000\u0001", "{{{{", ": : :", "id: [1, {a: }", "'unterminated", "&a [*a]",
                "!!binary AAAA", "id: !!int x", "a: &x [1, 2]\nb: *x\nc: *nope", "? [a, b]\n: c", "x: " + "[".repeat(2000))) {
            List<Problem> ps = problems(junk);
            assertTrue(!ps.isEmpty(), () -> "junk accepted: " + junk);
            ps.forEach(p -> assertTrue(!p.reason().contains("\n"), "one line"));
        }
    }
}
