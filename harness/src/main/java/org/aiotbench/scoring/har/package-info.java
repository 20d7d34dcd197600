/**
 * Scoring of the {@code har} family (activity recognition as classification): a program's
 * {@code predictions.csv} against test labels kept outside its sandbox, as accuracy, macro-F1,
 * balanced accuracy, per-class figures and the confusion matrix.
 */
package org.aiotbench.scoring.har;
