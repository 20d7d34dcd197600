package org.aiotbench.runner;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aiotbench.adapter.Program;
import org.aiotbench.catalogue.Task;
import org.aiotbench.catalogue.TaskLimits;
import org.aiotbench.catalogue.TaskRuntime;
import org.aiotbench.family.InputView;
import org.aiotbench.sandbox.ExecutionResult;
import org.aiotbench.sandbox.ExecutionSpec;
import org.aiotbench.sandbox.Limits;
import org.aiotbench.sandbox.Mount;
import org.aiotbench.sandbox.Sandbox;
import org.aiotbench.sandbox.SandboxUnavailableException;

/**
 * Runs a program on a task's input view: untrusted source in the sandbox, trusted baselines
 * in-process. Either way the program sees INPUT_DIR (the view, read-only) and OUTPUT_DIR.
 */
final class ProgramExecutor {

    static final String SANDBOX_INPUT = "/data";

    /**
     * Where the program's output landed, what it cost, and why it failed (null if it did not).
     * {@code stderrTail} is the end of what it wrote to standard error ("" when nothing or
     * in-process), for generators that feed a failure back to a model; {@code measured} is what
     * an in-process {@link Program.Measuring} body reported about itself, else null.
     */
    record Execution(Path outputDir, ExecutionSummary summary, String failure, String stderrTail,
                     Program.Measurements measured) {
        Execution(Path outputDir, ExecutionSummary summary, String failure) {
            this(outputDir, summary, failure, "", null);
        }

        Execution(Path outputDir, ExecutionSummary summary, String failure, String stderrTail) {
            this(outputDir, summary, failure, stderrTail, null);
        }
    }

    /** The harness could not run the program at all (not the program's fault). */
    static final class InfraException extends Exception {
        private static final long serialVersionUID = 1L;

        InfraException(String message) {
            super(message);
        }
    }

    private final SandboxProvider sandboxes;

    /** The sandbox is looked up lazily: a run of baselines alone must not need one. */
    interface SandboxProvider {
        Sandbox get() throws SandboxUnavailableException;
    }

    ProgramExecutor(SandboxProvider sandboxes) {
        this.sandboxes = sandboxes;
    }

    Execution run(Program program, Task task, InputView view, Path cellDir) throws InfraException {
        return run(program, task, view, cellDir, new byte[0]);
    }

    /** As {@link #run(Program, Task, InputView, Path)}, feeding {@code stdin} to a sandboxed program. */
    Execution run(Program program, Task task, InputView view, Path cellDir, byte[] stdin) throws InfraException {
        try {
            if (program instanceof Program.InProcess p) {
                return inProcess(p, view, cellDir);
            }
            return sandboxed((Program.Source) program, task, view, cellDir, stdin);
        } catch (IOException e) {
            throw new InfraException("cannot prepare the program's folder: " + e.getMessage());
        }
    }

    private Execution inProcess(Program.InProcess p, InputView view, Path cellDir) throws IOException {
        Path in = cellDir.resolve("input");
        Path out = cellDir.resolve("output");
        Files.createDirectories(in);
        Files.createDirectories(out);
        for (Map.Entry<String, Path> f : view.files().entrySet()) {
            Path link = in.resolve(f.getKey());
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, f.getValue().toAbsolutePath());
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        String failure = null;
        try {
            p.body().run(in, out);
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            failure = "baseline " + p.name() + " failed: " + e;
        }
        long wall = (System.nanoTime() - t0) / 1_000_000;
        long cpu = Math.max(0, (mx.getCurrentThreadCpuTime() - cpu0) / 1_000_000);
        Program.Measurements measured = failure == null && p.body() instanceof Program.Measuring m ? m.measurements() : null;
        return new Execution(out, new ExecutionSummary("in-process", failure == null ? 0 : 1, false, wall, cpu, 0, 0, 0, 0),
                failure, "", measured);
    }

