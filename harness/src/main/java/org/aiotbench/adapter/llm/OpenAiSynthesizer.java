package org.aiotbench.adapter.llm;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aiotbench.adapter.AdapterConfigException;
import org.aiotbench.adapter.Generation;
import org.aiotbench.adapter.GenerationException;
import org.aiotbench.adapter.GenerationRequest;
import org.aiotbench.adapter.GenerationStats;
import org.aiotbench.adapter.Program;
import org.aiotbench.adapter.Synthesizer;
import org.aiotbench.adapter.SynthesizerFactory;
import org.aiotbench.adapter.pipeline.MeteredChat;
import org.aiotbench.adapter.pipeline.Pipeline;
import org.aiotbench.adapter.pipeline.PipelineContext;
import org.aiotbench.adapter.pipeline.PipelineResult;
import org.aiotbench.adapter.pipeline.Pipelines;
import org.aiotbench.adapter.pipeline.ProgramRuntimes;
import org.aiotbench.adapter.pipeline.StageStats;
import org.aiotbench.adapter.pipeline.Trial;
import org.aiotbench.adapter.pipeline.TrialOutcome;
import org.aiotbench.catalogue.Task;
import org.aiotbench.catalogue.TaskRuntime;

/**
 * The {@code openai} adapter: a {@link Pipeline} driven by an OpenAI-compatible chat endpoint.
 * Every cell gets its own metered chat bound to its sample and seed; the cell's generation record
 * sums the stages' tokens, bytes and time, and keeps the per-stage figures, the iterations, ESR
 * and AIR the pipeline reports.
 */
public final class OpenAiSynthesizer implements Synthesizer {

    private final String name;
    private final OpenAiClient client;
    private final Pipeline pipeline;
    private final Map<String, String> pipelineOptions;
    private final Path baseDir;
    private final TaskRuntime language;
    private final SortedMap<String, String> config;

