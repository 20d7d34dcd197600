package org.aiotbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.aiotbench.adapter.EcgDirectoryDetection;
import org.aiotbench.reference.wfdb.WfdbDatabase;
import org.aiotbench.reference.ecg.BeatDetector;
import org.aiotbench.reference.ecg.Detectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code detect}: run a reference detector over WFDB records, writing what {@code score ecg} reads. */
@Command(name = "detect", description = "Write each record's beats found by a reference detector to OUTDIR/<record>.txt.")
final class DetectCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--detector", required = true, paramLabel = "NAME", description = "A name printed by 'aiotbench detectors'.")
    String detector;

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "Folder of WFDB records (.hea, .dat).")
    Path db;

    @Option(names = "--out", required = true, paramLabel = "OUTDIR", description = "Folder to write <record>.txt files to.")
    Path out;

    @Option(names = "--records", split = ",", paramLabel = "NNN", description = "Records (default: RECORDS, else every .hea).")
    List<String> records;

    @Option(names = "--lead", defaultValue = "MLII", description = "Signal to use where present (default: ${DEFAULT-VALUE}; else the first).")
    String lead;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        BeatDetector d = Detectors.find(detector).orElse(null);
        if (d == null) {
            err.println("aiotbench detect: unknown detector '" + detector + "' (known: " + String.join(", ", Detectors.names()) + ")");
            return 1;
        }
        if (!Files.isDirectory(db)) {
            err.println("aiotbench detect: --db " + db + " is not a folder");
            return 1;
        }
        try {
            List<String> recs = records != null ? records : WfdbDatabase.recordNames(db);
            for (String r : recs) {
                if (!Files.isRegularFile(db.resolve(r + ".hea"))) {
                    err.println("aiotbench detect: record " + r + " has no header " + db.resolve(r + ".hea"));
                    return 1;
                }
            }
            long t0 = System.nanoTime();
            EcgDirectoryDetection.run(d, lead, db, out, recs);
            spec.commandLine().getOut().printf("%s: %d records -> %s (%.1f s)%n", detector, recs.size(), out, (System.nanoTime() - t0) / 1e9);
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("aiotbench detect: " + Main.oneLine(e));
            return 1;
        }
    }
}
