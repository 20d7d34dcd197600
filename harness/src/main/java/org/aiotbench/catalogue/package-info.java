/**
 * The task catalogue: versioned, content-hashed benchmark tasks read from YAML files under
 * {@code tasks/} (recursively; {@code samples/} and {@code generators/} folders are skipped).
 *
 * <p>Task file fields (unknown fields are errors, so typos do not pass silently):
 * <pre>
 * id: mitdb-rpeak            # required; [a-z0-9] words joined by single dashes; unique
 * version: 1                 # required; int &gt;= 1; bump when the task's meaning changes
 * family: ecg-rpeak          # required; ecg-rpeak | har | stream | function
 * title: ...                 # required
 * dataset:                   # required
 *   id: mitdb                #   a manifest datasets/mitdb.yaml
 *   records: all             #   optional; 'all' (default) or a list of record names
 *   view: {...}              #   optional; free options for building the input view
 * prompt:                    # required; the AutoIOT/GPIoT template
 *   target: ...              #   required
 *   remarks: ...             #   optional
 *   input: ...               #   required; what INPUT_DIR holds
 *   output: ...              #   required; what to write to OUTPUT_DIR
 * runtimes: [python, java, shell]   # optional; default all three
 * limits:                    # optional; defaults in TaskLimits
 *   wall_seconds: 600
 *   memory_mb: 2048
 *   network: false
 *   max_output_mb: 64
 *   max_processes: 64
 * scoring: {start_seconds: 300}     # optional; free family parameters
 * baselines: [pan-tompkins]  # optional; reference baselines to compare against
 * </pre>
 *
 * <p>YAML is read through a small located tree ({@link org.aiotbench.catalogue.YamlNode}) instead
 * of plain data binding, because every user mistake must be reported as {@code FILE:LINE: reason}
 * with the line of the offending field; Jackson's bound objects forget where values came from.
 * The same tree and {@link org.aiotbench.catalogue.MappingReader} are reused by the dataset
 * manifests in {@code org.aiotbench.dataset}.
 */
package org.aiotbench.catalogue;
