/**
 * Scorers: pure functions from a program's output files and the dataset's ground truth to named
 * metrics. Each task family has one {@link org.aiotbench.scoring.Scorer}; the runner hands it a
 * {@link org.aiotbench.scoring.ScoringContext} and stores the {@link org.aiotbench.scoring.Score}.
 * A {@link org.aiotbench.scoring.ScoringException} says in one line why scoring was impossible
 * and whether the program or the harness is to blame.
 */
package org.aiotbench.scoring;
