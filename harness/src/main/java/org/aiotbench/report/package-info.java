/**
 * Turns run folders ({@code results.jsonl} + {@code meta.json}, written by the runner) into a
 * leaderboard and writes it in several formats.
 *
 * <p>The flow is: {@link org.aiotbench.report.RunFolderReader} parses a folder (malformed lines
 * become {@link org.aiotbench.report.ReadProblem}s, never exceptions),
 * {@link org.aiotbench.report.LeaderboardBuilder} merges folders (the last record for a cell key
 * wins) and aggregates them into the immutable {@link org.aiotbench.report.Leaderboard}, and each
 * {@link org.aiotbench.report.ReportFormat} renders that model. What a task family contributes
 * (its metric columns, the metric used for ranking and the delta to the best baseline, record
 * labels and an optional per-record {@link org.aiotbench.report.RecordBreakdown}) lives behind
 * {@link org.aiotbench.report.FamilyColumns}, so adding a family or a format touches neither the
 * other formats nor the aggregation.
 */
package org.aiotbench.report;
