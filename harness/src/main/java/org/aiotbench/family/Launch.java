package org.aiotbench.family;

import org.aiotbench.adapter.Program;

/**
 * How a generated program is started in the sandbox: the files and entry point actually run,
 * and the bytes on its standard input. Most families run the program as generated with an
 * empty stdin; a family may instead wrap it, e.g. in a harness-written driver that reads hidden
 * test cases on stdin and imports the generated code ({@code function} tasks). A family that
 * wraps gets its own launch back in
 * {@link TaskFamily#score(org.aiotbench.catalogue.Task, DataContext, java.nio.file.Path, Launch)},
 * so it can keep per-run secrets there that never touch the disk.
 */
public interface Launch {

    /** What the sandbox runs. */
    Program.Source program();

    /** Bytes fed to the program's standard input (empty: immediate end of file). */
    default byte[] stdin() {
        return new byte[0];
    }

    /** The program as generated, empty stdin. */
    static Launch asIs(Program.Source program) {
        return () -> program;
    }
}
