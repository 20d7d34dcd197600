package org.aiotbench.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueTest {

    @TempDir
    Path dir;

    private Path write(String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private static String task(String id) {
        return TaskProblemsTest.VALID.replace("id: demo-task", "id: " + id);
    }

    @Test
    void walksYamlAndYmlRecursivelySkippingSamplesAndGenerators() throws IOException {
        write("ecg/a-rpeak.yaml", task("a-rpeak"));
        write("ecg/b-rpeak.yml", task("b-rpeak"));
        write("other/c.yaml", task("c"));
        write("samples/x.yaml", "not: a task");
        write("ecg/generators/y.yaml", "junk: [");
        write("notes.txt", "ignored");
        Catalogue c = Catalogue.load(dir);
        assertEquals(List.of(), c.problems());
        assertEquals(List.of("a-rpeak", "b-rpeak", "c"), c.tasks().stream().map(Task::id).toList());
    }

    @Test
    void duplicateIdAcrossFilesNamesBothFiles() throws IOException {
        Path a = write("a.yaml", task("same"));
        Path b = write("b.yaml", "# a comment line first\n" + task("same"));
        Catalogue c = Catalogue.load(dir);
        assertEquals(1, c.tasks().size());
        assertEquals(a, c.tasks().get(0).source());
        assertEquals(List.of(b + ":2: duplicate task id 'same': already defined in " + a + ":1"),
                c.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aFileNamedTwiceIsReadOnce() throws IOException {
        Path a = write("ecg/a.yaml", task("a"));
        Catalogue c = Catalogue.loadFiles(List.of(dir, a, dir.resolve("ecg/../ecg/a.yaml")));
        assertEquals(List.of(), c.problems());
        assertEquals(1, c.tasks().size());
    }

    @Test
    void badFileDoesNotStopOthers() throws IOException {
        write("a.yaml", task("good"));
        Path bad = write("b.yaml", "id: bad\nversion: [\n");
        Catalogue c = Catalogue.load(dir);
        assertEquals(List.of("good"), c.tasks().stream().map(Task::id).toList());
        assertEquals(1, c.problems().size());
        assertEquals(bad, c.problems().get(0).file());
    }

    @Test
    void missingFolderIsAProblemNotACrash() {
        Catalogue c = Catalogue.load(dir.resolve("nope"));
        assertEquals(List.of(), c.tasks());
        assertTrue(c.problems().get(0).toString().endsWith("nope:0: tasks folder not found"));
    }

    @Test
    void selectByGlobsAndCommaLists() throws IOException {
        for (String id : List.of("mitdb-rpeak", "synthetic-rpeak", "wisdm-har", "nl-sense-1")) {
            write(id + ".yaml", task(id));
        }
        Catalogue c = Catalogue.load(dir);
        assertEquals(List.of("mitdb-rpeak", "synthetic-rpeak"), ids(c.select("*-rpeak")));
        assertEquals(List.of("mitdb-rpeak", "wisdm-har"), ids(c.select("wisdm-har, mitdb-rpeak")));
        assertEquals(List.of("mitdb-rpeak", "nl-sense-1", "synthetic-rpeak", "wisdm-har"), ids(c.select("*")),
                "catalogue (file path) order");
        assertEquals(List.of("nl-sense-1"), ids(c.select("nl-sense-?")));
        assertEquals(List.of("mitdb-rpeak"), ids(c.select("mitdb-rpeak,m*")), "no duplicates");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.select("*-rpeak,ecg-*"));
        assertTrue(e.getMessage().startsWith("no task matches 'ecg-*' (known tasks: "), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> c.select(" , "));
        assertThrows(IllegalArgumentException.class, () -> c.select("mitdb.rpeak"), "dot is literal, not regex");
    }

    private static List<String> ids(List<Task> ts) {
        return ts.stream().map(Task::id).toList();
    }
}
