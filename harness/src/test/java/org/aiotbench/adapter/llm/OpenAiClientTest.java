package org.aiotbench.adapter.llm;

import static org.aiotbench.adapter.llm.ScriptedChatServer.reply;
import static org.aiotbench.adapter.llm.ScriptedChatServer.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP client against the scripted server: replies, meters, retries, failure modes, cache. */
class OpenAiClientTest {

    static final String KEY = "sk-test-SECRET-0123456789abcdef";

    @TempDir
    Path dir;

    ScriptedChatServer server;

    @BeforeEach
    void start() throws Exception {
        server = ScriptedChatServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    OpenAiSettings settings(int retries, Duration timeout, long maxReply) {
        return new OpenAiSettings(server.baseUrl(), "test-model", KEY, 0.2, 256, timeout, retries, 2, true,
                Duration.ofMillis(10), maxReply);
    }

    OpenAiClient client(int retries) {
        return new OpenAiClient(settings(retries, Duration.ofSeconds(5), 1 << 20), null, null);
    }

    static ChatRequest ask(String text) {
        return new ChatRequest("generate", List.of(ChatMessage.user(text)));
    }

    @Test
    void aReplyCarriesContentTokensTrafficAndTheKeyOnlyInTheHeader() throws Exception {
        server.then(new ScriptedChatServer.Reply("```python\nprint(1)\n```", 123, 45));
        ChatReply r = client(0).forSample(2, 77).chat(ask("hello"));
        assertEquals("```python\nprint(1)\n```", r.content());
        assertEquals(123, r.promptTokens());
        assertEquals(45, r.completionTokens());
        assertFalse(r.replayed());
        String sentBody = server.requests().get(0).toString();
        assertTrue(r.bytesSent() > sentBody.length(), "headers count too: " + r.bytesSent());
        assertTrue(r.bytesReceived() > r.content().length(), "headers and JSON framing count too: " + r.bytesReceived());
        assertEquals("Bearer " + KEY, server.authorizations().get(0));
        assertEquals("test-model", server.requests().get(0).get("model").asText());
        assertEquals(77, server.requests().get(0).get("seed").asLong());
        assertFalse(sentBody.contains(KEY), "the key never goes into the body");
    }

    @Test
    void serverErrorsAreRetriedWithBackoff() throws Exception {
        server.then(status(500, "{\"error\":{\"message\":\"overloaded\"}}"), status(503, "busy"), reply("ok"));
        ChatReply r = client(3).forSample(0, 1).chat(ask("x"));
        assertEquals("ok", r.content());
        assertEquals(3, server.chatCalls());
    }

    @Test
    void tooManyRequestsWaitsAsLongAsRetryAfterSays() throws Exception {
        server.then(new ScriptedChatServer.Status(429, "{\"error\":{\"message\":\"rate limited\"}}", Map.of("Retry-After", "1")),
                reply("after the wait"));
        long t0 = System.nanoTime();
        ChatReply r = client(2).forSample(0, 1).chat(ask("x"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals("after the wait", r.content());
        assertTrue(ms >= 950, "Retry-After: 1 must be honoured over the 10 ms backoff, waited " + ms + " ms");
        assertTrue(r.wallMillis() >= 950, "the call's wall time includes the wait: " + r.wallMillis());
    }

    @Test
    void persistentFailureGivesUpWithOneLineNamingTheStatus() {
        server.fallback(b -> status(500, "{\"error\":{\"message\":\"boom " + KEY + "\"}}"));
        ChatException e = assertThrows(ChatException.class, () -> client(2).forSample(0, 1).chat(ask("x")));
        assertTrue(e.getMessage().contains("HTTP 500") && e.getMessage().contains("3 attempts"), e.getMessage());
        assertFalse(e.getMessage().contains(KEY), "a key echoed by the server is redacted: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertEquals(3, server.chatCalls());
    }

    @Test
    void unauthorizedIsNotRetriedAndPointsAtTheKeyVariable() {
        server.then(status(401, "{\"error\":{\"message\":\"invalid api key\"}}"));
        ChatException e = assertThrows(ChatException.class, () -> client(3).forSample(0, 1).chat(ask("x")));
        assertTrue(e.getMessage().contains("HTTP 401") && e.getMessage().contains("api_key_env"), e.getMessage());
        assertEquals(1, server.chatCalls());
    }

    @Test
    void aSlowServerTimesOut() {
        server.fallback(b -> new ScriptedChatServer.Delayed(Duration.ofSeconds(4), reply("too late")));
        OpenAiClient c = new OpenAiClient(settings(1, Duration.ofSeconds(1), 1 << 20), null, null);
        long t0 = System.nanoTime();
        ChatException e = assertThrows(ChatException.class, () -> c.forSample(0, 1).chat(ask("x")));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(e.getMessage().contains("no reply within 1 s"), e.getMessage());
        assertEquals(2, server.chatCalls(), "a timeout is retried");
        assertTrue(ms < 3900, "gave up on time: " + ms + " ms");
    }

    @Test
    void aStalledBodyTimesOut() {
        server.then(new ScriptedChatServer.Stall());
        OpenAiClient c = new OpenAiClient(settings(0, Duration.ofSeconds(1), 1 << 20), null, null);
        ChatException e = assertThrows(ChatException.class, () -> c.forSample(0, 1).chat(ask("x")));
        assertTrue(e.getMessage().contains("not complete within 1 s"), e.getMessage());
    }

    @Test
    void anEndlessReplyIsCutOffAtTheBound() {
        server.then(new ScriptedChatServer.Endless());
        OpenAiClient c = new OpenAiClient(settings(2, Duration.ofSeconds(10), 64 * 1024), null, null);
        ChatException e = assertThrows(ChatException.class, () -> c.forSample(0, 1).chat(ask("x")));
        assertTrue(e.getMessage().contains("larger than 65536 bytes"), e.getMessage());
        assertEquals(1, server.chatCalls(), "an oversized reply is not asked for again");
    }

    @Test
    void theConcurrencyLimitHoldsAcrossCells() throws Exception {
        server.fallback(b -> new ScriptedChatServer.Delayed(Duration.ofMillis(150), reply("ok")));
        OpenAiClient c = new OpenAiClient(settings(0, Duration.ofSeconds(5), 1 << 20), null, null); // concurrency 2
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger ok = new java.util.concurrent.atomic.AtomicInteger();
        for (int i = 0; i < 6; i++) {
            final int sample = i;
            Thread t = new Thread(() -> {
                try {
                    c.forSample(sample, sample).chat(ask("x"));
                    ok.incrementAndGet();
                } catch (ChatException e) {
                    throw new IllegalStateException(e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(6, ok.get());
        assertEquals(2, server.maxInFlight(), "at most 'concurrency' requests at once, and that many used");
    }

    @Test
    void autoModeAsksOnlyOnAMiss() throws Exception {
        server.fallback(b -> reply("live"));
        OpenAiClient c = new OpenAiClient(settings(0, Duration.ofSeconds(5), 1 << 20), new ReplayCache(dir.resolve("c")), ReplayCache.Mode.AUTO);
        assertFalse(c.forSample(0, 1).chat(ask("x")).replayed());
        assertTrue(c.forSample(0, 1).chat(ask("x")).replayed());
        assertEquals(1, server.chatCalls());
    }

    @Test
    void malformedJsonIsAOneLineFailure() {
        server.then(new ScriptedChatServer.Malformed());
        ChatException e = assertThrows(ChatException.class, () -> client(2).forSample(0, 1).chat(ask("x")));
        assertTrue(e.getMessage().contains("not JSON"), e.getMessage());
        assertEquals(1, server.chatCalls());
    }

    @Test
    void recordedRepliesReplayWithoutTheServerAndNeverServeAnotherRequest() throws Exception {
        Path cacheDir = dir.resolve("cache");
        server.then(reply("first sample"), reply("second sample"));
        OpenAiClient rec = new OpenAiClient(settings(0, Duration.ofSeconds(5), 1 << 20), new ReplayCache(cacheDir), ReplayCache.Mode.RECORD);
        ChatReply a = rec.forSample(0, 11).chat(ask("same prompt"));
        ChatReply b = rec.forSample(1, 12).chat(ask("same prompt"));
        assertNotEquals(a.content(), b.content(), "two samples are two requests");
        server.close();

        OpenAiClient replay = new OpenAiClient(settings(0, Duration.ofSeconds(5), 1 << 20), new ReplayCache(cacheDir), ReplayCache.Mode.REPLAY);
        ChatReply a2 = replay.forSample(0, 11).chat(ask("same prompt"));
        assertEquals(a.content(), a2.content());
        assertEquals(a.bytesSent(), a2.bytesSent());
        assertEquals(a.bytesReceived(), a2.bytesReceived());
        assertEquals(a.promptTokens(), a2.promptTokens());
        assertTrue(a2.replayed());
        assertEquals(b.content(), replay.forSample(1, 12).chat(ask("same prompt")).content());

        ChatException miss = assertThrows(ChatException.class, () -> replay.forSample(0, 11).chat(ask("another prompt")));
        assertTrue(miss.getMessage().startsWith("no recorded reply in "), miss.getMessage());
        OpenAiClient otherModel = new OpenAiClient(new OpenAiSettings(settings(0, Duration.ofSeconds(5), 1).baseUrl(), "other-model",
                null, 0.2, 256, Duration.ofSeconds(5), 0, 1, true, Duration.ofMillis(10), 1 << 20), new ReplayCache(cacheDir),
                ReplayCache.Mode.REPLAY);
        assertThrows(ChatException.class, () -> otherModel.forSample(0, 11).chat(ask("same prompt")));

        // An entry whose stored request differs from its name (edited, or copied from elsewhere) is refused.
        Path entry;
        try (Stream<Path> s = Files.walk(cacheDir)) {
            entry = s.filter(p -> p.toString().endsWith(".json")).filter(p -> {
                try {
                    return Files.readString(p).contains("first sample");
                } catch (java.io.IOException e) {
                    return false;
                }
            }).findFirst().orElseThrow();
        }
        Files.writeString(entry, Files.readString(entry).replace("same prompt", "a forged prompt"));
        ChatException forged = assertThrows(ChatException.class, () -> replay.forSample(0, 11).chat(ask("same prompt")));
        assertTrue(forged.getMessage().contains("different request"), forged.getMessage());

        try (Stream<Path> s = Files.walk(cacheDir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                assertFalse(new String(Files.readAllBytes(p), StandardCharsets.UTF_8).contains(KEY), "key in " + p);
                assertFalse(p.getFileName().toString().endsWith(".partial"), "no torn entry left: " + p);
            }
        }
    }
}
