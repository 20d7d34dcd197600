package org.aiotbench.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.aiotbench.catalogue.Catalogue;
import org.aiotbench.catalogue.Problem;
import org.aiotbench.catalogue.Task;
import org.aiotbench.catalogue.TaskRuntime;
import org.aiotbench.dataset.DatasetManifest;
import org.aiotbench.dataset.Datasets;
import org.aiotbench.dataset.Manifests;
import org.aiotbench.family.Families;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tasks list | show ID | validate [PATH...]}: inspect and check the task catalogue. */
@Command(name = "tasks", description = "List, show and validate benchmark tasks.",
        subcommands = {TasksCommand.ListTasks.class, TasksCommand.Show.class, TasksCommand.Validate.class},
        mixinStandardHelpOptions = true)
public final class TasksCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** Loads the catalogue; prints its problems to stderr. Null (after printing) when the folder is unusable. */
    static Catalogue loadReporting(Path tasksDir, PrintWriter err) {
        Catalogue c = Catalogue.load(tasksDir);
        c.problems().forEach(p -> err.println(p));
        return c;
    }

    @Command(name = "list", description = "List the tasks: id, version, family, dataset, title.",
            mixinStandardHelpOptions = true)
    static final class ListTasks implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        CatalogueOptions options;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Catalogue c = loadReporting(options.tasksDir(), spec.commandLine().getErr());
            List<Task> tasks = c.tasks();
            int w = Math.max(2, tasks.stream().mapToInt(t -> t.id().length()).max().orElse(2));
            int d = Math.max(7, tasks.stream().mapToInt(t -> t.dataset().id().length()).max().orElse(7));
            out.printf("%-" + w + "s  %3s  %-9s  %-" + d + "s  %s%n", "ID", "VER", "FAMILY", "DATASET", "TITLE");
            for (Task t : tasks) {
                out.printf("%-" + w + "s  %3d  %-9s  %-" + d + "s  %s%n", t.id(), t.version(), t.family().id(),
                        t.dataset().id(), t.title());
            }
            out.flush();
            return c.hasProblems() ? 1 : 0;
        }
    }

    @Command(name = "show", description = "Show one task: its fields, content hash and the rendered prompt.",
            mixinStandardHelpOptions = true)
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        CatalogueOptions options;
        @Parameters(paramLabel = "ID", description = "Task id.")
        String id;
        @Option(names = "--runtime", paramLabel = "RUNTIME",
                description = "Render the prompt for one runtime (python, java, shell) instead of all allowed ones.")
        String runtime;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Catalogue c = Catalogue.load(options.tasksDir());
            Optional<Task> ot = c.find(id);
            if (ot.isEmpty()) {
                Optional<Problem> own = c.problems().stream().filter(p -> p.file().getFileName().toString()
                        .replaceFirst("\\.ya?ml$", "").equals(id)).findFirst();
                err.println(own.map(p -> "task " + id + " is invalid: " + p)
                        .orElse("no task '" + id + "' in " + options.tasksDir() + " (known: "
                                + (c.tasks().isEmpty() ? "none" : c.tasks().stream().map(Task::id).collect(Collectors.joining(", "))) + ")"));
                return 1;
            }
            Task t = ot.get();
            String prompt;
            if (runtime != null) {
                Optional<TaskRuntime> rt = TaskRuntime.fromId(runtime);
                if (rt.isEmpty() || !t.runtimes().contains(rt.get())) {
                    err.println("task " + id + " does not allow runtime '" + runtime + "' (allowed: "
                            + t.runtimes().stream().map(TaskRuntime::id).collect(Collectors.joining(", ")) + ")");
                    return 1;
                }
                prompt = t.renderPrompt(rt.get());
            } else {
                prompt = t.renderPrompt();
            }
            out.println("id:        " + t.id());
            out.println("version:   " + t.version());
            out.println("family:    " + t.family().id());
            out.println("title:     " + t.title());
            out.println("file:      " + t.source());
            out.println("hash:      " + t.contentHash());
            out.println("results:   " + t.resultHash() + " (the hash results are keyed by: all but baselines)");
            out.println("dataset:   " + t.dataset().id() + (t.dataset().allRecords() ? " (all records)"
                    : " (records " + String.join(", ", t.dataset().records()) + ")")
                    + (t.dataset().view().isEmpty() ? "" : " view " + t.dataset().view()));
            out.println("runtimes:  " + t.runtimes().stream().map(TaskRuntime::id).collect(Collectors.joining(", ")));
            out.println("limits:    wall " + t.limits().wallSeconds() + " s, memory " + t.limits().memoryMb()
                    + " MB, network " + (t.limits().network() ? "on" : "off") + ", output " + t.limits().maxOutputMb()
                    + " MB, processes " + t.limits().maxProcesses());
            out.println("scoring:   " + (t.scoring().isEmpty() ? "(defaults)" : format(t.scoring())));
            out.println("baselines: " + (t.baselines().isEmpty() ? "(none)" : String.join(", ", t.baselines())));
            out.println();
            out.println("----- prompt -----");
            out.print(prompt);
            out.flush();
            return 0;
        }

        private static String format(Map<String, Object> m) {
            return m.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
        }
    }

    @Command(name = "validate", description = "Check task files; print each problem as FILE:LINE: reason.",
            mixinStandardHelpOptions = true)
    static final class Validate implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        CatalogueOptions options;
        @Parameters(paramLabel = "PATH", arity = "0..*",
                description = "Task files or folders (default: the tasks folder).")
        List<Path> paths = new ArrayList<>();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            List<Path> what = paths.isEmpty() ? List.of(options.tasksDir()) : paths;
            if (paths.isEmpty() && !Files.isDirectory(options.tasksDir())) {
                err.println("tasks folder " + options.tasksDir() + " not found (use --tasks-dir DIR)");
                return 1;
            }
            Catalogue c = Catalogue.loadFiles(what);
            List<Problem> problems = new ArrayList<>(c.problems());
            // Cross-check dataset references when manifests are at hand; a task naming a dataset
            // nobody can obtain would only fail at run time otherwise.
            if (Files.isDirectory(options.datasetsDir())) {
                Manifests manifests = Manifests.load(options.datasetsDir());
                for (Task t : c.tasks()) {
                    Optional<DatasetManifest> m = manifests.find(t.dataset().id());
                    int line = c.fieldLine(t.id(), "dataset");
                    if (m.isEmpty()) {
                        if (manifests.problems().stream().noneMatch(p -> p.file().getFileName().toString()
                                .startsWith(t.dataset().id() + "."))) {
                            problems.add(new Problem(t.source(), line, "unknown dataset '" + t.dataset().id()
                                    + "': no manifest in " + options.datasetsDir()));
                        }
                    } else {
                        List<String> unknown = Datasets.unknownRecords(m.get(), t.dataset());
                        if (!unknown.isEmpty()) {
                            problems.add(new Problem(t.source(), line, "dataset " + t.dataset().id()
                                    + " has no record(s) " + String.join(", ", unknown)));
                        }
                    }
                }
            }
            for (Task t : c.tasks()) { // family-specific fields, e.g. a function task's test cases
                Families.get(t.family().id()).ifPresent(f -> f.problems(t).forEach(p ->
                        problems.add(new Problem(t.source(), c.fieldLine(t.id(), "scoring"), p))));
            }
            problems.forEach(err::println);
            int bad = (int) problems.stream().map(Problem::file).distinct().count();
            out.println(c.tasks().size() + " task(s) valid" + (problems.isEmpty() ? "" : ", " + problems.size()
                    + " problem(s) in " + bad + " file(s)"));
            out.flush();
            err.flush();
            return problems.isEmpty() ? 0 : 1;
        }
    }
}
