/**
 * The {@code stream} task family (NL-Sense style context-sensing programs over data streams).
 *
 * <h2>What a program sees (INPUT_DIR)</h2>
 * <pre>
 * streams.json        {"synthetic": true, "streams": [{"id": "heart_rate", "file": "heart_rate.jsonl",
 *                      "meaning": "...", "fields": {"ts": {"type": "integer", "meaning": "..."}, ...}}]}
 * &lt;id&gt;.jsonl         each input stream: one flat JSON object per line, in time order; every item
 *                     has an integer "ts" (Unix seconds on the virtual clock of the data)
 * </pre>
 * The program writes each output stream the task names as {@code OUTPUT_DIR/<id>.jsonl}, one
 * JSON object per line. Time windows use the items' {@code ts}, never the wall clock, so every
 * replay of the same data gives the same output.
 *
 * <h2>Task YAML</h2>
 * <pre>
 * family: stream
 * dataset: {id: synthetic-streams}   # a dataset written by the stream-day generator
 * baselines: [oracle]                # the oracle as reference/oracle (scores 1.0 by construction)
 * scoring:
 *   oracle: hr-above-100     # optional; default: the task id without its "stream-" prefix. Names an
 *                            # oracle of org.aiotbench.reference.stream.StreamOracles, which fixes
 *                            # the input streams shown and the output streams scored
 *   difficulty: single-step  # required: single-step | multi-step
 *   modality: sensor         # required: sensor | text | sensor+text
 *   mode: strict             # optional: strict (default) | chainstream; which mode result_score uses
 *   tolerance: 1.0e-10       # optional: relative tolerance for numbers in strict mode (default 1e-10,
 *                            # tight enough that Unix timestamps compare exactly)
 *   soft: false              # optional: a field missing from a candidate item adds 0 instead of zeroing it
 * </pre>
 *
 * <h2>Scoring</h2>
 * Every scored cell records {@code result_score} (in the task's mode) and both
 * {@code result_score_strict} and {@code result_score_chainstream}, so a report can show either
 * mode without re-running; per-stream item counts and scores go to {@code details.streams}.
 * The oracle's output is computed in-process from the same input files (see
 * {@link org.aiotbench.family.stream.StreamScoring}).
 */
package org.aiotbench.family.stream;
