package org.aiotbench.adapter.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.aiotbench.catalogue.Catalogue;
import org.aiotbench.catalogue.Task;
import org.aiotbench.dataset.DataSettings;
import org.aiotbench.dataset.Datasets;
import org.aiotbench.report.Reports;
import org.aiotbench.runner.CellStatus;
import org.aiotbench.runner.RunOptionsBuilder;
import org.aiotbench.runner.RunSummary;
import org.aiotbench.runner.Runner;
import org.aiotbench.scoring.har.HarTruth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code-free pipeline on a tiny synthetic har task through the runner: the windows go to the
 * scripted server in batches, its answers become the files of a generated copy-program, the
 * sandbox runs that program and the har scorer scores what it wrote. The scripted model names
 * the true class of every even-numbered test window and a wrong one for every odd one (it reads
 * the truth the harness keeps beside the view, which no real model can), so accuracy must be
 * exactly 50 % if indices, class names and files travel correctly.
 */
class HarCodeFreeEndToEndTest {

    static final String TASK = "tiny-har";
    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern WINDOW = Pattern.compile("(?m)^(\\d+): ");

    @TempDir
    Path dir;

    ScriptedChatServer server;

    @BeforeEach
    void setUp() throws Exception {
        OpenAiSynthesizer.Factory.environmentForTests = Map.of("TEST_OPENAI_KEY", OpenAiAdapterEndToEndTest.KEY);
        server = ScriptedChatServer.start();
    }

    @AfterEach
    void tearDown() {
        OpenAiSynthesizer.Factory.environmentForTests = null;
        server.close();
    }

    @Test
    void answersBecomeAProgramsFilesAndAreScoredFromThem() throws Exception {
        OpenAiAdapterEndToEndTest.needSandbox();
        Path tasks = Files.createDirectories(dir.resolve("tasks"));
        Path datasets = Files.createDirectories(dir.resolve("datasets"));
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Files.writeString(datasets.resolve("tiny-har.yaml"), """
                id: tiny-har
                title: Tiny synthetic accelerometer windows
                licence: generated
                citation: ["none"]
                format: har-npy
                synthetic:
                  generator: har-wisdm-raw
                  params: {users: 4, seconds: 4, bouts: 2, window: 40}
                  seed: 3
                """);
        Files.writeString(tasks.resolve("tiny-har.yaml"), """
                id: tiny-har
                version: 1
                family: har
                title: Activities on a tiny synthetic set
                dataset:
                  id: tiny-har
                  view: {format: har-npy, split: {kind: leave-groups-out, test_groups: [4]}}
                prompt:
                  target: Classify the windows.
                  input: train/ and test/ arrays.
                  output: OUTPUT_DIR/predictions.csv
                runtimes: [python]
                limits: {wall_seconds: 30, memory_mb: 512}
                """);
        List<Task> taskList = Catalogue.load(tasks).select(TASK);
        assertEquals(1, taskList.size());

        server.fallback(body -> {
            String prompt = ScriptedChatServer.lastUserMessage(body);
            HarTruth truth = truth(cache);
            StringBuilder b = new StringBuilder("Here are my answers:\n");
            Matcher m = WINDOW.matcher(prompt);
            while (m.find()) {
                int i = Integer.parseInt(m.group(1));
                int label = truth.labels()[i];
                int answer = i % 2 == 0 ? label : (label + 1) % truth.classes().size();
                b.append(i).append(": ").append(truth.classes().get(answer)).append('\n');
            }
            return ScriptedChatServer.reply(b.toString());
        });
        Path adapter = dir.resolve("code-free.yaml");
        Files.writeString(adapter, """
                type: openai
                name: openai/code-free
                base_url: %s
                model: m
                api_key_env: TEST_OPENAI_KEY
                pipeline: code-free
                context_chars: 1500
                har_points: 8
                retries: 0
                """.formatted(server.baseUrl()));
        Path out = dir.resolve("out");
        Datasets data = Datasets.open(datasets, new DataSettings(Files.createDirectories(dir.resolve("data")), cache));
        RunSummary run = new Runner(new RunOptionsBuilder().tasks(TASK).synths(List.of(adapter.toString()))
                .out(out).tasksDir(tasks).progress(false).smells(false), data, System.err).run(taskList);
        assertEquals(1, run.ran(CellStatus.OK), Files.readString(out.resolve("results.jsonl")));

        JsonNode cell = JSON.readTree(Files.readAllLines(out.resolve("results.jsonl")).get(0));
        assertEquals(12, cell.at("/metrics/test_samples").asInt(), "4 subjects x 6 activities x 2 windows, subject 4 tested");
        assertEquals(50.0, cell.at("/metrics/accuracy").asDouble(), 1e-9, "every even window right, every odd one wrong");
        assertEquals(0, cell.at("/execution/exit_code").asInt(), "the copy-program ran in the sandbox");
        assertEquals(1, cell.at("/generation/iterations").asInt());
        assertTrue(cell.at("/generation/first_execution_ok").isMissingNode(), "code-free tries nothing before the real run");
        int calls = cell.at("/generation/stages/0/calls").asInt();
        assertTrue(calls >= 2, "12 windows do not fit one 1500-character prompt: " + calls + " call(s)");
        assertEquals(calls, server.chatCalls());
        long sent = cell.at("/generation/bytes_sent").asLong();
        long requestBytes = server.requests().stream().mapToLong(r -> r.toString().length()).sum();
        assertTrue(sent >= requestBytes, "the data's traffic is metered: " + sent + " bytes sent for " + requestBytes + " of JSON");
        for (JsonNode r : server.requests()) {
            assertFalse(r.toString().contains(HarTruth.LABELS), "the truth file is never named to the model");
        }

        Reports.write(List.of(out), out);
        JsonNode row = OpenAiAdapterEndToEndTest.row(JSON.readTree(out.resolve("leaderboard.json").toFile()), "openai/code-free");
        assertEquals((double) sent + cell.at("/generation/bytes_received").asLong(),
                row.at("/costs/mean_generator_traffic_bytes").asDouble(), 1e-9);
        OpenAiAdapterEndToEndTest.assertNoKeyIn(dir);
    }

    static HarTruth truth(Path cache) {
        try (Stream<Path> s = Files.list(cache.resolve("views").resolve("har"))) {
            Path view = s.filter(p -> !p.getFileName().toString().contains("-dev-") && Files.isDirectory(p.resolve("truth")))
                    .findFirst().orElseThrow();
            return HarTruth.read(view.resolve("truth"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
