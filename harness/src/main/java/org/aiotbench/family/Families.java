package org.aiotbench.family;

import java.util.List;
import java.util.Optional;

/** The task families the harness can run. */
public final class Families {

    private static final List<TaskFamily> ALL = List.of(new EcgRpeakFamily(), new HarFamily(), new StreamFamily(),
            new org.aiotbench.family.function.FunctionFamily());

    private Families() {
    }

    public static Optional<TaskFamily> get(String id) {
        return ALL.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return ALL.stream().map(TaskFamily::id).toList();
    }
}
