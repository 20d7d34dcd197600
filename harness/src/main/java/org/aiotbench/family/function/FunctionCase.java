package org.aiotbench.family.function;

import java.util.List;
import java.util.Objects;

/**
 * One hidden test case of a function task.
 *
 * @param name unique within the task, shown in per-test results
 * @param args positional arguments, plain YAML values ({@code {$bytes: hex}} for byte strings)
 * @param expect the expected return value; ignored when {@code raises} is set
 * @param raises name of the exception class the call must raise (it or a subclass), or null
 * @param absTol absolute tolerance for floats, null for the task's
 * @param relTol relative tolerance for floats, null for the task's
 * @param timeoutSeconds this case's time limit, null for the task's
 */
public record FunctionCase(String name, List<Object> args, Object expect, String raises, Double absTol, Double relTol,
                           Double timeoutSeconds) {
    public FunctionCase {
        Objects.requireNonNull(name, "name");
        args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
    }
}
