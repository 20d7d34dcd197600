/**
 * Talking to language models: one chat turn in, one reply out, with what it cost on the wire.
 * Pipelines see only {@link org.aiotbench.adapter.llm.ChatBackend}, so the same pipeline runs on
 * a cloud API, a local server or a recorded cache.
 */
package org.aiotbench.adapter.llm;
