package org.aiotbench.family;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aiotbench.catalogue.Task;
import org.aiotbench.reference.wfdb.WfdbDatabase;
import org.aiotbench.reference.wfdb.SignalSpec;
import org.aiotbench.reference.wfdb.WfdbHeader;
import org.aiotbench.scoring.Score;
import org.aiotbench.scoring.ScoringContext;
import org.aiotbench.scoring.ScoringException;
import org.aiotbench.scoring.ecg.EcgScorer;

/**
 * ECG R-peak detection over WFDB records. Programs see each record's header and the signal
 * files it names (so format-16 and multi-file records work); the annotation files stay outside
 * the sandbox and are used only for scoring.
 */
final class EcgRpeakFamily implements TaskFamily {

    private final EcgScorer scorer = new EcgScorer();

    @Override
    public String id() {
        return "ecg-rpeak";
    }

    @Override
    public InputView inputView(Task task, DataContext data) throws IOException {
        Path datasetDir = data.dir();
        Map<String, Path> files = new LinkedHashMap<>();
        for (String rec : records(task, datasetDir)) {
            Path hea = datasetDir.resolve(rec + ".hea");
            files.put(rec + ".hea", hea);
            for (SignalSpec s : WfdbHeader.read(hea).signals()) {
                Path dat = datasetDir.resolve(s.fileName()).normalize();
                if (!dat.startsWith(datasetDir.normalize()) || !Files.isRegularFile(dat)) {
                    throw new IOException(hea + ": signal file " + s.fileName() + " is missing");
                }
                files.put(s.fileName(), dat);
            }
        }
        return new InputView(files);
    }

    @Override
    public Score score(Task task, DataContext data, Path outputDir) throws ScoringException, IOException {
        Path datasetDir = data.dir();
        return scorer.score(new ScoringContext(datasetDir, records(task, datasetDir), task.scoring(), outputDir));
    }

    @Override
    public java.util.Optional<Development> development(Task task, DataContext data) throws IOException {
        return java.util.Optional.of(EcgDevelopment.of(task, data, scorer));
    }

    private static List<String> records(Task task, Path datasetDir) throws IOException {
        return task.dataset().allRecords() ? WfdbDatabase.recordNames(datasetDir) : task.dataset().records();
    }
}
