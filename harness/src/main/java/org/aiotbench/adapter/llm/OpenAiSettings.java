package org.aiotbench.adapter.llm;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach one OpenAI-compatible chat-completions endpoint and what to ask it for.
 *
 * @param baseUrl the API root, e.g. {@code https://api.openai.com/v1} or
 *     {@code http://localhost:8000/v1}; {@code /chat/completions} is appended
 * @param apiKey the key sent as a bearer token, or null for servers that need none; it lives
 *     only here and in the Authorization header, never in a message, log or file
 * @param sendSeed whether the per-sample seed goes into the request body (servers that reject
 *     unknown fields can turn it off; it stays part of the cache key either way)
 * @param backoff the first retry's delay, doubled on each further retry
 * @param maxReplyBytes a reply body larger than this is cut off and the call fails
 */
public record OpenAiSettings(URI baseUrl, String model, String apiKey, double temperature, int maxTokens,
                             Duration timeout, int retries, int concurrency, boolean sendSeed, Duration backoff,
                             long maxReplyBytes) {

    public OpenAiSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(backoff, "backoff");
        if (concurrency < 1 || retries < 0 || maxTokens < 1 || maxReplyBytes < 1) {
            throw new IllegalArgumentException("concurrency, max_tokens and max_reply_bytes must be positive, retries not negative");
        }
    }

    /** The base URL without user info, query or fragment: what may be written down and hashed. */
    public String publicBaseUrl() {
        return withoutCredentials(baseUrl);
    }

    /** Drops {@code user:password@}, query and fragment (where tokens sometimes hide) from a URL. */
    public static String withoutCredentials(URI u) {
        StringBuilder b = new StringBuilder();
        b.append(u.getScheme()).append("://").append(u.getHost());
        if (u.getPort() >= 0) {
            b.append(':').append(u.getPort());
        }
        String path = u.getRawPath() == null ? "" : u.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return b.append(path).toString();
    }

    @Override
    public String toString() {
        // A record's default toString would print the key.
        return "OpenAiSettings[" + publicBaseUrl() + ", model=" + model + "]";
    }
}
