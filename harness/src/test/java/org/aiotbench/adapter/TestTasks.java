package org.aiotbench.adapter;

import java.util.List;
import java.util.Map;
import org.aiotbench.catalogue.DatasetRef;
import org.aiotbench.catalogue.Family;
import org.aiotbench.catalogue.Prompt;
import org.aiotbench.catalogue.Task;
import org.aiotbench.catalogue.TaskLimits;
import org.aiotbench.catalogue.TaskRuntime;

/** Small in-memory tasks for adapter tests. */
final class TestTasks {

    private TestTasks() {
    }

    static Task ecg(String id) {
        return new Task(id, 1, Family.ECG_RPEAK, "test task", new DatasetRef("synthetic-ecg", List.of(), Map.of()),
                new Prompt("Find R peaks.", "", "WFDB records.", "One index per line."), List.of(TaskRuntime.PYTHON),
                TaskLimits.DEFAULTS, Map.of("start_seconds", 0), List.of("pan-tompkins"), null);
    }
}
