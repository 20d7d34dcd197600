package org.aiotbench.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Measures what a sandbox adds per program: median wall time (as seen by the caller, from
 * {@code run} call to return) of N runs of {@code /bin/true} and {@code python3 -c pass}
 * through each available isolation, against starting the same command directly with
 * ProcessBuilder and waiting for it. Not a test; run by hand:
 * {@code java -cp harness/target/classes:harness/target/test-classes org.aiotbench.sandbox.SandboxOverheadBenchmark 20}
 */
public final class SandboxOverheadBenchmark {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Limits limits = new Limits(Duration.ofSeconds(30), 512 * Limits.MIB, Limits.MIB, 64 * Limits.MIB, 64, false);
        System.out.println("resource control: " + Sandboxes.resourceControl());
        for (List<String> cmd : List.of(List.of("/bin/true"), List.of("python3", "-c", "pass"))) {
            System.out.printf("%-22s %-10s %6.1f ms%n", String.join(" ", cmd), "direct", direct(cmd, n));
            List<String> viaSh = new ArrayList<>(List.of("/bin/sh", "-c", "exec \"$@\"", "sh"));
            viaSh.addAll(cmd);
            // The JVM starts python3 itself noticeably slower than a shell does (measured, not
            // explained), so the second baseline starts it through /bin/sh like the launcher.
            System.out.printf("%-22s %-10s %6.1f ms%n", String.join(" ", cmd), "direct/sh", direct(viaSh, n));
            for (Isolation i : Isolation.values()) {
                if (Sandboxes.unavailableReason(i) != null) continue;
                System.out.printf("%-22s %-10s %6.1f ms%n", String.join(" ", cmd), i.id(),
                        sandboxed(Sandboxes.of(i), cmd, limits, n));
                System.out.printf("%-22s %-10s %6.1f ms (no cgroup)%n", String.join(" ", cmd), i.id(),
                        sandboxed(Sandboxes.withoutCgroups(i), cmd, limits, n));
            }
        }
    }

    private static double direct(List<String> cmd, int n) throws Exception {
        List<Long> t = new ArrayList<>();
        for (int k = 0; k < n + 2; k++) {
            long s = System.nanoTime();
            // Same interpreter as inside the sandbox, not e.g. a pyenv shim script found first on PATH.
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().clear();
            pb.environment().putAll(java.util.Map.of("PATH", HostRuntimes.get().sandboxPath(), "HOME", "/tmp",
                    "LANG", "C.UTF-8"));
            Process p = pb.start();
            p.getOutputStream().close();
            p.getInputStream().readAllBytes();
            p.waitFor(30, TimeUnit.SECONDS);
            if (k >= 2) t.add(System.nanoTime() - s); // the first runs warm up caches and the JIT
        }
        return median(t);
    }

    private static double sandboxed(Sandbox sb, List<String> cmd, Limits limits, int n) throws Exception {
        List<Long> t = new ArrayList<>();
        for (int k = 0; k < n + 2; k++) {
            Path work = Files.createTempDirectory("aiotbench-bench");
            long s = System.nanoTime();
            ExecutionResult r = sb.run(ExecutionSpec.of(cmd, work, limits));
            long d = System.nanoTime() - s;
            Files.deleteIfExists(work);
            if (!r.ok()) throw new IllegalStateException(sb.isolation() + ": " + r.failure() + " " + r.stderrTail());
            if (k >= 2) t.add(d);
        }
        return median(t);
    }

    private static double median(List<Long> nanos) {
        List<Long> s = new ArrayList<>(nanos);
        Collections.sort(s);
        int m = s.size() / 2;
        double v = s.size() % 2 == 1 ? s.get(m) : (s.get(m - 1) + s.get(m)) / 2.0;
        return v / 1e6;
    }

    private SandboxOverheadBenchmark() {
    }
}
