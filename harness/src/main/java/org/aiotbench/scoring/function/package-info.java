/**
 * Scoring of {@code function} tasks (IoTBench style): pass@k with the unbiased estimator of
 * DESIGN.md §2 ({@link org.aiotbench.scoring.function.PassAtK}), per task and averaged over
 * tasks, and its aggregation from a results file
 * ({@link org.aiotbench.scoring.function.PassAtKResults}).
 */
package org.aiotbench.scoring.function;
