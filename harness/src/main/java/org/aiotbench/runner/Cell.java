package org.aiotbench.runner;

import org.aiotbench.adapter.Synthesizer;
import org.aiotbench.catalogue.Task;
import org.aiotbench.dataset.DatasetLocation;
import org.aiotbench.family.TaskFamily;

/** One unit of work: a task, a synthesizer, a sample index, on a located dataset. */
record Cell(Task task, TaskFamily family, DatasetLocation dataset, Synthesizer synth, int sample, long seed, CellKey key) {
}
