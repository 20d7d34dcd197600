package org.aiotbench.adapter.pipeline.autoiot;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aiotbench.adapter.llm.ChatBackend;
import org.aiotbench.adapter.llm.ChatException;
import org.aiotbench.adapter.llm.ChatMessage;
import org.aiotbench.adapter.llm.ChatReply;
import org.aiotbench.adapter.llm.ChatRequest;

/** An in-process chat model that answers each stage from a script and remembers every request. */
final class ScriptedChat implements ChatBackend {

    private final Map<String, Deque<String>> replies = new HashMap<>();
    private final List<ChatRequest> requests = new ArrayList<>();

    /** Queues replies for a stage; each call takes the next one. */
    ScriptedChat on(String stage, String... texts) {
        replies.computeIfAbsent(stage, s -> new ArrayDeque<>()).addAll(List.of(texts));
        return this;
    }

    @Override
    public synchronized ChatReply chat(ChatRequest request) throws ChatException {
        requests.add(request);
        Deque<String> q = replies.get(request.stage());
        if (q == null || q.isEmpty()) {
            throw new ChatException("no scripted reply left for stage " + request.stage());
        }
        String content = q.removeFirst();
        long sent = request.messages().stream().mapToLong(m -> m.content().getBytes(StandardCharsets.UTF_8).length).sum();
        long received = content.getBytes(StandardCharsets.UTF_8).length;
        return new ChatReply(content, sent / 4, received / 4, sent, received, 1, false);
    }

    List<ChatRequest> requests() {
        return List.copyOf(requests);
    }

    List<String> stages() {
        return requests.stream().map(ChatRequest::stage).toList();
    }

    /** The user message of the n-th request (0-based) to a stage. */
    String userPrompt(String stage, int n) {
        List<ChatRequest> of = requests.stream().filter(r -> r.stage().equals(stage)).toList();
        List<ChatMessage> m = of.get(n).messages();
        return m.get(m.size() - 1).content();
    }

    boolean allRepliesUsed() {
        return replies.values().stream().allMatch(Deque::isEmpty);
    }
}
