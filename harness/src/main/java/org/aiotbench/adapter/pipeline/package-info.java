/**
 * Generation pipelines: the strategies (one prompt, AutoIOT's staged design with debug and
 * improvement loops, ChainStream's feedback loop, code-free prompting) that turn a task into a
 * program using a {@link org.aiotbench.adapter.llm.ChatBackend}. They are independent of the
 * backend, so every pipeline runs on any model and on recorded replies.
 */
package org.aiotbench.adapter.pipeline;
