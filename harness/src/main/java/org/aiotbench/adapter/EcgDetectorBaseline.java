package org.aiotbench.adapter;

import java.util.List;
import org.aiotbench.catalogue.Task;
import org.aiotbench.reference.ecg.BeatDetector;
import org.aiotbench.reference.ecg.Detectors;

/** A reference beat detector of the library, as a baseline for {@code ecg-rpeak} tasks. */
public record EcgDetectorBaseline(String name) implements Baseline {

    public static List<Baseline> all() {
        return Detectors.names().stream().<Baseline>map(EcgDetectorBaseline::new).toList();
    }

    @Override
    public String family() {
        return "ecg-rpeak";
    }

    @Override
    public Program.InProcess program(Task task) {
        BeatDetector detector = Detectors.get(name);
        String lead = task.scoring().getOrDefault("lead", "MLII").toString();
        return new Program.InProcess(name, (in, out) -> EcgDirectoryDetection.run(detector, lead, in, out, null));
    }
}
