package org.aiotbench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.aiotbench.adapter.Program;
import org.aiotbench.family.InputView;
import org.aiotbench.family.har.HarView;
import org.aiotbench.family.har.HarViewSpec;
import org.aiotbench.family.har.SyntheticRawGenerator;
import org.aiotbench.reference.har.Npy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A trusted in-process baseline reads a har view (folders, not single files) like a sandboxed program. */
class HarInProcessViewTest {

    @TempDir
    Path dir;

    @Test
    void inProcessProgramsSeeTheViewFoldersAndNoTestLabels() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        new SyntheticRawGenerator().generate(data, Map.of("users", 2, "seconds", 1, "bouts", 1, "window", 20), 1);
        HarView view = HarView.materialize(dir.resolve("cache"), "syn", data, "fp",
                HarViewSpec.parse(Map.of("split", Map.of("kind", "leave-groups-out", "test_groups", List.of(1)))));
        int[] seen = new int[2];
        boolean[] testLabels = new boolean[1];
        Program.InProcess p = new Program.InProcess("probe", (in, out) -> {
            seen[0] = Npy.readInt(in.resolve("train/y.npy")).length;
            seen[1] = Npy.readFloat(in.resolve("test/X_acc.npy")).samples();
            testLabels[0] = Files.exists(in.resolve("test/y.npy"));
            Files.writeString(out.resolve("predictions.csv"), "0\n".repeat(seen[1]));
        });
        ProgramExecutor.Execution ex = new ProgramExecutor(() -> {
            throw new AssertionError("a baseline needs no sandbox");
        }).run(p, null, new InputView(view.inputFiles()), Files.createDirectories(dir.resolve("cell")));
        assertNull(ex.failure());
        assertEquals(6, seen[0], "user 2's windows train");
        assertEquals(6, seen[1], "user 1's windows are tested");
        assertFalse(testLabels[0]);
        assertEquals(6, Files.readAllLines(ex.outputDir().resolve("predictions.csv")).size());
    }
}
