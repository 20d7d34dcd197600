package org.aiotbench.catalogue;

import java.util.Map;

/**
 * The program contract of {@code function} tasks, which replaces the INPUT_DIR/OUTPUT_DIR one in
 * their prompt: the program is a Python module defining one function, imported by the harness's
 * driver and called once per hidden test case (see org.aiotbench.family.function).
 */
final class FunctionContract {

    private FunctionContract() {
    }

    static void append(StringBuilder b, Task task) {
        Map<String, Object> s = task.scoring();
        Object signature = s.getOrDefault("signature", "def " + s.getOrDefault("function", "f") + "(...)");
        Object timeout = s.getOrDefault("timeout_seconds", 2);
        b.append("## Program contract\n");
        b.append("Write one complete Python 3 module, `main.py`, that defines this function:\n\n");
        b.append("    ").append(signature).append("\n\n");
        b.append("- The harness imports the module and calls the function once per hidden test case with the"
                + " arguments described above; it compares the return value (or the exception raised, where the"
                + " specification asks for one) with the expected result. Floats are compared with a small"
                + " tolerance; lists, tuples and NumPy arrays compare as lists; `bytes` values are `bytes`.\n");
        b.append("- Importing the module must not run anything but definitions: no input is read from files,"
                + " standard input or the command line, and standard output is ignored.\n");
        b.append("- Use the Python standard library (NumPy may be used where it is installed).\n");
        b.append("- Limits: ").append(timeout).append(" s per call, ").append(task.limits().memoryMb())
                .append(" MB of memory, no network access.\n");
    }
}
