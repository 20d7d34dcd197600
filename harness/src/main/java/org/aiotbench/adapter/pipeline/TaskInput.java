package org.aiotbench.adapter.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The task's test input view (the files a program would see in INPUT_DIR), for the one kind of
 * generator that must read it: code-free baselines, which send the data itself to the model and
 * are scored on their answers. Program-writing pipelines never look at it.
 */
public interface TaskInput {

    /** Files by their name in INPUT_DIR (a folder stands for its whole tree). */
    Map<String, Path> files() throws IOException;

    /** For requests built without a runner (tests, tools). */
    TaskInput NONE = () -> {
        throw new IOException("no task input was handed to this generator");
    };
}
