package org.aiotbench.reference.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.aiotbench.reference.ecg.Detectors;
import org.aiotbench.reference.ecg.StreamingBeatDetector;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Entry point of {@code benchmarks.jar}: JMH's own command line (every JMH option works, e.g.
 * {@code -h}, {@code -l}, a benchmark regex, {@code -p}, {@code -f}, {@code -i}), plus the
 * parameters JMH annotations cannot know: {@code detector} gets every registered detector,
 * {@code streamingDetector} every registered {@link StreamingBeatDetector}, and {@code record}
 * becomes {@value BenchInput#SYNTHETIC} when {@code AIOTBENCH_DATA} is unset. A value given with
 * {@code -p} wins over these.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) {
        try {
            CommandLineOptions cmd = new CommandLineOptions(args);
            if (cmd.shouldHelp()) {
                cmd.showHelp();
                return;
            }
            ChainedOptionsBuilder options = new OptionsBuilder().parent(cmd);
            List<String> all = new ArrayList<>(Detectors.names());
            List<String> streaming = all.stream()
                    .filter(n -> Detectors.get(n) instanceof StreamingBeatDetector).toList();
            if (!cmd.getParameter("detector").hasValue()) {
                options.param("detector", all.toArray(String[]::new));
            }
            if (!cmd.getParameter("streamingDetector").hasValue()) {
                if (streaming.isEmpty()) {
                    System.err.println("note: no registered detector streams yet; skipping "
                            + DetectorStreamingBenchmark.class.getSimpleName());
                    options.exclude(DetectorStreamingBenchmark.class.getSimpleName());
                } else {
                    options.param("streamingDetector", streaming.toArray(String[]::new));
                }
            }
            if (!cmd.getParameter("record").hasValue()) {
                if (BenchInput.mitdb() == null) {
                    System.err.println("note: " + BenchInput.DATA_ENV
                            + " is not set; benchmarking a synthetic record (set it for MIT-BIH 100 and 208)");
                    options.param("record", BenchInput.SYNTHETIC);
                } else if (!Files.isRegularFile(BenchInput.mitdb().resolve("100.hea"))) {
                    System.err.println(BenchInput.mitdb().resolve("100.hea") + ": not found ("
                            + BenchInput.DATA_ENV + " must hold mitdb/); or pass -p record=" + BenchInput.SYNTHETIC);
                    System.exit(1);
                }
            }
            Runner runner = new Runner(options.build());
            if (cmd.shouldList()) {
                runner.list();
            } else if (cmd.shouldListWithParams()) {
                runner.listWithParams(cmd);
            } else {
                runner.run();
            }
        } catch (CommandLineOptionException e) {
            System.err.println("benchmarks: " + e.getMessage());
            System.exit(2);
        } catch (RunnerException | IOException e) {
            System.err.println("benchmarks: " + e.getMessage());
            System.exit(1);
        }
    }
}
