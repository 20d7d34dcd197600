package org.aiotbench.adapter.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A client for one OpenAI-compatible {@code /chat/completions} endpoint, shared by every cell of
 * one synthesizer: it holds the concurrency limit, retries with exponential backoff on 429, 5xx,
 * timeouts and dropped connections (honouring {@code Retry-After}), reads bodies only up to a
 * bound, and consults the record/replay cache. Cells talk to it through {@link #forSample}, which
 * binds the sample index and seed so that n samples of one prompt are n different requests.
 *
 * <p>Traffic is counted as HTTP/1.1 puts it on the wire: request line, the headers this client
 * sends (including the Host, Content-Length and User-Agent lines the JDK adds) and body; status
 * line, response headers and body. Failed attempts count too: they crossed the network.
 */
public final class OpenAiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration MAX_WAIT = Duration.ofMinutes(5);
    private static final String USER_AGENT = "Java-http-client/" + System.getProperty("java.version");
    private static final ExecutorService READERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "openai-body-reader");
        t.setDaemon(true);
        return t;
    });

    private final OpenAiSettings settings;
    private final ReplayCache cache;
    private final ReplayCache.Mode mode;
    private final Semaphore permits;
    private final HttpClient http;

    /**
     * @param cache null for no cache
     * @param mode how the cache is used; ignored without one
     */
    public OpenAiClient(OpenAiSettings settings, ReplayCache cache, ReplayCache.Mode mode) {
        this.settings = settings;
        this.cache = cache;
        this.mode = cache == null ? null : mode;
        this.permits = new Semaphore(settings.concurrency(), true);
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public OpenAiSettings settings() {
        return settings;
    }

    /** True when no call will ever go to the network (replay mode). */
    public boolean offline() {
        return mode == ReplayCache.Mode.REPLAY;
    }

    /** A backend for one cell's sample: its calls carry this seed and are cached apart from other samples'. */
    public ChatBackend forSample(int sample, long seed) {
        return request -> chat(request, sample, seed);
    }

    ChatReply chat(ChatRequest request, int sample, long seed) throws ChatException {
        ObjectNode key = cacheRequest(request, sample, seed);
        if (cache != null && mode != ReplayCache.Mode.RECORD) {
            Optional<ChatReply> hit = cache.lookup(key);
            if (hit.isPresent()) {
                return hit.get();
            }
            if (mode == ReplayCache.Mode.REPLAY) {
                throw new ChatException("no recorded reply in " + cache.dir() + " for this request (cache_mode replay; model "
                        + settings.model() + ", sample " + sample + ", key " + ReplayCache.key(key).substring(0, 12) + ")");
            }
        }
        ChatReply reply = live(request, seed);
        if (cache != null) {
            try {
                cache.store(key, reply);
            } catch (IOException e) {
                throw new ChatException("cannot write the replay cache " + cache.dir() + ": " + e.getMessage());
            }
        }
        return reply;
    }

    /** What identifies a call: everything that may change the reply, and nothing secret. */
    ObjectNode cacheRequest(ChatRequest request, int sample, long seed) {
        ObjectNode n = JSON.createObjectNode();
        n.put("base_url", settings.publicBaseUrl());
        n.put("model", settings.model());
        n.set("messages", messages(request.messages()));
        n.put("temperature", settings.temperature());
        n.put("max_tokens", settings.maxTokens());
        n.put("seed", seed);
        n.put("sample", sample);
        return n;
    }

    private static ArrayNode messages(List<ChatMessage> messages) {
        ArrayNode a = JSON.createArrayNode();
        for (ChatMessage m : messages) {
            a.addObject().put("role", m.role()).put("content", m.content());
        }
        return a;
    }

    private byte[] body(ChatRequest request, long seed) {
        ObjectNode n = JSON.createObjectNode();
        n.put("model", settings.model());
        n.set("messages", messages(request.messages()));
        n.put("temperature", settings.temperature());
        n.put("max_tokens", settings.maxTokens());
        if (settings.sendSeed()) {
            // OpenAI's seed is a 64-bit integer; keep it within what every server parses.
            n.put("seed", seed & 0x7fffffffL);
        }
        n.put("stream", false);
        try {
            return JSON.writeValueAsBytes(n);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private URI endpoint(String path) {
        String base = settings.baseUrl().toString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base + path);
    }

    private ChatReply live(ChatRequest request, long seed) throws ChatException {
        byte[] body = body(request, seed);
        URI uri = endpoint("/chat/completions");
        long t0 = System.nanoTime();
        long sent = 0;
        long received = 0;
        String lastFailure = null;
        for (int attempt = 0; attempt <= settings.retries(); attempt++) {
            Attempt a;
            try {
                permits.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ChatException("interrupted while waiting for a free connection slot");
            }
            try {
                a = attempt(uri, body);
            } finally {
                permits.release();
            }
            sent += a.sent;
            received += a.received;
            if (a.reply != null) {
                long wall = (System.nanoTime() - t0) / 1_000_000;
                return parse(a.reply, sent, received, wall);
            }
            lastFailure = a.failure;
            if (!a.retryable || attempt == settings.retries()) {
                break;
            }
            Duration wait = settings.backoff().multipliedBy(1L << Math.min(attempt, 16));
            if (a.retryAfter != null && a.retryAfter.compareTo(wait) > 0) {
                wait = a.retryAfter;
            }
            if (wait.compareTo(MAX_WAIT) > 0) {
                throw new ChatException(lastFailure + "; the server asks to wait " + wait.toSeconds() + " s, longer than "
                        + MAX_WAIT.toMinutes() + " min");
            }
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ChatException("interrupted while backing off after: " + lastFailure);
            }
        }
        int tries = settings.retries() + 1;
        throw new ChatException(lastFailure + (tries > 1 && lastFailure != null && !lastFailure.startsWith("reply")
                ? " (gave up after " + tries + " attempts)" : ""));
    }

    /** One HTTP exchange; never throws, so every outcome's bytes are counted. */
    private Attempt attempt(URI uri, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(settings.timeout())
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (settings.apiKey() != null) {
            b.header("Authorization", "Bearer " + settings.apiKey());
        }
        HttpRequest req = b.build();
        long sent = requestHeadBytes(req, body.length) + body.length;
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        HttpResponse<InputStream> resp;
        CompletableFuture<HttpResponse<InputStream>> pending = http.sendAsync(req, HttpResponse.BodyHandlers.ofInputStream());
        try {
            resp = pending.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            return Attempt.failed(sent, 0, "no reply within " + settings.timeout().toSeconds() + " s (timeout_seconds)", true, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Attempt.failed(sent, 0, "interrupted", false, null);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof HttpTimeoutException) {
                return Attempt.failed(sent, 0, "no reply within " + settings.timeout().toSeconds() + " s (timeout_seconds)", true, null);
            }
            return Attempt.failed(0, 0, redact("cannot reach " + settings.publicBaseUrl() + ": " + oneLine(why(c == null ? e : c))), true, null);
        }
        long head = responseHeadBytes(resp);
        Body read = readBounded(resp.body(), deadline);
        long received = head + read.bytes.length;
        if (read.failure != null) {
            return Attempt.failed(sent, received, read.failure, read.retryable, null);
        }
        int status = resp.statusCode();
        if (status == 200) {
            return new Attempt(sent, received, read.bytes, null, false, null);
        }
        String snippet = redact(oneLine(errorText(read.bytes)));
        String failure = "HTTP " + status + " from " + settings.publicBaseUrl() + (snippet.isEmpty() ? "" : ": " + snippet);
        if (status == 401 || status == 403) {
            failure += " (check the key in the environment variable named by api_key_env)";
        }
        boolean retryable = status == 429 || status >= 500;
        return Attempt.failed(sent, received, failure, retryable, retryAfter(resp));
    }

    private record Body(byte[] bytes, String failure, boolean retryable) {
    }

    /** Reads at most max_reply_bytes before the deadline: an endless or stalled body fails the call. */
    private Body readBounded(InputStream in, long deadlineNanos) {
        long max = settings.maxReplyBytes();
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        Future<Boolean> f = READERS.submit(() -> {
            byte[] buf = new byte[16384];
            try (in) {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    synchronized (sink) {
                        if (sink.size() + n > max) {
                            sink.write(buf, 0, (int) (max - sink.size()));
                            return false;
                        }
                        sink.write(buf, 0, n);
                    }
                }
            }
            return true;
        });
        try {
            long left = Math.max(1, deadlineNanos - System.nanoTime());
            boolean complete = f.get(left, TimeUnit.NANOSECONDS);
            if (!complete) {
                return new Body(bytesOf(sink), "reply larger than " + max + " bytes (max_reply_bytes); cut off", false);
            }
            return new Body(bytesOf(sink), null, false);
        } catch (TimeoutException e) {
            f.cancel(true);
            closeQuietly(in);
            return new Body(bytesOf(sink), "reply not complete within " + settings.timeout().toSeconds()
                    + " s (timeout_seconds) after " + bytesOf(sink).length + " bytes", true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(in);
            return new Body(bytesOf(sink), "interrupted", false);
        } catch (ExecutionException e) {
            String why = e.getCause() == null ? e.toString() : e.getCause().toString();
            return new Body(bytesOf(sink), redact("connection dropped while reading the reply: " + oneLine(why)), true);
        }
    }

    private static byte[] bytesOf(ByteArrayOutputStream sink) {
        synchronized (sink) {
            return sink.toByteArray();
        }
    }

    private static void closeQuietly(InputStream in) {
        READERS.submit(() -> {
            try {
                in.close();
            } catch (IOException ignored) {
                // Nothing more to read from it either way.
            }
        });
    }

    private ChatReply parse(byte[] bytes, long sent, long received, long wall) throws ChatException {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new ChatException("reply from " + settings.publicBaseUrl() + " is not JSON: "
                    + redact(oneLine(new String(bytes, 0, Math.min(bytes.length, 120), StandardCharsets.UTF_8))));
        }
        JsonNode content = root == null ? null : root.path("choices").path(0).path("message").path("content");
        if (content == null || !content.isTextual()) {
            throw new ChatException("reply from " + settings.publicBaseUrl() + " has no choices[0].message.content");
        }
        JsonNode usage = root.path("usage");
        return new ChatReply(content.asText(), usage.path("prompt_tokens").asLong(0), usage.path("completion_tokens").asLong(0),
                sent, received, wall, false);
    }

    /**
     * Checks, before any cell runs, that the endpoint answers and accepts the key: a GET of
     * {@code /models}. Any HTTP answer but 401/403 counts as reachable (some servers lack the route).
     */
    public void preflight() throws ChatException {
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint("/models"))
                .timeout(settings.timeout().compareTo(Duration.ofSeconds(15)) < 0 ? settings.timeout() : Duration.ofSeconds(15)).GET();
        if (settings.apiKey() != null) {
            b.header("Authorization", "Bearer " + settings.apiKey());
        }
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() == 401 || r.statusCode() == 403) {
                throw new ChatException(settings.publicBaseUrl() + " refuses the key (HTTP " + r.statusCode()
                        + "); check the environment variable named by api_key_env");
            }
        } catch (IOException e) {
            throw new ChatException("cannot reach " + settings.publicBaseUrl() + ": " + redact(oneLine(why(e))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChatException("interrupted while checking " + settings.publicBaseUrl());
        }
    }

    private long requestHeadBytes(HttpRequest req, int bodyLength) {
        URI u = req.uri();
        String path = u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        long n = ("POST " + path + " HTTP/1.1\r\n").length();
        n += ("Host: " + u.getHost() + (u.getPort() >= 0 ? ":" + u.getPort() : "") + "\r\n").length();
        n += ("Content-Length: " + bodyLength + "\r\n").length();
        n += ("User-Agent: " + USER_AGENT + "\r\n").length();
        for (Map.Entry<String, List<String>> h : req.headers().map().entrySet()) {
            for (String v : h.getValue()) {
                n += h.getKey().length() + 2 + v.getBytes(StandardCharsets.UTF_8).length + 2;
            }
        }
        return n + 2;
    }

    private static long responseHeadBytes(HttpResponse<?> resp) {
        long n = ("HTTP/1.1 " + resp.statusCode() + " \r\n").length();
        for (Map.Entry<String, List<String>> h : resp.headers().map().entrySet()) {
            if (h.getKey().startsWith(":")) {
                continue;
            }
            for (String v : h.getValue()) {
                n += h.getKey().length() + 2 + v.getBytes(StandardCharsets.UTF_8).length + 2;
            }
        }
        return n + 2;
    }

    /** Seconds or an HTTP date, as RFC 9110 allows. */
    static Duration retryAfter(HttpResponse<?> resp) {
        Optional<String> v = resp.headers().firstValue("Retry-After");
        if (v.isEmpty()) {
            return null;
        }
        String s = v.get().trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(s)));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (RuntimeException ignored) {
                return null;
            }
        }
    }

    /** The {@code error.message} of an OpenAI-style error body, else the start of the body. */
    private static String errorText(byte[] body) {
        try {
            JsonNode n = JSON.readTree(body);
            if (n != null && n.path("error").path("message").isTextual()) {
                return n.path("error").path("message").asText();
            }
        } catch (IOException ignored) {
            // Not JSON: show the start of it.
        }
        return new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8);
    }

    /** Why a connection failed, in words: the JDK often leaves the message of the root cause empty. */
    static String why(Throwable t) {
        Throwable root = t;
        boolean connect = t instanceof java.net.ConnectException;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            connect |= root instanceof java.net.ConnectException;
        }
        if (connect) {
            return "could not connect" + (root instanceof java.net.ConnectException ? " (connection refused)" : "");
        }
        if (root instanceof java.net.UnknownHostException) {
            return "unknown host " + root.getMessage();
        }
        if (root instanceof HttpTimeoutException || root instanceof java.net.SocketTimeoutException) {
            return "connection timed out";
        }
        String m = root.getMessage() != null ? root.getMessage() : t.getMessage();
        return m == null ? root.getClass().getSimpleName() : m;
    }

    private String redact(String s) {
        return Secrets.redact(s, settings.apiKey());
    }

    private static String oneLine(String s) {
        String l = s.replaceAll("\\s+", " ").strip();
        return l.length() > 200 ? l.substring(0, 200) + "…" : l;
    }

    private record Attempt(long sent, long received, byte[] reply, String failure, boolean retryable, Duration retryAfter) {
        static Attempt failed(long sent, long received, String failure, boolean retryable, Duration retryAfter) {
            return new Attempt(sent, received, null, failure, retryable, retryAfter);
        }
    }
}
