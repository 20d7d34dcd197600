package org.aiotbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.aiotbench.scoring.ScoringException;
import org.aiotbench.scoring.function.PassAtK;
import org.aiotbench.scoring.function.PassAtKResults;
import org.aiotbench.scoring.function.TaskSamples;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code score passk}: pass@k of one task, or per synthesizer over a results file (DESIGN.md §2). */
@Command(name = "passk", mixinStandardHelpOptions = true,
        description = {"pass@k with the unbiased estimator: 1 - C(n-c, k) / C(n, k) per task, mean over tasks.",
            "One task: --n N --c C --k K. A results file: --results FILE [--k 1,5,10]; it reads the records of "
                + "family 'function' (metrics n and c, summed per synthesizer and task; a program_failed or "
                + "generation_failed record without metrics is one failing sample; infra_failed ones are left out)."})
public final class ScorePasskCommand implements Callable<Integer> {
    @Option(names = "--n", paramLabel = "N", description = "Samples of the task.")
    Integer n;

    @Option(names = "--c", paramLabel = "C", description = "Samples that pass every test.")
    Integer c;

    @Option(names = "--k", split = ",", paramLabel = "K", description = "k values (default with --results: 1,5,10).")
    List<Integer> k;

    @Option(names = "--results", paramLabel = "FILE", description = "A results file (JSON Lines) to aggregate.")
    Path results;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (results != null) {
            if (n != null || c != null) {
                return fail(err, "--n and --c go with one task, not with --results", 2);
            }
            List<Integer> ks = k == null || k.isEmpty() ? List.of(1, 5, 10) : k;
            if (ks.stream().anyMatch(v -> v < 1)) {
                return fail(err, "--k must be >= 1", 2);
            }
            try {
                PassAtKResults.Collected got = PassAtKResults.read(results);
                out.print(table(got, ks));
                out.flush();
                return 0;
            } catch (ScoringException e) {
                return fail(err, e.getMessage(), 1);
            }
        }
        if (n == null || c == null || k == null || k.isEmpty()) {
            return fail(err, "give --n N --c C --k K for one task, or --results FILE", 2);
        }
        if (n < 1 || c < 0 || c > n) {
            return fail(err, "need n >= 1 and 0 <= c <= n, got n=" + n + " c=" + c, 2);
        }
        for (int kv : k) {
            if (kv < 1 || kv > n) {
                return fail(err, "pass@" + kv + " needs 1 <= k <= n (n=" + n + ")", 2);
            }
        }
        for (int kv : k) {
            out.printf(Locale.ROOT, "pass@%d %.6f%n", kv, PassAtK.perTask(n, c, kv));
        }
        out.flush();
        return 0;
    }

    private static String table(PassAtKResults.Collected got, List<Integer> ks) {
        StringBuilder sb = new StringBuilder();
        if (got.bySynth().isEmpty()) {
            sb.append("no function-task records\n");
        } else {
            sb.append(String.format(Locale.ROOT, "%-32s %6s %6s", "synth", "tasks", "min n"));
            ks.forEach(kv -> sb.append(String.format(Locale.ROOT, " %10s", "pass@" + kv)));
            sb.append('\n');
            for (Map.Entry<String, List<TaskSamples>> e : got.bySynth().entrySet()) {
                List<TaskSamples> tasks = e.getValue();
                int minN = tasks.stream().mapToInt(TaskSamples::n).min().orElse(0);
                sb.append(String.format(Locale.ROOT, "%-32s %6d %6d", e.getKey().isEmpty() ? "-" : e.getKey(), tasks.size(), minN));
                for (int kv : ks) {
                    OptionalDouble v = PassAtK.benchmark(tasks, kv);
                    // reported only where every task has at least k samples
                    sb.append(v.isPresent() ? String.format(Locale.ROOT, " %10.6f", v.getAsDouble()) : String.format(" %10s", "n/a"));
                }
                sb.append('\n');
            }
        }
        if (got.infraFailed() > 0) {
            sb.append(got.infraFailed()).append(" infra_failed record(s) left out\n");
        }
        return sb.toString();
    }

    private static int fail(PrintWriter err, String message, int code) {
        err.println("score passk: " + message);
        err.flush();
        return code;
    }
}
