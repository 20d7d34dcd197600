package org.aiotbench.dataset;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/** The synthetic generators known by name: those on the class path plus explicitly registered ones. */
public final class SyntheticGenerators {
    private final Map<String, SyntheticGenerator> byName = new TreeMap<>();

    /** An empty registry (tests register fakes). */
    public SyntheticGenerators() {}

    /** Every generator declared in {@code META-INF/services/org.aiotbench.dataset.SyntheticGenerator}. */
    public static SyntheticGenerators fromServiceLoader() {
        SyntheticGenerators g = new SyntheticGenerators();
        Iterator<SyntheticGenerator> it = ServiceLoader.load(SyntheticGenerator.class).iterator();
        // Bounded: an iterator that keeps failing must not spin forever.
        for (int errors = 0; errors < 100; ) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                g.register(it.next());
            } catch (ServiceConfigurationError e) {
                errors++;
                // A broken provider must not take the other generators (and every command) down;
                // datasets needing it then report it as not installed.
            }
        }
        return g;
    }

    /** Adds or replaces the generator with the same name. */
    public SyntheticGenerators register(SyntheticGenerator generator) {
        byName.put(generator.name(), generator);
        return this;
    }

    public Optional<SyntheticGenerator> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Set<String> names() {
        return byName.keySet();
    }
}
