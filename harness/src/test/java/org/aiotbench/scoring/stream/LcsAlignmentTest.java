package org.aiotbench.scoring.stream;

import static org.aiotbench.scoring.stream.Items.CHAIN;
import static org.aiotbench.scoring.stream.Items.STRICT;
import static org.aiotbench.scoring.stream.Items.item;
import static org.aiotbench.scoring.stream.Items.score;
import static org.aiotbench.scoring.stream.Items.values;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The list score: dp[i][j] = max(up, left, diag + F); dp[n][m] / n or / max(n, m). */
class LcsAlignmentTest {
    @Test
    void extraCandidateItemsCostNothingInChainstreamButCountInStrict() throws Exception {
        // ref a b; cand a x b y: best alignment a-a, b-b, dp = 2
        List<StreamItem> ref = values("a", "b");
        List<StreamItem> cand = values("a", "x", "b", "y");
        assertEquals(1.0, score(ref, cand, CHAIN), 0.0);  // 2 / n = 2 / 2
        assertEquals(0.5, score(ref, cand, STRICT), 0.0); // 2 / max(2, 4)
    }

    @Test
    void missingItemsCostInBothModes() throws Exception {
        // ref a b c d; cand a c: dp = 2
        assertEquals(0.5, score(values("a", "b", "c", "d"), values("a", "c"), CHAIN), 0.0); // 2 / 4
        assertEquals(0.5, score(values("a", "b", "c", "d"), values("a", "c"), STRICT), 0.0); // 2 / max(4, 2)
    }

    @Test
    void orderMatters() throws Exception {
        // ref a b c; cand c a b: "a b" in order gives 2; c cannot match as well (it comes first)
        assertEquals(2.0 / 3, score(values("a", "b", "c"), values("c", "a", "b"), CHAIN), 0.0);
        assertEquals(2.0 / 3, score(values("a", "b", "c"), values("c", "a", "b"), STRICT), 0.0);
    }

    @Test
    void partialSimilaritiesAddUpAlongTheDiagonal() throws Exception {
        // F("a b", "a") = F("c d", "c") = e^-1 (one token, BP = exp(1 - 2)); dp = 2 e^-1; / 2 = e^-1
        assertEquals(0.36787944117144233, score(values("a b", "c d"), values("a", "c"), CHAIN), 0.0);
    }

    @Test
    void bestOfPartialAndExactMatchIsTaken() throws Exception {
        // ref "a b"; cand "a" then "a b": F = e^-1 then 1; dp = max(e^-1, 1) = 1
        assertEquals(1.0, score(values("a b"), values("a", "a b"), CHAIN), 0.0);
        // the other order: cand "a b" then "a": dp[1][1] = 1, dp[1][2] = max(1, 0 + e^-1) = 1
        assertEquals(1.0, score(values("a b"), values("a b", "a"), CHAIN), 0.0);
    }

    @Test
    void halfMatchesAddUp() throws Exception {
        // each pair shares t but not v: F = (1 + 0) / 2 = 0.5 on the diagonal; dp = 1.5; 1.5 / 3
        List<StreamItem> ref = List.of(item("t", "1", "v", "a"), item("t", "2", "v", "b"), item("t", "3", "v", "c"));
        List<StreamItem> cand = List.of(item("t", "1", "v", "x"), item("t", "2", "v", "y"), item("t", "3", "v", "z"));
        assertEquals(0.5, score(ref, cand, CHAIN), 0.0);
    }

    @Test
    void largeStreamsMatchThemselves() throws Exception {
        String[] vs = new String[2000];
        for (int i = 0; i < vs.length; i++) {
            vs[i] = "reading " + (i % 37) + " at " + i;
        }
        assertEquals(1.0, score(values(vs), values(vs), CHAIN), 0.0);
        assertEquals(1.0, score(values(vs), values(vs), STRICT), 0.0);
    }
}
