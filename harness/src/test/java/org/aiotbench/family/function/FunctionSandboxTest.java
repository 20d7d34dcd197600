package org.aiotbench.family.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Function tasks through the real runner, sandbox and driver, with candidates that misbehave:
 * wrong answers, an endless loop and a hard exit in one case (the other cases must still be
 * judged), a module that does not import, one that kills the driver, one that tries to forge the
 * verdict, one that looks for the hidden expected values, one that tries to read the driver's
 * memory.
 */
class FunctionSandboxTest {

    @TempDir
    static Path dir;

    private static Map<String, JsonNode> bySample;
    private static Map<String, JsonNode> leak;
    private static JsonNode values;

    private static final String TASK = """
            id: tiny-double
            version: 1
            family: function
            title: Double a number
            dataset: {id: function-args}
            prompt:
              target: Double x.
              input: "`x` (int)."
              output: 2 * x; raise ValueError for a negative x.
            runtimes: [python]
            limits: {wall_seconds: 30, memory_mb: 512}
            scoring:
              function: f
              signature: "def f(x: int) -> int"
              timeout_seconds: 1
              tests:
                - {name: one, args: [1], expect: 2}
                - {name: two, args: [2], expect: 4}
                - {name: three, args: [3], expect: 6}
                - {name: negative, args: [-1], raises: ValueError}
            """;

    /** One case whose expected value appears nowhere but in the hidden tests. */
    private static final String LEAK_TASK = """
            id: tiny-leak
            version: 1
            family: function
            title: Guess the hidden value
            dataset: {id: function-args}
            prompt:
              target: Return the expected value.
              input: "`x` (int)."
              output: an int.
            runtimes: [python]
            limits: {wall_seconds: 30, memory_mb: 512}
            scoring:
              function: f
              signature: "def f(x: int) -> int"
              tests:
                - {name: secret, args: [5], expect: 7342916}
            """;

    /** What the comparison accepts: NaN, infinities, nesting, tolerances, bools, bytes, mappings, exception bases. */
    private static final String VALUES_TASK = """
            id: tiny-values
            version: 1
            family: function
            title: Return a value by name
            dataset: {id: function-args}
            prompt:
              target: Return the named value.
              input: "`k` (str)."
              output: the value.
            runtimes: [python]
            limits: {wall_seconds: 30, memory_mb: 512}
            scoring:
              function: f
              signature: "def f(k: str)"
              tests:
                - {name: nan-matches-nan, args: [nan], expect: {$float: nan}}
                - {name: number-is-not-nan, args: [nan], expect: 0.0}
                - {name: infinity, args: [inf], expect: {$float: inf}}
                - {name: nested-tuples-as-lists, args: [nested], expect: [1.0, [2.0, [3.0]]], abs_tol: 1.0e-6}
                - {name: relative-tolerance, args: [big], expect: 1000000.0, rel_tol: 1.0e-5}
                - {name: default-tolerance-is-tight, args: [big], expect: 1000000.0}
                - {name: bool-is-not-int, args: ["true"], expect: 1}
                - {name: float-equal-to-int, args: [two], expect: 2}
                - {name: bytearray-as-bytes, args: [bytes], expect: {$bytes: "0102"}}
                - {name: mapping, args: [dict], expect: {a: 1, b: [1.5]}}
                - {name: wrong-length, args: [nested], expect: [1.0, [2.0]]}
                - {name: exception-base-class, args: [raise], raises: LookupError}
            """;

    private static final String VALUES = """
            def f(k):
                if k == "raise":
                    raise KeyError("no such value")
                return {"nan": float("nan"), "inf": float("inf"), "nested": (1.0, [2.0, (3.0000000001,)]),
                        "big": 1000001.0, "true": True, "two": 2.0, "bytes": bytearray(b"\\x01\\x02"),
                        "dict": {"a": 1, "b": [1.5]}}[k]
            """;

