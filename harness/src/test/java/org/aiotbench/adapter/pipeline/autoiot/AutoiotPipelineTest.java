package org.aiotbench.adapter.pipeline.autoiot;

import static org.aiotbench.adapter.pipeline.autoiot.AutoiotPipeline.DEBUG;
import static org.aiotbench.adapter.pipeline.autoiot.AutoiotPipeline.DESIGN;
import static org.aiotbench.adapter.pipeline.autoiot.AutoiotPipeline.FUNCTION;
import static org.aiotbench.adapter.pipeline.autoiot.AutoiotPipeline.IMPROVE;
import static org.aiotbench.adapter.pipeline.autoiot.AutoiotPipeline.INTEGRATE;
import static org.aiotbench.adapter.pipeline.autoiot.AutoiotPipeline.OUTLINE;
import static org.aiotbench.adapter.pipeline.autoiot.AutoiotPipeline.TERMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aiotbench.adapter.AdapterConfigException;
import org.aiotbench.adapter.GenerationException;
import org.aiotbench.adapter.Program;
import org.aiotbench.adapter.pipeline.MeteredChat;
import org.aiotbench.adapter.pipeline.PipelineContext;
import org.aiotbench.adapter.pipeline.PipelineResult;
import org.aiotbench.adapter.pipeline.StageStats;
import org.aiotbench.catalogue.DatasetRef;
import org.aiotbench.catalogue.Family;
import org.aiotbench.catalogue.Prompt;
import org.aiotbench.catalogue.Task;
import org.aiotbench.catalogue.TaskLimits;
import org.aiotbench.catalogue.TaskRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutoiotPipelineTest {

    /** The shipped example knowledge folder, resolved the way an adapter file in tasks/ would name it. */
    private static final Path TASKS = Path.of("..", "tasks");

    private static final String TERMS_REPLY = "Here are the terms:\n- **R peak**: tallest deflection of the QRS\n"
            + "- Pan-Tompkins\n- band-pass filter\n- refractory period\n- WFDB format 212\n";
    private static final String DESIGN_REPLY = "1. read_record(path) -> (fs, samples): parse the header and format 212\n"
            + "2. bandpass(x, fs) -> y: Butterworth 5-15 Hz, zero phase\n"
            + "   1. design with butter(2, ...)\n   2. apply sosfiltfilt\n"
            + "3. main(): loop over records, detect, write OUTPUT_DIR/<record>.txt\n";

    @TempDir
    Path dir;

    @Test
    void happyPathCallsTheStagesInOrderWithRetrievedNotesInTheOutline() throws Exception {
        ScriptedChat chat = script("print('v1')  # SCORE=0.9");
        ScriptedTrial trial = new ScriptedTrial(true);
        AutoiotPipeline p = pipeline(Map.of("knowledge", "knowledge", "top_k", "3", "improve_rounds", "0"));

        MeteredChat metered = new MeteredChat(chat);
        PipelineResult r = p.run(context(metered, trial));

        assertEquals(List.of(TERMS, OUTLINE, DESIGN, FUNCTION, FUNCTION, FUNCTION, INTEGRATE), chat.stages());
        assertTrue(chat.allRepliesUsed());
        String outline = chat.userPrompt(OUTLINE, 0);
        assertTrue(outline.contains("Detect R peaks"), "the outline sees the task");
        assertTrue(outline.contains("[ecg-rpeak-detection.md") || outline.contains("[adaptive-thresholds.md"), outline);
        assertTrue(outline.contains("refractory") || outline.contains("Pan and Tompkins"), outline);
        assertFalse(outline.contains("[har-"), "activity notes do not match R-peak terms: " + outline);
        assertTrue(chat.userPrompt(DESIGN, 0).contains("OUTLINE-TEXT"));
        assertTrue(chat.userPrompt(FUNCTION, 1).contains("step 2") && chat.userPrompt(FUNCTION, 1).contains("Butterworth 5-15 Hz"));
        assertTrue(chat.userPrompt(FUNCTION, 1).contains("apply sosfiltfilt"), "nested items stay with their step");
        String integrate = chat.userPrompt(INTEGRATE, 0);
        for (String f : List.of("def read_record", "def bandpass", "def main")) {
            assertTrue(integrate.contains(f), f);
        }
        assertTrue(integrate.contains("python3 main.py INPUT_DIR OUTPUT_DIR"));

        assertEquals("main.py", src(r).entryPoint());
        assertEquals(TaskRuntime.PYTHON, src(r).language());
        assertEquals("print('v1')  # SCORE=0.9\n", mainPy(r));
        assertEquals(1, r.iterations());
        assertEquals(Boolean.TRUE, r.firstExecutionOk());
        assertNull(r.iterationsToTarget(), "no target, no AIR");
        assertEquals(1, trial.runs().size());

        List<StageStats> stats = metered.stages();
        assertEquals(List.of(TERMS, OUTLINE, DESIGN, FUNCTION, INTEGRATE), stats.stream().map(StageStats::stage).toList());
        assertEquals(3, stats.get(3).calls());
        assertTrue(stats.stream().allMatch(s -> s.bytesSent() > 0 && s.bytesReceived() > 0));
    }

    @Test
    void debugLoopRepairsAProgramThatDoesNotRunWithinDRounds() throws Exception {
        ScriptedChat chat = script("CRASH v1").on(DEBUG, fenced("CRASH v2"), fenced("fixed  # SCORE=0.4"));
        ScriptedTrial trial = new ScriptedTrial(true);
        PipelineResult r = pipeline(Map.of("debug_rounds", "3", "improve_rounds", "0")).run(context(chat, trial));

        assertEquals(List.of(DEBUG, DEBUG), chat.stages().subList(chat.stages().size() - 2, chat.stages().size()));
        String firstDebug = chat.userPrompt(DEBUG, 0);
        assertTrue(firstDebug.contains(ScriptedTrial.ERROR_LINE), "the error tail is fed back");
        assertTrue(firstDebug.contains("CRASH v1"), "the failing program is shown");
        assertTrue(chat.userPrompt(DEBUG, 1).contains("CRASH v2"));
        assertEquals("fixed  # SCORE=0.4\n", mainPy(r));
        assertEquals(3, r.iterations());
        assertEquals(Boolean.FALSE, r.firstExecutionOk(), "ESR looks at the first program only");
        assertEquals(3, trial.runs().size());
    }

    @Test
    void debugLoopGivesUpAfterDRoundsAndImprovementNeedsARunningVersion() throws Exception {
        ScriptedChat chat = script("CRASH v1").on(DEBUG, fenced("CRASH v2"), fenced("CRASH v3"));
        PipelineResult r = pipeline(Map.of("debug_rounds", "2", "improve_rounds", "3"))
                .run(context(chat, new ScriptedTrial(true)));

        assertFalse(chat.stages().contains(IMPROVE));
        assertEquals(3, r.iterations());
        assertEquals(Boolean.FALSE, r.firstExecutionOk());
        assertEquals("CRASH v3\n", mainPy(r), "the most repaired version is kept");
    }

    @Test
    void improvementLoopKeepsTheBestDevelopmentScore() throws Exception {
        ScriptedChat chat = script("v1  # SCORE=0.5")
                .on(IMPROVE, fenced("v2  # SCORE=0.7"), fenced("v3 CRASH"), fenced("v4  # SCORE=0.6"));
        ScriptedTrial trial = new ScriptedTrial(true);
        PipelineResult r = pipeline(Map.of("improve_rounds", "3")).run(context(chat, trial));

        assertEquals("v2  # SCORE=0.7\n", mainPy(r));
        assertEquals(4, r.iterations());
        assertEquals(Boolean.TRUE, r.firstExecutionOk());
        assertEquals(4, trial.runs().size());
        assertTrue(chat.userPrompt(IMPROVE, 0).contains("scores 0.5000"));
        String second = chat.userPrompt(IMPROVE, 1);
        assertTrue(second.contains("v2  # SCORE=0.7") && second.contains("scores 0.7000"), "improves on the best so far");
        assertTrue(second.contains("0.5000, 0.7000"), "score history");
        String third = chat.userPrompt(IMPROVE, 2);
        assertTrue(third.contains("did not run") && third.contains(ScriptedTrial.ERROR_LINE), "a failed attempt is fed back");
        assertFalse(chat.userPrompt(IMPROVE, 1).contains("did not run"));
    }

    @Test
    void tiesGoToTheEarliestVersion() throws Exception {
        ScriptedChat chat = script("v1  # SCORE=0.5").on(IMPROVE, fenced("v2  # SCORE=0.5"));
        PipelineResult r = pipeline(Map.of("improve_rounds", "1")).run(context(chat, new ScriptedTrial(true)));
        assertEquals("v1  # SCORE=0.5\n", mainPy(r));
        assertEquals(2, r.iterations());
    }

    @Test
    void airCountsIterationsToTheTargetAndImprovementStopsThere() throws Exception {
        ScriptedChat chat = script("CRASH v1").on(DEBUG, fenced("v2  # SCORE=0.5"))
                .on(IMPROVE, fenced("v3  # SCORE=0.6"), fenced("v4  # SCORE=0.8"), fenced("v5  # SCORE=0.9"));
        PipelineResult r = pipeline(Map.of("improve_rounds", "5", "target", "0.75")).run(context(chat, new ScriptedTrial(true)));

        assertEquals(4, r.iterationsToTarget(), "v4 is the fourth program and the first at or above 0.75");
        assertEquals(4, r.iterations());
        assertEquals(2, chat.stages().stream().filter(IMPROVE::equals).count(), "no improvement once the target is met");
        assertEquals(Boolean.FALSE, r.firstExecutionOk());
        assertEquals("v4  # SCORE=0.8\n", mainPy(r));
    }

    @Test
    void firstProgramMeetingTheTargetHasAirOneAndNoLoops() throws Exception {
        ScriptedChat chat = script("v1  # SCORE=0.95");
        PipelineResult r = pipeline(Map.of("target", "0.9")).run(context(chat, new ScriptedTrial(true)));
        assertEquals(1, r.iterationsToTarget());
        assertEquals(1, r.iterations());
        assertEquals(Boolean.TRUE, r.firstExecutionOk());
    }

    @Test
    void targetNeverReachedLeavesAirEmpty() throws Exception {
        ScriptedChat chat = script("v1  # SCORE=0.5").on(IMPROVE, fenced("v2  # SCORE=0.6"));
        PipelineResult r = pipeline(Map.of("improve_rounds", "1", "target", "0.99")).run(context(chat, new ScriptedTrial(true)));
        assertNull(r.iterationsToTarget());
        assertEquals(2, r.iterations());
    }

    @Test
    void bothLoopsAreSkippedWhenNoDevelopmentInputExists() throws Exception {
        ScriptedChat chat = script("CRASH v1");
        ScriptedTrial trial = new ScriptedTrial(false);
        PipelineResult r = pipeline(Map.of("debug_rounds", "3", "improve_rounds", "3")).run(context(chat, trial));

        assertEquals(INTEGRATE, chat.stages().get(chat.stages().size() - 1));
        assertTrue(trial.runs().isEmpty());
        assertEquals(1, r.iterations());
        assertNull(r.firstExecutionOk(), "no program was tried, so no ESR");
        assertNull(r.iterationsToTarget());
        assertEquals("CRASH v1\n", mainPy(r));
    }

    @Test
    void withoutKnowledgeTheOutlineSaysSoAndAJavaPromptGivesAJavaProgram() throws Exception {
        ScriptedChat chat = new ScriptedChat().on(TERMS, "R peak").on(OUTLINE, "outline").on(DESIGN, "just one step")
                .on(FUNCTION, "```java\nstatic void f() {}\n```")
                .on(INTEGRATE, "Sure:\n```java\nclass Main { public static void main(String[] a) {} }\n```\nDone.");
        Task task = task(List.of(TaskRuntime.PYTHON, TaskRuntime.JAVA));
        PipelineResult r = new AutoiotPipeline(Map.of(), dir)
                .run(new PipelineContext(task, task.renderPrompt(TaskRuntime.JAVA), 0, 0, Map.of(), dir,
                        new MeteredChat(chat), new ScriptedTrial(false)));
        assertTrue(chat.userPrompt(OUTLINE, 0).contains("(none retrieved)"));
        assertEquals(List.of(TERMS, OUTLINE, DESIGN, FUNCTION, INTEGRATE), chat.stages(), "an unnumbered design is one step");
        assertEquals("Main.java", src(r).entryPoint());
        assertTrue(src(r).files().get("Main.java").startsWith("class Main"));
        assertTrue(chat.userPrompt(INTEGRATE, 0).contains("java Main.java INPUT_DIR OUTPUT_DIR"));
    }

    @Test
    void aPromptRenderedForOneRuntimeSelectsIt() throws Exception {
        Task task = task(List.of(TaskRuntime.PYTHON, TaskRuntime.SHELL));
        for (TaskRuntime r : List.of(TaskRuntime.PYTHON, TaskRuntime.SHELL)) {
            ScriptedChat chat = new ScriptedChat().on(TERMS, "x").on(OUTLINE, "o").on(DESIGN, "1. a")
                    .on(FUNCTION, "f").on(INTEGRATE, "```sh\necho sh\n```\n```python\nprint('py')\n```");
            PipelineResult res = pipeline(Map.of()).run(new PipelineContext(task, task.renderPrompt(r), 0, 0, Map.of(),
                    dir, new MeteredChat(chat), new ScriptedTrial(false)));
            assertEquals(r, src(res).language());
            assertEquals(r.entry(), src(res).entryPoint());
        }
        ScriptedChat chat = new ScriptedChat().on(TERMS, "x").on(OUTLINE, "o").on(DESIGN, "1. a")
                .on(FUNCTION, "f").on(INTEGRATE, "```sh\necho sh\n```\n```python\nprint('py')\n```");
        PipelineResult both = pipeline(Map.of()).run(new PipelineContext(task, task.renderPrompt(), 0, 0, Map.of(),
                dir, new MeteredChat(chat), new ScriptedTrial(false)));
        assertEquals(TaskRuntime.PYTHON, src(both).language(), "a prompt naming all runtimes: the task's first");
    }

    @Test
    void aBlankIntegrationReplyIsAGenerationFailure() throws Exception {
        ScriptedChat chat = new ScriptedChat().on(TERMS, "x").on(OUTLINE, "o").on(DESIGN, "1. a")
                .on(FUNCTION, "def a(): pass").on(INTEGRATE, "  \n");
        GenerationException e = assertThrows(GenerationException.class,
                () -> pipeline(Map.of()).run(context(chat, new ScriptedTrial(true))));
        assertTrue(e.getMessage().contains("integrate"), e.getMessage());
    }

    @Test
    void aChatFailureNamesTheStage() throws Exception {
        ScriptedChat chat = new ScriptedChat().on(TERMS, "x");
        GenerationException e = assertThrows(GenerationException.class,
                () -> pipeline(Map.of()).run(context(chat, new ScriptedTrial(true))));
        assertTrue(e.getMessage().startsWith("stage outline"), e.getMessage());
    }

    @Test
    void badOptionsAreRejectedInOneLineNamingTheOption() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        Map<String, String> cases = new HashMap<>();
        cases.put("colour=blue", "unknown option 'colour'");
        cases.put("top_k=0", "option 'top_k' must be an integer from 1 to 20, got '0'");
        cases.put("debug_rounds=many", "option 'debug_rounds'");
        cases.put("improve_rounds=-1", "option 'improve_rounds'");
        cases.put("target=1.5", "option 'target'");
        cases.put("language=java", "unknown option 'language'");
        cases.put("knowledge=nowhere", "nowhere does not exist");
        cases.put("knowledge=empty", "has no .md or .txt documents");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            String[] kv = c.getKey().split("=", 2);
            AdapterConfigException e = assertThrows(AdapterConfigException.class,
                    () -> new AutoiotPipeline(Map.of(kv[0], kv[1]), dir), c.getKey());
            assertTrue(e.getMessage().contains(c.getValue()), c.getKey() + " -> " + e.getMessage());
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        }
    }

    @Test
    void settingsFillInDefaultsAndKeyTheKnowledgeByContent() throws Exception {
        Path k = Files.createDirectories(dir.resolve("k"));
        Files.writeString(k.resolve("a.md"), "Refractory period: 200 ms.");
        AutoiotPipeline p = new AutoiotPipeline(Map.of("knowledge", "k"), dir);
        assertEquals("autoiot", p.id());
        assertEquals("3", p.settings().get("debug_rounds"));
        assertEquals("3", p.settings().get("improve_rounds"));
        assertEquals("4", p.settings().get("top_k"));
        String before = p.settings().get("knowledge_sha256");
        assertEquals(64, before.length());
        Files.writeString(k.resolve("a.md"), "Refractory period: 250 ms.");
        assertFalse(before.equals(new AutoiotPipeline(Map.of("knowledge", "k"), dir).settings().get("knowledge_sha256")));
        assertFalse(new AutoiotPipeline(Collections.emptyMap(), dir).settings().containsKey("knowledge_sha256"));
    }

    private static Program.Source src(PipelineResult r) {
        return assertInstanceOf(Program.Source.class, r.program());
    }

    private static String mainPy(PipelineResult r) {
        return src(r).files().get("main.py");
    }

    private AutoiotPipeline pipeline(Map<String, String> options) throws AdapterConfigException {
        return new AutoiotPipeline(options, TASKS);
    }

    /** Terms, outline, a three-step design, its functions and an integrated program with the given code. */
    private static ScriptedChat script(String integratedCode) {
        return new ScriptedChat()
                .on(TERMS, TERMS_REPLY)
                .on(OUTLINE, "OUTLINE-TEXT: band-pass, square, integrate, adaptive threshold")
                .on(DESIGN, DESIGN_REPLY)
                .on(FUNCTION, fenced("def read_record(path):\n    return 360, []"),
                        "Here it is:\n" + fenced("def bandpass(x, fs):\n    return x"),
                        fenced("def main():\n    pass"))
                .on(INTEGRATE, "The program:\n" + fenced(integratedCode) + "\nIt reads every record.");
    }

    private static String fenced(String code) {
        return "```python\n" + code + "\n```";
    }

    private PipelineContext context(ScriptedChat chat, ScriptedTrial trial) {
        return context(new MeteredChat(chat), trial);
    }

    private PipelineContext context(MeteredChat chat, ScriptedTrial trial) {
        Task task = task(List.of(TaskRuntime.PYTHON));
        return new PipelineContext(task, task.renderPrompt(), 0, 0, Map.of(), dir, chat, trial);
    }

    private static Task task(List<TaskRuntime> runtimes) {
        return new Task("test-rpeak", 1, Family.ECG_RPEAK, "R-peak detection",
                new DatasetRef("synthetic-ecg", List.of(), Map.of()),
                new Prompt("Detect R peaks in every ECG record.", "", "WFDB records (.hea, .dat, format 212).",
                        "OUTPUT_DIR/<record>.txt, one sample index per line."),
                runtimes, TaskLimits.DEFAULTS, Map.of(), List.of(), null);
    }
}
