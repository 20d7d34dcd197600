package org.aiotbench.reference.ecg;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every registered detector streams, and on every MIT-BIH record its streamed beats (random
 * blocks, and one sample at a time) equal its batch beats, each handed out within the
 * detector's declared maximum delay. Needs {@code AIOTBENCH_DATA}; skipped otherwise.
 */
class StreamingAgreementMitdbTest {

    @Test
    void streamedBeatsEqualBatchBeatsOnAll48Records() {
        List<MitdbEvaluation.Record> records = MitdbEvaluation.loadOrSkip();
        for (String name : Detectors.names()) {
            StreamingBeatDetector d = assertInstanceOf(StreamingBeatDetector.class, Detectors.get(name),
                    name + " must offer the streaming API");
            long seed = name.hashCode();
            for (MitdbEvaluation.Record r : records) {
                StreamingContract.assertStreamingMatchesBatch(d, r.signal(), r.fs(), seed++);
            }
        }
    }
}