    private Execution sandboxed(Program.Source s, Task task, InputView view, Path cellDir, byte[] stdin)
            throws IOException, InfraException {
        Sandbox sandbox;
        try {
            sandbox = sandboxes.get();
        } catch (SandboxUnavailableException e) {
            throw new InfraException(e.getMessage());
        }
        Path work = cellDir.resolve("work");
        Path out = work.resolve("output");
        Files.createDirectories(out);
        for (Map.Entry<String, String> f : s.files().entrySet()) {
            Path target = work.resolve(f.getKey()).normalize();
            if (!target.startsWith(work) || target.equals(out) || target.startsWith(out)) {
                return failed(out, "program file name '" + f.getKey() + "' points outside its folder");
            }
            Files.createDirectories(target.getParent());
            Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
        }
        // Sandbox paths always: without isolation the sandbox itself maps them onto the host.
        List<Mount> mounts = new ArrayList<>();
        for (Map.Entry<String, Path> f : view.files().entrySet()) {
            mounts.add(Mount.readOnly(f.getValue().toAbsolutePath(), SANDBOX_INPUT + "/" + f.getKey()));
        }
        String inputPath = SANDBOX_INPUT;
        String workPath = ExecutionSpec.SANDBOX_WORK_DIR;
        TaskLimits tl = task.limits();
        long memory = (long) tl.memoryMb() << 20;
        List<String> command = command(s, workPath, inputPath, tl.memoryMb());
        Map<String, String> env = new LinkedHashMap<>();
        env.put("AIOTBENCH_INPUT", inputPath);
        env.put("AIOTBENCH_OUTPUT", workPath + "/output");
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        env.put("PYTHONUNBUFFERED", "1");
        Limits limits = new Limits(Duration.ofSeconds(tl.wallSeconds()), memory, (long) tl.maxOutputMb() << 20,
                (long) tl.maxOutputMb() << 20, tl.maxProcesses(), tl.network());
        ExecutionResult r;
        try {
            r = sandbox.run(new ExecutionSpec(command, work, mounts, env, stdin, limits));
        } catch (SandboxUnavailableException e) {
            throw new InfraException(e.getMessage());
        }
        ExecutionSummary summary = new ExecutionSummary(r.isolation().name().toLowerCase(java.util.Locale.ROOT), r.exitCode(),
                r.timedOut(), r.wallMillis(), r.cpuMillis(), r.peakRssKb(), r.stdoutBytes(), r.stderrBytes(), r.networkBytes());
        String failure = null;
        if (r.failure() != null || r.exitCode() != 0) {
            // The program's own last words (e.g. a Python exception) say most about why it failed.
            failure = (r.failure() != null ? r.failure() : "exited with status " + r.exitCode()) + lastLine(r.stderrTail());
        }
        return new Execution(out, summary, failure, r.stderrTail() == null ? "" : r.stderrTail());
    }

    private static Execution failed(Path out, String why) {
        return new Execution(out, new ExecutionSummary("none", -1, false, 0, 0, 0, 0, 0, 0), why);
    }

    static List<String> command(Program.Source s, String work, String input, int memoryMb) {
        String entry = work + "/" + s.entryPoint();
        String output = work + "/output";
        if (s.language() == TaskRuntime.JAVA) {
            // The JVM's own heap cap keeps it inside the sandbox's memory limit with room for metaspace.
            return List.of("java", "-Xmx" + Math.max(64, memoryMb * 3 / 4) + "m", "-XX:+UseSerialGC", entry, input, output);
        }
        return List.of(s.language().command(), entry, input, output);
    }

    private static String lastLine(String tail) {
        if (tail == null) {
            return "";
        }
        List<String> lines = tail.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            return "";
        }
        String l = lines.get(lines.size() - 1).strip();
        return ": " + (l.length() > 300 ? l.substring(0, 300) + "…" : l);
    }
}
