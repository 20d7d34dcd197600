package org.aiotbench.report;

import java.nio.file.Path;
import java.util.List;

/**
 * What one run folder holds, as read: every well-formed record in file order (superseded ones
 * included; {@link LeaderboardBuilder} applies last-record-wins), the runs from
 * {@code meta.json}, and the lines or files that had to be skipped.
 *
 * @param name how the folder is named in reports: its last path element, so reports do not
 *     depend on where the folder happened to lie
 */
public record RunFolder(Path dir, String name, List<ResultRecord> records, List<RunMeta> runs,
                        List<ReadProblem> problems) {

    public RunFolder {
        records = List.copyOf(records);
        runs = List.copyOf(runs);
        problems = List.copyOf(problems);
    }
}
