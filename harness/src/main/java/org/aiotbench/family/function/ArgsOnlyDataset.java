package org.aiotbench.family.function;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.aiotbench.dataset.SyntheticGenerator;

/**
 * The {@code function-args} dataset: function tasks have no data files, but every task names a
 * dataset the runner must locate, so this generator writes a one-file note. Nothing of it is
 * shown to programs ({@link FunctionFamily#inputView} is empty).
 */
public final class ArgsOnlyDataset implements SyntheticGenerator {

    @Override
    public String name() {
        return "function-args";
    }

    @Override
    public boolean writesMeasurements() {
        return false;
    }

    @Override
    public void generate(Path dir, Map<String, Object> params, long seed) throws IOException {
        if (!params.isEmpty()) {
            throw new IllegalArgumentException("function-args takes no params, got " + params.keySet());
        }
        Files.writeString(dir.resolve("README.txt"),
                "Function tasks take their inputs as function arguments from the hidden test cases; no files.\n");
    }
}
