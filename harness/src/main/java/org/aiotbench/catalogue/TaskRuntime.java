package org.aiotbench.catalogue;

import java.util.Arrays;
import java.util.Optional;

/**
 * A language runtime a task allows, with the command and entry file of the program contract
 * ({@code <command> <entry> INPUT_DIR OUTPUT_DIR}).
 */
public enum TaskRuntime {
    PYTHON("python", "python3", "main.py"),
    JAVA("java", "java", "Main.java"),
    SHELL("shell", "sh", "main.sh");

    private final String id;
    private final String command;
    private final String entry;

    TaskRuntime(String id, String command, String entry) {
        this.id = id;
        this.command = command;
        this.entry = entry;
    }

    /** Name used in YAML ("python"). */
    public String id() {
        return id;
    }

    /** Interpreter command ("python3"). */
    public String command() {
        return command;
    }

    /** Entry file name the program must provide ("main.py"). */
    public String entry() {
        return entry;
    }

    /** The invocation line shown to generators, e.g. {@code python3 main.py INPUT_DIR OUTPUT_DIR}. */
    public String invocation() {
        return command + " " + entry + " INPUT_DIR OUTPUT_DIR";
    }

    public static Optional<TaskRuntime> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
