package org.aiotbench.sandbox;

import static org.aiotbench.sandbox.SandboxTestSupport.SMALL;
import static org.aiotbench.sandbox.SandboxTestSupport.assertNothingSurvives;
import static org.aiotbench.sandbox.SandboxTestSupport.assertOneLine;
import static org.aiotbench.sandbox.SandboxTestSupport.marker;
import static org.aiotbench.sandbox.SandboxTestSupport.python;
import static org.aiotbench.sandbox.SandboxTestSupport.sandbox;
import static org.aiotbench.sandbox.SandboxTestSupport.workDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Programs that try to escape or exhaust the sandbox. Each must end as a failed (or at least
 * harmless) result, leave no process behind and change nothing outside its work dir. Not run
 * without isolation: there, {@code kill -9 -1} would take the test JVM with it.
 */
class SandboxHostileProgramTest {
    @TempDir
    Path tmp;

    private ExecutionResult runPython(Isolation isolation, String code, Limits limits, String marker,
                                      List<Mount> mounts) throws Exception {
        Path work = workDir(tmp, "main.py", code);
        return sandbox(isolation).run(ExecutionSpec.of(python(marker), work, limits).withMounts(mounts));
    }

    @ParameterizedTest
    @EnumSource(value = Isolation.class, names = {"BUBBLEWRAP", "UNSHARE"})
    void forkBombIsContained(Isolation isolation) throws Exception {
        // RLIMIT_NPROC does not bind host root: without a pids cgroup a fork bomb run as root is
        // only stopped by the wall time, which is no test to run on a shared machine.
        assumeTrue(Cgroups.get().limitsProcesses() || !"root".equals(System.getProperty("user.name")),
                "running as root without a pids cgroup: no process limit to test");
        String m = marker();
        String code = "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n";
        ExecutionResult r = runPython(isolation, code, SMALL.withWallTime(Duration.ofSeconds(3)), m, List.of());
        assertOneLine(r.failure());
        assertTrue(r.failure().startsWith("wall time limit of 3 s exceeded") || r.failure().contains("process limit"),
                r.failure());
        assertNothingSurvives(m);
    }

    @ParameterizedTest
    @EnumSource(value = Isolation.class, names = {"BUBBLEWRAP", "UNSHARE"})
    void setsidDaemonDoesNotOutliveTheProgram(Isolation isolation) throws Exception {
        String m = marker();
        String code = String.join("\n",
                "import os, sys, time",
                "if os.fork() == 0:",
                "    os.setsid()",
                "    if os.fork() == 0:",
                "        while True:",
                "            with open('/work/alive', 'a') as f: f.write('x')",
                "            time.sleep(0.05)",
                "    os._exit(0)",
                "time.sleep(0.3)",
                "print('parent done')",
                "");
        Path work = workDir(tmp, "main.py", code);
        ExecutionResult r = sandbox(isolation).run(ExecutionSpec.of(python(m), work, SMALL));
        assertEquals(0, r.exitCode(), r.stderrTail());
        assertTrue(r.wallMillis() < 3000, "did not wait for the daemon: " + r.wallMillis());
        assertNothingSurvives(m);
        long size = Files.size(work.resolve("alive"));
        Thread.sleep(300);
        assertEquals(size, Files.size(work.resolve("alive")), "the daemon still writes");
    }

    @ParameterizedTest
    @EnumSource(value = Isolation.class, names = {"BUBBLEWRAP", "UNSHARE", "NONE"})
    void infiniteOutputIsCappedAndKilled(Isolation isolation) throws Exception {
        String m = marker();
        String code = "import sys\nwhile True:\n    sys.stdout.write('x' * 65536)\n";
        ExecutionResult r = runPython(isolation, code, SMALL, m, List.of());
        assertEquals("output limit of 1 MiB exceeded on stdout", r.failure());
        assertTrue(r.stdoutBytes() > Limits.MIB, "counted past the cap: " + r.stdoutBytes());
        assertTrue(r.stdoutTail().length() <= OutputPump.TAIL_BYTES);
        assertTrue(r.wallMillis() < 3000, "killed promptly: " + r.wallMillis());
        assertNothingSurvives(m);
    }

