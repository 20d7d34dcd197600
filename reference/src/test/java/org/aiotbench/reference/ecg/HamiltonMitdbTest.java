package org.aiotbench.reference.ecg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hamilton-specific check on MIT-BIH (the targets are in {@link DetectorTargetsMitdbTest}): the
 * search-back really runs — a popular implementation's never does. Needs {@code AIOTBENCH_DATA}.
 */
class HamiltonMitdbTest {

    @Test
    void searchBackFindsBeats() {
        List<MitdbEvaluation.Record> records = MitdbEvaluation.loadOrSkip();
        int searchBacks = 0;
        for (MitdbEvaluation.Record r : records) {
            Hamilton.Stream stream = (Hamilton.Stream) new Hamilton().open(r.fs());
            stream.push(r.signal(), 0, r.signal().length, b -> { });
            stream.finish(b -> { });
            searchBacks += stream.searchBacks;
        }
        System.out.println("hamilton: beats found by search-back: " + searchBacks);
        assertTrue(searchBacks > 0, "search-back never ran");
    }
}
