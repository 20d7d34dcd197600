package org.aiotbench.family.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.aiotbench.scoring.ScoringException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only a verdict authenticated under the run's key, for the run's id and cases, is read. */
class VerdictTest {

    private static final byte[] KEY = HexFormat.of().parseHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    private static final FunctionSpec SPEC = FunctionSpec.parse(Map.of("function", "f", "signature", "def f(x)",
            "tests", List.of(Map.of("name", "a", "args", List.of(1), "expect", 2), Map.of("name", "b", "args", List.of(2), "expect", 4))));

    @TempDir
    Path out;

    private static String payload(String run, String outcomeB) {
        return "{\"driver\": 1, \"import_error\": null, \"run\": \"" + run + "\", \"tests\": [{\"name\": \"a\", \"outcome\": \"pass\","
                + " \"detail\": null}, {\"name\": \"b\", \"outcome\": \"" + outcomeB + "\", \"detail\": \"result: expected 4, got 5\"}],"
                + " \"hardened\": true, \"worker_starts\": 1}";
    }

    private void write(String payload, byte[] macOver) throws Exception {
        String mac = HexFormat.of().formatHex(Verdict.hmac(KEY, new String(macOver, java.nio.charset.StandardCharsets.UTF_8)));
        Files.writeString(out.resolve(Verdict.FILE_NAME), new ObjectMapper().writeValueAsString(Map.of("payload", payload, "mac", mac)));
    }

    @Test
    void anAuthenticVerdictIsScored() throws Exception {
        String p = payload("r1", "wrong");
        write(p, p.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Verdict v = Verdict.read(out, KEY, "r1", SPEC);
        assertEquals(1, v.passed());
        assertEquals("result: expected 4, got 5", v.tests().get(1).detail());
        var score = FunctionFamily.score(v);
        assertEquals(0.0, score.metrics().get("c"));
        assertEquals(0.5, score.metrics().get("test_pass_fraction"));
    }

    @Test
    void alteredForeignOrMissingVerdictsAreTheProgramsFailure() throws Exception {
        String honest = payload("r1", "wrong");
        write(payload("r1", "pass"), honest.getBytes(java.nio.charset.StandardCharsets.UTF_8)); // payload edited after signing
        ScoringException e = assertThrows(ScoringException.class, () -> Verdict.read(out, KEY, "r1", SPEC));
        assertEquals("verdict.json fails authentication (not the driver's, or altered)", e.getMessage());
        assertEquals(ScoringException.Blame.PROGRAM, e.blame());

        String other = payload("r0", "pass");
        write(other, other.getBytes(java.nio.charset.StandardCharsets.UTF_8)); // replayed from another run
        assertEquals("verdict.json belongs to another run",
                assertThrows(ScoringException.class, () -> Verdict.read(out, KEY, "r1", SPEC)).getMessage());

        Files.writeString(out.resolve(Verdict.FILE_NAME), "{\"payload\": \"{}\", \"mac\": \"zz\"}");
        assertEquals("verdict.json fails authentication (not the driver's, or altered)",
                assertThrows(ScoringException.class, () -> Verdict.read(out, KEY, "r1", SPEC)).getMessage());

        Files.delete(out.resolve(Verdict.FILE_NAME));
        assertEquals("verdict.json is missing (the driver did not finish)",
                assertThrows(ScoringException.class, () -> Verdict.read(out, KEY, "r1", SPEC)).getMessage());
    }
}
