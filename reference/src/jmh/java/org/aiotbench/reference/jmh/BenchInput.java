package org.aiotbench.reference.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.aiotbench.reference.ecg.synthetic.SyntheticEcgDatabase;

/**
 * Where a benchmark's record comes from: {@code $AIOTBENCH_DATA/mitdb/<record>} for a MIT-BIH
 * record name, or, for {@value #SYNTHETIC}, a record generated into a temporary folder (what
 * the benchmarks fall back to when {@code AIOTBENCH_DATA} is unset).
 */
final class BenchInput implements AutoCloseable {

    static final String SYNTHETIC = "synthetic";
    static final String DATA_ENV = "AIOTBENCH_DATA";
    /** Long enough for every detector to leave its learning phase many times over. */
    static final double SYNTHETIC_SECONDS = 600;
    static final double SYNTHETIC_FS = 360;

    private final Path base;
    private final Path temporary;

    private BenchInput(Path base, Path temporary) {
        this.base = base;
        this.temporary = temporary;
    }

    /** The record's base path (directory + name, as {@code WfdbRecord.read} takes it). */
    Path base() {
        return base;
    }

    static BenchInput open(String record) throws IOException {
        if (SYNTHETIC.equals(record)) {
            Path dir = Files.createTempDirectory("aiotbench-jmh");
            // Noisy at 15 dB so the detectors' noise paths run too, not only the clean-beat path.
            SyntheticEcgDatabase.write(dir,
                    SyntheticEcgDatabase.Spec.of(1, SYNTHETIC_SECONDS, SYNTHETIC_FS, 2024).withSnrDb(15));
            return new BenchInput(dir.resolve("s01"), dir);
        }
        Path mitdb = mitdb();
        if (mitdb == null) {
            throw new IllegalStateException("record " + record + " needs " + DATA_ENV
                    + " (a folder holding mitdb/); unset, use -p record=" + SYNTHETIC);
        }
        Path base = mitdb.resolve(record);
        if (!Files.isRegularFile(mitdb.resolve(record + ".hea"))) {
            throw new IllegalStateException(mitdb.resolve(record + ".hea") + ": no such record");
        }
        return new BenchInput(base, null);
    }

    /** {@code $AIOTBENCH_DATA/mitdb}, or null when the variable is unset or blank. */
    static Path mitdb() {
        String data = System.getenv(DATA_ENV);
        return data == null || data.isBlank() ? null : Path.of(data, "mitdb");
    }

    @Override
    public void close() {
        if (temporary == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(temporary)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
