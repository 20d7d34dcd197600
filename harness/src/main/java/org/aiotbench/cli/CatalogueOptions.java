package org.aiotbench.cli;

import java.nio.file.Path;
import org.aiotbench.Home;
import org.aiotbench.dataset.DataSettings;
import org.aiotbench.dataset.Datasets;
import picocli.CommandLine.Option;

/**
 * Options shared by commands that read tasks, manifests or data (a picocli mixin:
 * {@code @Mixin CatalogueOptions catalogue;}).
 */
public final class CatalogueOptions {

    @Option(names = "--tasks-dir", paramLabel = "DIR", defaultValue = "tasks",
            description = "Folder of task YAML files (default: ${DEFAULT-VALUE}).")
    Path tasksDir;

    @Option(names = "--datasets-dir", paramLabel = "DIR", defaultValue = "datasets",
            description = "Folder of dataset manifests (default: ${DEFAULT-VALUE}).")
    Path datasetsDir;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder; dataset X lives in DIR/X (default: $AIOTBENCH_DATA, else ./data).")
    Path data;

    public Path tasksDir() {
        return Home.resolve(tasksDir);
    }

    public Path datasetsDir() {
        return Home.resolve(datasetsDir);
    }

    /** The data and cache folders after applying {@code --data}, the environment and defaults. */
    public DataSettings dataSettings() {
        return DataSettings.resolve(data);
    }

    /** Dataset operations over {@link #datasetsDir()} and {@link #dataSettings()}. */
    public Datasets datasets() {
        return Datasets.open(datasetsDir(), dataSettings());
    }
}
