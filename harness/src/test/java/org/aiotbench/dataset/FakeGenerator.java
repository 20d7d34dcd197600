package org.aiotbench.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A deterministic stand-in for real generators: writes {@code records} small files derived from
 * the seed. Public with a no-arg constructor so the test class path can also offer it through
 * ServiceLoader.
 */
public final class FakeGenerator implements SyntheticGenerator {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public void generate(Path dir, Map<String, Object> params, long seed) throws IOException {
        calls.incrementAndGet();
        Object n = params.get("records");
        if (!(n instanceof Long count) || count < 1) {
            throw new IllegalArgumentException("params.records must be a positive integer");
        }
        for (int i = 1; i <= count; i++) {
            Files.writeString(dir.resolve("r" + i + ".hea"), "r" + i + " 1 360 " + (seed * 31 + i) + "\n");
        }
    }
}
