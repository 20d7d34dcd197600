package org.aiotbench.adapter.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aiotbench.adapter.AdapterConfigException;
import org.aiotbench.adapter.pipeline.autoiot.AutoiotPipeline;

/**
 * Maps an adapter's {@code pipeline:} value to a {@link Pipeline}. Each pipeline gets the options
 * the chat backend does not use and rejects those it does not know.
 */
public final class Pipelines {

    public static final List<String> NAMES = List.of("direct", "chainstream", "code-free", "autoiot");

    private Pipelines() {
    }

    /**
     * @param options the pipeline's own options, strings as written
     * @param runtimes the runtimes the adapter accepts programs in
     */
    public static Pipeline create(String name, Map<String, String> options, Path baseDir, ProgramRuntimes runtimes)
            throws AdapterConfigException {
        return switch (name) {
            case "direct" -> {
                only(name, options, Set.of());
                yield new DirectPipeline(runtimes);
            }
            case "chainstream" -> {
                only(name, options, Set.of("rounds"));
                yield new ChainstreamPipeline(runtimes, positive(options, "rounds", ChainstreamPipeline.DEFAULT_ROUNDS));
            }
            case "code-free" -> {
                only(name, options, CodeFreePipeline.OPTIONS);
                yield new CodeFreePipeline(options, runtimes);
            }
            case "autoiot" -> new AutoiotPipeline(options, baseDir);
            default -> throw new AdapterConfigException("unknown pipeline '" + name + "' (known: " + String.join(", ", NAMES) + ")");
        };
    }

    /** {@code language} is the adapter's own option, handed on for pipelines that need it; never unknown. */
    private static void only(String pipeline, Map<String, String> options, Set<String> known) throws AdapterConfigException {
        for (String k : options.keySet()) {
            if (!known.contains(k) && !k.equals("language")) {
                throw new AdapterConfigException("unknown option '" + k + "' (pipeline " + pipeline + " knows "
                        + (known.isEmpty() ? "no options" : String.join(", ", known.stream().sorted().toList())) + ")");
            }
        }
    }

    static int positive(Map<String, String> options, String key, int dflt) throws AdapterConfigException {
        String v = options.get(key);
        if (v == null) {
            return dflt;
        }
        try {
            int x = Integer.parseInt(v.trim());
            if (x < 1) {
                throw new NumberFormatException();
            }
            return x;
        } catch (NumberFormatException e) {
            throw new AdapterConfigException("option " + key + " must be a positive integer, not '" + v + "'");
        }
    }
}
