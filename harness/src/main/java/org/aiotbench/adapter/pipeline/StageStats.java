package org.aiotbench.adapter.pipeline;

/** What one pipeline stage cost, summed over its chat calls. */
public record StageStats(String stage, int calls, long tokensIn, long tokensOut, long bytesSent,
                         long bytesReceived, long wallMillis) {
}
