package org.aiotbench.scoring.stream;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aiotbench.scoring.ScoringException;

/** Small builders for stream tests. */
final class Items {
    private Items() {
    }

    /** item("t", "1", "v", "a") is {"t": "1", "v": "a"}. */
    static StreamItem item(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return StreamItem.of(m);
    }

    /** Items with the one field "v". */
    static List<StreamItem> values(String... vs) {
        return java.util.Arrays.stream(vs).map(v -> item("v", v)).toList();
    }

    static double score(List<StreamItem> ref, List<StreamItem> cand, ResultScoreSettings s) throws ScoringException {
        return ResultScorer.score(StreamSet.single(ref), StreamSet.single(cand), s).score();
    }

    static final ResultScoreSettings CHAIN = ResultScoreSettings.CHAINSTREAM;
    static final ResultScoreSettings CHAIN_SOFT = new ResultScoreSettings(ResultScoreMode.CHAINSTREAM, true, 0);
    static final ResultScoreSettings STRICT = ResultScoreSettings.STRICT;
    static final ResultScoreSettings STRICT_SOFT = new ResultScoreSettings(ResultScoreMode.STRICT, true,
            ResultScoreSettings.DEFAULT_TOLERANCE);
}
