package org.aiotbench.scoring.stream;

import java.util.List;

/**
 * The result score of one run.
 *
 * @param settings     how it was computed
 * @param score        the run's score in [0, 1]
 * @param streams      one entry per reference stream, in reference order
 * @param extraStreams candidate streams the reference lacks; neither mode scores them
 */
public record ResultScore(ResultScoreSettings settings, double score, List<StreamScore> streams,
                          List<String> extraStreams) {
    public ResultScore {
        streams = List.copyOf(streams);
        extraStreams = List.copyOf(extraStreams);
    }
}
