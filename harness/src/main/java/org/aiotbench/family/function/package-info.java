/**
 * The {@code function} task family (IoTBench style): a task specifies one function in natural
 * language with its Python signature; the program is a Python module defining it; hidden test
 * cases decide whether a sample passes; pass@k is computed over samples
 * ({@link org.aiotbench.scoring.function.PassAtK}).
 *
 * <h2>File contract</h2>
 * The generated program is a Python module whose entry file is {@code main.py} (other files it
 * brings sit beside it and may be imported). It is imported, never run as a script: it must
 * define the function named in the task's {@code scoring.function} and do nothing else at import
 * time. It reads no files; the arguments of each case are passed to the function, and its return
 * value (or the exception it raises) is what is judged. Standard output is discarded.
 *
 * <h2>How a sample is run</h2>
 * {@link org.aiotbench.family.function.FunctionFamily#launch} puts the harness-written driver
 * ({@code driver.py}, a resource beside this package) at {@code /work/aiotbench_driver.py} and the
 * candidate's files under {@code /work/candidate/}, and runs the driver in the sandbox with, on
 * its standard input, a JSON document: the cases (arguments, expected value or expected
 * exception class, tolerances, per-case timeout), the settings, a random 32-byte key and a
 * random run id. The driver (the supervisor) reads its stdin to the end, makes itself
 * non-dumpable, and starts a worker: a fresh Python interpreter (exec'd, not forked, so it holds
 * no copy of the supervisor's memory) that imports the candidate and answers one case at a time
 * over a pipe, receiving only that case's arguments. Results travel as plain JSON (NumPy arrays
 * and scalars via {@code tolist()}, bytes as {@code {"$bytes": hex}}), and the supervisor
 * compares them: floats with {@code math.isclose} under the case's or the task's {@code abs_tol}
 * and {@code rel_tol}, NaN equal to NaN when {@code nan_equal} (default true), ints exactly,
 * bools only with bools, lists element by element (tuples and arrays are lists), mappings key
 * by key. An expected exception passes when the raised class or one of its bases has that name.
 * A case that outruns its timeout, or whose worker dies, fails alone: the worker's process group
 * is killed, a fresh worker imports the candidate again, and the remaining cases run. Cases left
 * when the run's time budget (the task's wall limit minus
 * {@value org.aiotbench.family.function.FunctionSpec#VERDICT_MARGIN_SECONDS} s) is spent are
 * recorded as not run. The supervisor writes {@code OUTPUT_DIR/verdict.json}: the per-case
 * outcomes as a JSON text with its HMAC-SHA256 under the key. The harness scores only a verdict
 * whose MAC verifies and whose run id is this run's
 * ({@link org.aiotbench.family.function.Verdict}).
 *
 * <h2>Threat model</h2>
 * Defended, under the bubblewrap or unshare sandbox:
 * <ul>
 * <li>reading the expected values: they never touch the disk inside the sandbox, are never
 *     sent to the worker, and the task files are not mounted; the supervisor is non-dumpable
 *     (no ptrace, no {@code /proc/PID/mem}, {@code environ} or {@code fd} for same-uid processes),
 *     and a test looks for the hidden value everywhere the candidate can read and finds nothing;</li>
 * <li>faking equality: answers are plain JSON, so an object with a lying {@code __eq__} cannot
 *     reach the comparison;</li>
 * <li>forging or editing the verdict: without the key the MAC fails, and the cell is a program
 *     failure; a verdict replayed from another run has the wrong run id;</li>
 * <li>hijacking the driver through files it imports: it runs in isolated mode ({@code -I}), so
 *     nothing the candidate writes into {@code /work} is on its import path;</li>
 * <li>one endless loop or hard exit losing the other cases' results (per-case timeout, restart).</li>
 * </ul>
 * Not defended: a candidate can kill the supervisor, or delete, replace or corrupt the verdict,
 * or exhaust the run's limits; each of these only makes its own sample fail. A candidate that
 * escapes the process group (setsid) survives until the sandbox ends the run. Cases run one
 * after the other in one worker, so module-level state can carry over between cases (as in
 * HumanEval-style harnesses). Without a sandbox ({@code --unsafe-no-sandbox}) nothing above
 * holds: the candidate runs with the user's rights and can read the task files directly. If
 * {@code prctl} is not available the verdict records {@code hardened: false}.
 *
 * <h2>Task YAML</h2>
 * {@code family: function}, {@code dataset: {id: function-args}} (a generated dataset holding
 * only a note: function tasks have no data files), {@code runtimes: [python]}, and the
 * {@code scoring:} block of {@link org.aiotbench.family.function.FunctionSpec}. The prompt's
 * program contract is replaced by the function contract (signature, import-only, limits).
 */
package org.aiotbench.family.function;
