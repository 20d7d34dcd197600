package org.aiotbench.adapter.llm;

/**
 * A model's reply and what the call cost. Byte counts are what crossed the wire (request and
 * response bodies plus headers); a reply served from the replay cache reports the recorded
 * counts and {@code replayed = true}.
 */
public record ChatReply(String content, long promptTokens, long completionTokens, long bytesSent,
                        long bytesReceived, long wallMillis, boolean replayed) {
}
