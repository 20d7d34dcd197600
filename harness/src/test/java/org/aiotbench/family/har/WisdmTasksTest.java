package org.aiotbench.family.har;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.aiotbench.adapter.Baseline;
import org.aiotbench.adapter.ReferenceSynthesizer;
import org.aiotbench.catalogue.Catalogue;
import org.aiotbench.catalogue.Family;
import org.aiotbench.catalogue.Task;
import org.junit.jupiter.api.Test;

/** The WISDM cross-validation tasks: every fold run alone, the user shown only where the folds are random. */
class WisdmTasksTest {

    private static final List<Task> HAR = Catalogue.load(Path.of("..", "tasks")).tasks().stream()
            .filter(t -> t.family() == Family.HAR).toList();

    private static Task task(String id) {
        return HAR.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id + " missing"));
    }

    @Test
    void tenFoldCvRunsEveryFoldAndShowsTheUser() {
        Task cv = task("wisdm-features-cv10");
        HarViewSpec spec = HarViewSpec.parse(cv.dataset().view());
        assertEquals(HarViewSpec.SplitSpec.KFOLD, spec.split().kind());
        assertEquals(10, spec.runs().size());
        assertTrue(spec.testGroups());
        String prompt = cv.renderPrompt();
        assertTrue(prompt.contains("test/groups.npy") && prompt.contains("run 10 times"), prompt);
        assertTrue(cv.baselines().contains("dl4j-mlp"));
    }

    @Test
    void leaveUsersOutHidesTheTestUsers() {
        Task lou = task("wisdm-features-lou");
        HarViewSpec spec = HarViewSpec.parse(lou.dataset().view());
        assertEquals(HarViewSpec.SplitSpec.GROUP_KFOLD, spec.split().kind());
        assertEquals(6, spec.runs().size());
        assertFalse(spec.testGroups());
        assertFalse(lou.renderPrompt().contains("test/groups.npy"));
    }

    @Test
    void everyListedHarBaselineExists() {
        Set<String> known = ReferenceSynthesizer.baselines().stream().filter(b -> b.family().equals("har"))
                .map(Baseline::name).collect(Collectors.toSet());
        for (Task t : HAR) {
            for (String b : t.baselines()) {
                assertTrue(known.contains(b), t.id() + " lists unknown baseline " + b);
            }
        }
    }
}