    @ParameterizedTest
    @EnumSource(value = Isolation.class, names = {"BUBBLEWRAP", "UNSHARE", "NONE"})
    void memoryHogIsKilled(Isolation isolation) throws Exception {
        String m = marker();
        String code = "chunks = []\nfor i in range(200):\n    chunks.append(bytearray(16 * 1024 * 1024))\nprint('survived')\n";
        ExecutionResult r = runPython(isolation, code, SMALL, m, List.of());
        assertEquals("memory limit of 256 MiB exceeded", r.failure(), r.stderrTail());
        assertFalse(r.stdoutTail().contains("survived"));
        assertNothingSurvives(m);
    }

    @ParameterizedTest
    @EnumSource(value = Isolation.class, names = {"BUBBLEWRAP", "UNSHARE"})
    void memoryHogIsKilledWithoutCgroups(Isolation isolation) throws Exception {
        String m = marker();
        String code = "chunks = []\nfor i in range(200):\n    chunks.append(bytearray(16 * 1024 * 1024))\nprint('survived')\n";
        Path work = workDir(tmp, "main.py", code);
        sandbox(isolation);
        ExecutionResult r = Sandboxes.withoutCgroups(isolation).run(ExecutionSpec.of(python(m), work, SMALL));
        assertEquals("memory limit of 256 MiB exceeded", r.failure(), r.stderrTail());
        assertNothingSurvives(m);
    }

    @ParameterizedTest
    @EnumSource(value = Isolation.class, names = {"BUBBLEWRAP", "UNSHARE", "NONE"})
    void infiniteLoopHitsTheWallTimeLimit(Isolation isolation) throws Exception {
        String m = marker();
        ExecutionResult r = runPython(isolation, "while True:\n    pass\n",
                SMALL.withWallTime(Duration.ofSeconds(2)), m, List.of());
        assertTrue(r.timedOut());
        assertEquals("wall time limit of 2 s exceeded", r.failure());
        assertTrue(r.wallMillis() >= 2000 && r.wallMillis() < 3500, "wall " + r.wallMillis());
        assertTrue(r.cpuMillis() > 0, "cpu time measured: " + r.cpuMillis()); // share of a loaded machine
        assertNothingSurvives(m);
    }

