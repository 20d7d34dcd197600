package org.aiotbench.smell;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.aiotbench.FileTrees;
import org.aiotbench.adapter.Program;
import org.aiotbench.catalogue.TaskRuntime;
import org.sonarsource.sonarlint.core.StandaloneSonarLintEngineImpl;
import org.sonarsource.sonarlint.core.analysis.api.AnalysisResults;
import org.sonarsource.sonarlint.core.analysis.api.ClientInputFile;
import org.sonarsource.sonarlint.core.client.api.common.PluginDetails;
import org.sonarsource.sonarlint.core.client.api.common.analysis.Issue;
import org.sonarsource.sonarlint.core.client.api.standalone.StandaloneAnalysisConfiguration;
import org.sonarsource.sonarlint.core.client.api.standalone.StandaloneGlobalConfiguration;
import org.sonarsource.sonarlint.core.client.api.standalone.StandaloneRuleDetails;
import org.sonarsource.sonarlint.core.commons.Language;
import org.sonarsource.sonarlint.core.commons.log.ClientLogOutput;

/**
 * The embedded, offline analysis: SonarLint's standalone engine with the Java and Python analyzer
 * plugins, each rule active that SonarLint activates by default (SonarQube's "Sonar way"). The only
 * class that touches the SonarLint API, so nothing else fails to link when the engine jar is
 * missing. Programs are written to real files (the analyzers read from disk) and a batch of
 * programs goes into one {@code analyze()} call.
 */
final class SonarLintAnalyzer implements CodeAnalyzer {

    /** Languages we run, with the SonarLint language and the suffix its analyzer reads. */
    private static final Map<TaskRuntime, Language> LANGUAGES = Map.of(TaskRuntime.PYTHON, Language.PYTHON,
            TaskRuntime.JAVA, Language.JAVA);

    private final StandaloneSonarLintEngineImpl engine;
    private final Path scratch;
    private final String tool;
    private final Map<Language, Integer> activeRules;
    private final Map<Language, String> missing;
    private final List<PluginDetails> plugins;
    private final List<String> warnings;
    private final long startMillis;
    private long analysedFiles;
    private long analysisMillis;
    private int batches;

    private SonarLintAnalyzer(StandaloneSonarLintEngineImpl engine, Path scratch, Map<Language, Integer> activeRules,
                              Map<Language, String> missing, List<PluginDetails> plugins, List<String> warnings,
                              long startMillis) {
        this.engine = engine;
        this.scratch = scratch;
        this.tool = SonarVersions.BUILT.tool();
        this.activeRules = activeRules;
        this.missing = missing;
        this.plugins = plugins;
        this.warnings = warnings;
        this.startMillis = startMillis;
    }

    /**
     * Starts the engine and checks that each language has rules: an incompatible plugin is
     * skipped by the engine without an error, which would otherwise show as clean programs.
     *
     * @throws IllegalStateException with a one-line reason when the engine cannot start at all
     */
    static SonarLintAnalyzer start(List<Path> pluginJars) {
        long t0 = System.nanoTime();
        Path scratch;
        try {
            scratch = Files.createTempDirectory("aiotbench-sonarlint-");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a work folder for SonarLint: " + e.getMessage(), e);
        }
        List<String> errors = new CopyOnWriteArrayList<>();
        AtomicBoolean starting = new AtomicBoolean(true);
        // Errors while starting become warnings; later ones (a program that does not parse) show
        // in that program's "unavailable" reason instead, so they are not kept here.
        ClientLogOutput log = (msg, level) -> {
            if (level == ClientLogOutput.Level.ERROR && starting.get()) {
                errors.add(msg);
            }
        };
        StandaloneGlobalConfiguration config = StandaloneGlobalConfiguration.builder()
                .addPlugins(pluginJars.toArray(Path[]::new))
                .addEnabledLanguages(LANGUAGES.values().toArray(Language[]::new))
                .setSonarLintUserHome(scratch.resolve("home"))
                .setWorkDir(scratch.resolve("work"))
                .setLogOutput(log)
                .build();
        StandaloneSonarLintEngineImpl engine;
        try {
            engine = new StandaloneSonarLintEngineImpl(config);
        } catch (RuntimeException | LinkageError e) {
            FileTrees.deleteQuietly(scratch);
            throw new IllegalStateException("SonarLint engine did not start: " + oneLine(e.toString()), e);
        }
        Map<Language, Integer> active = new EnumMap<>(Language.class);
        for (StandaloneRuleDetails r : engine.getAllRuleDetails()) {
            if (r.isActiveByDefault()) {
                active.merge(r.getLanguage(), 1, Integer::sum);
            }
        }
        List<PluginDetails> plugins = List.copyOf(engine.getPluginDetails());
        List<String> warnings = new ArrayList<>();
        for (PluginDetails p : plugins) {
            p.skipReason().ifPresent(r -> warnings.add("SonarLint skipped plugin " + p.key() + " " + p.version() + ": "
                    + r.getClass().getSimpleName()));
        }
        Map<Language, String> missing = new EnumMap<>(Language.class);
        for (Language l : LANGUAGES.values()) {
            if (active.getOrDefault(l, 0) == 0) {
                String why = "no " + l.getLabel() + " rules loaded (the " + l.getPluginKey()
                        + " analyzer plugin is missing or incompatible with sonarlint-core " + SonarVersions.BUILT.core() + ")";
                missing.put(l, why);
                warnings.add("code smells unavailable for " + l.getLabel() + " programs: " + why);
            }
        }
        starting.set(false);
        errors.forEach(e -> warnings.add("SonarLint: " + oneLine(e)));
        return new SonarLintAnalyzer(engine, scratch, active, missing, plugins, warnings, (System.nanoTime() - t0) / 1_000_000);
    }