    private static final Map<String, String> CANDIDATES = Map.ofEntries(
            Map.entry("00-correct", """
                    def f(x):
                        if x < 0:
                            raise ValueError("negative")
                        return 2 * x
                    """),
            Map.entry("01-wrong-on-three", """
                    def f(x):
                        if x < 0:
                            raise ValueError("negative")
                        return 7 if x == 3 else 2 * x
                    """),
            Map.entry("02-endless-on-two", """
                    def f(x):
                        if x < 0:
                            raise ValueError("negative")
                        while x == 2:
                            pass
                        return 2 * x
                    """),
            Map.entry("03-exits-on-one", """
                    import os
                    def f(x):
                        if x == 1:
                            os._exit(3)
                        if x < 0:
                            raise ValueError("negative")
                        return 2 * x
                    """),
            Map.entry("04-syntax-error", "def f(x)\n    return 2 * x\n"),
            Map.entry("05-no-function", "def g(x):\n    return 2 * x\n"),
            Map.entry("06-kills-driver", "import os, signal\nos.kill(os.getppid(), signal.SIGKILL)\ndef f(x):\n    return 2 * x\n"),
            Map.entry("07-forges-verdict", """
                    import json, os, time
                    FAKE = json.dumps({"payload": json.dumps({"run": "x", "import_error": None, "tests": [
                        {"name": n, "outcome": "pass", "detail": None} for n in ("one", "two", "three", "negative")]}),
                        "mac": "00" * 32})
                    if os.fork() == 0:
                        os.setsid()
                        if os.fork() == 0:
                            target = "/work/output/verdict.json"
                            end = time.time() + 20
                            while time.time() < end:
                                try:
                                    with open(target + ".x", "w") as fh:
                                        fh.write(FAKE)
                                    os.replace(target + ".x", target)
                                except OSError:
                                    pass
                                time.sleep(0.001)
                        os._exit(0)
                    def f(x):
                        return 0
                    """),
            Map.entry("08-reads-driver-memory", """
                    import os
                    def f(x):
                        if x < 0:
                            raise ValueError("negative")
                        for what in ("mem", "environ", "fd/0"):
                            try:
                                open("/proc/%d/%s" % (os.getppid(), what), "rb").read(1)
                                return -1
                            except OSError:
                                pass
                        return 2 * x
                    """),
            Map.entry("09-prints-and-reads-stdin", """
                    import sys
                    print("noise " * 1000)
                    def f(x):
                        print("answer: 999")
                        sys.stdout.write('{"ok": true, "value": 999}\\n')
                        leftover = sys.stdin.read()
                        if x < 0:
                            raise ValueError("negative")
                        return 2 * x + len(leftover)
                    """));

    private static final String LEAK_HUNTER = """
            import os
            MARKER = 7342915 + 1  # never written out, so this source is not a hit
            def hunt():
                places = ["/work", "/tmp", "/data", "/proc/self", "/proc/%d" % os.getppid()]
                for top in places:
                    for root, dirs, files in os.walk(top):
                        if root.count("/") > 4:
                            dirs[:] = []
                        for name in files:
                            try:  # non-blocking: the worker's own protocol pipes are under /proc/self/fd
                                fd = os.open(os.path.join(root, name), os.O_RDONLY | os.O_NONBLOCK)
                                try:
                                    if str(MARKER).encode() in os.read(fd, 1 << 20):
                                        return True
                                finally:
                                    os.close(fd)
                            except OSError:
                                pass
                return False
            FOUND = hunt()
            def f(x):
                return MARKER if FOUND or hunt() else 0
            """;

    @BeforeAll
    static void runAll() throws Exception {
        FunctionBench.requireSandbox();
        Path tasks = Files.createDirectories(dir.resolve("tasks"));
        Files.writeString(tasks.resolve("tiny-double.yaml"), TASK);
        Files.writeString(tasks.resolve("tiny-leak.yaml"), LEAK_TASK);
        Files.writeString(tasks.resolve("tiny-values.yaml"), VALUES_TASK);
        Path samples = dir.resolve("samples");
        Path t = Files.createDirectories(samples.resolve("tiny-double"));
        for (Map.Entry<String, String> c : CANDIDATES.entrySet()) {
            Files.writeString(t.resolve(c.getKey() + ".py"), c.getValue());
        }
        Files.writeString(Files.createDirectories(samples.resolve("tiny-leak")).resolve("0.py"), LEAK_HUNTER);
        Files.writeString(Files.createDirectories(samples.resolve("tiny-values")).resolve("0.py"), VALUES);
        List<JsonNode> records = FunctionBench.run(dir.resolve("run"), tasks, "tiny-*", List.of("samples"), CANDIDATES.size(),
                samples.toString());
        bySample = new HashMap<>();
        leak = new HashMap<>();
        for (JsonNode r : records) {
            String task = r.get("task").asText();
            if (task.equals("tiny-values")) {
                values = r;
            } else {
                (task.equals("tiny-leak") ? leak : bySample).put(String.valueOf(r.get("sample").asInt()), r);
            }
        }
        assertEquals(CANDIDATES.size(), bySample.size());
    }

    private static JsonNode sample(int i) {
        return bySample.get(String.valueOf(i));
    }

    private static String outcome(JsonNode r, int test) {
        return r.at("/details/tests/" + test + "/outcome").asText();
    }

    @Test
    void aCorrectModulePassesEveryCase() {
        JsonNode r = sample(0);
        assertEquals("ok", r.get("status").asText(), r.toString());
        assertEquals(1.0, r.at("/metrics/n").asDouble());
        assertEquals(1.0, r.at("/metrics/c").asDouble());
        assertEquals(4.0, r.at("/metrics/tests_passed").asDouble());
        assertEquals(1.0, r.at("/metrics/test_pass_fraction").asDouble());
        assertTrue(r.at("/details/driver_hardened").asBoolean(), "the driver made itself non-dumpable");
        assertEquals(1, r.at("/details/worker_starts").asInt());
    }

