package org.aiotbench.scoring.stream;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aiotbench.scoring.ScoringException;

/**
 * The result score of DESIGN.md §2 for one run: the candidate's streams against the oracle's.
 *
 * <p>{@code chainstream}: fields are the keys of the first reference item; list score =
 * dp[n][m] / n; a missing or empty candidate stream, or an empty reference stream, scores 0
 * (the published code would divide by zero on the latter); the run score is the plain mean over
 * reference streams. A stream whose first item has no keys scores 0 (the published code divides
 * by zero there too).
 *
 * <p>{@code strict}: fields are those every reference item of the stream has; text values match
 * only when their whitespace-separated tokens are equal, numbers when within the relative
 * tolerance; list score = dp[n][m] / max(n, m), so extra candidate items cost as much as
 * missing ones; the run score is Σ dp / Σ max(n, m) over reference streams, i.e. streams weigh
 * by their item count (a stream empty on both sides weighs 0; if all are, the score is 1). When
 * no field is common to all reference items, any object candidate item matches.
 *
 * <p>Text is compared exactly in strict mode because the oracles are deterministic and short
 * field values make BLEU erratic: "at home" against "not at home" scores 0.61 by BLEU.
 *
 * <p>Candidate streams the reference lacks are listed in the result, not scored: the runner
 * reads only the streams a task asks for.
 */
public final class ResultScorer {
    private ResultScorer() {
    }

    /**
     * @throws ScoringException (harness) when the reference has no stream or a reference item is
     *                          not an object
     */
    public static ResultScore score(StreamSet reference, StreamSet candidate, ResultScoreSettings settings)
            throws ScoringException {
        if (reference.streams().isEmpty()) {
            throw ScoringException.harness("the reference has no stream");
        }
        boolean strict = settings.mode() == ResultScoreMode.STRICT;
        List<StreamScore> scores = new ArrayList<>();
        double sum = 0;
        double weights = 0;
        for (Map.Entry<String, List<StreamItem>> e : reference.streams().entrySet()) {
            List<StreamItem> ref = e.getValue();
            for (int i = 0; i < ref.size(); i++) {
                if (!ref.get(i).isObject()) {
                    throw ScoringException.harness("reference stream '" + e.getKey() + "': item " + (i + 1)
                            + " is not an object");
                }
            }
            List<StreamItem> cand = candidate.streams().get(e.getKey());
            StreamScore s = strict ? strict(e.getKey(), ref, cand, settings) : chainstream(e.getKey(), ref, cand, settings);
            scores.add(s);
            if (strict) {
                sum += s.matched();
                weights += Math.max(s.referenceItems(), s.candidateItems());
            } else {
                sum += s.score();
            }
        }
        double score = strict ? (weights == 0 ? 1.0 : sum / weights) : sum / scores.size();
        List<String> extra = candidate.streams().keySet().stream()
                .filter(id -> !reference.streams().containsKey(id)).toList();
        return new ResultScore(settings, score, scores, extra);
    }

    private static StreamScore chainstream(String id, List<StreamItem> ref, List<StreamItem> cand, ResultScoreSettings settings) {
        int m = cand == null ? 0 : cand.size();
        if (ref.isEmpty() || m == 0) {
            return new StreamScore(id, ref.size(), m, cand == null, 0.0, 0.0);
        }
        Set<String> fields = ref.get(0).fields().keySet();
        double matched = align(fields, ref, cand, settings, 0.0);
        return new StreamScore(id, ref.size(), m, false, matched, matched / ref.size());
    }

    private static StreamScore strict(String id, List<StreamItem> ref, List<StreamItem> cand, ResultScoreSettings settings) {
        List<StreamItem> items = cand == null ? List.of() : cand;
        int n = ref.size();
        int m = items.size();
        if (n == 0 || m == 0) {
            return new StreamScore(id, n, m, cand == null, 0.0, n == m ? 1.0 : 0.0);
        }
        Set<String> fields = new LinkedHashSet<>(ref.get(0).fields().keySet());
        for (StreamItem item : ref) {
            fields.retainAll(item.fields().keySet());
        }
        double matched = align(fields, ref, items, settings, 1.0);
        return new StreamScore(id, n, m, cand == null, matched, matched / Math.max(n, m));
    }

    private static double align(Set<String> fields, List<StreamItem> ref, List<StreamItem> cand,
                                ResultScoreSettings settings, double noFields) {
        FieldColumn[] columns = new FieldColumn[fields.size()];
        int k = 0;
        for (String field : fields) {
            columns[k++] = new FieldColumn(field, ref, cand, settings);
        }
        AlignmentRows rows = new AlignmentRows(columns, ref.size(), cand, settings.soft(), noFields);
        return LcsAlignment.matched(rows, ref.size(), cand.size());
    }
}
