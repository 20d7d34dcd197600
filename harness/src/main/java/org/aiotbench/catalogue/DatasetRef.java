package org.aiotbench.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The data a task runs on.
 *
 * @param id dataset id, matching a manifest {@code datasets/<id>.yaml}
 * @param records record names to use; empty means every record of the dataset ({@code records: all})
 * @param view free family-specific options for building the program's input view
 */
public record DatasetRef(String id, List<String> records, Map<String, Object> view) {
    public DatasetRef {
        Objects.requireNonNull(id, "id");
        records = List.copyOf(records == null ? List.of() : records);
        view = view == null ? Map.of() : PlainValues.immutable(view);
    }

    /** True when the task uses every record of the dataset. */
    public boolean allRecords() {
        return records.isEmpty();
    }
}