    @Test
    void oneWrongValueFailsTheSampleButCountsTheOtherCases() {
        JsonNode r = sample(1);
        assertEquals("ok", r.get("status").asText());
        assertEquals(0.0, r.at("/metrics/c").asDouble());
        assertEquals(0.75, r.at("/metrics/test_pass_fraction").asDouble());
        assertEquals("wrong", outcome(r, 2));
        assertEquals("result: expected 6, got 7", r.at("/details/tests/2/detail").asText());
    }

    @Test
    void anEndlessLoopTimesOutItsCaseAndTheRestStillRun() {
        JsonNode r = sample(2);
        assertEquals("ok", r.get("status").asText(), r.toString());
        assertEquals(List.of("pass", "timeout", "pass", "pass"), List.of(outcome(r, 0), outcome(r, 1), outcome(r, 2), outcome(r, 3)));
        assertEquals(1.0, r.at("/metrics/timeouts").asDouble());
        assertEquals(2, r.at("/details/worker_starts").asInt(), "a fresh worker after the timeout");
    }

    @Test
    void aHardExitCrashesItsCaseOnly() {
        JsonNode r = sample(3);
        assertEquals("crash", outcome(r, 0));
        assertTrue(r.at("/details/tests/0/detail").asText().contains("exit status 3"), r.toString());
        assertEquals(3.0, r.at("/metrics/tests_passed").asDouble());
    }

    @Test
    void aModuleThatCannotBeUsedIsAProgramFailure() {
        JsonNode syntax = sample(4);
        assertEquals("program_failed", syntax.get("status").asText());
        assertTrue(syntax.get("reason").asText().contains("SyntaxError"), syntax.get("reason").asText());
        JsonNode missing = sample(5);
        assertEquals("program_failed", missing.get("status").asText());
        assertTrue(missing.get("reason").asText().contains("defines no function 'f'"), missing.get("reason").asText());
    }

    @Test
    void killingTheDriverIsAProgramFailure() {
        JsonNode r = sample(6);
        assertEquals("program_failed", r.get("status").asText(), r.toString());
        assertFalse(r.has("metrics") && !r.get("metrics").isNull());
    }

    @Test
    void aForgedVerdictNeverPasses() {
        JsonNode r = sample(7);
        // Either the forger overwrote the verdict (authentication fails) or the driver's own
        // verdict stood (every case wrong); never a pass.
        if (r.get("status").asText().equals("ok")) {
            assertEquals(0.0, r.at("/metrics/c").asDouble());
            assertEquals(0.0, r.at("/metrics/tests_passed").asDouble());
        } else {
            assertEquals("program_failed", r.get("status").asText());
            assertTrue(r.get("reason").asText().contains("verdict.json fails authentication"), r.get("reason").asText());
        }
    }

    @Test
    void theDriversMemoryAndStdinAreOutOfReach() {
        JsonNode r = sample(8);
        assertEquals(1.0, r.at("/metrics/c").asDouble(), "a case returns -1 when /proc/PPID/{mem,environ,fd/0} opens: " + r);
    }

    @Test
    void printsAndStdinDoNotReachTheProtocol() {
        JsonNode r = sample(9);
        assertEquals(1.0, r.at("/metrics/c").asDouble(), r.toString());
    }

    @Test
    void comparisonRules() {
        assertEquals("ok", values.get("status").asText(), values.toString());
        List<String> got = new java.util.ArrayList<>();
        values.at("/details/tests").forEach(t -> got.add(t.get("name").asText() + "=" + t.get("outcome").asText()));
        assertEquals(List.of("nan-matches-nan=pass", "number-is-not-nan=wrong", "infinity=pass", "nested-tuples-as-lists=pass",
                "relative-tolerance=pass", "default-tolerance-is-tight=wrong", "bool-is-not-int=wrong", "float-equal-to-int=pass",
                "bytearray-as-bytes=pass", "mapping=pass", "wrong-length=wrong", "exception-base-class=pass"), got);
        assertEquals("result: expected 0.0, got NaN", values.at("/details/tests/1/detail").asText());
        assertEquals("result[1]: expected 1 items, got 2", values.at("/details/tests/10/detail").asText());
    }

    @Test
    void theHiddenExpectedValueIsNowhereTheCandidateCanRead() {
        JsonNode r = leak.get("0");
        assertEquals("ok", r.get("status").asText(), r.toString());
        assertNotEquals("pass", outcome(r, 0), "the candidate found the hidden expected value: " + r);
        assertEquals("result: expected 7342916, got 0", r.at("/details/tests/0/detail").asText());
    }
}
