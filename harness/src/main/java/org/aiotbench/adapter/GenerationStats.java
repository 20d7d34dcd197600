package org.aiotbench.adapter;

/** What generating one program cost: the generator side of the traffic and latency meters. */
public record GenerationStats(long wallMillis, long tokensIn, long tokensOut, long bytesSent,
                              long bytesReceived, int iterations) {

    public static GenerationStats timed(long wallMillis) {
        return new GenerationStats(wallMillis, 0, 0, 0, 0, 1);
    }
}
