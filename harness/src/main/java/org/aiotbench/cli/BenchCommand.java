package org.aiotbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.aiotbench.reference.ecg.bench.DetectorThroughput;
import org.aiotbench.reference.ecg.bench.ThroughputReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: speed of the reference library. Speed targets are ratios to a peer measured in
 * the same run, so this prints a table to compare rather than asserting anything.
 */
@Command(name = "bench", description = "Measure the speed of the reference library.",
        subcommands = {BenchCommand.Ecg.class, BenchHarCommand.class, CommandLine.HelpCommand.class})
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code bench ecg}: every registered beat detector over a whole WFDB database. */
    @Command(name = "ecg", description = {
            "Run every registered ECG beat detector over every record of a WFDB database (batch, and "
                    + "streamed in blocks of " + DetectorThroughput.BLOCK + " samples where the detector streams), "
                    + "one thread, and print samples per CPU second (median over rounds), the same including "
                    + "the WFDB decode, and the ratio to Pan-Tompkins measured in the same run."})
    static final class Ecg implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--db", required = true, paramLabel = "DIR",
                description = "Folder of WFDB records, e.g. the 48 MIT-BIH records (RECORDS, else every .hea).")
        Path db;

        @Option(names = "--warmup", defaultValue = "" + DetectorThroughput.DEFAULT_WARMUP_ROUNDS, paramLabel = "N",
                description = "Warm-up rounds over the whole database (default: ${DEFAULT-VALUE}).")
        int warmup;

        @Option(names = "--rounds", defaultValue = "" + DetectorThroughput.DEFAULT_MEASURED_ROUNDS, paramLabel = "N",
                description = "Measured rounds; the table shows medians (default: ${DEFAULT-VALUE}).")
        int rounds;

        @Option(names = "--quiet", description = "Do not print progress lines on stderr.")
        boolean quiet;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (warmup < 0 || rounds < 1) {
                err.println("aiotbench bench ecg: need --warmup >= 0 and --rounds >= 1");
                return 2;
            }
            try {
                ThroughputReport report = DetectorThroughput.measure(db, warmup, rounds,
                        line -> {
                            if (!quiet) {
                                err.println(line);
                                err.flush();
                            }
                        });
                spec.commandLine().getOut().print(report.table());
                spec.commandLine().getOut().flush();
                return 0;
            } catch (IOException | RuntimeException e) {
                err.println("aiotbench bench ecg: " + Main.oneLine(e));
                return 1;
            }
        }
    }
}
