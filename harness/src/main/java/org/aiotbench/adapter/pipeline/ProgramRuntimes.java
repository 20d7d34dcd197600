package org.aiotbench.adapter.pipeline;

import java.util.List;
import org.aiotbench.catalogue.Task;
import org.aiotbench.catalogue.TaskRuntime;

/**
 * Which runtimes a pipeline accepts code in: the task's, or only the one the adapter's
 * {@code language} option names (the prompt then names only that one too).
 *
 * @param only the runtime the adapter is restricted to, or null
 */
public record ProgramRuntimes(TaskRuntime only) {

    public List<TaskRuntime> of(Task task) {
        return only == null ? task.runtimes() : List.of(only);
    }
}
