/**
 * The result score of {@code stream} tasks (DESIGN.md §2, NL-Sense style): how closely the
 * streams a program writes follow the streams of the task's oracle, by an LCS-style alignment of
 * items. Two modes, chosen by {@link org.aiotbench.scoring.stream.ResultScoreMode}:
 * {@code chainstream} reproduces the published ChainStream evaluator with its quirks so figures
 * compare with the paper; {@code strict} (the default) fixes them.
 *
 * <p>Entry point: {@link org.aiotbench.scoring.stream.ResultScorer#score}; streams are read with
 * {@link org.aiotbench.scoring.stream.StreamFiles}. The alignment is O(n·m) time and O(m) memory
 * with no allocation per cell: field values are interned per field, and for each reference item
 * inverted indexes (by value, by number, by n-gram) list the candidate items with a non-zero
 * similarity, so most cells cost one running-maximum step.
 */
package org.aiotbench.scoring.stream;