    OpenAiSynthesizer(String name, OpenAiClient client, Pipeline pipeline, Map<String, String> pipelineOptions, Path baseDir,
                      TaskRuntime language, SortedMap<String, String> config) {
        this.name = name;
        this.client = client;
        this.pipeline = pipeline;
        this.pipelineOptions = Map.copyOf(pipelineOptions);
        this.baseDir = baseDir;
        this.language = language;
        this.config = Collections.unmodifiableSortedMap(config);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public SortedMap<String, String> config() {
        return config;
    }

    @Override
    public boolean supports(Task task) {
        if (language != null && !task.runtimes().contains(language)) {
            return false;
        }
        return pipeline.supports(task);
    }

    @Override
    public Generation generate(GenerationRequest request) throws GenerationException {
        long t0 = System.nanoTime();
        MeteredChat chat = new MeteredChat(client.forSample(request.sample(), request.seed()));
        CountingTrial trial = new CountingTrial(request.trial());
        String prompt = language == null ? request.prompt() : request.task().renderPrompt(language);
        PipelineContext ctx = new PipelineContext(request.task(), prompt, request.sample(), request.seed(), pipelineOptions,
                baseDir, chat, trial, request.input());
        PipelineResult r;
        try {
            r = pipeline.run(ctx);
        } catch (GenerationException e) {
            throw e.withStats(stats(chat.stages(), t0, 0, null, null, trial.count));
        } catch (RuntimeException e) {
            throw new GenerationException("pipeline " + pipeline.id() + " crashed: " + e).withStats(stats(chat.stages(), t0, 0, null, null, trial.count));
        }
        if (r == null || r.program() == null) {
            throw new GenerationException("pipeline " + pipeline.id() + " returned no program")
                    .withStats(stats(chat.stages(), t0, 0, null, null, trial.count));
        }
        return new Generation(r.program(), stats(chat.stages(), t0, r.iterations(), r.firstExecutionOk(), r.iterationsToTarget(), trial.count));
    }

    private static GenerationStats stats(List<StageStats> stages, long t0, int iterations, Boolean esr, Integer air, int trials) {
        long tin = 0, tout = 0, sent = 0, recv = 0;
        for (StageStats s : stages) {
            tin += s.tokensIn();
            tout += s.tokensOut();
            sent += s.bytesSent();
            recv += s.bytesReceived();
        }
        long wall = (System.nanoTime() - t0) / 1_000_000;
        return new GenerationStats(wall, tin, tout, sent, recv, iterations, stages, esr, air, trials);
    }

    /** Counts development runs, for the record. */
    private static final class CountingTrial implements Trial {
        private final Trial inner;
        private volatile int count;

        CountingTrial(Trial inner) {
            this.inner = inner;
        }

        @Override
        public boolean available() {
            return inner.available();
        }

        @Override
        public synchronized TrialOutcome run(Program.Source program) {
            count++;
            return inner.run(program);
        }
    }

    /**
     * The {@code openai} adapter type. Options (strings; {@code ${VAR}} and {@code ${VAR:-default}}
     * are replaced from the environment): {@code base_url} and {@code model} (required),
     * {@code api_key_env} (name of the variable holding the key; omit for servers without
     * one), {@code pipeline} (direct, chainstream, code-free, autoiot; default direct),
     * {@code language}, {@code temperature}, {@code max_tokens}, {@code timeout_seconds},
     * {@code retries}, {@code backoff_ms}, {@code concurrency}, {@code send_seed},
     * {@code max_reply_bytes}, {@code cache} (folder), {@code cache_mode} (record, replay, auto),
     * {@code preflight}; any other option goes to the pipeline. The cell key's config holds
     * every option, resolved, except {@code api_key_env}, {@code cache}, {@code cache_mode} and
     * {@code preflight}, which cannot change a reply: a replayed run has the keys of the run it
     * replays.
     */
    public static final class Factory implements SynthesizerFactory {

        static final Set<String> OWN = Set.of("base_url", "model", "api_key_env", "pipeline", "language", "temperature",
                "max_tokens", "timeout_seconds", "retries", "backoff_ms", "concurrency", "send_seed", "max_reply_bytes",
                "cache", "cache_mode", "preflight");
        static final Set<String> NOT_IN_CONFIG = Set.of("api_key_env", "cache", "cache_mode", "preflight");
        private static final Pattern VAR = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");

        /** Tests stand in for the process environment here (a JVM cannot set its own variables). */
        static volatile Map<String, String> environmentForTests;

        private final Map<String, String> env;

        public Factory() {
            this(environmentForTests != null ? environmentForTests : System.getenv());
        }

        Factory(Map<String, String> env) {
            this.env = env;
        }

        @Override
        public String type() {
            return "openai";
        }

        @Override
        public List<Synthesizer> create(String name, Map<String, String> raw, Path baseDir) throws AdapterConfigException {
            String who = "openai adapter '" + name + "'";
            if (raw.containsKey("api_key")) {
                throw new AdapterConfigException(who + ": do not write the key into the file; put it in an environment variable and name that with api_key_env");
            }
            Map<String, String> o = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : raw.entrySet()) {
                o.put(e.getKey(), expand(e.getValue(), e.getKey(), who));
            }
            String modeText = o.getOrDefault("cache_mode", "auto");
            ReplayCache.Mode mode = ReplayCache.Mode.parse(modeText).orElseThrow(() ->
                    new AdapterConfigException(who + ": cache_mode must be record, replay or auto, not '" + modeText + "'"));
            ReplayCache cache = null;
            if (o.containsKey("cache") && !o.get("cache").isBlank()) {
                Path dir = baseDir.resolve(o.get("cache")).normalize();
                if (mode == ReplayCache.Mode.REPLAY && !Files.isDirectory(dir)) {
                    throw new AdapterConfigException(who + ": cache_mode replay, but the cache folder " + dir + " does not exist");
                }
                cache = new ReplayCache(dir);
            } else if (o.containsKey("cache_mode") && mode != ReplayCache.Mode.AUTO) {
                throw new AdapterConfigException(who + ": cache_mode " + modeText + " needs a cache folder (option cache)");
            }
            boolean offline = cache != null && mode == ReplayCache.Mode.REPLAY;

            String base = o.get("base_url");
            if (base == null || base.isBlank()) {
                throw new AdapterConfigException(who + ": no base_url (set it in the adapter file, or the variable it names, e.g. AIOTBENCH_OPENAI_BASE_URL)");
            }
            URI uri;
            try {
                uri = URI.create(base.trim());
                if (uri.getHost() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                    throw new IllegalArgumentException();
                }
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new AdapterConfigException(who + ": base_url must be an http(s) URL, not '" + OpenAiSettingsText.safe(base) + "'");
            }
            String model = o.get("model");
            if (model == null || model.isBlank()) {
                throw new AdapterConfigException(who + ": no model (set it in the adapter file, or the variable it names, e.g. AIOTBENCH_OPENAI_MODEL)");
            }
            String keyVar = o.get("api_key_env");
            String key = null;
            if (keyVar != null && !keyVar.isBlank()) {
                key = env.get(keyVar.trim());
                if ((key == null || key.isBlank()) && !offline) {
                    throw new AdapterConfigException(who + ": the environment variable " + keyVar.trim()
                            + " (api_key_env) is not set; export the API key in it, or replay a recorded cache (cache_mode: replay)");
                }
                if (key != null && key.isBlank()) {
                    key = null;
                }
            }
            TaskRuntime language = null;
            if (o.containsKey("language")) {
                language = TaskRuntime.fromId(o.get("language").trim()).orElseThrow(() ->
                        new AdapterConfigException(who + ": unknown language '" + o.get("language") + "' (python, java or shell)"));
            }
            OpenAiSettings settings;
            try {
                settings = new OpenAiSettings(uri, model.trim(), key, decimal(o, "temperature", 0.2, who),
                        (int) integer(o, "max_tokens", 4096, who), Duration.ofSeconds(integer(o, "timeout_seconds", 300, who)),
                        (int) integer(o, "retries", 4, who, 0), (int) integer(o, "concurrency", 4, who),
                        bool(o, "send_seed", true, who), Duration.ofMillis(integer(o, "backoff_ms", 1000, who, 0)),
                        integer(o, "max_reply_bytes", 4L << 20, who));
            } catch (IllegalArgumentException e) {
                throw new AdapterConfigException(who + ": " + e.getMessage());
            }
            OpenAiClient client = new OpenAiClient(settings, cache, mode);

            Map<String, String> pipelineOptions = new LinkedHashMap<>();
            o.forEach((k, v) -> {
                // language restricts the prompt and the extractor here, and pipelines may need it too.
                if (!OWN.contains(k) || k.equals("language")) {
                    pipelineOptions.put(k, v);
                }
            });
            String pipelineName = o.getOrDefault("pipeline", "direct").trim();
            Pipeline pipeline;
            try {
                pipeline = Pipelines.create(pipelineName, pipelineOptions, baseDir, new ProgramRuntimes(language));
            } catch (AdapterConfigException e) {
                throw new AdapterConfigException(who + ": " + e.getMessage());
            }
            if (!offline && bool(o, "preflight", true, who)) {
                try {
                    client.preflight();
                } catch (ChatException e) {
                    throw new AdapterConfigException(who + ": " + e.getMessage());
                }
            }
            SortedMap<String, String> config = new TreeMap<>();
            o.forEach((k, v) -> {
                if (!NOT_IN_CONFIG.contains(k)) {
                    config.put(k, v);
                }
            });
            config.put("type", "openai");
            config.put("base_url", settings.publicBaseUrl());
            config.put("model", settings.model());
            config.put("pipeline", pipelineName);
            pipeline.settings().forEach((k, v) -> config.put("pipeline." + k, v));
            return List.of(new OpenAiSynthesizer(name, client, pipeline, pipelineOptions, baseDir, language, config));
        }

        /** Replaces {@code ${VAR}} / {@code ${VAR:-default}}; an unset variable without default is an error. */
        String expand(String value, String option, String who) throws AdapterConfigException {
            if (value == null) {
                return null;
            }
            Matcher m = VAR.matcher(value);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                String v = env.get(m.group(1));
                if (v == null || v.isEmpty()) {
                    v = m.group(2);
                }
                if (v == null) {
                    throw new AdapterConfigException(who + ": option " + option + " needs the environment variable " + m.group(1)
                            + ", which is not set");
                }
                m.appendReplacement(b, Matcher.quoteReplacement(v));
            }
            m.appendTail(b);
            return b.toString();
        }

