package org.aiotbench.cli;

import java.io.PrintWriter;
import org.aiotbench.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code aiotbench <command> …}. */
@Command(name = "aiotbench", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Benchmark harness for natural-language-to-IoT program generators.",
        subcommands = {RunCommand.class, TasksCommand.class, DatasetsCommand.class, ScoreCommand.class,
                ReportCommand.class, MergeCommand.class, DetectCommand.class, DetectorsCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (0 ok, 1 failure, 2 usage). */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            // Anything a command did not turn into a message itself is still one line, never a trace.
            line.getErr().println("aiotbench: error: " + oneLine(ex));
            if (System.getenv("AIOTBENCH_DEBUG") != null) {
                ex.printStackTrace(line.getErr());
            }
            return 1;
        });
        cl.setParameterExceptionHandler((ex, args2) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("aiotbench: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return 2;
        });
        return cl.execute(args);
    }

    static String oneLine(Throwable ex) {
        String m = ex.getMessage() == null ? ex.toString() : ex.getMessage();
        return m.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"aiotbench " + Version.get()};
        }
    }
}
