package org.aiotbench.adapter;

import java.util.List;
import org.aiotbench.adapter.pipeline.StageStats;

/**
 * What generating one program cost: the generator side of the traffic and latency meters.
 *
 * @param stages per-stage chat costs of pipeline generators (empty for the others)
 * @param firstExecutionOk whether the first program the generator tried on the development input
 *     ran (ESR), or null when it tried none (then the cell's own execution decides)
 * @param iterationsToTarget the iteration at which the development score first reached the
 *     task's target (AIR), or null
 * @param trials development-input runs made while generating
 */
public record GenerationStats(long wallMillis, long tokensIn, long tokensOut, long bytesSent,
                              long bytesReceived, int iterations, List<StageStats> stages,
                              Boolean firstExecutionOk, Integer iterationsToTarget, int trials) {

    public GenerationStats {
        stages = stages == null ? List.of() : List.copyOf(stages);
    }

    public GenerationStats(long wallMillis, long tokensIn, long tokensOut, long bytesSent, long bytesReceived, int iterations) {
        this(wallMillis, tokensIn, tokensOut, bytesSent, bytesReceived, iterations, List.of(), null, null, 0);
    }

    public static GenerationStats timed(long wallMillis) {
        return new GenerationStats(wallMillis, 0, 0, 0, 0, 1);
    }
}
