package org.aiotbench.smell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.aiotbench.adapter.Program;
import org.aiotbench.catalogue.TaskRuntime;
import org.aiotbench.runner.ProgramMeter;
import org.junit.jupiter.api.Test;

/** The meter's plumbing, with a stand-in analyser that counts the characters of each program. */
class SmellMeterTest {

    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger programsSeen = new AtomicInteger();

    private final CodeAnalyzer fake = new CodeAnalyzer() {
        @Override
        public String tool() {
            return "fake 1";
        }

        @Override
        public <K> Map<K, Smells> analyze(Map<K, Program.Source> programs) {
            Map<K, Smells> out = new LinkedHashMap<>();
            programs.forEach((k, p) -> {
                programsSeen.incrementAndGet();
                Smells.Tally t = new Smells.Tally();
                for (int i = 0; i < p.files().get(p.entryPoint()).length(); i++) {
                    t.add(IssueType.CODE_SMELL, Severity.INFO, "fake:length");
                }
                out.put(k, t.toSmells(tool()));
            });
            return out;
        }

        @Override
        public ObjectNode describe() {
            return JsonNodeFactory.instance.objectNode().put("tool", tool());
        }

        @Override
        public List<String> warnings() {
            return List.of();
        }

        @Override
        public void close() {
        }
    };

    @Test
    void inProcessBaselinesAreNotMeasuredAndNothingStarts() {
        try (SmellMeter m = new SmellMeter(() -> {
            opened.incrementAndGet();
            return fake;
        })) {
            assertNull(m.start(new Program.InProcess("b", (in, out) -> { })));
            assertNull(m.describe(), "no analyser was needed");
        }
        assertEquals(0, opened.get());
    }

    @Test
    void concurrentCellsEachGetTheirOwnReadingFromOneAnalyser() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (SmellMeter m = new SmellMeter(() -> {
            opened.incrementAndGet();
            return fake;
        })) {
            List<Future<JsonNode>> readings = new ArrayList<>();
            for (int i = 1; i <= 20; i++) {
                String code = "x".repeat(i);
                readings.add(pool.submit(() -> {
                    ProgramMeter.Reading r = m.start(Program.Source.single(TaskRuntime.PYTHON, code));
                    return r.finish();
                }));
            }
            for (int i = 1; i <= 20; i++) {
                JsonNode n = readings.get(i - 1).get();
                assertEquals(i, n.at("/code_smells/INFO").asInt(), n.toString());
                assertEquals(i, n.at("/rules/fake:length").asInt(), n.toString());
                assertEquals("fake 1", n.get("tool").asText());
            }
            assertEquals("fake 1", m.describe().get("tool").asText());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, opened.get(), "one analyser per run");
        assertEquals(20, programsSeen.get());
    }

    @Test
    void anAnalyserThatThrowsGivesUnavailableNotAnException() {
        try (SmellMeter m = new SmellMeter(() -> {
            throw new IllegalStateException("boom");
        })) {
            JsonNode n = m.start(Program.Source.single(TaskRuntime.PYTHON, "x = 1\n")).finish();
            assertTrue(n.get(SmellJson.UNAVAILABLE).asText().contains("boom"), n.toString());
        }
    }
}
