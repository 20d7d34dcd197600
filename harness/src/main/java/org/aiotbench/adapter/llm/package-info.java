/**
 * Talking to language models: one chat turn in, one reply out, with what it cost on the wire.
 * Pipelines see only {@link org.aiotbench.adapter.llm.ChatBackend}, so the same pipeline runs on
 * a cloud API, a local server or a recorded cache. {@link org.aiotbench.adapter.llm.OpenAiClient}
 * speaks the OpenAI chat-completions protocol (retries, bounded reads, traffic meters),
 * {@link org.aiotbench.adapter.llm.ReplayCache} records and replays its replies,
 * {@link org.aiotbench.adapter.llm.ProgramExtractor} takes programs out of replies, and
 * {@link org.aiotbench.adapter.llm.OpenAiSynthesizer} is the {@code openai} adapter type.
 */
package org.aiotbench.adapter.llm;
