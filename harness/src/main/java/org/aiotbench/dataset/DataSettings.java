package org.aiotbench.dataset;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where data lives on this machine.
 *
 * @param dataDir the data folder; dataset {@code X} is {@code dataDir/X/}
 * @param cacheDir folder for generated data ({@code cacheDir/synthetic/...})
 */
public record DataSettings(Path dataDir, Path cacheDir) {
    public static final String DATA_ENV = "AIOTBENCH_DATA";
    public static final String CACHE_ENV = "AIOTBENCH_CACHE";

    public DataSettings {
        dataDir = Objects.requireNonNull(dataDir, "dataDir").toAbsolutePath().normalize();
        cacheDir = Objects.requireNonNull(cacheDir, "cacheDir").toAbsolutePath().normalize();
    }

    /** {@code dataOption} (a {@code --data} value) if given, else the environment, else {@code ./data}. */
    public static DataSettings resolve(Path dataOption) {
        return resolve(dataOption, System.getenv());
    }

    /** As {@link #resolve(Path)} with an explicit environment (for tests). */
    public static DataSettings resolve(Path dataOption, Map<String, String> env) {
        Path data = dataOption != null ? dataOption
                : nonBlank(env.get(DATA_ENV)) ? Path.of(env.get(DATA_ENV)) : Path.of("data");
        Path cache = nonBlank(env.get(CACHE_ENV)) ? Path.of(env.get(CACHE_ENV))
                : Path.of(System.getProperty("user.home"), ".cache", "aiotbench");
        return new DataSettings(data, cache);
    }

    private static boolean nonBlank(String s) {
        return s != null && !s.isBlank();
    }

    /** The folder of dataset {@code id} (whether or not it exists). */
    public Path datasetDir(String id) {
        return dataDir.resolve(id);
    }
}
