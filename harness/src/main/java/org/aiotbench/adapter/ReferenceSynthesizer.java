package org.aiotbench.adapter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.aiotbench.catalogue.Task;

/**
 * The reference baselines as an ordinary synthesizer: the "program" for a task is the baseline's
 * in-process code. One synthesizer per baseline, named {@code reference/<baseline>}; it runs only
 * on tasks of its family that list it under {@code baselines:}.
 */
public final class ReferenceSynthesizer implements Synthesizer {

    private final Baseline baseline;
    private final SortedMap<String, String> config;

    ReferenceSynthesizer(Baseline baseline, String version) {
        this.baseline = baseline;
        SortedMap<String, String> c = new TreeMap<>();
        c.put("type", "reference");
        c.put("baseline", baseline.name());
        // The implementation version is in the key: a changed baseline must be re-run.
        c.put("version", version);
        this.config = Collections.unmodifiableSortedMap(c);
    }

    @Override
    public String name() {
        return "reference/" + baseline.name();
    }

    @Override
    public SortedMap<String, String> config() {
        return config;
    }

    @Override
    public boolean baseline() {
        return true;
    }

    @Override
    public boolean supports(Task task) {
        return task.family().id().equals(baseline.family()) && task.baselines().contains(baseline.name());
    }

    @Override
    public Generation generate(GenerationRequest request) {
        return new Generation(baseline.program(request.task()), GenerationStats.timed(0));
    }

    /** All baselines the harness knows, across families. */
    public static List<Baseline> baselines() {
        List<Baseline> all = new ArrayList<>(EcgDetectorBaseline.all());
        all.addAll(HarModelBaseline.all());
        all.add(new org.aiotbench.family.stream.OracleBaseline());
        return List.copyOf(all);
    }

    /** The {@code reference} adapter type: option {@code baseline} picks one; default all. */
    public static final class Factory implements SynthesizerFactory {
        @Override
        public String type() {
            return "reference";
        }

        @Override
        public List<Synthesizer> create(String name, Map<String, String> options, java.nio.file.Path baseDir) throws AdapterConfigException {
            for (String k : options.keySet()) {
                if (!k.equals("baseline")) {
                    throw new AdapterConfigException("reference adapter: unknown option '" + k + "' (known: baseline)");
                }
            }
            String version = org.aiotbench.Version.get();
            String wanted = options.get("baseline");
            List<Synthesizer> out = new ArrayList<>();
            for (Baseline b : baselines()) {
                if (wanted == null || wanted.equals(b.name())) {
                    out.add(new ReferenceSynthesizer(b, version));
                }
            }
            if (out.isEmpty()) {
                throw new AdapterConfigException("reference adapter: no baseline named '" + wanted + "' (known: "
                        + String.join(", ", baselines().stream().map(Baseline::name).toList()) + ")");
            }
            return out;
        }
    }
}
