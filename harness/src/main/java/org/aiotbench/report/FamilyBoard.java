package org.aiotbench.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The leaderboard of one task family.
 *
 * @param primaryMetric key of the ranking column ({@code null} when the family has none)
 * @param summary figures over all tasks per synthesizer (see {@link FamilyColumns#summary}); empty for most families
 */
public record FamilyBoard(String family, List<MetricColumn> columns, String primaryMetric,
                          List<TaskBoard> tasks, List<FamilySummaryRow> summary) {

    public FamilyBoard {
        columns = List.copyOf(columns);
        tasks = List.copyOf(tasks);
        summary = List.copyOf(summary == null ? List.of() : summary);
    }

    /** A board without a summary over tasks. */
    public FamilyBoard(String family, List<MetricColumn> columns, String primaryMetric, List<TaskBoard> tasks) {
        this(family, columns, primaryMetric, tasks, List.of());
    }

    /** The ranking column, or {@code null} when the family has none. */
    public MetricColumn primaryColumn() {
        return columns.stream().filter(c -> c.key().equals(primaryMetric)).findFirst().orElse(null);
    }

    /** Whether any row has a code-smell summary, so the smell columns are worth showing. */
    public boolean anySmells() {
        return tasks.stream().flatMap(t -> t.rows().stream()).anyMatch(r -> r.smells() != null);
    }

    /**
     * Plain text that follows "Ranked by <column header>" and says which cells the ranking column
     * counts (the family's own note, else derived from the column), e.g. {@code " (over ok cells)"};
     * {@code null} when the family has no ranking column. Both renderers escape it their own way.
     */
    public String rankingExplanation() {
        MetricColumn primary = primaryColumn();
        if (primary == null) {
            return null;
        }
        Optional<String> note = Families.forFamily(family).rankingNote();
        if (note.isPresent()) {
            return ": " + note.get();
        }
        if (!primary.countsFailedCells()) {
            return " (over ok cells)";
        }
        StringBuilder text = new StringBuilder(": the mean over every cell except infra failures, a program or generation"
                + " failure counting as " + BigDecimal.valueOf(primary.failedCellValue()).stripTrailingZeros().toPlainString());
        for (MetricColumn c : columns) {
            if (c != primary && c.metric().equals(primary.metric()) && !c.countsFailedCells()) {
                text.append("; ").append(c.header()).append(" is over ok cells only");
            }
        }
        return text.toString();
    }
}
