package org.aiotbench.adapter.pipeline;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aiotbench.adapter.AdapterConfigException;

/**
 * Maps an adapter's {@code pipeline:} value to a {@link Pipeline}. Each pipeline gets the options
 * the chat backend does not use and rejects those it does not know.
 */
public final class Pipelines {

    public static final List<String> NAMES = List.of("direct", "chainstream", "code-free", "autoiot");
    static final String AUTOIOT_CLASS = "org.aiotbench.adapter.pipeline.autoiot.AutoiotPipeline";

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
            case "autoiot" -> autoiot(options, baseDir);
            default -> throw new AdapterConfigException("unknown pipeline '" + name + "' (known: " + String.join(", ", NAMES) + ")");
        };
    }

    /** AutoIOT lives in its own package and is looked up by name, so this registry builds without it. */
    private static Pipeline autoiot(Map<String, String> options, Path baseDir) throws AdapterConfigException {
        Class<?> c;
        try {
            c = Class.forName(AUTOIOT_CLASS);
        } catch (ClassNotFoundException e) {
            throw new AdapterConfigException("pipeline 'autoiot' is not part of this build (" + AUTOIOT_CLASS + " is missing)");
        }
        try {
            return (Pipeline) c.getConstructor(Map.class, Path.class).newInstance(options, baseDir);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof AdapterConfigException ace) {
                throw ace;
            }
            throw new AdapterConfigException("pipeline 'autoiot' could not start: " + e.getCause());
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new AdapterConfigException("pipeline 'autoiot' could not start: " + e);
        }
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
