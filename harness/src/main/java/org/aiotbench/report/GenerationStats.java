package org.aiotbench.report;

/** The {@code generation} object of a results record; absent numbers are {@code null}. */
public record GenerationStats(
        Long wallMs,
        Long tokensIn,
        Long tokensOut,
        Long bytesSent,
        Long bytesReceived,
        Long iterations) {
}
