package org.aiotbench.family.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.aiotbench.catalogue.Catalogue;
import org.aiotbench.catalogue.Task;
import org.aiotbench.dataset.DatasetManifest;
import org.aiotbench.dataset.Manifests;
import org.aiotbench.reference.stream.StreamOracles;
import org.aiotbench.scoring.stream.ResultScoreMode;
import org.aiotbench.scoring.stream.ResultScorer;
import org.aiotbench.scoring.stream.StreamItem;
import org.aiotbench.scoring.stream.StreamSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed stream catalogue: every task validates and names an oracle, the catalogue has
 * the promised size and mix, every oracle's output scores 1.0 against itself in both modes,
 * and each kind of damage (a missing item, an extra item, a missing field, a wrong value) scores
 * lower. Runs the oracles in-process on the committed dataset recipe, with no program.
 */
class RepoStreamTasksTest {

    private static final Path ROOT = Path.of("..");
    @TempDir
    static Path dir;
    private static List<Task> tasks;
    private static Path data;

    @BeforeAll
    static void generate() throws Exception {
        Catalogue c = Catalogue.load(ROOT.resolve("tasks"));
        assertTrue(c.problems().isEmpty(), c.problems().toString());
        tasks = c.tasks().stream().filter(t -> t.family().id().equals(StreamTaskSpec.FAMILY)).toList();
        DatasetManifest m = Manifests.load(ROOT.resolve("datasets")).find("synthetic-streams").orElseThrow();
        data = Files.createDirectories(dir.resolve("data"));
        new StreamDayGenerator().generate(data, m.synthetic().params(), m.synthetic().seed());
    }

    @Test
    void catalogueHasSixtyTasksOfBothKindsOverSensorsAndText() {
        assertTrue(tasks.size() >= 60, "stream tasks: " + tasks.size());
        Map<String, Integer> difficulty = new HashMap<>();
        Map<String, Integer> modality = new HashMap<>();
        Set<String> oracles = new TreeSet<>();
        Set<String> inputs = new TreeSet<>();
        for (Task t : tasks) {
            StreamTaskSpec s = StreamTaskSpec.of(t);
            difficulty.merge(s.difficulty(), 1, Integer::sum);
            modality.merge(s.modality(), 1, Integer::sum);
            assertTrue(oracles.add(s.oracle().id()), "two tasks share oracle " + s.oracle().id());
            inputs.addAll(s.oracle().inputs());
            assertTrue(t.baselines().contains(OracleBaseline.NAME), t.id() + " lists no oracle baseline");
            assertEquals("synthetic-streams", t.dataset().id(), t.id());
            for (String out : s.oracle().outputs()) {
                assertTrue(t.prompt().output().contains("`" + out + ".jsonl`"), t.id() + ": the prompt does not name " + out + ".jsonl");
            }
            for (String in : s.oracle().inputs()) {
                assertTrue(t.prompt().input().contains("`" + in + ".jsonl`"), t.id() + ": the prompt does not describe " + in + ".jsonl");
            }
        }
        assertEquals(StreamOracles.ids(), oracles, "every oracle has its task");
        int single = difficulty.getOrDefault("single-step", 0);
        int multi = difficulty.getOrDefault("multi-step", 0);
        assertTrue(single >= 35 && multi >= 18 && single + multi == tasks.size(), difficulty.toString());
        assertTrue(modality.getOrDefault("text", 0) >= 10 && modality.getOrDefault("sensor", 0) >= 30, modality.toString());
        assertEquals(12, inputs.size(), "every generated stream is used: " + inputs);
    }

    @Test
    void everyTaskHasACorrectSampleAndMostHaveAMistakenOne() {
        int mistaken = 0;
        for (Task t : tasks) {
            assertTrue(Files.isRegularFile(ROOT.resolve("tasks/samples/stream-correct-py").resolve(t.id()).resolve("main.py")), t.id());
            mistaken += Files.isDirectory(ROOT.resolve("tasks/samples/stream-mistakes-py").resolve(t.id())) ? 1 : 0;
        }
        assertTrue(mistaken >= tasks.size() / 2, "tasks with a mistaken sample: " + mistaken);
    }