        private static long integer(Map<String, String> o, String key, long dflt, String who) throws AdapterConfigException {
            return integer(o, key, dflt, who, 1);
        }

        private static long integer(Map<String, String> o, String key, long dflt, String who, long min) throws AdapterConfigException {
            String v = o.get(key);
            if (v == null) {
                return dflt;
            }
            try {
                long x = Long.parseLong(v.trim());
                if (x < min) {
                    throw new NumberFormatException();
                }
                return x;
            } catch (NumberFormatException e) {
                throw new AdapterConfigException(who + ": " + key + " must be an integer of at least " + min + ", not '" + v + "'");
            }
        }

        private static double decimal(Map<String, String> o, String key, double dflt, String who) throws AdapterConfigException {
            String v = o.get(key);
            if (v == null) {
                return dflt;
            }
            try {
                double x = Double.parseDouble(v.trim());
                if (!(x >= 0 && x <= 2)) {
                    throw new NumberFormatException();
                }
                return x;
            } catch (NumberFormatException e) {
                throw new AdapterConfigException(who + ": " + key + " must be a number between 0 and 2, not '" + v + "'");
            }
        }

        private static boolean bool(Map<String, String> o, String key, boolean dflt, String who) throws AdapterConfigException {
            String v = o.get(key);
            if (v == null) {
                return dflt;
            }
            return switch (v.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "true", "yes", "on" -> true;
                case "false", "no", "off" -> false;
                default -> throw new AdapterConfigException(who + ": " + key + " must be true or false, not '" + v + "'");
            };
        }
    }

    /** Shows a malformed URL without any credentials it may hold. */
    private static final class OpenAiSettingsText {
        static String safe(String url) {
            return url.replaceAll("//[^/@]*@", "//***@").replaceAll("\\?.*$", "?…");
        }
    }
}
