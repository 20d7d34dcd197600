package org.aiotbench.sandbox;

import static org.aiotbench.sandbox.SandboxTestSupport.SMALL;
import static org.aiotbench.sandbox.SandboxTestSupport.assertNothingSurvives;
import static org.aiotbench.sandbox.SandboxTestSupport.marker;
import static org.aiotbench.sandbox.SandboxTestSupport.python;
import static org.aiotbench.sandbox.SandboxTestSupport.sandbox;
import static org.aiotbench.sandbox.SandboxTestSupport.workDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SandboxWellBehavedTest {
    @TempDir
    Path tmp;

    private static final String COPY = String.join("\n",
            "import os, sys",
            "src, out = sys.argv[1], sys.argv[2]",
            "names = sorted(os.listdir(src))",
            "data = open(os.path.join(src, '100.dat')).read()",
            "with open(os.path.join(out, '100.txt'), 'w') as f:",
            "    f.write(','.join(names) + '|' + data + '|' + os.getcwd() + '|' + os.environ.get('GREETING', ''))",
            "print('hello from', os.getuid(), sys.stdin.read())",
            "");

    @ParameterizedTest
    @EnumSource(Isolation.class)
    void wellBehavedProgramWritesItsOutputAndSeesOnlyTheMountedFiles(Isolation isolation) throws Exception {
        Sandbox sb = sandbox(isolation);
        Path dataset = Files.createDirectories(tmp.resolve("mitdb"));
        Files.writeString(dataset.resolve("100.dat"), "signal");
        Files.writeString(dataset.resolve("100.hea"), "header");
        Files.writeString(dataset.resolve("100.atr"), "ground truth");
        Path work = workDir(tmp, "main.py", COPY);
        String marker = marker();
        ExecutionSpec spec = ExecutionSpec.of(python(marker), work, SMALL)
                .withMounts(List.of(Mount.readOnly(dataset.resolve("100.dat"), "/data/100.dat"),
                        Mount.readOnly(dataset.resolve("100.hea"), "/data/100.hea")))
                .withEnv(Map.of("GREETING", "hi"))
                .withStdin("stdin-bytes".getBytes(StandardCharsets.UTF_8));

        ExecutionResult r = sb.run(spec);

        assertNull(r.failure(), () -> "unexpected failure: " + r.failure() + " stderr: " + r.stderrTail());
        assertEquals(0, r.exitCode());
        assertFalse(r.timedOut());
        assertEquals(isolation, r.isolation());
        String written = Files.readString(work.resolve("output/100.txt"));
        String cwd = isolation == Isolation.NONE ? work.toRealPath().toString() : "/work";
        assertEquals("100.dat,100.hea|signal|" + cwd + "|hi", written);
        assertTrue(r.stdoutTail().contains("hello from") && r.stdoutTail().contains("stdin-bytes"), r.stdoutTail());
        assertEquals(r.stdoutTail().getBytes(StandardCharsets.UTF_8).length, r.stdoutBytes());
        assertTrue(r.wallMillis() > 0 && r.wallMillis() < SMALL.wallTime().toMillis(), "wall " + r.wallMillis());
        assertTrue(r.cpuMillis() >= 0, "cpu time measured: " + r.cpuMillis());
        assertTrue(r.peakRssKb() > 1000, "peak memory measured: " + r.peakRssKb());
        if (isolation == Isolation.NONE) {
            assertEquals(-1, r.networkBytes());
        } else {
            assertEquals(0, r.networkBytes(), "nothing used the network");
            assertTrue(r.stdoutTail().contains("hello from 65534") || isolation == Isolation.UNSHARE, r.stdoutTail());
        }
        assertNothingSurvives(marker);
    }

    @ParameterizedTest
    @EnumSource(value = Isolation.class, names = {"BUBBLEWRAP", "UNSHARE"})
    void singleFileJavaProgramRunsWithAndWithoutCgroups(Isolation isolation) throws Exception {
        String src = "import java.nio.file.*;\n"
                + "public class Main { public static void main(String[] a) throws Exception {\n"
                + "  Files.writeString(Path.of(a[1], \"out.txt\"), \"java ok \" + a.length);\n"
                + "} }\n";
        for (Sandbox sb : List.of(sandbox(isolation), Sandboxes.withoutCgroups(isolation))) {
            Path work = workDir(tmp, "Main.java", src);
            ExecutionResult r = sb.run(ExecutionSpec.of(List.of("java", "-Xmx64m", "-XX:-UsePerfData",
                    "-Xshare:auto", "Main.java", "/data", "/work/output"), work,
                    SMALL.withMemoryBytes(512 * Limits.MIB).withWallTime(java.time.Duration.ofSeconds(20))));
            assertNull(r.failure(), () -> "java failed: " + r.failure() + " stderr: " + r.stderrTail());
            assertEquals("java ok 2", Files.readString(work.resolve("output/out.txt")));
        }
    }

    @Test
    void selectPrefersTheStrongestWorkingIsolation() throws Exception {
        Sandbox best = Sandboxes.select(true);
        if (Sandboxes.unavailableReason(Isolation.BUBBLEWRAP) == null) {
            assertEquals(Isolation.BUBBLEWRAP, best.isolation());
        } else if (Sandboxes.unavailableReason(Isolation.UNSHARE) == null) {
            assertEquals(Isolation.UNSHARE, best.isolation());
        } else {
            assertEquals(Isolation.NONE, best.isolation());
            SandboxUnavailableException e = assertThrows(SandboxUnavailableException.class, () -> Sandboxes.select(false));
            assertTrue(e.getMessage().contains("bubblewrap") && e.getMessage().contains(Sandboxes.UNSAFE_FLAG));
        }
    }

    @Test
    void missingWorkDirIsAnInfrastructureFailure() throws Exception {
        Sandbox sb = Sandboxes.select(true);
        SandboxUnavailableException e = assertThrows(SandboxUnavailableException.class,
                () -> sb.run(ExecutionSpec.of(List.of("true"), tmp.resolve("absent"), SMALL)));
        assertTrue(e.getMessage().contains("absent"), e.getMessage());
    }
}
