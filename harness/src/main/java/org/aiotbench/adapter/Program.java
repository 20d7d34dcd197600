package org.aiotbench.adapter;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.aiotbench.catalogue.TaskRuntime;

/**
 * What a synthesizer returns: either source files to run in the sandbox, or (for trusted
 * reference baselines only) Java code that runs in the harness's own process.
 */
public sealed interface Program permits Program.Source, Program.InProcess {

    /** Untrusted source code: files by relative name, run as {@code <runtime> entry IN OUT}. */
    record Source(TaskRuntime language, Map<String, String> files, String entryPoint) implements Program {
        public Source {
            Objects.requireNonNull(language, "language");
            files = Map.copyOf(files);
            if (!files.containsKey(entryPoint)) {
                throw new IllegalArgumentException("entry point " + entryPoint + " is not among the program's files");
            }
        }

        /** A single-file program in the runtime's conventional entry file. */
        public static Source single(TaskRuntime runtime, String code) {
            return new Source(runtime, Map.of(runtime.entry(), code), runtime.entry());
        }
    }

    /** A trusted baseline; it reads the same input view and writes the same output files. */
    record InProcess(String name, Body body) implements Program {
        public InProcess {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(body, "body");
        }
    }

    @FunctionalInterface
    interface Body {
        void run(Path inputDir, Path outputDir) throws Exception;
    }

    /**
     * Implemented by a {@link Body} that measures itself, e.g. a trained baseline's training time
     * and inference latency, which no outside timer can separate from the rest of its run. Read
     * after each successful run and added to the cell's record (see {@link Measurements}).
     */
    interface Measuring {
        /** What the last {@link Body#run} measured. */
        Measurements measurements();
    }

    /**
     * A run's own measurements: {@code metrics} join the scorer's metrics (never replacing one),
     * {@code details} go under {@code details.measured}.
     */
    record Measurements(Map<String, Double> metrics, Map<String, Object> details) {
        public Measurements {
            metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
            details = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
        }
    }
}
