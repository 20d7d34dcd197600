package org.aiotbench.report;

import java.util.List;

/**
 * The {@code generation} object of a results record; absent numbers are {@code null}.
 *
 * @param firstExecutionOk the pipeline's first development run worked (ESR); null when it made none
 * @param iterationsToTarget the iteration that first reached the task's target (AIR), or null
 * @param trials development runs made while generating, or null
 * @param stages per-stage costs of pipeline generators, in the order written (empty for others)
 */
public record GenerationStats(
        Long wallMs,
        Long tokensIn,
        Long tokensOut,
        Long bytesSent,
        Long bytesReceived,
        Long iterations,
        Boolean firstExecutionOk,
        Long iterationsToTarget,
        Long trials,
        List<Stage> stages) {

    public GenerationStats {
        stages = stages == null ? List.of() : List.copyOf(stages);
    }

    public GenerationStats(Long wallMs, Long tokensIn, Long tokensOut, Long bytesSent, Long bytesReceived, Long iterations) {
        this(wallMs, tokensIn, tokensOut, bytesSent, bytesReceived, iterations, null, null, null, List.of());
    }

    /** Bytes sent plus received, or null when neither was recorded. */
    public Long trafficBytes() {
        if (bytesSent == null && bytesReceived == null) {
            return null;
        }
        return (bytesSent == null ? 0 : bytesSent) + (bytesReceived == null ? 0 : bytesReceived);
    }

    /** One pipeline stage's chat calls in one cell. */
    public record Stage(String stage, long calls, long tokensIn, long tokensOut, long bytesSent, long bytesReceived, long wallMs) {
    }
}
