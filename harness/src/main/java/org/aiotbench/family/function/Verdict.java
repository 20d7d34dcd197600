package org.aiotbench.family.function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.aiotbench.scoring.ScoringException;

/**
 * The driver's {@code verdict.json}, read only after its HMAC-SHA256 under the run's key
 * verifies: {@code {"payload": "<JSON text>", "mac": "<hex>"}}. The key reached the driver on
 * stdin and never the disk, so a verdict written or altered by the candidate fails here.
 *
 * @param importError why the module could not be used (syntax error, missing function), or null
 * @param tests one result per case, in the task's order
 * @param hardened whether the driver made itself non-dumpable (see the package notes)
 * @param workerStarts how many times the candidate was imported (1 + restarts after timeouts and crashes)
 */
public record Verdict(String importError, List<TestResult> tests, boolean hardened, int workerStarts) {

    public static final String FILE_NAME = "verdict.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_BYTES = 8L << 20;

    /**
     * One case's result.
     *
     * @param outcome pass, wrong (a value other than expected), error (an unexpected exception),
     *     timeout, crash (the worker died or answered garbage) or not_run
     * @param detail one line saying why it did not pass, null when it passed
     */
    public record TestResult(String name, String outcome, String detail) {
        public boolean passed() {
            return "pass".equals(outcome);
        }
    }

    public Verdict {
        tests = List.copyOf(tests);
    }

    public long passed() {
        return tests.stream().filter(TestResult::passed).count();
    }

    /** Reads and authenticates the verdict of run {@code runId}; every defect is the program's failure. */
    static Verdict read(Path outputDir, byte[] key, String runId, FunctionSpec spec) throws ScoringException {
        Path file = outputDir.resolve(FILE_NAME);
        JsonNode outer;
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw ScoringException.program(FILE_NAME + " is missing (the driver did not finish)");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw ScoringException.program(FILE_NAME + " is over " + (MAX_BYTES >> 20) + " MiB");
            }
            outer = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw ScoringException.program(FILE_NAME + " is unreadable: " + e.getMessage().split("\\R")[0]);
        }
        if (outer == null || !outer.path("payload").isTextual() || !outer.path("mac").isTextual()) {
            throw forged();
        }
        String payload = outer.get("payload").asText();
        byte[] mac;
        try {
            mac = HexFormat.of().parseHex(outer.get("mac").asText());
        } catch (IllegalArgumentException e) {
            throw forged();
        }
        if (!MessageDigest.isEqual(mac, hmac(key, payload))) {
            throw forged();
        }
        JsonNode p;
        try {
            p = JSON.readTree(payload);
        } catch (IOException e) {
            throw ScoringException.harness(FILE_NAME + ": authentic but unreadable payload: " + e.getMessage().split("\\R")[0]);
        }
        if (!runId.equals(p.path("run").asText())) {
            throw ScoringException.program(FILE_NAME + " belongs to another run");
        }
        List<TestResult> tests = new ArrayList<>();
        for (JsonNode t : p.path("tests")) {
            tests.add(new TestResult(t.path("name").asText(), t.path("outcome").asText(),
                    t.path("detail").isNull() || t.path("detail").isMissingNode() ? null : t.get("detail").asText()));
        }
        if (tests.size() != spec.cases().size()) {
            throw ScoringException.harness(FILE_NAME + ": " + tests.size() + " results for " + spec.cases().size() + " cases");
        }
        for (int i = 0; i < tests.size(); i++) {
            if (!tests.get(i).name().equals(spec.cases().get(i).name())) {
                throw ScoringException.harness(FILE_NAME + ": result " + i + " is for '" + tests.get(i).name()
                        + "', expected '" + spec.cases().get(i).name() + "'");
            }
        }
        JsonNode ie = p.path("import_error");
        return new Verdict(ie.isTextual() ? ie.asText() : null, tests, p.path("hardened").asBoolean(false),
                p.path("worker_starts").asInt(0));
    }

    static byte[] hmac(byte[] key, String payload) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(key, "HmacSHA256"));
            return m.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    private static ScoringException forged() {
        return ScoringException.program(FILE_NAME + " fails authentication (not the driver's, or altered)");
    }
}
