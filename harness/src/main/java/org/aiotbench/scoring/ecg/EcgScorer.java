package org.aiotbench.scoring.ecg;

import java.util.List;
import org.aiotbench.scoring.Score;
import org.aiotbench.scoring.Scorer;
import org.aiotbench.scoring.ScoringContext;
import org.aiotbench.scoring.ScoringException;

/**
 * The {@code ecg-rpeak} scorer. Scores {@code outputDir/<record>.txt} against
 * {@code datasetDir/<record>.atr} for every record of the context (all records of the dataset
 * when the list is empty), with the task's {@code start_seconds} (default 300) and
 * {@code match_window_ms} (default 150). A missing output file counts as zero detections.
 */
public final class EcgScorer implements Scorer {
    public static final String FAMILY = "ecg-rpeak";

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public Score score(ScoringContext ctx) throws ScoringException {
        EcgSettings settings = EcgSettings.from(ctx);
        List<String> records = ctx.records().isEmpty() ? EcgEvaluation.defaultRecords(ctx.datasetDir()) : ctx.records();
        return EcgReport.toScore(EcgEvaluation.scoreAll(ctx.datasetDir(), records, ctx.outputDir(), settings));
    }
}