    @Override
    public String tool() {
        return tool;
    }

    @Override
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Active rules per SonarLint language key ({@code py}, {@code java}). */
    Map<String, Integer> activeRules() {
        Map<String, Integer> out = new TreeMap<>();
        activeRules.forEach((l, n) -> out.put(l.getLanguageKey(), n));
        return out;
    }

    @Override
    public synchronized <K> Map<K, Smells> analyze(Map<K, Program.Source> programs) {
        Map<K, Smells> out = new LinkedHashMap<>();
        Map<K, Smells.Tally> tallies = new LinkedHashMap<>();
        Map<K, String> failed = new LinkedHashMap<>();
        List<ClientInputFile> inputs = new ArrayList<>();
        Path batch = null;
        try {
            batch = Files.createTempDirectory(scratch, "batch-");
            int i = 0;
            for (Map.Entry<K, Program.Source> e : programs.entrySet()) {
                Program.Source p = e.getValue();
                Language lang = LANGUAGES.get(p.language());
                String why = lang == null ? "no analyser for " + p.language().id() + " programs" : missing.get(lang);
                if (why != null) {
                    out.put(e.getKey(), Smells.unavailable(tool, why));
                    continue;
                }
                Path dir = batch.resolve("p" + i++);
                List<ClientInputFile> files = write(e.getKey(), p, lang, dir);
                if (files.isEmpty()) {
                    out.put(e.getKey(), Smells.unavailable(tool, "no " + lang.getLabel() + " source file among the program's files"));
                    continue;
                }
                inputs.addAll(files);
                tallies.put(e.getKey(), new Smells.Tally());
            }
            if (!inputs.isEmpty()) {
                run(batch, inputs, tallies, failed);
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            // Whatever broke, it broke for the whole batch: each program says so rather than
            // reporting the issues found before it happened.
            String why = "analysis failed: " + oneLine(e.toString());
            tallies.keySet().forEach(k -> failed.put(k, why));
            programs.keySet().forEach(k -> out.putIfAbsent(k, Smells.unavailable(tool, why)));
        } finally {
            FileTrees.deleteQuietly(batch);
        }
        tallies.forEach((k, t) -> out.putIfAbsent(k, failed.containsKey(k) ? Smells.unavailable(tool, failed.get(k)) : t.toSmells(tool)));
        Map<K, Smells> ordered = new LinkedHashMap<>();
        programs.keySet().forEach(k -> ordered.put(k, out.get(k)));
        return ordered;
    }

    private <K> void run(Path batch, List<ClientInputFile> inputs, Map<K, Smells.Tally> tallies, Map<K, String> failed) {
        long t0 = System.nanoTime();
        StandaloneAnalysisConfiguration config = StandaloneAnalysisConfiguration.builder()
                .setBaseDir(batch)
                .addInputFiles(inputs)
                // Generated Java targets the JDK the sandbox runs (17): without this the Java
                // analyzer assumes an older language level and misreads records, var, switch arrows.
                .putExtraProperty("sonar.java.source", "17")
                .build();
        AnalysisResults results = engine.analyze(config, issue -> count(issue, tallies), (m, l) -> { }, null);
        for (ClientInputFile f : results.failedAnalysisFiles()) {
            SourceFile sf = f.getClientObject();
            @SuppressWarnings("unchecked")
            K key = (K) sf.program();
            failed.putIfAbsent(key, "the analyser could not parse " + sf.relativePath());
        }
        analysisMillis += (System.nanoTime() - t0) / 1_000_000;
        analysedFiles += inputs.size();
        batches++;
    }

    private static <K> void count(Issue issue, Map<K, Smells.Tally> tallies) {
        if (issue.getInputFile() == null || issue.getType() == null) {
            return;
        }
        IssueType type = switch (issue.getType()) {
            case BUG -> IssueType.BUG;
            case VULNERABILITY -> IssueType.VULNERABILITY;
            case CODE_SMELL -> IssueType.CODE_SMELL;
            case SECURITY_HOTSPOT -> null;
        };
        if (type == null) {
            return;
        }
        SourceFile sf = issue.getInputFile().getClientObject();
        Smells.Tally t = tallies.get(sf.program());
        if (t != null) {
            synchronized (t) {
                t.add(type, Severity.valueOf(issue.getSeverity().name()), issue.getRuleKey());
            }
        }
    }

    private static List<ClientInputFile> write(Object key, Program.Source p, Language lang, Path dir) throws IOException {
        Set<String> suffixes = Set.of(lang.getDefaultFileSuffixes());
        List<ClientInputFile> files = new ArrayList<>();
        for (Map.Entry<String, String> f : new TreeMap<>(p.files()).entrySet()) {
            Path target = dir.resolve(f.getKey()).normalize();
            if (!target.startsWith(dir)) {
                continue; // the runner refuses such a program too
            }
            Files.createDirectories(target.getParent());
            Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
            String name = target.getFileName().toString();
            int dot = name.lastIndexOf('.');
            if (dot >= 0 && suffixes.contains(name.substring(dot))) {
                files.add(new SourceFile(key, target, dir.relativize(target).toString(), lang));
            }
        }
        return files;
    }

    @Override
    public synchronized ObjectNode describe() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("tool", tool);
        ObjectNode ps = n.putObject("plugins");
        for (PluginDetails p : plugins) {
            ObjectNode o = ps.putObject(p.key());
            o.put("name", p.name());
            o.put("version", p.version());
            p.skipReason().ifPresent(r -> o.put("skipped", r.getClass().getSimpleName()));
        }
        ObjectNode rules = n.putObject("active_rules");
        activeRules().forEach(rules::put);
        n.put("rule_set", "SonarLint defaults (rules active by default in the plugins above)");
        n.put("engine_start_ms", startMillis);
        n.put("analysed_files", analysedFiles);
        n.put("analyze_calls", batches);
        n.put("analysis_ms", analysisMillis);
        return n;
    }

    @Override
    public synchronized void close() {
        try {
            engine.stop();
        } catch (RuntimeException e) {
            // stopping is best effort; the scratch folder goes either way
        } finally {
            FileTrees.deleteQuietly(scratch);
        }
    }

    static String oneLine(String s) {
        String l = s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        return l.length() > 300 ? l.substring(0, 300) + "…" : l;
    }

    /** A program file on disk, remembering which program of the batch it belongs to. */
    private record SourceFile(Object program, Path path, String relativePath, Language lang) implements ClientInputFile {
        @Override
        public String getPath() {
            return path.toString();
        }

        @Override
        public boolean isTest() {
            return false;
        }

        @Override
        public Charset getCharset() {
            return StandardCharsets.UTF_8;
        }

        @Override
        public Language language() {
            return lang;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <G> G getClientObject() {
            return (G) this;
        }

        @Override
        public InputStream inputStream() throws IOException {
            return Files.newInputStream(path);
        }

        @Override
        public String contents() throws IOException {
            return Files.readString(path, StandardCharsets.UTF_8);
        }

        @Override
        public URI uri() {
            return path.toUri();
        }
    }
}
