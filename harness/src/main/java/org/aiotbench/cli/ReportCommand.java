package org.aiotbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.aiotbench.report.Leaderboard;
import org.aiotbench.report.MarkdownReport;
import org.aiotbench.report.ReportException;
import org.aiotbench.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code aiotbench report DIR… [--out REPORTDIR]}: builds the leaderboard of one or more run
 * folders, writes every report format into REPORTDIR and prints the tables for a quick look.
 * Exit 0 on success, 1 for a problem with the input (one line on stderr), 2 for bad usage.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Build the leaderboard of one or more run folders and write leaderboard.json, "
                + "leaderboard.md and leaderboard.html (with plots).",
                "When folders share a cell key, the record from the folder given later wins."})
public final class ReportCommand implements Callable<Integer> {

    /** Where reports go when --out is not given, relative to the working directory. */
    public static final String DEFAULT_OUT = "reports/latest";

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR",
            description = "Run folders (each with results.jsonl and meta.json).")
    List<Path> runDirs;

    @Option(names = "--out", paramLabel = "REPORTDIR", defaultValue = DEFAULT_OUT,
            description = "Folder to write the reports into (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try {
            Leaderboard lb = Reports.build(runDirs);
            for (String w : lb.warnings()) {
                stderr.println("report: warning: " + w);
            }
            List<Path> written = Reports.write(lb, out, Reports.defaultFormats());
            new MarkdownReport().writeTables(lb, stdout);
            for (Path p : written) {
                stdout.println("Wrote " + p);
            }
            stdout.flush();
            stderr.flush();
            return 0;
        } catch (ReportException e) {
            stderr.println("report: " + e.getMessage());
            stderr.flush();
            return 1;
        } catch (IOException e) {
            stderr.println("report: cannot write to " + out + ": " + e.getMessage());
            stderr.flush();
            return 1;
        }
    }
}