    @ParameterizedTest
    @EnumSource(value = Isolation.class, names = {"BUBBLEWRAP", "UNSHARE"})
    void nothingLeavesThroughTheNetwork(Isolation isolation) throws Exception {
        Path sock = tmp.resolve("host.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(sock));
            String code = String.join("\n",
                    "import socket",
                    "def attempt(label, family, addr):",
                    "    s = socket.socket(family, socket.SOCK_STREAM)",
                    "    s.settimeout(1)",
                    "    try:",
                    "        s.connect(addr)",
                    "        print(label, 'CONNECTED')",
                    "    except OSError as e:",
                    "        print(label, 'blocked', e)",
                    "attempt('public', socket.AF_INET, ('1.1.1.1', 80))",
                    "attempt('loopback', socket.AF_INET, ('127.0.0.1', 22))",
                    "attempt('unix', socket.AF_UNIX, '" + sock + "')",
                    "try:",
                    "    socket.getaddrinfo('example.com', 80)",
                    "    print('dns CONNECTED')",
                    "except OSError as e:",
                    "    print('dns blocked', e)",
                    "");
            String m = marker();
            ExecutionResult r = runPython(isolation, code, SMALL, m, List.of());
            assertEquals(0, r.exitCode(), r.stderrTail());
            assertFalse(r.stdoutTail().contains("CONNECTED"), r.stdoutTail());
            assertEquals(4, r.stdoutTail().split("blocked").length - 1, r.stdoutTail());
            assertTrue(r.networkBytes() >= 0, "counted inside the namespace");
            server.configureBlocking(false);
            assertEquals(null, server.accept(), "the host's unix socket was reached");
            assertNothingSurvives(m);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Isolation.class, names = {"BUBBLEWRAP", "UNSHARE"})
    void onlyLoopbackExistsUnlessNetworkIsAllowed(Isolation isolation) throws Exception {
        String code = "print(sorted(l.split(':')[0].strip() for l in open('/proc/net/dev').readlines()[2:]))\n";
        ExecutionResult off = runPython(isolation, code, SMALL, marker(), List.of());
        assertEquals("['lo']", off.stdoutTail().strip());
        assertEquals(0, off.networkBytes());
        ExecutionResult on = runPython(isolation, code, SMALL.withNetwork(true), marker(), List.of());
        assertEquals(0, on.exitCode(), on.stderrTail());
        assertEquals(-1, on.networkBytes(), "the host's counters are not the program's");
        Set<String> hostIfaces = new HashSet<>();
        List<String> dev = Files.readAllLines(Path.of("/proc/net/dev"));
        for (String l : dev.subList(2, dev.size())) hostIfaces.add(l.split(":")[0].strip());
        if (hostIfaces.size() > 1) assertFalse(on.stdoutTail().strip().equals("['lo']"), "host network shared");
    }

    @ParameterizedTest
    @EnumSource(value = Isolation.class, names = {"BUBBLEWRAP", "UNSHARE"})
    void writesOutsideTheWorkDirDoNotReachTheHost(Isolation isolation) throws Exception {
        Path dataset = Files.createDirectories(tmp.resolve("dataset"));
        Files.writeString(dataset.resolve("100.dat"), "original");
        String code = String.join("\n",
                "import os, subprocess",
                "for target in ['/usr', '/data', '/']:",
                "    r = subprocess.run(['mount', '-o', 'remount,rw,bind', target], capture_output=True)",
                "    print('remount', target, 'SUCCEEDED' if r.returncode == 0 else 'refused')",
                "r = subprocess.run(['umount', '-l', '/data'], capture_output=True)",
                "print('umount', 'SUCCEEDED' if r.returncode == 0 else 'refused')",
                "for path in ['/etc/aiotbench-escape', '/work/../aiotbench-escape', '/data/100.dat',",
                "             '/data/new-file', '/usr/aiotbench-escape', '/aiotbench-escape', '/tmp/scratch']:",
                "    try:",
                "        with open(path, 'w') as f: f.write('pwned')",
                "        print(path, 'WRITTEN')",
                "    except OSError as e:",
                "        print(path, 'denied', e.strerror)",
                "");
        Path work = workDir(tmp, "main.py", code);
        Set<String> before = listing(work.getParent());
        String m = marker();
        ExecutionResult r = sandbox(isolation).run(ExecutionSpec.of(python(m), work, SMALL)
                .withMounts(List.of(Mount.readOnly(dataset, "/data"))));
        assertEquals(0, r.exitCode(), r.stderrTail());
        for (String p : List.of("/etc/aiotbench-escape", "/data/100.dat", "/data/new-file", "/usr/aiotbench-escape")) {
            assertTrue(r.stdoutTail().contains(p + " denied"), p + " must be denied: " + r.stdoutTail());
        }
        assertFalse(r.stdoutTail().contains("SUCCEEDED"), r.stdoutTail());
        assertFalse(Files.exists(Path.of("/etc/aiotbench-escape")));
        assertFalse(Files.exists(Path.of("/usr/aiotbench-escape")));
        assertFalse(Files.exists(Path.of("/aiotbench-escape")));
        assertEquals("original", Files.readString(dataset.resolve("100.dat")));
        assertEquals(Set.of("100.dat"), listing(dataset));
        assertEquals(before, listing(work.getParent()), "the work dir's parent changed");
        assertNothingSurvives(m);
    }

    @ParameterizedTest
    @EnumSource(value = Isolation.class, names = {"BUBBLEWRAP", "UNSHARE", "NONE"})
    void theHarnessEnvironmentDoesNotLeak(Isolation isolation) throws Exception {
        // Every environment the program can read: its own, and those of all processes it can see.
        String code = String.join("\n",
                "import os, glob",
                "if os.getcwd() == '/work':  # inside a mount namespace; without one the host's /proc is visible",
                "    for f in glob.glob('/proc/[0-9]*/environ'):",
                "        try:",
                "            for kv in open(f, 'rb').read().decode(errors='replace').split('\\0'):",
                "                if kv: print('proc ' + kv)",
                "        except OSError: pass",
                "for k, v in sorted(os.environ.items()): print('env ' + k + '=' + v)",
                "");
        String m = marker();
        Path work = workDir(tmp, "main.py", code);
        ExecutionResult r = sandbox(isolation).run(ExecutionSpec.of(python(m), work, SMALL)
                .withEnv(Map.of("TASK_SEED", "1234")));
        assertEquals(0, r.exitCode(), r.stderrTail());
        assertTrue(r.stdoutBytes() < OutputPump.TAIL_BYTES, "the whole output is in the tail: " + r.stdoutBytes());
        Set<String> ours = Set.of("PATH", "HOME", "LANG", "TASK_SEED", "PWD", "SHLVL", "_", "OLDPWD");
        Set<String> harnessValues = new HashSet<>();
        System.getenv().forEach((k, v) -> {
            if (v.length() > 8) harnessValues.add(v);
        });
        boolean sawSeed = false;
        for (String line : r.stdoutTail().split("\n")) {
            String kv = line.substring(line.indexOf(' ') + 1);
            int eq = kv.indexOf('=');
            if (eq <= 0) continue;
            String key = kv.substring(0, eq);
            String value = kv.substring(eq + 1);
            if (line.startsWith("env ")) {
                assertTrue(ours.contains(key), "unexpected variable inside: " + line);
                sawSeed |= line.equals("env TASK_SEED=1234");
            }
            // A harness value may only appear where we set the same value ourselves (e.g. LANG).
            if (harnessValues.contains(value) && !ours.contains(key)) {
                throw new AssertionError("harness variable leaked into the sandbox: " + key);
            }
        }
        assertTrue(sawSeed, r.stdoutTail());
    }

    @ParameterizedTest
    @EnumSource(value = Isolation.class, names = {"BUBBLEWRAP", "UNSHARE"})
    void killingTheParentOrEverythingIsContained(Isolation isolation) throws Exception {
        Process canary = new ProcessBuilder("sleep", "30").start();
        try {
            String m = marker();
            String code = "import os, time\nos.kill(os.getppid(), 9)\ntime.sleep(1)\nprint('orphan still here')\n";
            ExecutionResult r = runPython(isolation, code, SMALL, m, List.of());
            assertTrue(r.failure() == null || !r.failure().isBlank());
            assertNothingSurvives(m);

            String m2 = marker();
            Path work = workDir(tmp);
            ExecutionResult r2 = sandbox(isolation).run(ExecutionSpec.of(
                    List.of("sh", "-c", "kill -9 -1; sleep 1; echo after-kill-all", m2), work, SMALL));
            assertTrue(r2.failure() == null || !r2.failure().isBlank());
            assertNothingSurvives(m2);
            assertTrue(canary.isAlive(), "a host process outside the sandbox was killed");
            assertTrue(ProcessHandle.current().isAlive());
        } finally {
            canary.destroyForcibly();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Isolation.class, names = {"BUBBLEWRAP", "UNSHARE", "NONE"})
    void oversizedOutputFileIsStopped(Isolation isolation) throws Exception {
        String m = marker();
        String code = "import sys, os\nwith open(os.path.join(sys.argv[2], 'big.bin'), 'wb') as f:\n"
                + "    for i in range(64):\n        f.write(b'x' * 1024 * 1024)\n";
        ExecutionResult r = runPython(isolation, code, SMALL, m, List.of());
        assertEquals("file size limit of 4 MiB exceeded", r.failure(), r.stderrTail());
        assertNotEquals(0, r.exitCode());
        assertNothingSurvives(m);
    }

    @ParameterizedTest
    @EnumSource(value = Isolation.class, names = {"BUBBLEWRAP", "UNSHARE"})
    void trapsLeftInTheOutputAreDefused(Isolation isolation) throws Exception {
        String code = String.join("\n",
                "import os, shutil, sys",
                "out = sys.argv[2]",
                "os.symlink('/etc/passwd', os.path.join(out, 'secret.txt'))",
                "os.mkfifo(os.path.join(out, 'blocker.txt'))",
                "shutil.copy('/bin/sh', os.path.join(out, 'rootshell'))",
                "os.chmod(os.path.join(out, 'rootshell'), 0o6755)",
                "open(os.path.join(out, '100.txt'), 'w').write('42\\n')",
                "");
        Path work = workDir(tmp, "main.py", code);
        ExecutionResult r = sandbox(isolation).run(ExecutionSpec.of(python(marker()), work, SMALL));
        assertEquals(0, r.exitCode(), r.stderrTail());
        Path out = work.resolve("output");
        int mode = (Integer) Files.getAttribute(out.resolve("rootshell"), "unix:mode");
        assertEquals(0, mode & 06000, "set-id bits must be cleared, mode " + Integer.toOctalString(mode));
        assertEquals(List.of(out.resolve("100.txt"), out.resolve("rootshell")), ProgramOutputs.regularFiles(out));
        assertEquals("42\n", new String(ProgramOutputs.read(out.resolve("100.txt"), 100)));
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> ProgramOutputs.read(out.resolve("secret.txt"), 100));
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> ProgramOutputs.read(out.resolve("blocker.txt"), 100));
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> ProgramOutputs.read(out.resolve("rootshell"), 100));
    }

    private static Set<String> listing(Path dir) throws Exception {
        Set<String> out = new HashSet<>();
        try (var s = Files.list(dir)) {
            s.forEach(p -> out.add(p.getFileName().toString()));
        }
        return out;
    }
}