    @Test
    void oracleScoresOneAgainstItselfAndDamageScoresLower() throws Exception {
        for (Task t : tasks) {
            StreamTaskSpec spec = StreamTaskSpec.of(t);
            Map<String, Path> files = StreamView.files(data, "", dir.resolve("views"), spec.oracle().inputs());
            StreamSet ref = StreamScoring.oracleOutput(spec, files, "", dir.resolve("scratch"));
            ref.streams().forEach((id, items) -> assertFalse(items.isEmpty(), t.id() + ": oracle stream " + id + " is empty"));
            for (ResultScoreMode mode : ResultScoreMode.values()) {
                assertEquals(1.0, ResultScorer.score(ref, ref, spec.in(mode)).score(), 1e-12, t.id() + " " + mode.id());
            }
            Map<String, UnaryOperator<List<StreamItem>>> damage = new LinkedHashMap<>();
            damage.put("missing item", l -> l.subList(0, l.size() - 1));
            damage.put("extra item", l -> {
                List<StreamItem> c = new ArrayList<>(l);
                c.add(0, l.get(l.size() - 1));
                return c;
            });
            damage.put("missing field", l -> l.stream().map(RepoStreamTasksTest::withoutLastField).toList());
            damage.put("wrong value", l -> {
                List<StreamItem> c = new ArrayList<>(l);
                c.set(0, wrongLastValue(l.get(0)));
                return c;
            });
            for (Map.Entry<String, UnaryOperator<List<StreamItem>>> d : damage.entrySet()) {
                double strict = ResultScorer.score(ref, damaged(ref, d.getValue()), spec.in(ResultScoreMode.STRICT)).score();
                assertTrue(strict < 1.0, t.id() + ": " + d.getKey() + " still scores " + strict);
            }
        }
    }

    /** Damages the first stream of the set. */
    private static StreamSet damaged(StreamSet ref, UnaryOperator<List<StreamItem>> f) {
        Map<String, List<StreamItem>> m = new LinkedHashMap<>(ref.streams());
        String first = m.keySet().iterator().next();
        m.put(first, f.apply(m.get(first)));
        return new StreamSet(m);
    }

    private static StreamItem withoutLastField(StreamItem it) {
        Map<String, String> f = new LinkedHashMap<>(it.fields());
        String last = null;
        for (String k : f.keySet()) {
            last = k;
        }
        f.remove(last);
        return StreamItem.of(f);
    }

    private static StreamItem wrongLastValue(StreamItem it) {
        Map<String, String> f = new LinkedHashMap<>(it.fields());
        String last = null;
        for (String k : f.keySet()) {
            last = k;
        }
        String v = f.get(last);
        String wrong;
        if (v.equals("true") || v.equals("false")) {
            wrong = v.equals("true") ? "false" : "true";
        } else {
            try {
                wrong = Double.toString(Double.parseDouble(v) * 1.001 + 1);
            } catch (NumberFormatException e) {
                wrong = v + " (wrong)";
            }
        }
        f.put(last, wrong);
        return StreamItem.of(f);
    }

    @Test
    void aTaskWithAnUnknownOracleOrFieldIsRejectedInOneLine() {
        Task t = tasks.get(0);
        Task bad = new Task(t.id(), 1, t.family(), t.title(), t.dataset(), t.prompt(), t.runtimes(), t.limits(),
                Map.of("oracle", "no-such", "difficulty", "single-step", "modality", "sensor"), t.baselines(), null);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> StreamTaskSpec.of(bad));
        assertEquals("task " + t.id() + ": scoring.oracle: no oracle named 'no-such' in org.aiotbench.reference.stream.StreamOracles",
                e.getMessage());
        Task extra = new Task(t.id(), 1, t.family(), t.title(), t.dataset(), t.prompt(), t.runtimes(), t.limits(),
                Map.of("difficulty", "easy", "modality", "sensor"), t.baselines(), null);
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> StreamTaskSpec.of(extra))
                .getMessage().startsWith("task " + t.id() + ": scoring.difficulty: required, one of single-step, multi-step"));
    }

    @Test
    void generatorWritesTheSameBytesTwice() throws Exception {
        Path again = Files.createDirectories(dir.resolve("again"));
        DatasetManifest m = Manifests.load(ROOT.resolve("datasets")).find("synthetic-streams").orElseThrow();
        new StreamDayGenerator().generate(again, m.synthetic().params(), m.synthetic().seed());
        try (var s = Files.list(data)) {
            List<Path> files = s.sorted().toList();
            assertEquals(13, files.size(), files.toString());
            for (Path f : files) {
                assertEquals(-1L, Files.mismatch(f, again.resolve(f.getFileName())), f.toString());
            }
        }
    }

}
