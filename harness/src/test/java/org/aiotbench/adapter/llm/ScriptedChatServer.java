package org.aiotbench.adapter.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * An OpenAI-compatible chat-completions server on loopback for tests: each POST to
 * {@code /v1/chat/completions} is answered by the next scripted {@link Step}, or, when the script
 * is used up, by the fallback function of the request body. Steps cover the failure modes a real
 * endpoint shows: error statuses (with {@code Retry-After}), slow replies, malformed JSON, bodies
 * that never end or never arrive. {@code GET /v1/models} answers 200 (the adapter's pre-flight).
 * Every request's body and Authorization header is kept for assertions.
 */
public final class ScriptedChatServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** How one request is answered. */
    public sealed interface Step permits Reply, Status, Delayed, Malformed, Endless, Stall {
    }

    /** 200 with an OpenAI-shaped body holding {@code content} and a usage object. */
    public record Reply(String content, long promptTokens, long completionTokens) implements Step {
    }

    /** Any status with a raw body and extra headers (e.g. 429 with Retry-After). */
    public record Status(int code, String body, Map<String, String> headers) implements Step {
    }

    /** {@code then} after waiting {@code delay}. */
    public record Delayed(Duration delay, Step then) implements Step {
    }

    /** 200 with a body that is not JSON. */
    public record Malformed() implements Step {
    }

    /** 200, chunked, and bytes forever (until the client goes away). */
    public record Endless() implements Step {
    }

    /** 200 headers, then silence. */
    public record Stall() implements Step {
    }

    public static Step reply(String content) {
        return new Reply(content, 100, 50);
    }

    public static Step status(int code, String body) {
        return new Status(code, body, Map.of());
    }

    private final HttpServer server;
    private final Deque<Step> script = new ArrayDeque<>();
    private final List<JsonNode> requests = new ArrayList<>();
    private final List<String> authorizations = new ArrayList<>();
    private final AtomicInteger chatCalls = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private volatile Function<JsonNode, Step> fallback = body -> status(500, "{\"error\":{\"message\":\"script exhausted\"}}");

    private ScriptedChatServer(HttpServer server) {
        this.server = server;
    }

    public static ScriptedChatServer start() throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ScriptedChatServer scripted = new ScriptedChatServer(s);
        s.createContext("/v1/chat/completions", scripted::chat);
        s.createContext("/v1/models", ex -> {
            byte[] b = "{\"object\":\"list\",\"data\":[]}".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        s.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "scripted-chat-server");
            t.setDaemon(true);
            return t;
        }));
        s.start();
        return scripted;
    }

    /** The API root to configure as {@code base_url}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    public synchronized ScriptedChatServer then(Step... steps) {
        script.addAll(List.of(steps));
        return this;
    }

    public ScriptedChatServer fallback(Function<JsonNode, Step> f) {
        this.fallback = f;
        return this;
    }

    public synchronized List<JsonNode> requests() {
        return List.copyOf(requests);
    }

    public synchronized List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    public int chatCalls() {
        return chatCalls.get();
    }

    /** The most chat requests that were being answered at one time. */
    public int maxInFlight() {
        return maxInFlight.get();
    }

    /** The last user message of a request body. */
    public static String lastUserMessage(JsonNode body) {
        String last = "";
        for (JsonNode m : body.path("messages")) {
            if ("user".equals(m.path("role").asText())) {
                last = m.path("content").asText();
            }
        }
        return last;
    }

    private void chat(HttpExchange ex) throws IOException {
        chatCalls.incrementAndGet();
        byte[] in = ex.getRequestBody().readAllBytes();
        JsonNode body;
        try {
            body = JSON.readTree(in);
        } catch (IOException e) {
            body = JSON.createObjectNode();
        }
        Step step;
        synchronized (this) {
            requests.add(body);
            authorizations.add(ex.getRequestHeaders().getFirst("Authorization"));
            step = script.poll();
        }
        if (step == null) {
            step = fallback.apply(body);
        }
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            answer(ex, step, body);
        } catch (IOException e) {
            // The client gave up (timeouts, cut-off bodies): nothing more to say.
        } finally {
            inFlight.decrementAndGet();
            ex.close();
        }
    }

    private void answer(HttpExchange ex, Step step, JsonNode request) throws IOException {
        if (step instanceof Reply r) {
            ObjectNode n = JSON.createObjectNode();
            n.put("id", "chatcmpl-test");
            n.put("object", "chat.completion");
            n.put("model", request.path("model").asText());
            ObjectNode choice = n.putArray("choices").addObject();
            choice.put("index", 0);
            choice.putObject("message").put("role", "assistant").put("content", r.content());
            choice.put("finish_reason", "stop");
            n.putObject("usage").put("prompt_tokens", r.promptTokens()).put("completion_tokens", r.completionTokens())
                    .put("total_tokens", r.promptTokens() + r.completionTokens());
            send(ex, 200, JSON.writeValueAsBytes(n), Map.of("Content-Type", "application/json"));
        } else if (step instanceof Status s) {
            send(ex, s.code(), s.body().getBytes(StandardCharsets.UTF_8), s.headers());
        } else if (step instanceof Delayed d) {
            try {
                Thread.sleep(d.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            answer(ex, d.then(), request);
        } else if (step instanceof Malformed) {
            send(ex, 200, "{\"choices\": [ {\"message\": oops".getBytes(StandardCharsets.UTF_8),
                    Map.of("Content-Type", "application/json"));
        } else if (step instanceof Endless) {
            ex.sendResponseHeaders(200, 0);
            byte[] chunk = ("{\"choices\":[{\"message\":{\"content\":\"" + "x".repeat(8000)).getBytes(StandardCharsets.UTF_8);
            OutputStream out = ex.getResponseBody();
            while (!Thread.currentThread().isInterrupted()) {
                out.write(chunk);
                out.flush();
            }
        } else if (step instanceof Stall) {
            ex.sendResponseHeaders(200, 0);
            ex.getResponseBody().flush();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void send(HttpExchange ex, int code, byte[] body, Map<String, String> headers) throws IOException {
        headers.forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        ex.sendResponseHeaders(code, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            ex.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
