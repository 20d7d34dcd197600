package org.aiotbench.adapter.pipeline.autoiot;

import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.aiotbench.adapter.AdapterConfigException;
import org.aiotbench.adapter.GenerationException;
import org.aiotbench.adapter.pipeline.Pipeline;
import org.aiotbench.adapter.pipeline.PipelineContext;
import org.aiotbench.adapter.pipeline.PipelineResult;

/**
 * AutoIOT-style staged generation (after Shen et al., "AutoIOT: LLM-driven automated natural
 * language programming for AIoT applications", MobiCom 2025): terminology extraction, BM25
 * retrieval from the user's knowledge folder, algorithm outline, detailed design, one function
 * per design step, integration, a debug loop on the development input and an improvement loop
 * driven by the development score, keeping the best version.
 *
 * <p>Options: {@code knowledge} (folder of .md/.txt notes, relative to the adapter file; no
 * retrieval without it), {@code top_k} (passages, default 4), {@code debug_rounds} (D, default
 * 3), {@code improve_rounds} (I, default 3), {@code target} (development score 0..1 for AIR and
 * early stop). The program is written for the one runtime the prompt was rendered for (an
 * adapter restricted to one language renders it so), else for the task's first runtime.
 */
public final class AutoiotPipeline implements Pipeline {

    public static final String ID = "autoiot";

    /** Chat stage names, as they appear in the per-stage statistics. */
    public static final String TERMS = "terms";
    public static final String OUTLINE = "outline";
    public static final String DESIGN = "design";
    public static final String FUNCTION = "function";
    public static final String INTEGRATE = "integrate";
    public static final String DEBUG = "debug";
    public static final String IMPROVE = "improve";

    private final AutoiotOptions options;
    private final KnowledgeIndex knowledge;

    /** Checks the options and indexes the knowledge folder now, so a bad folder fails before any cell runs. */
    public AutoiotPipeline(Map<String, String> options, Path baseDir) throws AdapterConfigException {
        this.options = AutoiotOptions.parse(options, baseDir);
        this.knowledge = this.options.knowledge() == null ? null : KnowledgeIndex.open(this.options.knowledge());
    }

    @Override
    public String id() {
        return ID;
    }

    /**
     * The effective settings, defaults filled in, with the knowledge folder's content hash
     * instead of its path: what a result depends on, for the adapter's config and cell key.
     */
    @Override
    public SortedMap<String, String> settings() {
        SortedMap<String, String> m = new TreeMap<>();
        m.put("top_k", Integer.toString(options.topK()));
        m.put("debug_rounds", Integer.toString(options.debugRounds()));
        m.put("improve_rounds", Integer.toString(options.improveRounds()));
        if (options.target() != null) {
            m.put("target", options.target().toString());
        }
        if (knowledge != null) {
            m.put("knowledge_sha256", knowledge.contentHash());
        }
        return m;
    }

    /** The indexed knowledge folder, or null when the pipeline runs without one. */
    public KnowledgeIndex knowledge() {
        return knowledge;
    }

    @Override
    public PipelineResult run(PipelineContext context) throws GenerationException {
        return new AutoiotRun(context, options, knowledge).run();
    }
}
