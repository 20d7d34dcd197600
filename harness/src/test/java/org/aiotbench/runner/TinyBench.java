package org.aiotbench.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A throw-away benchmark folder for runner tests: one ECG task on a tiny synthetic dataset and
 * sample programs written by the test, so nothing depends on downloaded data.
 */
final class TinyBench {

    final Path root;
    final Path tasks;
    final Path datasets;
    final Path data;
    final Path cache;
    final Path samples;

    TinyBench(Path root) throws IOException {
        this.root = root;
        this.tasks = Files.createDirectories(root.resolve("tasks"));
        this.datasets = Files.createDirectories(root.resolve("datasets"));
        this.data = Files.createDirectories(root.resolve("data"));
        this.cache = Files.createDirectories(root.resolve("cache"));
        this.samples = Files.createDirectories(root.resolve("samples"));
        Files.writeString(datasets.resolve("tiny-ecg.yaml"), """
                id: tiny-ecg
                title: Two one-minute synthetic ECG records
                licence: generated
                citation: ["McSharry et al. 2003"]
                format: WFDB
                synthetic:
                  generator: mcsharry-ecg
                  params: {records: 2, seconds: 60, fs: 360}
                  seed: 7
                """);
        Files.writeString(tasks.resolve("tiny-rpeak.yaml"), """
                id: tiny-rpeak
                version: 1
                family: ecg-rpeak
                title: R peaks on a tiny synthetic set
                dataset: {id: tiny-ecg, records: all}
                prompt:
                  target: Find the R peaks.
                  input: WFDB records in INPUT_DIR.
                  output: OUTPUT_DIR/<record>.txt with one sample index per line.
                runtimes: [python, shell]
                limits: {wall_seconds: 20, memory_mb: 512}
                scoring: {start_seconds: 0}
                baselines: [pan-tompkins]
                """);
    }

    /** Writes sample programs for tiny-rpeak under generator folder {@code name}. */
    Path samples(String name, Map<String, String> files) throws IOException {
        Path dir = Files.createDirectories(samples.resolve(name).resolve("tiny-rpeak"));
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(dir.resolve(f.getKey()), f.getValue());
        }
        return samples.resolve(name);
    }

    /** Without code smells: the analyser's start-up would slow every runner test; RunnerSmellsTest turns it on. */
    RunOptionsBuilder options(Path out, List<String> synths) {
        return new RunOptionsBuilder().tasks("tiny-rpeak").synths(synths).out(out).tasksDir(tasks).progress(false).smells(false);
    }

    org.aiotbench.dataset.Datasets datasetsApi() {
        return org.aiotbench.dataset.Datasets.open(datasets, new org.aiotbench.dataset.DataSettings(data, cache));
    }

    List<org.aiotbench.catalogue.Task> taskList() {
        return org.aiotbench.catalogue.Catalogue.load(tasks).select("tiny-rpeak");
    }

    /** A Python program that writes an empty detections file for every record. */
    static final String EMPTY_OUTPUT = """
            import os, sys
            for f in os.listdir(sys.argv[1]):
                if f.endswith('.hea'):
                    open(os.path.join(sys.argv[2], f[:-4] + '.txt'), 'w').close()
            """;
}
