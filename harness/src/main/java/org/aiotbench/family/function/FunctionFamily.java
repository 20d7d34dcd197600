package org.aiotbench.family.function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aiotbench.adapter.Program;
import org.aiotbench.catalogue.Task;
import org.aiotbench.catalogue.TaskRuntime;
import org.aiotbench.family.DataContext;
import org.aiotbench.family.InputView;
import org.aiotbench.family.Launch;
import org.aiotbench.family.TaskFamily;
import org.aiotbench.scoring.Score;
import org.aiotbench.scoring.ScoringException;

/**
 * Function tasks ({@code function}, IoTBench style): the program is a Python module defining
 * one function; a harness-written driver runs it against the task's hidden test cases in the
 * sandbox and writes an authenticated verdict (see the package notes for the contract and the
 * threat model). A sample passes when every case passes; pass@k is computed over samples.
 */
public final class FunctionFamily implements TaskFamily {

    public static final String ID = "function";
    /** The driver's file name in the work folder; the candidate's files go under {@link #CANDIDATE_DIR}. */
    public static final String DRIVER_FILE = "aiotbench_driver.py";
    public static final String CANDIDATE_DIR = "candidate";

    private static final String DRIVER = loadDriver();
    /** NaN and infinities go out as bare tokens, which Python's json module reads. */
    private static final JsonMapper JSON = JsonMapper.builder().disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS).build();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One sandboxed run: the wrapped program, its stdin, and the secrets that check its verdict. */
    private record FunctionLaunch(Program.Source program, byte[] stdin, byte[] key, String runId, FunctionSpec spec)
            implements Launch {
        @Override
        public byte[] stdin() {
            return stdin.clone();
        }
    }

    @Override
    public String id() {
        return ID;
    }

    /** Function tasks take no files: the arguments reach the function through the driver. */
    @Override
    public InputView inputView(Task task, DataContext data) {
        return new InputView(Map.of());
    }

    /** The scoring block parses, and the wall limit holds every case at its timeout plus the verdict margin. */
    @Override
    public List<String> problems(Task task) {
        FunctionSpec spec;
        try {
            spec = FunctionSpec.parse(task.scoring());
        } catch (IllegalArgumentException e) {
            return List.of("scoring." + e.getMessage());
        }
        double need = spec.worstCaseSeconds() + FunctionSpec.VERDICT_MARGIN_SECONDS;
        if (need > task.limits().wallSeconds()) {
            return List.of(String.format(java.util.Locale.ROOT, "limits.wall_seconds %d cannot hold every case at its"
                    + " timeout: the cases, import and verdict need up to %.0f s", task.limits().wallSeconds(), Math.ceil(need)));
        }
        return List.of();
    }

    @Override
    public Launch launch(Task task, Program.Source program) throws IOException {
        FunctionSpec spec = spec(task);
        if (program.language() != TaskRuntime.PYTHON) {
            // Run as is: it cannot pass, and score() says why in one line.
            return Launch.asIs(program);
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put(DRIVER_FILE, DRIVER);
        program.files().forEach((name, text) -> files.put(CANDIDATE_DIR + "/" + name, text));
        byte[] key = new byte[32];
        byte[] run = new byte[16];
        RANDOM.nextBytes(key);
        RANDOM.nextBytes(run);
        String runId = HexFormat.of().formatHex(run);
        double budget = Math.max(1, task.limits().wallSeconds() - FunctionSpec.VERDICT_MARGIN_SECONDS);
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("key", HexFormat.of().formatHex(key));
        input.put("run", runId);
        input.putAll(spec.driverInput(CANDIDATE_DIR + "/" + program.entryPoint(), budget));
        byte[] stdin;
        try {
            stdin = JSON.writeValueAsBytes(input);
        } catch (JsonProcessingException e) {
            throw new IOException("task " + task.id() + ": test cases cannot be written as JSON: " + e.getOriginalMessage());
        }
        return new FunctionLaunch(new Program.Source(TaskRuntime.PYTHON, files, DRIVER_FILE), stdin, key, runId, spec);
    }

    @Override
    public Score score(Task task, DataContext data, Path outputDir) throws ScoringException {
        throw ScoringException.harness("task " + task.id() + ": function tasks are scored from the driver's verdict;"
                + " this program was not started through the function driver");
    }

    @Override
    public Score score(Task task, DataContext data, List<Path> outputDirs, Launch launch)
            throws ScoringException, IOException {
        if (launch == null) {
            return score(task, data, outputDirs.get(0));
        }
        if (outputDirs.size() != 1) {
            throw new IOException("family function scores one run per cell, got " + outputDirs.size());
        }
        Path outputDir = outputDirs.get(0);
        if (!(launch instanceof FunctionLaunch fl)) {
            throw ScoringException.program("function tasks take a Python module (main.py), got a "
                    + launch.program().language() + " program");
        }
        Verdict v = Verdict.read(outputDir, fl.key(), fl.runId(), fl.spec());
        if (v.importError() != null) {
            throw ScoringException.program("the module could not be used: " + v.importError());
        }
        return score(v);
    }

    /** Metrics of one sample: n = 1 and c = 1 when every case passed, as pass@k reads them. */
    static Score score(Verdict v) {
        long passed = v.passed();
        int total = v.tests().size();
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("n", 1.0);
        m.put("c", passed == total ? 1.0 : 0.0);
        m.put("tests_passed", (double) passed);
        m.put("tests_total", (double) total);
        m.put("test_pass_fraction", total == 0 ? null : (double) passed / total);
        m.put("timeouts", (double) v.tests().stream().filter(t -> "timeout".equals(t.outcome())).count());
        Map<String, Object> details = new LinkedHashMap<>();
        List<Map<String, Object>> tests = v.tests().stream().map(t -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("name", t.name());
            o.put("outcome", t.outcome());
            o.put("detail", t.detail());
            return o;
        }).toList();
        details.put("tests", tests);
        details.put("driver_hardened", v.hardened());
        details.put("worker_starts", v.workerStarts());
        return new Score(m, details);
    }

    private static FunctionSpec spec(Task task) throws IOException {
        try {
            return FunctionSpec.of(task);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage());
        }
    }

    /** The driver's source, shipped as a resource beside this class. */
    public static String driverSource() {
        return DRIVER;
    }

    private static String loadDriver() {
        try (InputStream in = FunctionFamily.class.getResourceAsStream("driver.py")) {
            if (in == null) {
                throw new IllegalStateException("driver.py is missing from the harness jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read driver.py from the harness jar", e);
        }
    }
}
