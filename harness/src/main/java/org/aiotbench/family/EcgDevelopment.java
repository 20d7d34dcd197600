package org.aiotbench.family;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aiotbench.FileTrees;
import org.aiotbench.catalogue.Task;
import org.aiotbench.dataset.McSharryEcgGenerator;
import org.aiotbench.reference.wfdb.SignalSpec;
import org.aiotbench.reference.wfdb.WfdbDatabase;
import org.aiotbench.reference.wfdb.WfdbHeader;
import org.aiotbench.scoring.ScoringContext;
import org.aiotbench.scoring.ecg.EcgScorer;

/**
 * The development input of ECG tasks: a small synthetic database from the McSharry generator
 * (two-lead, 360 Hz, format 212, noisy), in the same layout as the MIT-BIH records, with exact
 * R-peak annotations. Fixed parameters and seed, so every cell sees the same records; they are
 * generated once into the view cache. Scored from 0:00, since the records are short.
 */
final class EcgDevelopment {

    static final Map<String, Object> PARAMS = Map.of("records", 3, "seconds", 120, "fs", 360, "leads", 2,
            "snr_db", 12, "min_heart_rate", 50, "max_heart_rate", 120);
    static final long SEED = 20261125L;

    private EcgDevelopment() {
    }

    static Development of(Task task, DataContext data, EcgScorer scorer) throws IOException {
        McSharryEcgGenerator gen = new McSharryEcgGenerator();
        Path dir = data.viewCache().resolve("development").resolve("ecg-mcsharry-" + SEED + "-v" + gen.version());
        FileTrees.writeOnce(dir, tmp -> gen.generate(tmp, PARAMS, SEED));
        List<String> records = WfdbDatabase.recordNames(dir);
        Map<String, Path> files = new LinkedHashMap<>();
        for (String rec : records) {
            Path hea = dir.resolve(rec + ".hea");
            files.put(rec + ".hea", hea);
            for (SignalSpec s : WfdbHeader.read(hea).signals()) {
                files.put(s.fileName(), dir.resolve(s.fileName()));
            }
        }
        Map<String, Object> scoring = new LinkedHashMap<>(task.scoring());
        scoring.put("start_seconds", 0);
        return new Development(new InputView(files),
                out -> scorer.score(new ScoringContext(dir, records, scoring, out)), "f1",
                records.size() + " synthetic ECG records of 2 min (McSharry model, 12 dB noise)");
    }
}
