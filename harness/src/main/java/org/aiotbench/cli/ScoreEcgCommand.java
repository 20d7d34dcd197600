package org.aiotbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.aiotbench.scoring.ScoringException;
import org.aiotbench.scoring.ecg.EcgEvaluation;
import org.aiotbench.scoring.ecg.EcgReport;
import org.aiotbench.scoring.ecg.EcgSettings;
import org.aiotbench.scoring.ecg.EcgSummary;
import org.aiotbench.scoring.ecg.RecordScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code score ecg}: scores R-peak detection files against WFDB reference annotations with the
 * rules of WFDB {@code bxb} (ANSI/AAMI EC57), for a whole folder of records or for one record.
 */
@Command(name = "ecg", mixinStandardHelpOptions = true,
        description = {"Score R-peak detections against reference annotations (.atr) with WFDB bxb rules "
                + "(ANSI/AAMI EC57): 150 ms match window, from 5:00 unless --from-zero.",
            "Folder mode: --db DIR --detections OUTDIR scores OUTDIR/NNN.txt against DIR/NNN.atr "
                + "(a missing NNN.txt counts as no detections).",
            "Record mode: --record DIR/NNN --detections FILE."})
public final class ScoreEcgCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "DIR", description = "Dataset folder with NNN.hea and NNN.atr files.")
    Path db;

    @Option(names = "--record", paramLabel = "DIR/NNN", description = "One record, as a path without extension.")
    Path record;

    @Option(names = "--detections", required = true, paramLabel = "PATH",
            description = "Folder of NNN.txt files (with --db) or one file (with --record): one sample index per line.")
    Path detections;

    @Option(names = "--records", split = ",", paramLabel = "NNN",
            description = "Records to score (default: DIR/RECORDS, else every .atr in DIR).")
    List<String> records;

    @Option(names = "--from-zero", description = "Start the comparison at 0:00 instead of 5:00 (bxb -f 0).")
    boolean fromZero;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if ((db == null) == (record == null)) {
            err.println("score ecg: give exactly one of --db DIR or --record DIR/NNN");
            err.flush();
            return 2;
        }
        if (record != null && records != null) {
            err.println("score ecg: --records goes with --db, not with --record");
            err.flush();
            return 2;
        }
        EcgSettings settings = fromZero ? EcgSettings.FROM_ZERO : EcgSettings.STANDARD;
        try {
            EcgSummary summary = db != null ? scoreFolder(settings) : scoreOne(settings);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(EcgReport.toJson(summary)));
            } else {
                out.print(EcgReport.toText(summary));
            }
            out.flush();
            return 0;
        } catch (ScoringException e) {
            err.println("score ecg: " + e.getMessage());
            err.flush();
            return 1;
        } catch (java.io.IOException e) {
            err.println("score ecg: cannot write the report: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    private EcgSummary scoreFolder(EcgSettings settings) throws ScoringException {
        if (!Files.isDirectory(db)) {
            throw ScoringException.harness("dataset folder not found: " + db);
        }
        if (!Files.isDirectory(detections)) {
            throw ScoringException.harness("detections folder not found: " + detections);
        }
        List<String> names = records == null || records.isEmpty() ? EcgEvaluation.defaultRecords(db) : records;
        for (String name : names) {
            if (name.isBlank() || name.contains("/") || name.contains("\\")) {
                throw ScoringException.harness("not a record name: '" + name + "'");
            }
            if (!Files.isRegularFile(db.resolve(name + ".hea")) || !Files.isRegularFile(db.resolve(name + ".atr"))) {
                throw ScoringException.harness("unknown record " + name + ": need " + db.resolve(name + ".hea")
                        + " and " + db.resolve(name + ".atr"));
            }
        }
        return EcgEvaluation.scoreAll(db, names, detections, settings);
    }

    private EcgSummary scoreOne(EcgSettings settings) throws ScoringException {
        Path dir = record.toAbsolutePath().getParent();
        String name = record.getFileName().toString();
        for (String ext : new String[] {".hea", ".atr", ".dat"}) {
            if (name.endsWith(ext)) {
                name = name.substring(0, name.length() - ext.length());
            }
        }
        if (!Files.isRegularFile(dir.resolve(name + ".hea")) || !Files.isRegularFile(dir.resolve(name + ".atr"))) {
            throw ScoringException.harness("unknown record " + record + ": need " + dir.resolve(name + ".hea")
                    + " and " + dir.resolve(name + ".atr"));
        }
        if (!Files.isRegularFile(detections)) {
            throw ScoringException.harness("detections file not found: " + detections);
        }
        RecordScore one = EcgEvaluation.scoreRecord(dir, name, detections, settings);
        return EcgEvaluation.summarize(settings, List.of(one));
    }
}
