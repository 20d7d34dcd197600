package org.aiotbench.adapter;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a synthesizer returns: either source files to run in the sandbox, or (for trusted
 * reference baselines only) Java code that runs in the harness's own process.
 */
public sealed interface Program permits Program.Source, Program.InProcess {

    /** Untrusted source code: files by relative name, run as {@code <runtime> entry IN OUT}. */
    record Source(Language language, Map<String, String> files, String entryPoint) implements Program {
        public Source {
            Objects.requireNonNull(language, "language");
            files = Map.copyOf(files);
            if (!files.containsKey(entryPoint)) {
                throw new IllegalArgumentException("entry point " + entryPoint + " is not among the program's files");
            }
        }

        public int sizeBytes() {
            return files.values().stream().mapToInt(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
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

    enum Language {
        PYTHON("python", "main.py"), JAVA("java", "Main.java"), SHELL("shell", "main.sh");

        private final String id;
        private final String defaultEntry;

        Language(String id, String defaultEntry) {
            this.id = id;
            this.defaultEntry = defaultEntry;
        }

        public String id() {
            return id;
        }

        public String defaultEntry() {
            return defaultEntry;
        }

        public static Language fromId(String id) {
            for (Language l : values()) {
                if (l.id.equalsIgnoreCase(id)) {
                    return l;
                }
            }
            throw new IllegalArgumentException("unknown language '" + id + "' (python, java or shell)");
        }

        /** Guesses from a file name; null when the extension says nothing. */
        public static Language fromFileName(String name) {
            String n = name.toLowerCase(java.util.Locale.ROOT);
            if (n.endsWith(".py")) {
                return PYTHON;
            }
            if (n.endsWith(".java")) {
                return JAVA;
            }
            if (n.endsWith(".sh")) {
                return SHELL;
            }
            return null;
        }
    }
}
